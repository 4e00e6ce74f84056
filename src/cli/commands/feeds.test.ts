import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { run } from './feeds.js';

let out: MockInstance;
let err: MockInstance;
const text = (m: MockInstance): string => m.mock.calls.map((c) => String(c[0])).join('');

beforeEach(() => {
  out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  out.mockRestore();
  err.mockRestore();
});

describe('dateline feeds', () => {
  it('adds, lists and removes subscriptions', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-feeds-')), 'desk.db');
    expect(await run(['add', 'https://news.example/feed.xml', '--title', 'News', '--db', db])).toBe(0);
    expect(await run(['add', 'https://news.example/feed.xml', '--db', db])).toBe(0);
    expect(text(out)).toContain('already subscribed https://news.example/feed.xml');
    // A new subscription says when it will be fetched (adding fetches nothing); an existing one does not repeat it.
    expect(text(err)).toBe(
      "dateline feeds: note: nothing is fetched yet; 'dateline feeds refresh' fetches it now, and 'dateline serve' " +
        'fetches it every 30 minutes\n',
    );
    expect(await run(['list', '--db', db])).toBe(0);
    expect(text(out)).toContain('https://news.example/feed.xml\tNews\tnever fetched');
    expect(await run(['remove', 'https://news.example/feed.xml', '--db', db])).toBe(0);
    expect(await run(['remove', 'https://news.example/feed.xml', '--db', db])).toBe(1);
    expect(text(err)).toContain('not subscribed');
  });

  it('takes one feed written two ways for one subscription, and says when a title changes', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-feeds-')), 'desk.db');
    expect(await run(['add', 'HTTPS://News.Example/feed.xml', '--db', db])).toBe(0);
    expect(await run(['add', 'https://news.example:443/feed.xml', '--title', 'News', '--db', db])).toBe(0);
    expect(text(out)).toBe(
      'subscribed https://news.example/feed.xml\n' +
        "already subscribed https://news.example/feed.xml (title now 'News')\n",
    );
    out.mockClear();
    expect(await run(['list', '--db', db])).toBe(0);
    expect(text(out)).toBe('https://news.example/feed.xml\tNews\tnever fetched\n');
    expect(await run(['remove', 'https://NEWS.example/feed.xml', '--db', db])).toBe(0);
    expect(text(out)).toContain('unsubscribed https://news.example/feed.xml\n');
  });

  it('refreshes with nothing subscribed, and exits 2 on usage errors', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-feeds-')), 'desk.db');
    expect(await run(['refresh', '--db', db])).toBe(0);
    expect(text(err)).toContain('0 stored');
    expect(await run(['add', 'ftp://x.example/feed', '--db', db])).toBe(2);
    expect(await run(['frobnicate', '--db', db])).toBe(2);
    expect(await run([])).toBe(2);
  });

  it('names a bad URL, refuses stray arguments, and does not create a database to list or remove from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-feeds-'));
    const db = join(dir, 'desk.db');
    expect(await run(['add', 'news.example/feed.xml', '--db', db])).toBe(2);
    expect(text(err)).toContain("dateline feeds: add takes an http(s) feed URL; 'news.example/feed.xml' is not one");
    expect(await run(['list', 'everything', '--db', db])).toBe(2);
    expect(text(err)).toContain("dateline feeds: list takes no arguments (got 'everything')");
    expect(await run(['refresh', 'now', '--db', db])).toBe(2);
    expect(await run(['list', '--db', join(dir, 'typo.db')])).toBe(2);
    expect(await run(['remove', 'https://news.example/feed.xml', '--db', join(dir, 'typo.db')])).toBe(2);
    expect(text(err)).toContain(`dateline feeds: no database at ${join(dir, 'typo.db')}`);
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
    expect(await run(['add', 'https://news.example/feed.xml', '--db', db])).toBe(0);
    expect(await run(['remove', 'https://news.example/feed.xml', '--db', db])).toBe(0);
    err.mockClear();
    out.mockClear();
    expect(await run(['list', '--db', db])).toBe(0);
    expect(text(out)).toBe('');
    expect(text(err)).toContain('no subscriptions');
    expect(await run(['list', '--bogus', '--db', db])).toBe(2);
    expect(text(err)).toContain("dateline feeds: unknown option '--bogus'");
  });

  it('subscribes a feed on a private address but says that refresh will refuse it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dateline-feeds-')), 'desk.db');
    expect(await run(['add', 'http://192.168.1.20/rss.xml', '--db', db])).toBe(0);
    expect(text(out)).toContain('subscribed http://192.168.1.20/rss.xml');
    expect(text(err)).toContain(
      "dateline feeds: note: 192.168.1.20 is private (RFC 1918); 'feeds refresh' fetches it only with --allow-private",
    );
    err.mockClear();
    expect(await run(['add', 'http://192.168.1.21/rss.xml', '--allow-private', '--db', db])).toBe(0);
    expect(await run(['add', 'https://news.example/rss.xml', '--db', db])).toBe(0);
    // Allowed or public: no refusal note, only when the feed will be fetched.
    expect(text(err)).not.toContain('is private');
    expect(text(err)).toContain("nothing is fetched yet; 'dateline feeds refresh' fetches it now");
  });

  it('puts the help on stderr when the action is missing, on stdout when asked for', async () => {
    expect(await run([])).toBe(2);
    expect(text(out)).toBe('');
    expect(text(err)).toContain('Usage: dateline feeds');
    expect(await run(['--help'])).toBe(0);
    expect(text(out)).toContain('Exit status');
  });
});
