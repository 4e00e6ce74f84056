/** The registry of subcommands. Each command lives in its own file, loaded only when it runs. */
import { lazyCommand, type Command } from '../command.js';

const list: Command[] = [
  lazyCommand('extract', 'extract clean articles from files, directories, URLs or stdin', () => import('./extract.js')),
  lazyCommand(
    'analyze',
    'extract and analyse: entities, places, who said what, quantities, dates',
    () => import('./analyze.js'),
  ),
  lazyCommand(
    'ingest',
    'store pages, feeds, sitemaps, WARC files and OPML lists in the desk',
    () => import('./ingest.js'),
  ),
  lazyCommand('feeds', 'manage feed subscriptions: add, list, remove, refresh', () => import('./feeds.js')),
  lazyCommand('reprocess', 're-extract and re-analyse every stored raw page', () => import('./reprocess.js')),
  lazyCommand('enqueue', 'queue inputs for dateline worker (PostgreSQL)', () => import('./enqueue.js')),
  lazyCommand('worker', 'take jobs from the PostgreSQL queue and run them', () => import('./worker.js')),
  lazyCommand('jobs', 'show the job queue: counts by state, failed jobs and their errors', () => import('./jobs.js')),
  lazyCommand('cluster', 'group a JSONL file of articles into stories', () => import('./cluster.js')),
  lazyCommand('serve', 'serve the web edition, JSON API and feeds', () => import('./serve.js')),
  lazyCommand('demo', 'build the demo desk from the bundled sample corpus and serve it', () => import('./demo.js')),
];

export const commands: Record<string, Command> = Object.fromEntries(list.map((c) => [c.name, c]));
