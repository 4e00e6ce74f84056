/**
 * Command-line style inputs → a stream of page jobs, failures and skips. URLs are fetched politely; paths
 * may be files or directories (walked recursively, dot-files skipped, in name order for reproducible runs).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { failure, type ExpandContext, type Expanded } from './expand-context.js';
import { expandFile } from './expand-file.js';
import { expandUrl } from './expand-url.js';

async function* walk(dir: string, ctx: ExpandContext): AsyncGenerator<Expanded> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    return yield failure(dir, 'unreadable', `ingest: cannot read ${dir}: ${(err as NodeJS.ErrnoException).code}`);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (ctx.signal?.aborted) return;
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, ctx);
    else if (e.isFile()) yield* expandFile(path, ctx, true);
  }
}

export async function* expandSources(inputs: readonly string[], ctx: ExpandContext): AsyncGenerator<Expanded> {
  for (const input of inputs) {
    if (ctx.signal?.aborted) return;
    if (/^https?:\/\//i.test(input)) {
      yield* expandUrl(input, 0, ctx);
      continue;
    }
    const info = await stat(input).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) yield notReadable(input, info);
    else if (info.isDirectory()) yield* walk(input, ctx);
    else yield* expandFile(input, ctx);
  }
}

/** A URL scheme we do not fetch (ftp:, file:…) reads better as such than as a file that is missing. */
const OTHER_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

function notReadable(input: string, err: NodeJS.ErrnoException): Expanded {
  // `extract -` reads stdin; ingest stores pages by path or URL, so say so rather than "no such file".
  if (input === '-' && err.code === 'ENOENT')
    return failure(
      input,
      'unreadable',
      'ingest: - (stdin) is not read by ingest; save the page to a file and ingest that',
    );
  const scheme = OTHER_SCHEME.exec(input)?.[1];
  if (scheme && err.code === 'ENOENT')
    return failure(input, 'bad-url', `ingest: ${input}: only http and https URLs are fetched (not ${scheme}:)`);
  const why = err.code === 'ENOENT' ? 'no such file or directory (ENOENT)' : (err.code ?? err.message);
  return failure(input, 'unreadable', `ingest: cannot read ${input}: ${why}`);
}
