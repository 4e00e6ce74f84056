/**
 * First-pass throughput for `bench:analyze`: extraction and analysis of articles the process has never seen.
 * The warm rounds of bench/analyze.ts repeat the same pages, so after the first one the per-word memo caches
 * (word types, gazetteer lookups, the tagger's feature rows) answer nearly every word; ingest sees each article
 * once. Module state is per process in Node, so each measurement here runs in a fresh child process (forked
 * with the parent's Node flags, the tsx loader among them), where those caches start empty:
 * - `cold`: the tables are loaded by one invented page (below), then every page is extracted and its article
 *   analysed once, timed; V8's JIT is cold too, for both sides;
 * - `unseen`: the child first runs half of the pages untimed (JIT warm, caches holding the words of those
 *   articles only, as ingest's hold other articles' words), then times the other half; two children, halves
 *   swapped, cover every page once;
 * - `seen`: the control for `unseen`: the child runs the half it then times, so the JIT has run as many articles
 *   but the caches already hold every word timed. `unseen` minus `seen` is what unseen words cost; the rest of
 *   `unseen`'s lead over its second pass is the JIT still warming (measured 2026-11-30: about 0.8 ms and 1.2 ms of
 *   a 2 ms gap).
 * Each child then times a second pass over the same pages, in the same process: the warm figure beside it,
 * the check that the first pass was the cold one.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/analyze.js';
import { extract } from '../../src/extract/extract.js';
import { loadScrapinghub } from './scrapinghub.js';

const CHILD_FLAG = '--first-pass-child';

export type FirstPassMode = 'cold' | 'unseen' | 'seen';

/** Summed milliseconds of one pass over a child's timed pages. */
export interface PassTimes {
  pages: number;
  extractMs: number;
  articles: number;
  analyzeMs: number;
}

interface ChildResult {
  first: PassTimes;
  second: PassTimes;
}

/** The child's job: which pages to run untimed first, which to time. */
interface ChildJob {
  warm: number[];
  timed: number[];
}

/** An invented page, to load the gazetteer, the tagger and chrono before the clock starts (its words join the caches). */
const WARM_UP_PAGE = `<!doctype html><html><head><title>Harbour plan approved</title></head><body><article>
<h1>Harbour plan approved</h1><p>Marta Velloso, the mayor of Port Ellery, said on Tuesday that the council
would spend $4 million on the harbour wall. "We waited long enough," she told reporters.</p>
<p>The work starts in March 2027, according to the city's engineering office.</p></article></body></html>`;

function runPass(inputs: readonly { html: string; url: string }[]): PassTimes {
  const t: PassTimes = { pages: 0, extractMs: 0, articles: 0, analyzeMs: 0 };
  for (const input of inputs) {
    const t0 = performance.now();
    const out = extract(input);
    const t1 = performance.now();
    t.pages++;
    t.extractMs += t1 - t0;
    if (!out.ok) continue;
    analyze(out.article);
    t.analyzeMs += performance.now() - t1;
    t.articles++;
  }
  return t;
}

function child(job: ChildJob): ChildResult {
  const pages = loadScrapinghub()!;
  // Decompressed outside the clock, as in the warm rounds.
  const input = (i: number) => ({ html: pages[i]!.html, url: pages[i]!.url });
  const warm = job.warm.map(input);
  const timed = job.timed.map(input);
  runPass([{ html: WARM_UP_PAGE, url: 'https://news.example/harbour-plan' }]);
  runPass(warm);
  return { first: runPass(timed), second: runPass(timed) };
}

function runChild(job: ChildJob): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, JSON.stringify(job)], { stdio: 'inherit' });
    let result: ChildResult | null = null;
    proc.once('message', (m) => (result = m as ChildResult));
    proc.once('error', reject);
    proc.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`bench: first-pass child exited with ${code}`)),
    );
  });
}

const add = (a: PassTimes, b: PassTimes): PassTimes => ({
  pages: a.pages + b.pages,
  extractMs: a.extractMs + b.extractMs,
  articles: a.articles + b.articles,
  analyzeMs: a.analyzeMs + b.analyzeMs,
});

/** One measurement over every page once: one child (`cold`) or two, one per half (`unseen`, `seen`). */
export async function firstPass(mode: FirstPassMode, pageCount: number): Promise<ChildResult> {
  const all = Array.from({ length: pageCount }, (_, i) => i);
  if (mode === 'cold') return runChild({ warm: [], timed: all });
  const even = all.filter((i) => i % 2 === 0);
  const odd = all.filter((i) => i % 2 === 1);
  const a = await runChild({ warm: mode === 'seen' ? even : odd, timed: even });
  const b = await runChild({ warm: mode === 'seen' ? odd : even, timed: odd });
  return { first: add(a.first, b.first), second: add(a.second, b.second) };
}

/** Articles/s of analysis over pages/s of extraction, as the warm rounds count them. */
export function passRatio(t: PassTimes): number {
  return t.articles / t.analyzeMs / (t.pages / t.extractMs);
}

if (process.argv[2] === CHILD_FLAG && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.send!(child(JSON.parse(process.argv[3]!) as ChildJob));
  process.disconnect();
}
