/**
 * `dateline feeds add <url> [--title t] | list | remove <url> | refresh [--allow-private]` (all take --db):
 * manage feed subscriptions. `refresh` fetches each feed with conditional GET and stores new entries.
 * Exit 0 ok, 1 a feed failed (or `remove` found nothing), 2 usage error.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../../config/config.js';
import type { Store } from '../../store/port.js';
import { reportUsageError } from '../usage-error.js';
import { parseErrorMessage } from '../command-line.js';

const HELP = `Usage: dateline feeds <add|list|remove|refresh> [options]

  add <url> [--title <t>]   subscribe to a feed (RSS, Atom, JSON Feed)
  list                      list subscriptions with their last fetch and error
  remove <url>              unsubscribe
  refresh                   fetch every feed (conditional GET) and store new entries

Options:
  --db <path>       SQLite database (default: $DATELINE_DB or ./data/dateline.db)
  --allow-private   (refresh) allow feeds on loopback, private and link-local addresses
                    (also DATELINE_ALLOW_PRIVATE=true)
  --jobs <n>        (refresh) pages processed at once (default 4)
  -h, --help        this help

Exit status: 0 ok, 1 a feed failed (or remove found nothing), 2 usage error (or, for list and remove, no
database).
`;

const usageError = (message: string): number => reportUsageError(process.stderr, 'feeds', message);

async function withStore(
  dbPath: string | undefined,
  body: (store: Store, config: Config) => Promise<number>,
  options: { mustExist?: boolean } = {},
): Promise<number> {
  const { openConfiguredStore } = await import('../open-configured-store.js');
  const opened = await openConfiguredStore(dbPath, options);
  if (!opened.ok) {
    if (opened.exitCode === 2) return usageError(opened.message);
    process.stderr.write(`dateline feeds: ${opened.message}\n`);
    return opened.exitCode;
  }
  const { store, config } = opened;
  try {
    return await body(store, config);
  } finally {
    await store.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        title: { type: 'string' },
        'allow-private': { type: 'boolean' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usageError(parseErrorMessage(err));
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  // A missing action is a usage error: the help goes to stderr with the exit status 2.
  if (!action) {
    process.stderr.write(HELP);
    return 2;
  }
  const dbPath = values.db;
  if ((action === 'list' || action === 'refresh') && rest.length)
    return usageError(`${action} takes no arguments (got '${rest.join(' ')}')`);
  switch (action) {
    case 'add': {
      const typed = rest[0];
      if (!typed || rest.length > 1) return usageError('add takes one http(s) feed URL');
      if (!/^https?:\/\//i.test(typed) || !URL.canParse(typed))
        return usageError(`add takes an http(s) feed URL; '${typed}' is not one`);
      // Written as URLs are compared: HTTPS://News.Example/rss and https://news.example/rss are one feed.
      const url = new URL(typed).href;
      return withStore(dbPath, async (store, config) => {
        const known = (await store.listFeeds()).find((f) => f.url === url);
        await store.addFeed(url, values.title ?? null);
        const retitled = known && values.title !== undefined && values.title !== known.title;
        process.stdout.write(
          `${known ? 'already subscribed' : 'subscribed'} ${url}${retitled ? ` (title now '${values.title}')` : ''}\n`,
        );
        // Subscribed all the same (the desk may be allowed later), but a refresh would refuse it as it stands.
        const { refusedUrl } = await import('../../ingest/fetch/fetch-page.js');
        const refused = refusedUrl(url, values['allow-private'] === true || config.fetch.allowPrivate);
        if (refused?.reason === 'blocked-address')
          process.stderr.write(
            `dateline feeds: note: ${refused.message.replace(/^fetch: \S+: /, '')}; 'feeds refresh' fetches it only with --allow-private or DATELINE_ALLOW_PRIVATE=true\n`,
          );
        // Adding fetches nothing: without this a new subscriber waited for articles that no command had asked for.
        else if (!known) {
          const minutes = config.feeds.refreshIntervalMinutes;
          const served = minutes > 0 ? `, and 'dateline serve' fetches it every ${minutes} minutes` : '';
          process.stderr.write(
            `dateline feeds: note: nothing is fetched yet; 'dateline feeds refresh' fetches it now${served}\n`,
          );
        }
        return 0;
      });
    }
    case 'list':
      return withStore(
        dbPath,
        async (store) => {
          const feeds = await store.listFeeds();
          // stdout stays the list (empty here); the note is for the person at the terminal.
          if (!feeds.length)
            process.stderr.write(`dateline feeds: no subscriptions (add one: dateline feeds add <url>)\n`);
          for (const f of feeds)
            process.stdout.write(
              `${f.url}\t${f.title ?? '-'}\t${f.lastFetchedAt ?? 'never fetched'}${f.lastError ? `\terror: ${f.lastError}` : ''}\n`,
            );
          return 0;
        },
        { mustExist: true },
      );
    case 'remove': {
      if (rest.length !== 1) return usageError('remove takes one feed URL');
      return withStore(
        dbPath,
        async (store) => {
          // As typed first (a subscription stored before add wrote URLs normalized), then as add writes it.
          const typed = rest[0]!;
          const normal = URL.canParse(typed) ? new URL(typed).href : typed;
          for (const url of new Set([typed, normal]))
            if (await store.removeFeed(url)) {
              process.stdout.write(`unsubscribed ${url}\n`);
              return 0;
            }
          process.stderr.write(`dateline feeds: not subscribed: ${rest[0]}\n`);
          return 1;
        },
        { mustExist: true },
      );
    }
    case 'refresh': {
      const jobs = values.jobs === undefined ? 4 : Number(values.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
        return usageError('--jobs takes a whole number from 1 to 64');
      return withStore(dbPath, async (store, config) => {
        const [
          { refreshFeeds },
          { formatSummary },
          { progressLogLine },
          { storyHook },
          { ingestFetchOptions },
          { skipTally },
        ] = await Promise.all([
          import('../../ingest/refresh-feeds.js'),
          import('./ingest.js'),
          import('../../ingest/progress/progress-line.js'),
          import('../../stories/story-hook.js'),
          import('../fetch-settings.js'),
          import('../summary/skip-tally.js'),
        ]);
        const skips = skipTally();
        const summary = await refreshFeeds(
          store,
          { afterStore: await storyHook(store) },
          {
            jobs,
            ...ingestFetchOptions(config.fetch, { allowPrivate: values['allow-private'] }),
            onProgress: (p) => {
              skips.note(p);
              const line = progressLogLine(p);
              if (line) process.stderr.write(`${line}\n`);
            },
          },
        );
        process.stderr.write(formatSummary(summary, 'feeds refresh', skips.counts));
        return summary.failed ? 1 : 0;
      });
    }
    default:
      return usageError(`unknown action '${action}'`);
  }
}
