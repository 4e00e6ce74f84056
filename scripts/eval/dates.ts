/**
 * Dates gate: our publishedAt against publication dates annotated by reading the pages
 * (test/corpus/dates/dates.json: the 86 Scrapinghub dev pages and 57 real Readability pages; README there).
 * Each page is parsed as `extract` parses it and its dates found with `findDates` (the page's URL for Scrapinghub,
 * Readability's fakehost URL for its pages). Metrics, all shares in 0…1 (higher is better):
 *
 * - dates_day_accuracy: pages where our day (first 10 characters of publishedAt) equals the annotated day,
 *   or both are null: the whole set.
 * - dates_day_lenient: the same, also accepting a page's `alsoAccepted` day (a UTC day beside the printed one).
 * - dates_null_correct: of the pages with no publication date, those where we give none.
 * - dates_no_false_date: 1 − the share of pages where we give a date that is wrong (wrong day, or a date
 *   where none is right). A miss (null where a date is right) is not a false date.
 * - per source (scrapinghub_dev_, readability_): day accuracy.
 *
 * Skipped when the shared data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Gate, GateResult } from '../eval.js';
import { READABILITY_DIR } from '../../bench/lib/readability-pages.js';
import { SCRAPINGHUB_DIR } from '../../bench/lib/scrapinghub.js';
import { findDates } from '../../src/extract/dates/dates.js';
import { emptyInertElements } from '../../src/extract/dom/inert.js';
import { parseDocument } from '../../src/extract/dom/tree.js';
import { extractMetadata } from '../../src/extract/metadata/metadata.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = join(root, 'test', 'corpus', 'dates', 'dates.json');
/** The URL the Readability tests give every page. */
const FAKEHOST = 'http://fakehost/test/page.html';
/** A fixed clock keeps the "not in the future" check reproducible (the data's commit date). */
const NOW = new Date('2026-07-09T00:00:00Z');

export interface DatedPage {
  source: 'scrapinghub-dev' | 'readability';
  id: string;
  url: string | null;
  day: string | null;
  published: string | null;
  alsoAccepted?: string[];
  evidence: string[];
  note: string | null;
}

export type Outcome = 'right' | 'right-null' | 'miss' | 'wrong-day' | 'false-date';

export interface PageOutcome {
  page: DatedPage;
  got: string | null;
  via: string | null;
  outcome: Outcome;
  lenient: boolean;
}

function pageHtml(page: DatedPage): string | null {
  const file =
    page.source === 'scrapinghub-dev'
      ? join(SCRAPINGHUB_DIR, 'html', `${page.id}.html.gz`)
      : join(READABILITY_DIR, page.id, 'source.html');
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return (page.source === 'scrapinghub-dev' ? gunzipSync(bytes) : bytes).toString('utf8');
}

function outcomeOf(want: string | null, got: string | null): Outcome {
  if (want === null) return got === null ? 'right-null' : 'false-date';
  if (got === null) return 'miss';
  return got === want ? 'right' : 'wrong-day';
}

/** Every annotated page with what we found; null when the corpus or the shared data is absent. */
export function runDates(): PageOutcome[] | null {
  if (!existsSync(CORPUS)) return null;
  const pages = (JSON.parse(readFileSync(CORPUS, 'utf8')) as { pages: DatedPage[] }).pages;
  const out: PageOutcome[] = [];
  for (const page of pages) {
    const html = pageHtml(page);
    if (html === null) return null;
    const url = page.url ?? FAKEHOST;
    const doc = parseDocument(emptyInertElements(html));
    const meta = extractMetadata(doc, url);
    const dates = findDates(doc, meta, url, { now: NOW });
    const got = dates.publishedAt?.slice(0, 10) ?? null;
    const outcome = outcomeOf(page.day, got);
    const lenient = outcome === 'right' || outcome === 'right-null' || (!!got && !!page.alsoAccepted?.includes(got));
    out.push({ page, got, via: dates.publishedVia ?? null, outcome, lenient });
  }
  return out;
}

const share = (n: number, d: number): number => (d ? n / d : 0);
const isRight = (o: PageOutcome): boolean => o.outcome === 'right' || o.outcome === 'right-null';

export const gate: Gate = {
  name: 'dates',
  async run(): Promise<GateResult> {
    const results = runDates();
    if (!results) return { metrics: {}, skipped: 'shared data or test/corpus/dates/dates.json not found' };
    const undated = results.filter((r) => r.page.day === null);
    const bySource = (s: DatedPage['source']): PageOutcome[] => results.filter((r) => r.page.source === s);
    const sh = bySource('scrapinghub-dev');
    const rd = bySource('readability');
    const falseDates = results.filter((r) => r.outcome === 'wrong-day' || r.outcome === 'false-date').length;
    return {
      metrics: {
        dates_day_accuracy: share(results.filter(isRight).length, results.length),
        dates_day_lenient: share(results.filter((r) => r.lenient).length, results.length),
        dates_null_correct: share(undated.filter((r) => r.got === null).length, undated.length),
        dates_no_false_date: 1 - share(falseDates, results.length),
        scrapinghub_dev_day_accuracy: share(sh.filter(isRight).length, sh.length),
        readability_day_accuracy: share(rd.filter(isRight).length, rd.length),
      },
    };
  },
};

// `npx tsx scripts/eval/dates.ts` prints every page that is not right, for finding the causes of misses.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = runDates() ?? [];
  for (const r of results)
    if (!isRight(r))
      console.log(
        `${r.outcome}\t${r.page.source}\t${r.page.id.slice(0, 20)}\twant ${r.page.day}\tgot ${r.got} (${r.via})`,
      );
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  console.log(JSON.stringify(counts));
}
