import { describe, expect, it } from 'vitest';
import type { FetchOptions, FetchOutcome } from '../fetch/fetch-outcome.js';
import { HostGate } from './host-gate.js';
import { createPoliteFetch } from './polite-fetcher.js';
import { parseRobots, productToken } from './robots-rules.js';

describe('robots.txt rules', () => {
  const txt = [
    'User-agent: *',
    'Disallow: /private/',
    'Crawl-delay: 120',
    '',
    'User-agent: Dateline',
    'Disallow: /no-dateline/',
    'Allow: /no-dateline/open',
    'Crawl-delay: 2',
  ].join('\n');

  it('applies the group for our product token, longest match winning', () => {
    const rules = parseRobots('https://a.example/robots.txt', txt, 'Dateline');
    expect(rules.allowed('https://a.example/no-dateline/x')).toBe(false);
    expect(rules.allowed('https://a.example/no-dateline/open')).toBe(true);
    // Our group replaces the * group entirely (RFC 9309 §2.2.1).
    expect(rules.allowed('https://a.example/private/x')).toBe(true);
    expect(rules.crawlDelayMs).toBe(2000);
  });

  it('falls back to the * group and caps a hostile crawl delay', () => {
    const rules = parseRobots('https://a.example/robots.txt', txt, 'OtherBot');
    expect(rules.allowed('https://a.example/private/x')).toBe(false);
    expect(rules.crawlDelayMs).toBe(30_000);
  });

  it('takes the product token from a User-Agent string', () => {
    expect(productToken('Dateline/0.1 (+https://github.com/dateline)')).toBe('Dateline');
  });
});

describe('HostGate', () => {
  it('keeps per-host concurrency and spacing, and the global cap', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const gate = new HostGate({
      perHost: 1,
      delayMs: 100,
      global: 2,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    });
    let inFlight = 0;
    let maxInFlight = 0;
    const perHost = new Map<string, number>();
    let maxPerHost = 0;
    const task = (host: string) => async () => {
      inFlight++;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      maxInFlight = Math.max(maxInFlight, inFlight);
      maxPerHost = Math.max(maxPerHost, perHost.get(host)!);
      await new Promise((r) => setTimeout(r, 1));
      perHost.set(host, perHost.get(host)! - 1);
      inFlight--;
    };
    await Promise.all(['a', 'a', 'a', 'b', 'b', 'c'].map((h) => gate.run(h, task(h))));
    expect(maxPerHost).toBe(1);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    // Host a's second and third requests each waited for the spacing.
    expect(sleeps.filter((ms) => ms > 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('createPoliteFetch', () => {
  it('sends an honest User-Agent, keeps private addresses refused, and checks robots.txt once per origin', async () => {
    const seen: { url: string; options: FetchOptions }[] = [];
    const fetch = async (url: string, options: FetchOptions = {}): Promise<FetchOutcome> => {
      seen.push({ url, options });
      if (url.endsWith('/robots.txt'))
        return { ok: false, reason: 'http-error', status: 404, url, message: 'fetch: 404' };
      return { ok: true, notModified: false, status: 200, url, headers: {}, bytes: new Uint8Array(), redirects: [] };
    };
    const polite = createPoliteFetch(fetch, { delayMs: 0 });
    await polite('https://a.example/1');
    await polite('https://a.example/2', { etag: '"x"' });
    expect(seen.map((s) => s.url)).toEqual([
      'https://a.example/robots.txt',
      'https://a.example/1',
      'https://a.example/2',
    ]);
    expect(seen[1]?.options.userAgent).toMatch(/^Dateline\/0\.1 \(\+https:\/\/github\.com\/dateline\)$/);
    expect(seen.every((s) => s.options.allowPrivate === false)).toBe(true);
    expect(seen[2]?.options.etag).toBe('"x"');
    expect(await polite('not a url')).toMatchObject({ ok: false, reason: 'bad-url' });
  });

  it('refuses a URL the fetcher would refuse before asking for robots.txt (credentials, scheme, private address)', async () => {
    const asked: string[] = [];
    // Every request fails as an unresolvable host: a robots.txt request would hide the true reason behind it.
    const dnsFail = async (url: string): Promise<FetchOutcome> => {
      asked.push(url);
      return { ok: false, reason: 'dns', url, message: `fetch: ${url}: host not found` };
    };
    const polite = createPoliteFetch(dnsFail, { delayMs: 0 });
    expect(await polite('https://user:secret@news.example/story')).toEqual({
      ok: false,
      reason: 'bad-url',
      url: 'https://user:secret@news.example/story',
      message: 'fetch: https://user:secret@news.example/story: URLs with credentials are not fetched',
    });
    expect(await polite('http://10.0.0.7/story')).toMatchObject({
      ok: false,
      reason: 'blocked-address',
      message: 'fetch: http://10.0.0.7/story: 10.0.0.7 is private (RFC 1918)',
    });
    expect(await polite('ftp://news.example/story')).toMatchObject({ ok: false, reason: 'bad-url' });
    expect(asked).toEqual([]);
    // Allowed private addresses go on to robots.txt and the page as before.
    const open = createPoliteFetch(dnsFail, { delayMs: 0, allowPrivate: true });
    expect(await open('http://10.0.0.7/story')).toMatchObject({ ok: false, reason: 'dns' });
    expect(asked).toEqual(['http://10.0.0.7/robots.txt']);
  });

  it('reports a host that does not resolve or hangs by that reason, not as disallowed by robots.txt', async () => {
    const dnsFail = async (url: string): Promise<FetchOutcome> => ({
      ok: false,
      reason: 'dns',
      url,
      message: `fetch: ${url}: no-such.invalid does not resolve`,
    });
    const polite = createPoliteFetch(dnsFail, { delayMs: 0 });
    const out = await polite('https://no-such.invalid/story');
    expect(out).toMatchObject({ ok: false, reason: 'dns' });
    // The cause first, on the page's own URL; then that it was met asking for robots.txt.
    expect(!out.ok && out.message).toBe(
      'fetch: https://no-such.invalid/story: no-such.invalid does not resolve ' +
        '(robots.txt could not be read, so the page was not fetched)',
    );

    // A robots.txt that answers 5xx still disallows everything (RFC 9309): the page is not fetched. A transient
    // status is reported as that HTTP error (retried later); any other stays a refusal, and says why.
    const asked: string[] = [];
    const serverError =
      (status: number) =>
      async (url: string): Promise<FetchOutcome> => {
        asked.push(url);
        return url.endsWith('/robots.txt')
          ? { ok: false, reason: 'http-error', status, url, message: `fetch: ${url}: HTTP ${status}` }
          : { ok: true, notModified: false, status: 200, url, headers: {}, bytes: new Uint8Array(), redirects: [] };
      };
    const busy = await createPoliteFetch(serverError(503), { delayMs: 0 })('https://busy.example/story');
    expect(busy).toMatchObject({ ok: false, reason: 'http-error', status: 503 });
    expect(!busy.ok && busy.message).toBe(
      'fetch: https://busy.example/story: robots.txt answered HTTP 503, so the page was not fetched ' +
        '(RFC 9309: everything is disallowed until robots.txt can be read)',
    );
    const broken = await createPoliteFetch(serverError(501), { delayMs: 0 })('https://odd.example/story');
    expect(broken).toMatchObject({ ok: false, reason: 'robots-disallowed' });
    expect(!broken.ok && broken.message).toContain('HTTP 501');
    expect(asked).toEqual(['https://busy.example/robots.txt', 'https://odd.example/robots.txt']);
  });
});
