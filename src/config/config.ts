/**
 * Dateline's one config schema (STYLE.md §8): every setting is a row of CONFIG_FIELDS, read from the environment
 * with CLI overrides on top, parsed once by the composition root, validated with messages that name the variable.
 * Nothing here runs at import time. Hand-written because it is one table and four value parsers; a schema library
 * would add a dependency without removing any of the cross-field rules below.
 */
import type { StoreConfig } from '../store/open-store.js';

export interface Config {
  store: StoreConfig;
  server: {
    port: number;
    /** Bearer token for write endpoints; null leaves them closed. Secret. */
    token: string | null;
  };
  fetch: {
    /** Allow requests to private, loopback and link-local addresses (off: SSRF guard). */
    allowPrivate: boolean;
    userAgent: string;
    timeoutMs: number;
    maxBytes: number;
  };
  feeds: {
    /** 0: `serve` never refreshes on its own. */
    refreshIntervalMinutes: number;
  };
}

type Kind = 'string' | 'int' | 'bool' | 'pgurl';

export interface ConfigField {
  /** The override key (CLI flag without dashes). */
  key: string;
  env: string;
  flag: string;
  kind: Kind;
  /** The value used when neither env nor override sets it; null: unset. */
  fallback: string | null;
  min?: number;
  max?: number;
  secret?: boolean;
  doc: string;
}

export const DEFAULT_USER_AGENT = 'Dateline/0.1 (+https://github.com/dateline/dateline)';

/** Every setting, documented once; `dateline --help` and the README can be generated from this table. */
export const CONFIG_FIELDS: readonly ConfigField[] = [
  {
    key: 'db',
    env: 'DATELINE_DB',
    flag: '--db',
    kind: 'string',
    fallback: './data/dateline.db',
    doc: 'SQLite database file (ignored when DATELINE_PG_URL is set)',
  },
  {
    key: 'pgUrl',
    env: 'DATELINE_PG_URL',
    flag: '--pg-url',
    kind: 'pgurl',
    fallback: null,
    secret: true,
    doc: 'PostgreSQL connection URL; when set, the desk uses PostgreSQL instead of SQLite',
  },
  {
    key: 'pgSchema',
    env: 'DATELINE_PG_SCHEMA',
    flag: '--pg-schema',
    kind: 'string',
    fallback: null,
    doc: 'PostgreSQL schema to keep the tables in (created on migrate)',
  },
  { key: 'port', env: 'PORT', flag: '--port', kind: 'int', fallback: '8080', min: 1, max: 65535, doc: 'HTTP port' },
  {
    key: 'token',
    env: 'DATELINE_TOKEN',
    flag: '--token',
    kind: 'string',
    fallback: null,
    secret: true,
    doc: 'bearer token for write endpoints (at least 16 characters); unset leaves them closed',
  },
  {
    key: 'allowPrivate',
    env: 'DATELINE_ALLOW_PRIVATE',
    flag: '--allow-private',
    kind: 'bool',
    fallback: 'false',
    doc: 'allow fetching private, loopback and link-local addresses',
  },
  {
    key: 'userAgent',
    env: 'DATELINE_USER_AGENT',
    flag: '--user-agent',
    kind: 'string',
    fallback: DEFAULT_USER_AGENT,
    doc: 'User-Agent sent with every request and matched against robots.txt',
  },
  {
    key: 'fetchTimeoutMs',
    env: 'DATELINE_FETCH_TIMEOUT_MS',
    flag: '--fetch-timeout-ms',
    kind: 'int',
    fallback: '15000',
    min: 100,
    max: 600_000,
    doc: 'time limit for one fetch, in milliseconds',
  },
  {
    key: 'fetchMaxBytes',
    env: 'DATELINE_FETCH_MAX_BYTES',
    flag: '--fetch-max-bytes',
    kind: 'int',
    fallback: String(20 * 1024 * 1024),
    min: 1024,
    max: 1024 * 1024 * 1024,
    doc: 'size limit for one fetched body, in bytes',
  },
  {
    key: 'feedRefreshMinutes',
    env: 'DATELINE_FEED_REFRESH_MINUTES',
    flag: '--feed-refresh-minutes',
    kind: 'int',
    fallback: '30',
    min: 0,
    max: 7 * 24 * 60,
    doc: 'how often `serve` refreshes subscribed feeds, in minutes (0: never)',
  },
];

export type ConfigOutcome = { ok: true; config: Config } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;
type Value = string | number | boolean | null;

const MIN_TOKEN_LENGTH = 16;
const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Parses the config from an environment (pass `process.env`) and CLI overrides keyed by CONFIG_FIELDS `key`.
 * Empty strings count as unset. Every problem is reported, not only the first.
 */
