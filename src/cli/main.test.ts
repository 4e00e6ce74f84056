import { describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

describe('dateline CLI', () => {
  it('exits 2 with usage on stderr for an unknown command', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['frobnicate'])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toContain("unknown command 'frobnicate'");
    err.mockRestore();
  });

  it('exits 2 with usage when no command is given', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main([])).toBe(2);
    expect(String(out.mock.calls[0]?.[0])).toContain('Usage: dateline');
    out.mockRestore();
  });
});
