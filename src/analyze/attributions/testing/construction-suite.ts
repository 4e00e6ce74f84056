/**
 * The construction suites (fixtures/*-constructions.json): invented passages, each with the records a reader would
 * write down, run through the whole path the analyzer runs (sentences, entities, attributions). A case passes when
 * every expected record is found (speaker names match as whole words, the content overlaps the snippet, every via
 * named is among the record's vias; the cue is documentation only, since cues are stored as lemmas: 'vowed' as
 * 'promised') and every record given a speaker is one of them. The ids that pass are pinned beside each suite
 * (`<name>.passing.json`): a pinned case that fails is a regression; a case that starts passing is printed, to be
 * pinned. Shared by the suites' tests (testing/describe-suite.ts).
 */
import { readFileSync } from 'node:fs';
import type { Attribution } from '../../../vocabulary.js';
import { findEntities } from '../../entities/entities.js';
import { splitSentences } from '../../sentences/sentences.js';
import { findAttributions } from '../attributions.js';

export interface ExpectedRecord {
  speaker: string;
  cue: string;
  says: string;
  /** The outlet or document that relays it; a list when the chain is two deep (each must be found). */
  via?: string | readonly string[];
}

export interface ConstructionCase {
  id: string;
  family: string;
  genre?: string;
  text: string;
  expect: ExpectedRecord[];
}

export interface ConstructionSuite {
  cases: ConstructionCase[];
  pinned: ReadonlySet<string>;
}

/** One case judged: why it fails (null when it passes) and its record counts. */
export interface CaseVerdict {
  c: ConstructionCase;
  why: string | null;
  /** Records given a speaker, and those of them that fit an expected record's speaker and snippet (via aside). */
  predicted: number;
  predictedRight: number;
  /** Expected records, those whose speaker and snippet some record fits, and those it fits with the via too. */
  expected: number;
  expectedFound: number;
  expectedChain: number;
}

export interface Tally {
  passing: number;
  cases: number;
}

/** A suite judged, with pins compared. */
export interface SuiteReport {
  verdicts: CaseVerdict[];
  /** Pinned cases that fail, as "id: why". */
  regressed: string[];
  /** Passing cases not pinned yet. */
  newly: string[];
  /** Every failing case, as "family/id: why". */
  failing: string[];
  passing: number;
  /**
   * Record-level speaker precision and recall over the suite, as the corpus eval counts them (a record is right when
   * its speaker and content fit an expected record; the via aside), and recall with the chain right too. Unlike the
   * eval, one record may fit several expected ones (a quotation the analyzer reads whole, expected sentence by sentence).
   */
  precision: { right: number; of: number };
  recall: { found: number; of: number };
  chainRecall: { found: number; of: number };
  byFamily: ReadonlyMap<string, Tally>;
  byGenre: ReadonlyMap<string, Tally>;
}

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Reads fixtures/<name>.json and the pinned ids of fixtures/<name>.passing.json. */
export function loadConstructionSuite(name: string): ConstructionSuite {
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'));
  const { cases } = read(`${name}.json`) as { cases: ConstructionCase[] };
  return { cases, pinned: new Set(read(`${name}.passing.json`) as string[]) };
}

const PRONOUN = /^(?:i|me|we|us|you|he|him|she|her|it|they|them|his|their|its)$/;
const words = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9$]+/)
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an')
    .join(' ');

