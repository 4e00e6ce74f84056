/**
 * Attribution scoring against the hand annotations in `test/corpus/attributions/` (format and matching rules in
 * its README.md): speaker precision/recall/F1 (content spans overlap and speaker names match), the same with the
 * chain of reporting right, and content-span overlap F1. Used by `bench/analyze.ts` and the eval gate.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Attribution } from '../../src/vocabulary.js';
import { blockText } from '../../scripts/eval/extract.js';
import { READABILITY_DIR } from './readability-pages.js';
import { SHARED_DATA } from './scrapinghub.js';

export const ANNOTATIONS_DIR = fileURLToPath(new URL('../../test/corpus/attributions/', import.meta.url));
export const GROUND_TRUTH = fileURLToPath(
  new URL('../../../shared/data/scrapinghub-dev/ground-truth.json', import.meta.url),
);
/** GUM's documents (`shared/data/gum/README.md`): one JSON per document, `<genre>/<split>/<id>.json`. */
export const GUM_DIR = join(SHARED_DATA, 'gum');

/** The `source` of an annotation on a Scrapinghub ground-truth body (`id` is the page id). */
const SCRAPINGHUB_SOURCE = 'scrapinghub-dev/ground-truth.json#articleBody';
/** The `source` of an annotation on a Readability test page's expected content (`id` is the page folder). */
const READABILITY_SOURCE = /^readability-test-pages\/([\w.-]+)\/expected\.html#text$/;
/**
 * The `source` of an annotation on a GUM document's `text` (its plain text rebuilt from the tokens, one paragraph a
 * line): Wikinews news and interviews, Wikipedia biographies, court hearing transcripts. Only GUM's train and dev
 * splits: its test split is held out and not in the shared data.
 */
const GUM_SOURCE = /^gum\/(news|interview|bio|court)\/(train|dev)\/([\w.-]+)\.json#text$/;
/** The `source` of an annotation on a text committed beside it (invented articles): a path from the repository root. */
const REPO_TEXT_SOURCE = /^test\/corpus\/attributions\/batch\d+\/texts\/[\w.-]+\.txt$/;
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The `text` of a GUM document of a genre (`news` unless named), or null when the file is absent. */
export function gumNewsText(split: string, id: string, dir = GUM_DIR, genre = 'news'): string | null {
  const file = join(dir, genre, split, `${id}.json`);
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { text: string }).text;
}

/**
 * The body text of a Readability test page as annotated: the text of its `expected.html` broken at every block
 * element's edges, each piece's whitespace collapsed, empty pieces dropped, and the pieces joined by blank lines
 * (so `articleFromText` sees one paragraph per block). Null when the page is absent.
 */
export function readabilityPageText(name: string, dir = READABILITY_DIR): string | null {
  const file = join(dir, name, 'expected.html');
  if (!existsSync(file)) return null;
  const doc = (parseHTML as unknown as (html: string) => { document: Parameters<typeof blockText>[0] })(
    readFileSync(file, 'utf8'),
  ).document;
  return blockText(doc)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

interface Offsets {
  start: number;
  end: number;
}
export interface GoldAttribution {
  speaker: { name: string; text: string; anonymous: boolean } | null;
  via: { name: string }[];
  cue: string;
  content: Offsets;
  quote: Offsets | null;
}
export interface AnnotatedArticle {
  id: string;
  text: string;
  gold: GoldAttribution[];
}

/**
 * The annotated articles with their texts; null when the data a batch's texts come from is absent. Throws,
 * naming the file, when a text drifted from the one annotated or a `source` is not one this loader knows.
 */
export function loadAnnotated(
  dir = ANNOTATIONS_DIR,
  groundTruth = GROUND_TRUTH,
  readabilityDir = READABILITY_DIR,
  gumDir = GUM_DIR,
): AnnotatedArticle[] | null {
  if (!existsSync(dir)) return null;
  let truth: Record<string, { articleBody: string }> | null | undefined;
  const out: AnnotatedArticle[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      id: string;
      source: string;
      sha256: string;
      attributions: GoldAttribution[];
    };
    let text: string | null | undefined;
    const page = READABILITY_SOURCE.exec(doc.source);
    const gum = GUM_SOURCE.exec(doc.source);
    if (REPO_TEXT_SOURCE.test(doc.source)) text = readFileSync(join(REPO_ROOT, doc.source), 'utf8');
    else if (doc.source === SCRAPINGHUB_SOURCE) {
      if (truth === undefined)
        truth = existsSync(groundTruth)
          ? (JSON.parse(readFileSync(groundTruth, 'utf8')) as Record<string, { articleBody: string }>)
          : null;
      if (!truth) return null;
      text = truth[doc.id]?.articleBody;
    } else if (page) {
      if (!existsSync(readabilityDir)) return null;
      text = readabilityPageText(page[1]!, readabilityDir);
    } else if (gum) {
      if (!existsSync(gumDir)) return null;
      text = gumNewsText(gum[2]!, gum[3]!, gumDir, gum[1]!);
    } else throw new Error(`attributions-eval: ${f}: unknown source ${JSON.stringify(doc.source)}`);
    if (text == null) throw new Error(`attributions-eval: ${f}: no text for ${doc.id}`);
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    if (sha !== doc.sha256) throw new Error(`attributions-eval: ${f}: the text changed since it was annotated`);
    out.push({ id: doc.id, text, gold: doc.attributions.filter((a) => a.speaker) });
  }
  return out;
}

