import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS, loadConfig, parseConfig, printConfig } from './config.js';

describe('config', () => {
  it('defaults to a SQLite desk on port 8080 with the SSRF guard on', () => {
    const config = loadConfig({});
    expect(config.store).toEqual({ kind: 'sqlite', path: './data/dateline.db' });
    expect(config.server).toEqual({ port: 8080, token: null });
    expect(config.fetch.allowPrivate).toBe(false);
    expect(config.fetch.timeoutMs).toBe(15000);
    expect(config.fetch.maxBytes).toBe(20 * 1024 * 1024);
    expect(config.feeds.refreshIntervalMinutes).toBe(30);
  });

  it('uses PostgreSQL when DATELINE_PG_URL is set, and CLI overrides beat the environment', () => {
    const config = loadConfig(
      {
        DATELINE_PG_URL: 'postgres://u:pw@db:5432/news',
        DATELINE_PG_SCHEMA: 'desk',
        PORT: '9000',
        DATELINE_ALLOW_PRIVATE: 'yes',
      },
      { port: '3000' },
    );
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://u:pw@db:5432/news', schema: 'desk' });
    expect(config.server.port).toBe(3000);
    expect(config.fetch.allowPrivate).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATELINE_PG_URL: '  ' }).store.kind).toBe('sqlite');
  });

  it('reports every bad value, naming the variable', () => {
    const outcome = parseConfig({
      PORT: '80a',
      DATELINE_ALLOW_PRIVATE: 'maybe',
      DATELINE_TOKEN: 'short',
      DATELINE_PG_URL: 'mysql://x',
      DATELINE_FETCH_MAX_BYTES: '-1',
    });
    expect(outcome.ok).toBe(false);
    const errors = outcome.ok ? [] : outcome.errors;
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/PORT must be a whole number from 1 to 65535 \(got "80a"\)/);
    expect(errors.join('\n')).toMatch(/DATELINE_ALLOW_PRIVATE must be true or false/);
    expect(errors.join('\n')).toMatch(/DATELINE_TOKEN must be at least 16 characters \(got "\[redacted\]"\)/);
    expect(errors.join('\n')).not.toContain('short');
    expect(errors.every((e) => e.startsWith('config: '))).toBe(true);
  });

  it('checks settings against each other', () => {
    const both = parseConfig({ DATELINE_DB: 'x.db', DATELINE_PG_URL: 'postgres://h/db' });
    expect(both.ok ? [] : both.errors).toEqual([
      'config: set DATELINE_DB (SQLite) or DATELINE_PG_URL (PostgreSQL), not both',
    ]);
    const schema = parseConfig({ DATELINE_PG_SCHEMA: 'desk' });
    expect(schema.ok ? [] : schema.errors[0]).toMatch(/DATELINE_PG_SCHEMA needs DATELINE_PG_URL/);
    const overlap = parseConfig({ DATELINE_FEED_REFRESH_MINUTES: '1', DATELINE_FETCH_TIMEOUT_MS: '60000' });
    expect(overlap.ok ? [] : overlap.errors[0]).toMatch(/must be longer than DATELINE_FETCH_TIMEOUT_MS/);
    expect(() => loadConfig({}, { colour: 'blue' })).toThrow(/^config: unknown setting "colour"/);
  });

  it('takes DATELINE_FEED_REFRESH_MINUTES=0 to mean never, as serve documents, not as an error', () => {
    const never = parseConfig({ DATELINE_FEED_REFRESH_MINUTES: '0', DATELINE_FETCH_TIMEOUT_MS: '60000' });
    expect(never.ok && never.config.feeds.refreshIntervalMinutes).toBe(0);
  });

  it('prints every setting with secrets redacted', () => {
    const text = printConfig(
      loadConfig({ DATELINE_PG_URL: 'postgres://user:hunter2@db/news', DATELINE_TOKEN: 'a-very-long-secret-token' }),
    );
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('a-very-long-secret-token');
    expect(text).toContain('DATELINE_PG_URL=postgres://user:redacted@db/news');
    expect(text).toContain('DATELINE_TOKEN=[redacted]');
    for (const field of CONFIG_FIELDS) expect(text).toContain(`${field.env}=`);
  });
});
