/**
 * `dateline serve [--port N] [--db path] [--host [addr]]`: the web edition, JSON API and feeds over a store,
 * refreshing subscribed feeds on a schedule. Environment: PORT, DATELINE_DB, DATELINE_TOKEN (enables
 * `POST /api/v1/ingest`), DATELINE_BASE_URL (public address for feeds and share links),
 * DATELINE_FEED_REFRESH_MINUTES (0 turns refreshing off; default 30; DATELINE_REFRESH_MINUTES is the old name).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseErrorMessage, portOption } from '../command-line.js';
import { reportUsageError } from '../usage-error.js';
import { pino } from 'pino';
import type { Config } from '../../config/config.js';

export interface ServeOptions {
  /** The SQLite file; for `serve`, --db (undefined: the configuration decides, DATELINE_PG_URL included). */
  dbPath: string | undefined;
  /** `demo` always serves its own SQLite file, whatever the configuration says. */
  sqliteOnly?: boolean;
  host: string;
  port: number;
  /** Printed above the URL once listening. */
  banner?: string;
}

const HELP = `Usage: dateline serve [--port N] [--db path] [--host [addr]]

Serves the web edition, the JSON API (/api/v1, OpenAPI at /api/openapi.json) and feeds over the store, and
refreshes subscribed feeds every $DATELINE_FEED_REFRESH_MINUTES (default 30; 0: never).

Options:
  --port N     port to listen on (default: $PORT or 8080)
  --db path    SQLite database (default: $DATELINE_DB or ./data/dateline.db; DATELINE_PG_URL for PostgreSQL)
  --host addr  address to listen on (default 127.0.0.1; --host alone listens on all interfaces)
  -h, --help   this help

Environment: DATELINE_TOKEN (16+ characters) enables POST /api/v1/ingest; DATELINE_BASE_URL is the public
address used in feeds and share links; DATELINE_ALLOW_PRIVATE lets ingest and refreshes fetch private addresses.

Exit status: 0 stopped by Ctrl-C or SIGTERM, 1 cannot listen, 2 usage or configuration error.
`;

/** Opens the store, serves it until SIGINT/SIGTERM, then closes everything. Returns the exit code. */
export async function serveDesk(options: ServeOptions): Promise<number> {
  const [{ openStore }, { openConfiguredStore }, { startServer }, { publishConfig }] = await Promise.all([
    import('../../store/open-store.js'),
    import('../open-configured-store.js'),
    import('../../publish/start-server.js'),
    import('../../publish/config.js'),
  ]);
  const baseUrl = baseUrlSetting(process.env.DATELINE_BASE_URL);
  const envMinutes = refreshMinutesSetting(process.env);
  const settingError = [baseUrl, envMinutes].find(isSettingError);
  if (settingError || isSettingError(baseUrl) || isSettingError(envMinutes)) {
    process.stderr.write(`dateline serve: config: ${settingError?.error}\n`);
    return 2;
  }
  // Checked before the store is opened: a taken port must not leave behind a new, empty database file.
  const problem = await listenProblem(options);
  if (problem) {
    process.stderr.write(`dateline serve: ${problem}\n`);
    return 1;
  }
  const logger = pino({ name: 'dateline' }, pino.destination(2));
  let store;
  let fetchSettings: Config['fetch'] | undefined;
  let refreshMinutes: number | undefined;
  if (options.sqliteOnly && options.dbPath) {
    mkdirSync(dirname(resolve(options.dbPath)), { recursive: true });
    store = await openStore({ kind: 'sqlite', path: options.dbPath });
  } else {
    // Looked at before opening, which creates the file.
    const existed = existsSync(options.dbPath ?? (process.env.DATELINE_DB?.trim() || './data/dateline.db'));
    const opened = await openConfiguredStore(options.dbPath);
    if (!opened.ok) {
      process.stderr.write(`dateline serve: ${opened.message}\n`);
      return opened.exitCode;
    }
    store = opened.store;
    fetchSettings = opened.config.fetch;
    refreshMinutes = opened.config.feeds.refreshIntervalMinutes;
    // A mistyped --db or DATELINE_DB would otherwise serve a new, empty desk without a word.
    if (opened.config.store.kind === 'sqlite' && !existed)
      process.stderr.write(
        `dateline serve: note: ${opened.config.store.path} did not exist; serving a new, empty desk (fill it with 'dateline ingest')\n`,
      );
  }
  const where =
    options.dbPath ?? (process.env.DATELINE_PG_URL ? 'PostgreSQL' : process.env.DATELINE_DB || './data/dateline.db');
  const hooks = await (await import('./serve-ingest.js')).ingestHooks(store, logger, fetchSettings);
  const token = process.env.DATELINE_TOKEN?.trim() || null;
  let server;
  try {
    server = await startServer(
      (url) => ({
        store,
        config: publishConfig({ baseUrl: baseUrl ?? url, token }),
        clock: () => new Date(),
        logger,
        ingest: hooks.ingestOne,
      }),
      { host: options.host, port: options.port },
    );
  } catch (err) {
    await store.close();
    const message = listenErrorMessage(err, options);
    if (message === null) throw err;
    process.stderr.write(`dateline serve: ${message}\n`);
    return 1;
  }
  if (options.banner) process.stdout.write(`${options.banner}\n`);
  process.stdout.write(`Dateline is serving ${where} at ${server.url}/\n`);

  // Render-on-write: the article pages this build and these settings have not rendered yet (all of them after an
  // upgrade or a new DATELINE_BASE_URL) are rendered and stored in the background, a page at a time between
  // requests, newest first; until then a page is rendered when first read and stored. Again after each feed
  // refresh, for the pages it stored. One pass at a time; a pass asked for meanwhile runs once it ends.
  const prerendering = new AbortController();
  let prerendered: Promise<void> = Promise.resolve();
  let passes = 0;
  const prerender = (): void => {
    if (++passes > 1) return;
    prerendered = (async () => {
      await hooks.storiesOpen;
      while (passes > 0 && !prerendering.signal.aborted) {
        passes = 1;
        await server.articlePages
          .prerender({ signal: prerendering.signal })
          .catch((err: unknown) => logger.warn({ err }, 'serve: pre-rendering article pages failed'));
        passes--;
      }
      passes = 0;
    })();
  };
  prerender();

  // The validated config when the store came from it (DATELINE_FEED_REFRESH_MINUTES, 0 for never); the demo reads
  // the environment itself.
  const minutes = (process.env.DATELINE_REFRESH_MINUTES?.trim() ? envMinutes : refreshMinutes) ?? envMinutes ?? 30;
  let timer: NodeJS.Timeout | null = null;
  if (hooks.refresh && Number.isFinite(minutes) && minutes > 0) {
    const refresh = hooks.refresh;
    let running = false;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      refresh(store)
        .then(prerender)
        .catch((err: unknown) => logger.warn({ err }, 'serve: feed refresh failed'))
        .finally(() => (running = false));
    }, minutes * 60_000);
  }

  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  if (timer) clearInterval(timer);
  prerendering.abort();
  await prerendered;
  await server.close();
  await hooks.settle().catch((err: unknown) => logger.warn({ err }, 'serve: saving the stories failed'));
  await store.close();
  return 0;
}