/** Significant lower-case words of a name: no articles, punctuation or possessive endings. */
function words(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an')
    .join(' ');
}

/** Personal pronouns: as printed they say nothing of who spoke, so two of them never make a match. */
const PRONOUN = /^(?:i|me|we|us|you|he|him|she|her|it|they|them|one)$/;

/**
 * One of `a` contains one of `b` as whole words, or the reverse. A pronoun as printed matches nothing: "she" said
 * by two different women is no match, so a speaker given as a pronoun counts only by its resolved name.
 */
export function namesMatch(a: readonly string[], b: readonly string[]): boolean {
  const forms = (xs: readonly string[]): string[] => xs.map(words).filter((x) => x && !PRONOUN.test(x));
  for (const x of forms(a))
    for (const y of forms(b)) if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  return false;
}

function overlap(a: Offsets, b: Offsets): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export interface AttributionCounts {
  predicted: number;
  gold: number;
  speakerMatched: number;
  chainMatched: number;
  /** Sum over gold of the content-span overlap F1 of its match (0 when unmatched). */
  contentF1Sum: number;
}

/** Matches one article's predictions (those with a speaker) to its gold, greedily by content overlap. */
export function scoreArticle(predicted: readonly Attribution[], gold: readonly GoldAttribution[]): AttributionCounts {
  const preds = predicted.filter((p) => p.speaker);
  const used = new Set<number>();
  const counts: AttributionCounts = {
    predicted: preds.length,
    gold: gold.length,
    speakerMatched: 0,
    chainMatched: 0,
    contentF1Sum: 0,
  };
  for (const p of preds) {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      const ov = overlap(p.contentSpan, g.content);
      if (used.has(i) || ov <= bestOverlap) return;
      if (!namesMatch([p.speaker!.name, p.speaker!.text], [g.speaker!.name, g.speaker!.text])) return;
      [best, bestOverlap] = [i, ov];
    });
    if (best < 0) continue;
    used.add(best);
    const g = gold[best]!;
    counts.speakerMatched++;
    const via = p.via.flatMap((v) => [v.name, v.text]);
    if (g.via.every((v) => namesMatch([v.name], via))) counts.chainMatched++;
    const lp = p.contentSpan.end - p.contentSpan.start;
    const lg = g.content.end - g.content.start;
    counts.contentF1Sum += (2 * bestOverlap) / (lp + lg);
  }
  return counts;
}

export interface AttributionScore {
  articles: number;
  gold: number;
  predicted: number;
  speaker: { p: number; r: number; f1: number };
  chain: { p: number; r: number; f1: number };
  contentF1: number;
}

