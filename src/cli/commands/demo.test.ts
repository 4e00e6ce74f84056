import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './demo.js';

afterEach(() => void vi.restoreAllMocks());

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

describe('dateline demo', () => {
  it('exits 2 on an unknown option or a bad port instead of ignoring it', async () => {
    const io = capture();
    expect(await run(['--verbose'])).toBe(2);
    expect(await run(['--port', 'eighty'])).toBe(2);
    expect(io.err()).toContain("dateline demo: unknown option '--verbose'");
    expect(io.err()).toContain("dateline demo: --port takes a port number from 0 to 65535 (got 'eighty')");
    expect(io.out()).toBe('');
  });

  it('refuses a taken port before rebuilding the desk (which would pull the database from under it)', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const io = capture();
      expect(await run(['--port', String(port)])).toBe(1);
      expect(io.err()).toContain(`cannot listen on 127.0.0.1:${port}: the port is already in use`);
      expect(io.out()).not.toContain('Building');
    } finally {
      await new Promise<void>((done) => blocker.close(() => done()));
    }
  });
});
