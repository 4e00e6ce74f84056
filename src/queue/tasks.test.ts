import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.js';
import { isRetryable } from './retryable.js';
import { decodeTask, newJob, taskForInput } from './tasks.js';

describe('decodeTask', () => {
  const job = (kind: unknown, payload: unknown) => ({ id: '7', kind: kind as string, payload });

  it('decodes each kind', () => {
    expect(decodeTask(job('ingest-url', { url: 'https://a.example/x' }))).toEqual({
      ok: true,
      task: { kind: 'ingest-url', url: 'https://a.example/x' },
    });
    expect(decodeTask(job('ingest-file', { path: '/data/a.html' }))).toMatchObject({ ok: true });
    expect(decodeTask(job('reprocess', {}))).toMatchObject({ ok: true, task: { kind: 'reprocess' } });
    expect(decodeTask(job('refresh-feed', { url: 'http://a.example/rss' }))).toMatchObject({ ok: true });
  });

  it.each([
    [
      'ingest-url',
      { url: 'file:///etc/passwd' },
      /job 7 \("ingest-url"\): needs an http\(s\) URL .*file:\/\/\/etc\/passwd/,
    ],
    ['ingest-url', { url: 42 }, /needs an http\(s\) URL in payload.url \(got "42"\)/],
    ['ingest-url', { url: `https://a.example/${'x'.repeat(9000)}` }, /needs an http\(s\) URL .*…"\)/],
    ['ingest-file', { path: '../etc/passwd' }, /needs an absolute file path/],
    ['ingest-file', { path: '/tmp/a\0b' }, /needs an absolute file path/],
    ['ingest-url', null, /payload must be a JSON object \(got "null"\)/],
    ['ingest-url', ['https://a.example/'], /payload must be a JSON object/],
    ['drop-tables', {}, /job 7 \("drop-tables"\): unknown job kind/],
    [{ evil: true }, {}, /job 7 \("\{\\"evil\\":true\}"\): unknown job kind/],
  ])('refuses %j %j with a message naming the job', (kind, payload, message) => {
    const decoded = decodeTask(job(kind, payload));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });
});

describe('newJob and taskForInput', () => {
  it('makes file paths absolute and keys pending jobs by source', () => {
    expect(taskForInput('pages/a.html', '/srv/desk')).toEqual({ kind: 'ingest-file', path: '/srv/desk/pages/a.html' });
    expect(taskForInput('HTTPS://a.example/x')).toEqual({ kind: 'ingest-url', url: 'HTTPS://a.example/x' });
    expect(newJob({ kind: 'refresh-feed', url: 'https://a.example/rss' }, 3)).toEqual({
      kind: 'refresh-feed',
      payload: { url: 'https://a.example/rss' },
      maxAttempts: 3,
      dedupeKey: 'refresh-feed:https://a.example/rss',
    });
  });
});

describe('isRetryable', () => {
  it.each([
    ['timeout', undefined, true],
    ['network', undefined, true],
    ['internal-error', undefined, true],
    ['http-error', 503, true],
    ['http-error', 429, true],
    ['http-error', 404, false],
    ['http-error', undefined, false],
    ['blocked-address', undefined, false],
    ['bad-url', undefined, false],
    ['not-html', undefined, false],
    ['unreadable', undefined, false],
  ])('%s (status %s) → %s', (reason, status, retryable) => {
    expect(isRetryable({ reason, ...(status !== undefined ? { status } : {}) })).toBe(retryable);
  });
});

describe('retryDelayMs', () => {
  const options = { baseMs: 1000, maxMs: 60_000, jitter: 0.2 };

  it('doubles from the base up to the cap', () => {
    const noJitter = { ...options, jitter: 0 };
    expect([1, 2, 3, 4, 7, 8, 60].map((n) => retryDelayMs(n, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 60_000, 60_000, 60_000,
    ]);
  });

  it('takes up to the jitter fraction off, never more', () => {
    expect(retryDelayMs(3, options, () => 0)).toBe(4000);
    expect(retryDelayMs(3, options, () => 0.999999)).toBe(3200);
  });
});
