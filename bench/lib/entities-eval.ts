/**
 * Entity evaluation, Dateline against compromise side by side:
 *   - NER F1 by type (PER/ORG/LOC, and overall over those three) on the GUM dev split, head-match and strict
 *     rules of `shared/data/gum/README.md` (a);
 *   - NER F1 on Universal NER English-EWT dev (`shared/data/ner-dev`), exact spans (seqeval strict);
 *   - name-chain accuracy on GUM dev (README rule (b), later `name` items), with link precision;
 *   - throughput (articles per second) over the GUM news documents.
 * `bench/analyze.ts` imports these; `npx tsx bench/lib/entities-eval.ts` prints a table, and with
 * `--uner-errors [file]` the UNER dev errors counted by category (miss, spurious, wrong type, boundary) and casing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { findEntities } from '../../src/analyze/entities/entities.js';
import type { Entity, EntityKind } from '../../src/vocabulary.js';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const GUM_DIR = join(SHARED_DATA, 'gum');
export const NER_DEV_FILE = join(SHARED_DATA, 'ner-dev', 'en_ewt-ud-dev.iob2');

export type Label = 'PER' | 'ORG' | 'LOC' | 'OTHER';
export const SCORED: readonly Label[] = ['PER', 'ORG', 'LOC'];

export interface GumMention {
  start: number;
  end: number;
  text: string;
  type: string;
  chain: number;
  kind: 'name' | 'noun' | 'pronoun' | 'other';
  head: [number, number];
}
export interface GumDoc {
  id: string;
  genre: string;
  split: string;
  text: string;
  mentions: GumMention[];
}

/** A predicted or gold labelled span; `head` only on gold. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: Label;
  head?: [number, number];
}

/** A system: text → entities (Dateline, or an adapter over another library). */
export type EntitySystem = (text: string) => Entity[];

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}
export type ScoreByLabel = Record<'PER' | 'ORG' | 'LOC' | 'ALL', Prf>;

const TYPE_LABEL: Readonly<Record<string, Label>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
};
const KIND_LABEL: Readonly<Record<EntityKind, Label>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  other: 'OTHER',
};

/** GUM documents of one split (all genres unless `genres` is given). */
export function loadGum(split: 'train' | 'dev', genres?: readonly string[]): GumDoc[] {
  if (!existsSync(GUM_DIR)) return [];
  const out: GumDoc[] = [];
  for (const genre of readdirSync(GUM_DIR).sort()) {
    if (genres && !genres.includes(genre)) continue;
    const dir = join(GUM_DIR, genre, split);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort())
      if (f.endsWith('.json')) out.push(JSON.parse(readFileSync(join(dir, f), 'utf8')) as GumDoc);
  }
  return out;
}

/** Gold NER items of README rule (a): outermost `name` mentions, `time` excluded, types mapped. */
export function gumNerGold(doc: GumDoc): LabelledSpan[] {
  const names = doc.mentions.filter((m) => m.kind === 'name' && m.type !== 'time');
  return names
    .filter(
      (m) => !names.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    )
    .map((m) => ({ start: m.start, end: m.end, label: TYPE_LABEL[m.type] ?? 'OTHER', head: m.head }));
}

/**
 * Every outermost mention of every entity as a labelled span. A mention nested in a longer one ("Australia" in
 * "Medical Journal of Australia") is left out, as gold rule (a) keeps only outermost names; nested mentions
 * still count for the name chains.
 */
export function predictedSpans(entities: readonly Entity[]): LabelledSpan[] {
  const all = entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, label: KIND_LABEL[e.kind] })),
  );
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LabelledSpan[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.end <= reach) continue; // inside the previous outer span
    out.push(s);
    reach = Math.max(reach, s.end);
  }
  return out;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

interface Counts {
  tp: Record<Label, number>;
  fp: Record<Label, number>;
  fn: Record<Label, number>;
}
const zero = (): Record<Label, number> => ({ PER: 0, ORG: 0, LOC: 0, OTHER: 0 });
const newCounts = (): Counts => ({ tp: zero(), fp: zero(), fn: zero() });

