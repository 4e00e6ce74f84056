/**
 * The web entity suite (fixtures/web-constructions.json): invented passages of user-written web text, each with every
 * named person, organization and place as an exact substring with its kind (UNER's PER, ORG, LOC). Each passage is
 * run through the caller's analyzer and judged strictly: a found mention is right when its text and kind equal an
 * expected mention's, counted as multisets (a name printed twice must be found twice). Mentions of kind 'other' are
 * not scored, as UNER marks no MISC. A passage passes when found and expected mentions are the same multiset. The ids
 * that pass are pinned in fixtures/web-constructions.passing.json: a pinned passage that fails is a regression.
 */
import { readFileSync } from 'node:fs';
import type { Entity, EntityKind } from '../../../vocabulary.js';

export type WebKind = 'PER' | 'ORG' | 'LOC';
export const WEB_KINDS: readonly WebKind[] = ['PER', 'ORG', 'LOC'];

export interface WebMention {
  text: string;
  kind: WebKind;
}

export interface WebCase {
  id: string;
  genre: string;
  text: string;
  expect: WebMention[];
}

export interface WebSuite {
  cases: WebCase[];
  pinned: ReadonlySet<string>;
}

/** Counts of one kind (or all kinds) over the suite. */
export interface KindCount {
  right: number;
  found: number;
  expected: number;
}

export interface WebVerdict {
  c: WebCase;
  /** Why the passage fails ("missed PER Halvorsen; extra LOC Boston"), or null when it passes. */
  why: string | null;
  counts: ReadonlyMap<WebKind, KindCount>;
}

export interface WebReport {
  verdicts: WebVerdict[];
  regressed: string[];
  newly: string[];
  failing: string[];
  passing: number;
  byKind: ReadonlyMap<WebKind | 'all', KindCount>;
}

const KIND_OF: Partial<Record<EntityKind, WebKind>> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Reads fixtures/<name>.json and the pinned ids of fixtures/<name>.passing.json. */
export function loadWebSuite(name: string): WebSuite {
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'));
  const { cases } = read(`${name}.json`) as { cases: WebCase[] };
  return { cases, pinned: new Set(read(`${name}.passing.json`) as string[]) };
}

/** The scored mentions of a passage's entities: every mention of a person, organization or place. */
export function foundMentions(entities: readonly Entity[]): WebMention[] {
  return entities.flatMap((e) => {
    const kind = KIND_OF[e.kind];
    return kind ? e.mentions.map((m) => ({ text: m.text, kind })) : [];
  });
}

const key = (m: WebMention): string => `${m.kind} ${m.text}`;

function multiset(mentions: readonly WebMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of mentions) out.set(key(m), (out.get(key(m)) ?? 0) + 1);
  return out;
}

/** Judges one passage given the entities the analyzer found in it. */
export function judgeWebCase(c: WebCase, entities: readonly Entity[]): WebVerdict {
  const found = multiset(foundMentions(entities));
  const expected = multiset(c.expect);
  const reasons: string[] = [];
  const counts = new Map<WebKind, KindCount>(WEB_KINDS.map((k) => [k, { right: 0, found: 0, expected: 0 }]));
  for (const k of new Set([...found.keys(), ...expected.keys()])) {
    const kind = k.slice(0, 3) as WebKind;
    const f = found.get(k) ?? 0;
    const e = expected.get(k) ?? 0;
    const t = counts.get(kind)!;
    counts.set(kind, { right: t.right + Math.min(f, e), found: t.found + f, expected: t.expected + e });
    if (e > f) reasons.push(`missed ${k}${e - f > 1 ? ` x${e - f}` : ''}`);
    if (f > e) reasons.push(`extra ${k}${f - e > 1 ? ` x${f - e}` : ''}`);
  }
  return { c, why: reasons.length ? reasons.join('; ') : null, counts };
}

/** Judges every passage (entities found by `entitiesOf`) and compares the result with the pinned ids. */
export function judgeWebSuite(suite: WebSuite, entitiesOf: (text: string) => readonly Entity[]): WebReport {
  const verdicts = suite.cases.map((c) => judgeWebCase(c, entitiesOf(c.text)));
  const byKind = new Map<WebKind | 'all', KindCount>();
  for (const kind of [...WEB_KINDS, 'all'] as const) {
    const of = (v: WebVerdict) => (kind === 'all' ? [...v.counts.values()] : [v.counts.get(kind)!]);
    const sum = (f: (n: KindCount) => number) => verdicts.flatMap(of).reduce((n, x) => n + f(x), 0);
    byKind.set(kind, { right: sum((n) => n.right), found: sum((n) => n.found), expected: sum((n) => n.expected) });
  }
  return {
    verdicts,
    regressed: verdicts.filter((v) => suite.pinned.has(v.c.id) && v.why).map((v) => `${v.c.id}: ${v.why}`),
    newly: verdicts.filter((v) => !suite.pinned.has(v.c.id) && !v.why).map((v) => v.c.id),
    failing: verdicts.filter((v) => v.why).map((v) => `${v.c.genre}/${v.c.id}: ${v.why}`),
    passing: verdicts.filter((v) => !v.why).length,
    byKind,
  };
}

const ratio = (n: number, of: number): number => (of ? n / of : 0);

/** Precision, recall and F1 of one count. */
export function prf(n: KindCount): { p: number; r: number; f1: number } {
  const p = ratio(n.right, n.found);
  const r = ratio(n.right, n.expected);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The summary lines the suite's test prints: passages passing, then strict P/R/F1 per kind and overall. */
export function webSummaryLines(report: WebReport): string[] {
  const lines = [`web entity suite: ${report.passing} of ${report.verdicts.length} pass`];
  for (const [kind, n] of report.byKind) {
    const { p, r, f1 } = prf(n);
    lines.push(
      `${kind}: precision ${p.toFixed(3)} (${n.right}/${n.found}), recall ${r.toFixed(3)} (${n.right}/${n.expected}), ` +
        `F1 ${f1.toFixed(3)}`,
    );
  }
  return lines;
}

/** Passages passing per genre, for WEB_SUITE_REPORT. */
export function webGenreLines(report: WebReport): string[] {
  const tallies = new Map<string, { passing: number; cases: number }>();
  for (const v of report.verdicts) {
    const t = tallies.get(v.c.genre) ?? { passing: 0, cases: 0 };
    tallies.set(v.c.genre, { passing: t.passing + (v.why ? 0 : 1), cases: t.cases + 1 });
  }
  return [...tallies]
    .sort(([a, x], [b, y]) => x.passing / x.cases - y.passing / y.cases || a.localeCompare(b))
    .map(([genre, t]) => `genre ${genre}: ${t.passing} of ${t.cases}`);
}
