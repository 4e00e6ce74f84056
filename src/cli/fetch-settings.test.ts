import { describe, expect, it } from 'vitest';
import { fetchFlagsFromEnv, ingestFetchOptions } from './fetch-settings.js';

describe('fetchFlagsFromEnv', () => {
  it('turns DATELINE_ALLOW_PRIVATE and the fetch limits into leading flags', () => {
    const r = fetchFlagsFromEnv({
      DATELINE_ALLOW_PRIVATE: 'true',
      DATELINE_FETCH_TIMEOUT_MS: '2500',
      DATELINE_FETCH_MAX_BYTES: '4096',
    });
    expect(r).toEqual({ ok: true, flags: ['--timeout', '2500', '--max-bytes', '4096', '--allow-private'] });
  });

  it('leaves private addresses refused by default', () => {
    const r = fetchFlagsFromEnv({});
    expect(r.ok && r.flags).not.toContain('--allow-private');
  });

  it('names the variable when a fetch setting is wrong, and ignores store settings', () => {
    const bad = fetchFlagsFromEnv({ DATELINE_ALLOW_PRIVATE: 'maybe' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('DATELINE_ALLOW_PRIVATE');
    // Both store settings at once is a config error, but not one that concerns `extract`.
    expect(fetchFlagsFromEnv({ DATELINE_DB: 'x.db', DATELINE_PG_URL: 'postgres://h/db' }).ok).toBe(true);
  });
});

describe('ingestFetchOptions', () => {
  const fetch = { allowPrivate: false, userAgent: 'Desk/1', timeoutMs: 1000, maxBytes: 2048 };

  it('takes the config, with the flags on top', () => {
    expect(ingestFetchOptions(fetch, {})).toEqual({
      allowPrivate: false,
      maxBytes: 2048,
      polite: { userAgent: 'Desk/1', timeoutMs: 1000, maxBytes: 2048 },
    });
    expect(ingestFetchOptions({ ...fetch, allowPrivate: true }, {}).allowPrivate).toBe(true);
    const flagged = ingestFetchOptions(fetch, { allowPrivate: true, userAgent: 'Other/2' });
    expect(flagged.allowPrivate).toBe(true);
    expect(flagged.polite?.userAgent).toBe('Other/2');
  });
});
