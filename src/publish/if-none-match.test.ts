import { describe, expect, it } from 'vitest';
import { ifNoneMatch } from './if-none-match.js';

describe('ifNoneMatch', () => {
  it('matches our tag, weakly, in a list or by star', () => {
    expect(ifNoneMatch('W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatch('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatch('*', 'W/"abc"')).toBe(true);
  });

  it('does not match another tag or nothing', () => {
    expect(ifNoneMatch(undefined, 'W/"abc"')).toBe(false);
    expect(ifNoneMatch('', 'W/"abc"')).toBe(false);
    expect(ifNoneMatch('W/"abd"', 'W/"abc"')).toBe(false);
    expect(ifNoneMatch('"abc', 'W/"abc"')).toBe(false);
  });
});