/** Head match (README): same label, span contains the gold head and lies inside the gold span; gold used once. */
export function headMatches(pred: LabelledSpan, gold: LabelledSpan): boolean {
  const head = gold.head ?? [gold.start, gold.end];
  return (
    pred.label === gold.label &&
    pred.start <= head[0] &&
    pred.end >= head[1] &&
    pred.start >= gold.start &&
    pred.end <= gold.end
  );
}
export const strictMatches = (pred: LabelledSpan, gold: LabelledSpan): boolean =>
  pred.label === gold.label && pred.start === gold.start && pred.end === gold.end;

function count(
  c: Counts,
  pred: readonly LabelledSpan[],
  gold: readonly LabelledSpan[],
  match: (p: LabelledSpan, g: LabelledSpan) => boolean,
): void {
  const used = new Set<number>();
  for (const p of pred) {
    const gi = gold.findIndex((g, i) => !used.has(i) && match(p, g));
    if (gi >= 0) {
      used.add(gi);
      c.tp[p.label]++;
    } else c.fp[p.label]++;
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) c.fn[g.label]++;
  });
}

function summarise(c: Counts): ScoreByLabel {
  const sum = (r: Record<Label, number>): number => SCORED.reduce((s, l) => s + r[l], 0);
  return {
    PER: prf(c.tp.PER, c.fp.PER, c.fn.PER),
    ORG: prf(c.tp.ORG, c.fp.ORG, c.fn.ORG),
    LOC: prf(c.tp.LOC, c.fp.LOC, c.fn.LOC),
    ALL: prf(sum(c.tp), sum(c.fp), sum(c.fn)),
  };
}

/** NER scores of `system` on GUM documents, by the head-match and strict rules. */
export function scoreGumNer(
  system: EntitySystem,
  docs: readonly GumDoc[],
): { head: ScoreByLabel; strict: ScoreByLabel } {
  const head = newCounts();
  const strict = newCounts();
  for (const doc of docs) {
    const gold = gumNerGold(doc);
    const pred = predictedSpans(system(doc.text));
    count(head, pred, gold, headMatches);
    count(strict, pred, gold, strictMatches);
  }
  return { head: summarise(head), strict: summarise(strict) };
}

export interface ChainScore {
  /** Later name mentions of PER/ORG/LOC chains put in the anchor's entity. */
  nameItems: number;
  nameCorrect: number;
  accuracy: number;
  /** Later noun and pronoun items, for information (Dateline links names only). */
  nounAccuracy: number;
  pronounAccuracy: number;
  /** System links (a mention joined to its entity's first mention) that join two gold chains: errors. */
  links: number;
  wrongLinks: number;
  precision: number;
}

