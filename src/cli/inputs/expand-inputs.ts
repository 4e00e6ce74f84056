/**
 * Expands command-line inputs: `-` is stdin, http(s) URLs stay URLs, directories are walked recursively for
 * page files, anything else is a file (read and sniffed by extract, whatever its name).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputRef } from './input-ref.js';

/** File names picked up when walking a directory: pages and text dumps, gzipped or not (the help lists them). */
const PAGE_FILE = /\.(html?|xhtml|txt)(\.gz)?$/i;
/** Files a walk leaves that `dateline ingest` reads: feeds, sitemaps, OPML lists, WARC archives. */
const INGEST_FILE = /\.(xml|rss|atom|json|opml|warc)(\.gz)?$/i;

export interface ExpandResult {
  inputs: InputRef[];
  /** Inputs that could not be expanded (missing path…), reported like failed extractions. */
  missing: Unreadable[];
  /** Files in the directories walked that are for `dateline ingest` (feed.rss, crawl.warc.gz), not read. */
  forIngest: string[];
}

/** An input that names nothing to read: `bad-url` for a URL of a scheme not fetched, else `unreadable`. */
export interface Unreadable {
  source: string;
  reason: 'bad-url' | 'unreadable';
  message: string;
}

/**
 * Symbolic links are not followed inside a walk (a `Dirent` for a link is neither a file nor a directory), so a
 * link loop cannot recurse. A sub-directory that cannot be listed is reported and the walk goes on.
 */
async function walk(dir: string, out: InputRef[], missing: Unreadable[], forIngest: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => err);
  if (entries instanceof Error) {
    missing.push({
      source: dir,
      reason: 'unreadable',
      message: `read: cannot read ${dir}: ${entries.code ?? entries.message}`,
    });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out, missing, forIngest);
    else if (e.isFile() && PAGE_FILE.test(e.name)) out.push({ kind: 'file', path });
    else if (e.isFile() && INGEST_FILE.test(e.name)) forIngest.push(path);
  }
}

export async function expandInputs(args: string[]): Promise<ExpandResult> {
  const inputs: InputRef[] = [];
  const missing: Unreadable[] = [];
  const forIngest: string[] = [];
  for (const arg of args) {
    if (arg === '-') inputs.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(arg)) inputs.push({ kind: 'url', url: arg });
    else {
      const info = await stat(arg).catch((err: NodeJS.ErrnoException) => err);
      if (info instanceof Error) missing.push(notReadable(arg, info));
      else if (info.isDirectory()) await walk(arg, inputs, missing, forIngest);
      else inputs.push({ kind: 'file', path: arg });
    }
  }
  return { inputs, missing, forIngest };
}

/** A URL scheme we do not fetch (ftp:, file:…) reads better as such than as a file that is missing. */
const OTHER_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Why a command-line input could not be read (`stat` failed with `err`); `enqueue` says it the same way. */
export function notReadable(arg: string, err: NodeJS.ErrnoException): Unreadable {
  const scheme = OTHER_SCHEME.exec(arg)?.[1];
  if (scheme && err.code === 'ENOENT')
    return {
      source: arg,
      reason: 'bad-url',
      message: `read: ${arg}: only http and https URLs are fetched (not ${scheme}:)`,
    };
  const why = err.code === 'ENOENT' ? 'no such file or directory (ENOENT)' : (err.code ?? err.message);
  return { source: arg, reason: 'unreadable', message: `read: cannot read ${arg}: ${why}` };
}
