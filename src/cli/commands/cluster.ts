/**
 * `dateline cluster <file.jsonl|->`: groups a JSONL file of articles into stories. Reads every line, places the
 * articles in file order, merges the stories the whole file shows are one (the desk's consolidation pass), then
 * prints `{id, story}` per article (`duplicateOf` for syndicated copies), so that story merges decided late are
 * reflected in every line. Bad lines are reported on
 * stderr with their line number and skipped. Exit: 0 all placed, 1 some line or the file failed, 2 usage.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { decodeClusterLine } from '../../stories/cluster-input.js';
import { timeOf } from '../../stories/clustering/streaming-clusterer.js';
import { StoryPlacer } from '../../stories/story-placer.js';
import type { ClusterItem } from '../../vocabulary.js';
import { reportUsageError } from '../usage-error.js';

const USAGE = `Usage: dateline cluster <file.jsonl|->

Groups articles into stories. Each input line is one article as JSON:
  {"id", "title", "text", "publishedAt"?, "outlet"?, "url"?, "entities"?}   (id and a title or text are required;
  "entities" is an array of names the article is about, "snippet" stands in for a missing "text")
Prints one line per article once the whole file is read and stories split early are merged:
{"id", "story"}, plus "duplicateOf" for a syndicated copy. Bad lines are reported on stderr with their line number and skipped.

Options:
  -h, --help   this help

Exit status: 0 every line placed, 1 some line or the file failed, 2 usage error.
`;

/** File errors in the words the other commands use ("cannot read x: no such file or directory (ENOENT)"). */
const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

const usageError = (message: string): number => reportUsageError(process.stderr, 'cluster', message);

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  // An option is not a file name: '--jobs' would otherwise fail as "cannot read --jobs".
  const unknown = argv.find((a) => a.startsWith('-') && a !== '-');
  if (unknown !== undefined) return usageError(`unknown option '${unknown}'`);
  if (argv.length !== 1) return usageError(argv.length ? 'takes one input file (or - for stdin)' : 'no input given');
  const source = argv[0]!;
  const input = source === '-' ? process.stdin : createReadStream(source);
  const placer = new StoryPlacer();
  const placed: { id: string; duplicateOf: string | null }[] = [];
  const copies = new ExactCopies();
  let failed = 0;
  let lineNo = 0;
  try {
    for await (const read of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      // A byte order mark, as Windows editors and PowerShell write UTF-8, is not part of the first line's JSON.
      const line = lineNo === 1 && read.startsWith('\uFEFF') ? read.slice(1) : read;
      if (line.trim() === '') continue;
      const d = decodeClusterLine(line);
      // NUL bytes or bytes that are not UTF-8 in a line that is not JSON: a binary file, one message for all of it.
      if (!d.ok && /[\0\uFFFD]/.test(line)) {
        process.stderr.write(`dateline cluster: ${source}: line ${lineNo} holds binary data; not a JSONL file\n`);
        return 1;
      }
      if (!d.ok) {
        failed++;
        process.stderr.write(`dateline cluster: line ${lineNo}: ${d.reason}\n`);
        continue;
      }
      // The decoder takes "" for a title or text; with both blank there is nothing to place the article by.
      if (!d.item.title.trim() && !d.item.text.trim()) {
        failed++;
        process.stderr.write(`dateline cluster: line ${lineNo}: "title" and "text" are both empty\n`);
        continue;
      }
      if (placer.storyOf(d.item.id)) {
        failed++;
        process.stderr.write(`dateline cluster: line ${lineNo}: duplicate id ${JSON.stringify(d.item.id)}\n`);
        continue;
      }
      const p = placer.place(d.item);
      placed.push({ id: d.item.id, duplicateOf: p.duplicateOf });
      copies.add(d.item);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = READ_ERRORS[err.code ?? ''];
    process.stderr.write(`dateline cluster: cannot read ${source}: ${why ? `${why} (${err.code})` : err.message}\n`);
    return 1;
  }
  // The pass the story desk runs after a rebuild: stories split by the cold statistics of the first lines are
  // merged once the whole file is known, so the output does not hang on the order of the lines.
  placer.consolidate();
  const out: string[] = [];
  for (const p of placed) {
    const story = placer.storyOf(p.id)!;
    const exact = copies.canonicalOf(p.id);
    const canonical = p.duplicateOf
      ? placer.canonicalOf(p.id)
      : // Too short for the near-duplicate sketch, but the same title and text: a copy all the same (one story).
        exact !== null && placer.storyOf(exact) === story
        ? exact
        : null;
    const line: Record<string, string> = { id: p.id, story };
    if (canonical && canonical !== p.id) line.duplicateOf = canonical;
    out.push(JSON.stringify(line));
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return failed ? 1 : 0;
}

/**
 * Lines with the same title and text (case and spacing aside). The near-duplicate detector does not judge a text
 * of fewer than a dozen shingles (a common phrase looks like a copy there), so two identical short items would
 * otherwise both stand as originals. The canonical is the earliest published, an undated line taken as arriving
 * when it is read (as the story placer takes it), the first in the file on a tie.
 */
class ExactCopies {
  readonly #first = new Map<string, { id: string; time: number }>();
  readonly #keyOf = new Map<string, string>();
  #clock = 0;

  add(item: ClusterItem): void {
    const key = `${normalize(item.title)}\n${normalize(item.text)}`;
    const t = timeOf(item.publishedAt);
    const time = Number.isNaN(t) ? this.#clock : t;
    this.#clock = Math.max(this.#clock, time);
    this.#keyOf.set(item.id, key);
    const first = this.#first.get(key);
    if (!first || time < first.time) this.#first.set(key, { id: item.id, time });
  }

  /** The canonical of the item's group of exact copies (the item itself when it is the earliest or alone). */
  canonicalOf(id: string): string | null {
    const key = this.#keyOf.get(id);
    return key === undefined ? null : (this.#first.get(key)?.id ?? null);
  }
}

function normalize(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