/** Name-chain accuracy (README rule (b)) with link precision. */
export function scoreGumChains(system: EntitySystem, docs: readonly GumDoc[]): ChainScore {
  const items = { name: [0, 0], noun: [0, 0], pronoun: [0, 0] } as Record<string, [number, number]>;
  let links = 0;
  let wrong = 0;
  for (const doc of docs) {
    const entities = system(doc.text);
    const owner = new Map<string, number>(); // "start:end" of a system mention → entity index
    const sysMentions = entities.flatMap((e, i) => e.mentions.map((m) => ({ ...m, entity: i })));
    const find = (g: GumMention): number | undefined =>
      sysMentions.find((s) => s.start <= g.head[0] && s.end >= g.head[1] && s.start >= g.start && s.end <= g.end)
        ?.entity;
    for (const s of sysMentions) owner.set(`${s.start}:${s.end}`, s.entity);
    const chains = new Map<number, GumMention[]>();
    for (const m of doc.mentions) chains.set(m.chain, [...(chains.get(m.chain) ?? []), m]);
    for (const ms of chains.values()) {
      const sorted = [...ms].sort((a, b) => a.start - b.start);
      const anchorAt = sorted.findIndex((m) => m.kind === 'name' && m.type in TYPE_LABEL);
      if (anchorAt < 0) continue;
      const anchor = find(sorted[anchorAt]!);
      for (const m of sorted.slice(anchorAt + 1)) {
        const bucket = items[m.kind];
        if (!bucket) continue;
        bucket[0]++;
        const e = find(m);
        if (anchor !== undefined && e === anchor) bucket[1]++;
      }
    }
    // Precision: each later system mention against the first mention of its entity, by gold chain. A mention
    // belongs to the tightest gold mention it head-matches: "Mario J. Lucero" is Lucero's, not the chain of the
    // coordination "Mario J. Lucero and Isabel Ruiz" around it.
    const chainOf = (s: { start: number; end: number }): number | undefined => {
      let best: GumMention | undefined;
      for (const g of doc.mentions)
        if (s.start <= g.head[0] && s.end >= g.head[1] && s.start >= g.start && s.end <= g.end)
          if (!best || g.end - g.start < best.end - best.start) best = g;
      return best?.chain;
    };
    for (const e of entities) {
      const chained = e.mentions.map(chainOf).filter((c): c is number => c !== undefined);
      for (const c of chained.slice(1)) {
        links++;
        if (c !== chained[0]) wrong++;
      }
    }
  }
  const acc = ([n, ok]: [number, number]): number => (n ? ok / n : 0);
  return {
    nameItems: items.name![0],
    nameCorrect: items.name![1],
    accuracy: acc(items.name!),
    nounAccuracy: acc(items.noun!),
    pronounAccuracy: acc(items.pronoun!),
    links,
    wrongLinks: wrong,
    precision: links ? (links - wrong) / links : 0,
  };
}

export interface NerDevDoc {
  id: string;
  text: string;
  gold: LabelledSpan[];
}

/** Universal NER EWT dev as documents: sentence texts joined by spaces, gold spans as character offsets. */
export function loadNerDev(file = NER_DEV_FILE): NerDevDoc[] {
  if (!existsSync(file)) return [];
  const docs: NerDevDoc[] = [];
  let doc: NerDevDoc | null = null;
  let sentText = '';
  let cursor = 0;
  let open: LabelledSpan | null = null;
  const close = (): void => {
    if (open && doc) doc.gold.push(open);
    open = null;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const newdoc = /^# newdoc id = (.*)$/.exec(line);
    if (newdoc) {
      close();
      doc = { id: newdoc[1]!, text: '', gold: [] };
      docs.push(doc);
      continue;
    }
    const text = /^# text = (.*)$/.exec(line);
    if (text && doc) {
      close();
      if (doc.text) doc.text += ' ';
      cursor = doc.text.length;
      sentText = text[1]!;
      doc.text += sentText;
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    if (line.startsWith('#') || !doc) continue;
    const [, token, tag] = line.split('\t');
    if (!token || !tag) continue;
    const at = doc.text.indexOf(token, cursor);
    if (at < 0) continue; // token not in the sentence text as printed (rare normalisations)
    cursor = at + token.length;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !open)) {
      close();
      open = { start: at, end: cursor, label: tag.slice(2) as Label };
    } else if (tag.startsWith('I-') && open) open.end = cursor;
    else close();
  }
  close();
  return docs;
}

/** NER scores on UNER EWT dev, exact character spans (seqeval strict). */
export function scoreNerDev(system: EntitySystem, docs: readonly NerDevDoc[]): ScoreByLabel {
  const c = newCounts();
  for (const doc of docs) count(c, predictedSpans(system(doc.text)), doc.gold, strictMatches);
  return summarise(c);
}

/** Dateline as an `EntitySystem`. */
export const dateline: EntitySystem = (text) => findEntities(text, []);
/** Dateline's rules alone (compromise lexicon + gazetteer + rules, no trained tagger), for the ablation. */
export const datelineRules: EntitySystem = (text) => findEntities(text, [], { method: 'rules' });

