import { describe, expect, it } from 'vitest';
import { datelineNodeFlags, execNodeFlags } from '../../bench/lib/node-flags.js';

describe('execNodeFlags', () => {
  it('reads the flags after node', () => {
    expect(execNodeFlags(`//usr/bin/env true; exec node --max-semi-space-size=64 --trace-gc "$0" "$@"`)).toEqual([
      '--max-semi-space-size=64',
      '--trace-gc',
    ]);
    expect(execNodeFlags(`//usr/bin/env true; exec node "$0" "$@"`)).toEqual([]);
  });

  it('refuses a line that does not start node', () => {
    expect(() => execNodeFlags('// not it')).toThrow(/not a line that starts node/);
  });

  it('reads the shipped command', () => {
    const flags = datelineNodeFlags();
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.startsWith('--'))).toBe(true);
  });
});