export function parseConfig(env: Env, overrides: Readonly<Record<string, string | undefined>> = {}): ConfigOutcome {
  const errors: string[] = [];
  const values = new Map<string, Value>();
  const given = new Set<string>();
  for (const key of Object.keys(overrides)) {
    if (!CONFIG_FIELDS.some((f) => f.key === key)) errors.push(`config: unknown setting "${key}"`);
  }
  for (const field of CONFIG_FIELDS) {
    const raw = nonEmpty(overrides[field.key]) ?? nonEmpty(env[field.env]);
    if (raw !== null) given.add(field.key);
    const text = raw ?? field.fallback;
    if (text === null) {
      values.set(field.key, null);
      continue;
    }
    const parsed = parseValue(field, text.trim());
    if (typeof parsed === 'object' && parsed !== null) errors.push(parsed.error);
    else values.set(field.key, parsed);
  }
  errors.push(...crossFieldErrors(values, given));
  if (errors.length) return { ok: false, errors };
  const pgUrl = values.get('pgUrl') as string | null;
  const pgSchema = values.get('pgSchema') as string | null;
  return {
    ok: true,
    config: {
      store: pgUrl
        ? { kind: 'postgres', url: pgUrl, ...(pgSchema ? { schema: pgSchema } : {}) }
        : { kind: 'sqlite', path: values.get('db') as string },
      server: { port: values.get('port') as number, token: values.get('token') as string | null },
      fetch: {
        allowPrivate: values.get('allowPrivate') as boolean,
        userAgent: values.get('userAgent') as string,
        timeoutMs: values.get('fetchTimeoutMs') as number,
        maxBytes: values.get('fetchMaxBytes') as number,
      },
      feeds: { refreshIntervalMinutes: values.get('feedRefreshMinutes') as number },
    },
  };
}

/** parseConfig for the composition root: throws one Error listing every problem. */
export function loadConfig(env: Env, overrides: Readonly<Record<string, string | undefined>> = {}): Config {
  const outcome = parseConfig(env, overrides);
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.config;
}

/** The config as `NAME=value` lines for `--print-config` and logs, secrets and URL passwords redacted. */
export function printConfig(config: Config): string {
  const shown: Record<string, string | number | boolean | null> = {
    DATELINE_DB: config.store.kind === 'sqlite' ? config.store.path : null,
    DATELINE_PG_URL: config.store.kind === 'postgres' ? redactUrl(config.store.url) : null,
    DATELINE_PG_SCHEMA: config.store.kind === 'postgres' ? (config.store.schema ?? null) : null,
    PORT: config.server.port,
    DATELINE_TOKEN: config.server.token === null ? null : '[redacted]',
    DATELINE_ALLOW_PRIVATE: config.fetch.allowPrivate,
    DATELINE_USER_AGENT: config.fetch.userAgent,
    DATELINE_FETCH_TIMEOUT_MS: config.fetch.timeoutMs,
    DATELINE_FETCH_MAX_BYTES: config.fetch.maxBytes,
    DATELINE_FEED_REFRESH_MINUTES: config.feeds.refreshIntervalMinutes,
  };
  return Object.entries(shown)
    .map(([name, value]) => `${name}=${value === null ? '(unset)' : String(value)}`)
    .join('\n');
}

function parseValue(field: ConfigField, text: string): Value | { error: string } {
  const bad = (why: string) => ({ error: `config: ${field.env} ${why} (got ${JSON.stringify(shown(field, text))})` });
  switch (field.kind) {
    case 'string':
      if (field.key === 'pgSchema' && !SCHEMA_NAME.test(text)) return bad('must be a plain identifier');
      if (field.key === 'token' && text.length < MIN_TOKEN_LENGTH) {
        return bad(`must be at least ${MIN_TOKEN_LENGTH} characters`);
      }
      // Node refuses a header value holding anything else, which would fail every fetch rather than this line.
      if (field.key === 'userAgent' && /[^\t\x20-\x7e\x80-\xff]/.test(text))
        return bad('must be one line of printable Latin-1 characters (an HTTP header value)');
      return text;
    case 'bool': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return true;
      if (FALSE.has(lower)) return false;
      return bad('must be true or false');
    }
    case 'int': {
      const n = /^\d+$/.test(text) ? Number(text) : NaN;
      const { min = 0, max = Number.MAX_SAFE_INTEGER } = field;
      if (!Number.isSafeInteger(n) || n < min || n > max) return bad(`must be a whole number from ${min} to ${max}`);
      return n;
    }
    case 'pgurl': {
      try {
        const url = new URL(text);
        if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return text;
      } catch {
        // reported below
      }
      return bad('must be a postgres:// or postgresql:// URL');
    }
  }
}

function crossFieldErrors(values: Map<string, Value>, given: Set<string>): string[] {
  const errors: string[] = [];
  if (given.has('db') && given.has('pgUrl')) {
    errors.push('config: set DATELINE_DB (SQLite) or DATELINE_PG_URL (PostgreSQL), not both');
  }
  if (given.has('pgSchema') && !given.has('pgUrl')) {
    errors.push('config: DATELINE_PG_SCHEMA needs DATELINE_PG_URL (it names a PostgreSQL schema)');
  }
  const timeoutMs = values.get('fetchTimeoutMs');
  const refreshMinutes = values.get('feedRefreshMinutes');
  // 0 turns refreshing off, so there is nothing to overlap.
  if (
    typeof timeoutMs === 'number' &&
    typeof refreshMinutes === 'number' &&
    refreshMinutes > 0 &&
    refreshMinutes * 60_000 <= timeoutMs
  ) {
    errors.push(
      `config: DATELINE_FEED_REFRESH_MINUTES (${refreshMinutes} min) must be longer than DATELINE_FETCH_TIMEOUT_MS (${timeoutMs} ms), or refreshes overlap`,
    );
  }
  return errors;
}

function shown(field: ConfigField, text: string): string {
  if (!field.secret) return text;
  return field.kind === 'pgurl' ? redactUrl(text) : '[redacted]';
}

/** A URL with its password replaced, for logs. Unparseable text is redacted whole. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password) url.password = 'redacted';
    return url.href;
  } catch {
    return '[redacted]';
  }
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}