/**
 * DATELINE_BASE_URL: null when unset (the listen address is used), else an absolute http(s) URL. Anything else
 * would go unnoticed until a feed reader or a share link followed `notaurl/article/…`.
 */
export function baseUrlSetting(raw: string | undefined): string | null | { error: string } {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash)
    return {
      error: `DATELINE_BASE_URL must be an http(s) address such as https://news.example.org, without ? or # (got ${JSON.stringify(text.slice(0, 80))})`,
    };
  // The pages link from the root of the host (/article/…, /static/…): under a path, the feeds and share links
  // would point below it while every link on a page missed it.
  if (url.pathname !== '/')
    return {
      error: `DATELINE_BASE_URL must be the root of a host, such as https://news.example.org, without a path: the web edition links from the root (got ${JSON.stringify(text.slice(0, 80))})`,
    };
  return text;
}

const isSettingError = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;

/** Most minutes between feed refreshes: a week, as the config schema allows. */
const MAX_REFRESH_MINUTES = 7 * 24 * 60;

/**
 * Minutes between feed refreshes from the environment: DATELINE_REFRESH_MINUTES (the old name, which wins) or
 * DATELINE_FEED_REFRESH_MINUTES; undefined when neither is set. A bad value is named: read as NaN it turned
 * refreshing off without a word.
 */
export function refreshMinutesSetting(
  env: Readonly<Record<string, string | undefined>>,
): number | undefined | { error: string } {
  for (const name of ['DATELINE_REFRESH_MINUTES', 'DATELINE_FEED_REFRESH_MINUTES']) {
    const text = env[name]?.trim();
    if (!text) continue;
    const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    if (!(n <= MAX_REFRESH_MINUTES))
      return {
        error: `${name} must be a whole number from 0 to ${MAX_REFRESH_MINUTES} (got ${JSON.stringify(text.slice(0, 40))})`,
      };
    return n;
  }
  return undefined;
}

/** Resolves to null when the address can be listened on, else why not (port 0 always can). */
export function listenProblem(where: { host: string; port: number }): Promise<string | null> {
  if (where.port === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err) => resolve(listenErrorMessage(err, where) ?? String(err)));
    probe.listen(where.port, where.host, () => probe.close(() => resolve(null)));
  });
}

/** A user-facing message for a failure to listen (port taken, no permission, unknown host); null: not one. */
export function listenErrorMessage(err: unknown, where: { host: string; port: number }): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const at = `${where.host}:${where.port}`;
  switch (code) {
    case 'EADDRINUSE':
      return `cannot listen on ${at}: the port is already in use (choose another with --port or PORT)`;
    case 'EACCES':
      return `cannot listen on ${at}: permission denied (ports below 1024 need privileges; choose another with --port)`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${at}: no such address on this machine (check --host)`;
    default:
      return null;
  }
}

/** Parses `--port`, `--db`, `--host`; a bare `--host` means every interface. */
export function parseServeArgs(argv: string[]): ServeOptions | { error: string } | 'help' {
  const args = argv.map((a, i) =>
    a === '--host' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) ? '--host=0.0.0.0' : a,
  );
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        db: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return { error: parseErrorMessage(error, false) };
  }
  if (parsed.values.help) return 'help';
  const port = portOption(parsed.values.port, process.env.PORT);
  if (typeof port === 'string') return { error: port };
  return {
    port,
    dbPath: parsed.values.db,
    host: parsed.values.host ?? '127.0.0.1',
  };
}

export async function run(argv: string[]): Promise<number> {
  const options = parseServeArgs(argv);
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if ('error' in options) return reportUsageError(process.stderr, 'serve', options.error);
  return serveDesk(options);
}
