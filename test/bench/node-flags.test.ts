import { describe, expect, it } from 'vitest';
import { datelineNodeFlags, shebangNodeFlags } from '../../bench/lib/node-flags.js';

describe('shebangNodeFlags', () => {
  it('reads the flags after node', () => {
    expect(shebangNodeFlags('#!/usr/bin/env -S node --max-semi-space-size=64 --trace-gc')).toEqual([
      '--max-semi-space-size=64',
      '--trace-gc',
    ]);
    expect(shebangNodeFlags('#!/usr/bin/env node')).toEqual([]);
  });

  it('refuses a line that does not start node', () => {
    expect(() => shebangNodeFlags('// not a shebang')).toThrow(/not a node shebang/);
  });

  it('reads the shipped command', () => {
    expect(datelineNodeFlags().every((f) => f.startsWith('--'))).toBe(true);
  });
});
