import { describe, expect, it } from 'vitest';
import { sizeLabel } from './read-input.js';

describe('sizeLabel', () => {
  it('says a byte limit in whole mebibytes when it is one, else in grouped bytes', () => {
    expect(sizeLabel(20 * 1024 * 1024)).toBe('20 MiB');
    expect(sizeLabel(1000)).toBe('1,000 bytes');
    expect(sizeLabel(40_000_000)).toBe('40,000,000 bytes');
  });
});