/** Whole-word containment either way; a pronoun as printed names no one. */
function sameName(printed: readonly string[], expected: string): boolean {
  const y = words(expected);
  return printed
    .map(words)
    .filter((x) => x && !PRONOUN.test(x))
    .some((x) => ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

/** The record names the expected speaker and overlaps its snippet; with `chain`, every expected via is among its vias. */
function fits(text: string, a: Attribution, e: ExpectedRecord, chain = true): boolean {
  if (!a.speaker || !sameName([a.speaker.name, a.speaker.text], e.speaker)) return false;
  const at = text.indexOf(e.says);
  if (at < 0) throw new Error(`construction-suite: snippet not in text: ${e.says}`);
  if (Math.min(a.contentSpan.end, at + e.says.length) <= Math.max(a.contentSpan.start, at)) return false;
  if (!chain) return true;
  const vias = e.via === undefined ? [] : typeof e.via === 'string' ? [e.via] : e.via;
  return vias.every((name) => a.via.some((v) => sameName([v.name, v.text], name)));
}

/** Runs the analyzer over one case and says why it fails, or null when it passes. */
export function judgeCase(c: ConstructionCase): CaseVerdict {
  const sentences = splitSentences(c.text);
  const found = findAttributions(c.text, sentences, findEntities(c.text, sentences)).filter((a) => a.speaker);
  const missed = c.expect.filter((e) => !found.some((a) => fits(c.text, a, e)));
  const extra = found.filter((a) => !c.expect.some((e) => fits(c.text, a, e)));
  const via = (a: Attribution) => (a.via.length ? ` via ${a.via.map((v) => v.name).join(', ')}` : '');
  const show = (a: Attribution) => `${a.speaker!.text}=${a.speaker!.name}${via(a)} [${a.cue}] ${a.content}`;
  const reasons = [
    ...missed.map((e) => `missed ${e.speaker} [${e.cue}] ${e.says}`),
    ...extra.map((a) => `extra ${show(a)}`),
  ];
  return {
    c,
    why: reasons.length ? reasons.join('; ') : null,
    predicted: found.length,
    predictedRight: found.filter((a) => c.expect.some((e) => fits(c.text, a, e, false))).length,
    expected: c.expect.length,
    expectedFound: c.expect.filter((e) => found.some((a) => fits(c.text, a, e, false))).length,
    expectedChain: c.expect.length - missed.length,
  };
}

function tallyBy(verdicts: readonly CaseVerdict[], key: (c: ConstructionCase) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const v of verdicts) {
    const t = out.get(key(v.c)) ?? { passing: 0, cases: 0 };
    out.set(key(v.c), { passing: t.passing + (v.why ? 0 : 1), cases: t.cases + 1 });
  }
  return out;
}

/** Judges every case of a suite and compares the result with its pinned ids. */
export function judgeSuite(suite: ConstructionSuite): SuiteReport {
  const verdicts = suite.cases.map(judgeCase);
  const sum = (f: (v: CaseVerdict) => number) => verdicts.reduce((n, v) => n + f(v), 0);
  return {
    verdicts,
    regressed: verdicts.filter((v) => suite.pinned.has(v.c.id) && v.why).map((v) => `${v.c.id}: ${v.why}`),
    newly: verdicts.filter((v) => !suite.pinned.has(v.c.id) && !v.why).map((v) => v.c.id),
    failing: verdicts.filter((v) => v.why).map((v) => `${v.c.family}/${v.c.id}: ${v.why}`),
    passing: verdicts.filter((v) => !v.why).length,
    precision: { right: sum((v) => v.predictedRight), of: sum((v) => v.predicted) },
    recall: { found: sum((v) => v.expectedFound), of: sum((v) => v.expected) },
    chainRecall: { found: sum((v) => v.expectedChain), of: sum((v) => v.expected) },
    byFamily: tallyBy(verdicts, (c) => c.family),
    byGenre: tallyBy(verdicts, (c) => c.genre ?? '-'),
  };
}

const ratio = (n: number, of: number): string => (of ? (n / of).toFixed(3) : '-');

/** The summary lines a suite's test prints: cases passing, record-level precision and recall. */
export function summaryLines(report: SuiteReport): string[] {
  const { precision: p, recall: r, chainRecall: c } = report;
  return [
    `construction suite: ${report.passing} of ${report.verdicts.length} pass`,
    `records: speaker precision ${ratio(p.right, p.of)} (${p.right}/${p.of}), recall ${ratio(r.found, r.of)} ` +
      `(${r.found}/${r.of}); with the chain right ${ratio(c.found, c.of)} (${c.found}/${c.of})`,
  ];
}

/** Cases passing per family and per genre, for CONSTRUCTIONS_REPORT. */
export function tallyLines(report: SuiteReport): string[] {
  const table = (title: string, tallies: ReadonlyMap<string, Tally>) =>
    [...tallies]
      .sort(([a, x], [b, y]) => x.passing / x.cases - y.passing / y.cases || a.localeCompare(b))
      .map(([name, t]) => `${title} ${name}: ${t.passing} of ${t.cases}`);
  return [...table('family', report.byFamily), ...table('genre', report.byGenre)];
}

/**
 * What a suite's test prints: with CONSTRUCTIONS_REPORT, why each failing case fails and the tallies; the cases that
 * pass but are not pinned yet (to add to the pins); the summary.
 */
export function printReport(report: SuiteReport): void {
  if (process.env.CONSTRUCTIONS_REPORT) console.log([...report.failing, ...tallyLines(report)].join('\n'));
  if (report.newly.length) console.log(`now passing, not pinned yet: ${report.newly.join(', ')}`);
  console.log(summaryLines(report).join('\n'));
}
