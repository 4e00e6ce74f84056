/**
 * The fetch settings of the config (DATELINE_ALLOW_PRIVATE, DATELINE_USER_AGENT, DATELINE_FETCH_TIMEOUT_MS,
 * DATELINE_FETCH_MAX_BYTES) handed to the commands that fetch. Without this the README's configuration table
 * was parsed and validated but ignored by `extract`, `analyze`, `ingest` and `feeds refresh`: a desk set up
 * with DATELINE_ALLOW_PRIVATE=true still refused its own intranet feeds. A flag on the command line wins.
 */
import { CONFIG_FIELDS, parseConfig, type Config } from '../config/config.js';
import type { IngestOptions } from '../ingest/pipeline/ingest-types.js';

type Env = Readonly<Record<string, string | undefined>>;

const FETCH_KEYS = new Set(['allowPrivate', 'userAgent', 'fetchTimeoutMs', 'fetchMaxBytes']);

/**
 * Leading flags for `extract`/`analyze` from the fetch settings of `env`. They go before the user's own
 * arguments, so a flag the user gives still wins (parseArgs keeps the last value). Only the fetch settings are
 * checked: a store setting that is wrong does not stop a command that never opens the store.
 */
export function fetchFlagsFromEnv(env: Env): { ok: true; flags: string[] } | { ok: false; message: string } {
  const fetchEnv: Record<string, string | undefined> = {};
  for (const field of CONFIG_FIELDS) if (FETCH_KEYS.has(field.key)) fetchEnv[field.env] = env[field.env];
  const parsed = parseConfig(fetchEnv);
  if (!parsed.ok) return { ok: false, message: parsed.errors.join('\n') };
  const { allowPrivate, timeoutMs, maxBytes } = parsed.config.fetch;
  const flags = ['--timeout', String(timeoutMs), '--max-bytes', String(maxBytes)];
  if (allowPrivate) flags.push('--allow-private');
  return { ok: true, flags };
}

/** Ingest options from the config's fetch settings, with the command's own flags on top. */
export function ingestFetchOptions(
  fetch: Config['fetch'],
  flags: { allowPrivate?: boolean | undefined; userAgent?: string | undefined; maxBytes?: number | undefined },
): Pick<IngestOptions, 'allowPrivate' | 'maxBytes' | 'polite'> {
  const maxBytes = flags.maxBytes ?? fetch.maxBytes;
  return {
    allowPrivate: flags.allowPrivate === true || fetch.allowPrivate,
    maxBytes,
    polite: {
      userAgent: flags.userAgent || fetch.userAgent,
      timeoutMs: fetch.timeoutMs,
      maxBytes,
    },
  };
}