/** compromise alone: `.people()`, `.organizations()`, `.places()`, one entity per mention. */
export const compromiseAlone: EntitySystem = (text) => {
  const doc = nlp(text);
  const out: Entity[] = [];
  const take = (
    kind: EntityKind,
    view: { out(f: 'offset'): { text: string; offset: { start: number; length: number } }[] },
  ) => {
    for (const m of view.out('offset')) {
      const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw
        .trim()
        .replace(/[^\p{L}\p{N}.]+$/u, '')
        .replace(/^[^\p{L}\p{N}]+/u, '');
      const start = m.offset.start + lead + raw.trim().indexOf(trimmed);
      if (!trimmed) continue;
      out.push({
        id: `${kind}:${start}`,
        kind,
        name: trimmed,
        aliases: [],
        mentions: [{ start, end: start + trimmed.length, text: trimmed }],
      });
    }
  };
  take('person', doc.people());
  take('organization', doc.organizations());
  take('place', doc.places());
  return out;
};

/** Articles per second of `system` over `texts` (after one warm-up pass). */
export function throughput(system: EntitySystem, texts: readonly string[]): number {
  for (const t of texts.slice(0, 2)) system(t);
  const t0 = performance.now();
  for (const t of texts) system(t);
  return texts.length / ((performance.now() - t0) / 1000);
}

export interface EntitiesReport {
  gumDev: {
    dateline: { head: ScoreByLabel; strict: ScoreByLabel };
    rules: { head: ScoreByLabel; strict: ScoreByLabel };
    compromise: { head: ScoreByLabel; strict: ScoreByLabel };
  };
  nerDev: { dateline: ScoreByLabel; compromise: ScoreByLabel };
  chains: { dateline: ChainScore; compromise: ChainScore };
  articlesPerSecond: { dateline: number; compromise: number };
}

/** Everything above, or null when the shared data is absent. */
export function evaluateEntities(): EntitiesReport | null {
  const gum = loadGum('dev');
  const ner = loadNerDev();
  if (!gum.length || !ner.length) return null;
  const news = loadGum('train', ['news']).map((d) => d.text);
  return {
    gumDev: {
      dateline: scoreGumNer(dateline, gum),
      rules: scoreGumNer(datelineRules, gum),
      compromise: scoreGumNer(compromiseAlone, gum),
    },
    nerDev: { dateline: scoreNerDev(dateline, ner), compromise: scoreNerDev(compromiseAlone, ner) },
    chains: { dateline: scoreGumChains(dateline, gum), compromise: scoreGumChains(compromiseAlone, gum) },
    articlesPerSecond: { dateline: throughput(dateline, news), compromise: throughput(compromiseAlone, news) },
  };
}

function printReport(r: EntitiesReport): void {
  const f = (x: number): string => x.toFixed(3);
  const row = (name: string, s: ScoreByLabel): string =>
    `| ${name} | ${(['PER', 'ORG', 'LOC', 'ALL'] as const).map((l) => `${f(s[l].f1)} (${f(s[l].p)}/${f(s[l].r)})`).join(' | ')} |`;
  console.log('| system | PER F1 (P/R) | ORG | LOC | overall |\n|---|---|---|---|---|');
  console.log(row('GUM dev head — Dateline', r.gumDev.dateline.head));
  console.log(row('GUM dev head — Dateline rules only', r.gumDev.rules.head));
  console.log(row('GUM dev head — compromise', r.gumDev.compromise.head));
  console.log(row('GUM dev strict — Dateline', r.gumDev.dateline.strict));
  console.log(row('GUM dev strict — compromise', r.gumDev.compromise.strict));
  console.log(row('UNER EWT dev — Dateline', r.nerDev.dateline));
  console.log(row('UNER EWT dev — compromise', r.nerDev.compromise));
  for (const [name, c] of Object.entries(r.chains))
    console.log(
      `name chains ${name}: accuracy ${f(c.accuracy)} (${c.nameCorrect}/${c.nameItems}), link precision ${f(c.precision)} (${c.links - c.wrongLinks}/${c.links}), nouns ${f(c.nounAccuracy)}, pronouns ${f(c.pronounAccuracy)}`,
    );
  console.log(
    `throughput (GUM news train): Dateline ${r.articlesPerSecond.dateline.toFixed(0)} articles/s, compromise ${r.articlesPerSecond.compromise.toFixed(0)} articles/s`,
  );
}

