import { describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

describe('dateline CLI', () => {
  it('exits 2 with usage on stderr for an unknown command', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['frobnicate'])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toContain("unknown command 'frobnicate'");
    err.mockRestore();
  });

  it('exits 2 with usage on stderr, nothing on stdout, when no command is given', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main([])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toContain('Usage: dateline');
    expect(out).not.toHaveBeenCalled();
    out.mockRestore();
    err.mockRestore();
  });

  it("prints a command's own help for 'dateline help <command>', the overview for 'help' alone", async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['help', 'cluster'])).toBe(0);
    expect(String(out.mock.calls[0]?.[0])).toContain('Usage: dateline cluster');
    expect(await main(['help'])).toBe(0);
    expect(String(out.mock.calls[1]?.[0])).toContain('Usage: dateline <command>');
    out.mockRestore();
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['help', 'frobnicate'])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toContain("unknown command 'frobnicate'");
    err.mockRestore();
  });
});
