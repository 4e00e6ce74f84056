import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, vi } from 'vitest';
import { baseUrlSetting, parseServeArgs, refreshMinutesSetting, serveDesk } from './serve.js';

describe('parseServeArgs', () => {
  it('reads --port, --db and --host, with a bare --host meaning every interface', () => {
    expect(parseServeArgs(['--port', '9000', '--db', 'x.db', '--host'])).toEqual({
      port: 9000,
      dbPath: 'x.db',
      host: '0.0.0.0',
    });
    expect(parseServeArgs(['--host', '--port', '1'])).toMatchObject({ host: '0.0.0.0', port: 1 });
    expect(parseServeArgs(['--host', '::1'])).toMatchObject({ host: '::1' });
  });

  it('refuses bad ports and unknown flags', () => {
    expect(parseServeArgs(['--port', 'eighty'])).toHaveProperty('error');
    expect(parseServeArgs(['--port', '70000'])).toHaveProperty('error');
    expect(parseServeArgs(['--verbose'])).toHaveProperty('error');
    expect(parseServeArgs(['-h'])).toBe('help');
  });
});

describe('serveDesk', () => {
  it('exits 1 with a plain message, not a stack trace, when the port is taken, and creates no database', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as AddressInfo).port;
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const db = join(mkdtempSync(join(tmpdir(), 'dateline-serve-')), 'desk.db');
      expect(await serveDesk({ dbPath: db, host: '127.0.0.1', port })).toBe(1);
      const said = err.mock.calls.map((c) => String(c[0])).join('');
      expect(said).toContain(`cannot listen on 127.0.0.1:${port}: the port is already in use`);
      // The port is looked at first: no empty database is left behind, nor a note about serving one.
      expect(said).not.toContain('serving a new, empty desk');
      expect(existsSync(db)).toBe(false);
    } finally {
      err.mockRestore();
      await new Promise<void>((done) => blocker.close(() => done()));
    }
  });
});

describe('baseUrlSetting', () => {
  it('takes an absolute http(s) address, none when unset, and names a bad one', () => {
    expect(baseUrlSetting(undefined)).toBeNull();
    expect(baseUrlSetting('  ')).toBeNull();
    expect(baseUrlSetting('https://news.example.org')).toBe('https://news.example.org');
    expect(baseUrlSetting(' http://desk.example:8080/ ')).toBe('http://desk.example:8080/');
    for (const bad of ['notaurl', 'news.example.org', 'ftp://news.example.org', 'https://news.example.org/?x=1'])
      expect(baseUrlSetting(bad), bad).toEqual({
        error: expect.stringMatching(/^DATELINE_BASE_URL must be an http\(s\) address .*\(got "/),
      });
  });

  it('refuses an address with a path, which the feeds would follow and the pages would not', () => {
    for (const prefixed of ['https://news.example.org/desk', 'https://news.example.org/desk/'])
      expect(baseUrlSetting(prefixed), prefixed).toEqual({
        error: expect.stringMatching(/^DATELINE_BASE_URL must be the root of a host, .* without a path/),
      });
    expect(baseUrlSetting('https://news.example.org/')).toBe('https://news.example.org/');
  });

  it('stops serve with exit 2 before opening anything', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const before = process.env.DATELINE_BASE_URL;
    process.env.DATELINE_BASE_URL = 'notaurl';
    try {
      const db = join(mkdtempSync(join(tmpdir(), 'dateline-serve-')), 'desk.db');
      expect(await serveDesk({ dbPath: db, host: '127.0.0.1', port: 0 })).toBe(2);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toContain('dateline serve: config: DATELINE_BASE_URL');
      expect(existsSync(db)).toBe(false);
    } finally {
      if (before === undefined) delete process.env.DATELINE_BASE_URL;
      else process.env.DATELINE_BASE_URL = before;
      err.mockRestore();
    }
  });
});

describe('refreshMinutesSetting', () => {
  it('reads the old name first, then the new one, and names a bad value instead of turning refreshing off', () => {
    expect(refreshMinutesSetting({})).toBeUndefined();
    expect(refreshMinutesSetting({ DATELINE_FEED_REFRESH_MINUTES: '15' })).toBe(15);
    expect(refreshMinutesSetting({ DATELINE_REFRESH_MINUTES: '0', DATELINE_FEED_REFRESH_MINUTES: '15' })).toBe(0);
    expect(refreshMinutesSetting({ DATELINE_REFRESH_MINUTES: 'abc' })).toEqual({
      error: 'DATELINE_REFRESH_MINUTES must be a whole number from 0 to 10080 (got "abc")',
    });
    for (const bad of ['-5', '1.5', '99999', '1e3'])
      expect(refreshMinutesSetting({ DATELINE_FEED_REFRESH_MINUTES: bad }), bad).toHaveProperty('error');
  });
});