/** One UNER dev error: a gold span not matched (FN) or a predicted span not matched (FP), with what overlaps it. */
export interface NerError {
  side: 'FN' | 'FP';
  label: Label;
  text: string;
  /** The label and text of the first span on the other side that overlaps this one, if any. */
  other?: { label: Label; text: string };
  doc: string;
  context: string;
}

/**
 * The error category of `e` (strict rule): `miss` / `spurious` (nothing overlaps), `wrong type` (same span),
 * `boundary` (same type, other span), `type+boundary`; and its casing: lower-case, all-caps or mixed.
 */
export function errorCategory(e: NerError): { category: string; casing: string } {
  const category = !e.other
    ? e.side === 'FN'
      ? 'miss'
      : 'spurious'
    : e.other.label !== e.label && e.other.text === e.text
      ? 'wrong type'
      : e.other.label === e.label
        ? 'boundary'
        : 'type+boundary';
  const casing = !/\p{Lu}/u.test(e.text)
    ? 'lower-case'
    : !/\p{Ll}/u.test(e.text) && (e.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2
      ? 'all-caps'
      : 'mixed';
  return { category, casing };
}

/** The errors of `system` on UNER EWT dev (strict match, as `scoreNerDev` counts them). */
export function nerDevErrors(system: EntitySystem, docs: readonly NerDevDoc[]): NerError[] {
  const out: NerError[] = [];
  for (const d of docs) {
    const pred = predictedSpans(system(d.text)).filter((p) => p.label !== 'OTHER');
    const usedGold = new Set<number>();
    const usedPred = new Set<number>();
    pred.forEach((p, pi) => {
      const gi = d.gold.findIndex((g, i) => !usedGold.has(i) && strictMatches(p, g));
      if (gi >= 0) {
        usedGold.add(gi);
        usedPred.add(pi);
      }
    });
    const text = (s: LabelledSpan): string => d.text.slice(s.start, s.end);
    const context = (s: LabelledSpan): string =>
      `${d.text.slice(Math.max(0, s.start - 50), s.start)}[[${text(s)}]]${d.text.slice(s.end, s.end + 40)}`;
    const error = (side: 'FN' | 'FP', s: LabelledSpan, others: readonly LabelledSpan[]): NerError => {
      const o = others.find((x) => x.start < s.end && s.start < x.end);
      return {
        side,
        label: s.label,
        text: text(s),
        ...(o && { other: { label: o.label, text: text(o) } }),
        doc: d.id,
        context: context(s),
      };
    };
    pred.forEach((p, pi) => {
      if (!usedPred.has(pi)) out.push(error('FP', p, d.gold));
    });
    d.gold.forEach((g, gi) => {
      if (!usedGold.has(gi)) out.push(error('FN', g, pred));
    });
  }
  return out;
}

/** Prints the UNER dev errors counted by side, category and casing; writes them one a line to `file` if given. */
function printNerErrors(file: string | undefined): void {
  const errors = nerDevErrors(dateline, loadNerDev());
  const counts = new Map<string, number>();
  for (const e of errors) {
    const { category, casing } = errorCategory(e);
    const key = `| ${e.side} | ${category} | ${casing} |`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log('| side | category | casing | errors |\n|---|---|---|---|');
  for (const [key, n] of [...counts].sort()) console.log(`${key} ${n} |`);
  if (file)
    writeFileSync(
      file,
      errors
        .map((e) =>
          [
            e.side,
            e.label,
            errorCategory(e).category,
            e.text,
            e.other?.label ?? '-',
            e.other?.text ?? '-',
            e.doc,
            e.context,
          ]
            .join('\t')
            .replace(/\n/g, ' '),
        )
        .join('\n') + '\n',
    );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `--uner-errors [file]`: the UNER dev error table (and each error, tab-separated, in `file`) instead of the report.
  const at = process.argv.indexOf('--uner-errors');
  if (at >= 0) {
    if (!loadNerDev().length) console.log('entities-eval: shared data not found');
    else printNerErrors(process.argv[at + 1]);
  } else {
    const report = evaluateEntities();
    if (!report) console.log('entities-eval: shared data not found');
    else printReport(report);
  }
}