/** Micro-averaged scores over articles. */
export function summarize(all: readonly AttributionCounts[]): AttributionScore {
  const sum = (k: keyof AttributionCounts) => all.reduce((s, c) => s + c[k], 0);
  const prf = (tp: number) => {
    const p = sum('predicted') ? tp / sum('predicted') : 0;
    const r = sum('gold') ? tp / sum('gold') : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    articles: all.length,
    gold: sum('gold'),
    predicted: sum('predicted'),
    speaker: prf(sum('speakerMatched')),
    chain: prf(sum('chainMatched')),
    contentF1: sum('gold') ? sum('contentF1Sum') / sum('gold') : 0,
  };
}

/**
 * The annotation batches, each reported as its own row: the first (rules were written against it), `batch2/`,
 * `batch3/` (Scrapinghub pages), `batch4/`, `batch5/`, `batch6/` and `batch7/` (Readability test pages of other
 * publishers), `batch8/` (GUM's Wikinews news documents), `batch9/` (the last unused news-like texts of those sources:
 * GUM news, interviews and biographies, Readability pages) and `batch10/` (GUM's remaining interviews, its court
 * transcripts, two news documents and two biographies), each annotated before the rules were run on it; its first
 * score is the honest held-out estimate. `batch11/` holds invented political news articles and `batch12/` invented domestic
 * election and policy articles, texts committed beside them.
 */
export const BATCHES: readonly { name: string; dir: string }[] = [
  { name: 'first', dir: ANNOTATIONS_DIR },
  { name: 'batch2', dir: join(ANNOTATIONS_DIR, 'batch2') },
  { name: 'batch3', dir: join(ANNOTATIONS_DIR, 'batch3') },
  { name: 'batch4', dir: join(ANNOTATIONS_DIR, 'batch4') },
  { name: 'batch5', dir: join(ANNOTATIONS_DIR, 'batch5') },
  { name: 'batch6', dir: join(ANNOTATIONS_DIR, 'batch6') },
  { name: 'batch7', dir: join(ANNOTATIONS_DIR, 'batch7') },
  { name: 'batch8', dir: join(ANNOTATIONS_DIR, 'batch8') },
  { name: 'batch9', dir: join(ANNOTATIONS_DIR, 'batch9') },
  { name: 'batch10', dir: join(ANNOTATIONS_DIR, 'batch10') },
  { name: 'batch11', dir: join(ANNOTATIONS_DIR, 'batch11') },
  { name: 'batch12', dir: join(ANNOTATIONS_DIR, 'batch12') },
];

/** One row per batch, scored with `predict` (the analyzer's attributions of a body text). */
export function scoreBatches(
  predict: (id: string, text: string) => readonly Attribution[],
): { name: string; score: AttributionScore }[] | null {
  const rows: { name: string; score: AttributionScore }[] = [];
  for (const b of BATCHES) {
    const articles = loadAnnotated(b.dir);
    if (!articles) return null;
    rows.push({ name: b.name, score: summarize(articles.map((a) => scoreArticle(predict(a.id, a.text), a.gold))) });
  }
  return rows;
}

// `npx tsx bench/lib/attributions-eval.ts`: the per-batch table (speaker P/R/F1, with chain, content-span F1).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { analyze } = await import('../../src/analyze/analyze.js');
  const { articleFromText } = await import('./article-from-text.js');
  const rows = scoreBatches((id, text) => analyze(articleFromText(id, text)).attributions);
  if (!rows)
    console.log('attributions: skipped (../shared/data/scrapinghub-dev, readability-test-pages or gum not found)');
  else {
    const f = (v: number) => v.toFixed(3);
    console.log('batch    articles  gold  pred | speaker P     R    F1 | chain P     R    F1 | content F1');
    for (const { name, score: s } of rows)
      console.log(
        `${name.padEnd(8)} ${String(s.articles).padStart(8)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} |` +
          `     ${f(s.speaker.p)} ${f(s.speaker.r)} ${f(s.speaker.f1)} |   ${f(s.chain.p)} ${f(s.chain.r)} ${f(s.chain.f1)} | ${f(s.contentF1)}`,
      );
  }
}
