/**
 * Trains the name tagger (`src/analyze/entities/tagger.ts`) on the GUM **train** split only (never dev, never
 * test): an averaged perceptron over BIO tags of the outermost name mentions (README rule (a)), leading
 * determiners left out of the targets ("the Kremlin" → "Kremlin"). Writes `src/analyze/entities/data/tagger.json`.
 * Run: `npx tsx scripts/train-entities.ts [--epochs 8] [--own-history] [--cv 4] [--errors file] [--out file]
 * [--seed 0] [--dev]` (`--cv` validates and writes nothing but the held-out errors; `--out` writes the model
 * elsewhere, for trials; `--dev` writes no model but scores it on GUM dev, UNER dev and the dev name chains, and
 * `--errors` then gets the dev errors; `--seed` reshuffles: scores move by about a point between seeds, more than
 * most single changes). Eight epochs, not fourteen: over seeds 0-4, 4-fold CV 0.687 -> 0.690 and dev 0.810 ->
 * 0.813 (the held-out score falls again after ten). The shipped model is still seed 0 at 14 epochs, trained
 * before the rules of 7660eba and after: retrained at 8 epochs with those rules it scored GUM dev 0.823 but UNER
 * 0.557 and name-chain precision 0.924 (shipped with the rules: 0.817, 0.567, 0.929), and one fewer attribution on
 * batch8, a mixed trade within a seed's noise, so it was not swapped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  gumNerGold,
  headMatches,
  loadGum,
  loadNerDev,
  predictedSpans,
  scoreGumChains,
  scoreGumNer,
  scoreNerDev,
  type GumDoc,
  type Label,
  type LabelledSpan,
} from '../bench/lib/entities-eval.js';
import { analyzeTokens, findEntities } from '../src/analyze/entities/entities.js';
import { NAME_CONNECTORS } from '../src/analyze/entities/lexicon.js';
import type { Token } from '../src/analyze/entities/tokenize.js';
import type { Entity } from '../src/vocabulary.js';
import type { TokenFeatures } from '../src/analyze/entities/features.js';
import {
  bestTag,
  historyFeatures,
  historyKey,
  PredictionHistory,
  skippable,
  tableOf,
  TAGS,
  WeightTable,
  type Scorer,
  type TaggerModel,
} from '../src/analyze/entities/tagger.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shipped = join(root, 'src', 'analyze', 'entities', 'data', 'tagger.json');
const LABEL_TAG: Readonly<Record<Label, string>> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTHER: 'OTH' };
const DETERMINERS = /^(?:the|a|an)$/i;

const NAMEY = /^[\p{Lu}\p{N}]/u;
const N = TAGS.length;

/**
 * The name inside a gold mention: GUM spans are whole noun phrases ("the King of Athens", "Coron Island itself",
 * "Norton's"), so the target is the run of capitalised words and inner connectors around the head.
 * Head matching scores such a core as correct; it keeps relative clauses and clitics out of the targets.
 */
function nameCore(tokens: readonly Token[], g: LabelledSpan): [number, number] {
  const inside: number[] = [];
  tokens.forEach((t, i) => {
    if (t.start >= g.start && t.end <= g.end) inside.push(i);
  });
  if (!inside.length) return [0, 0];
  const lo = inside[0]!;
  const hi = inside[inside.length - 1]! + 1;
  const headAt = tokens.findIndex((t) => g.head && t.start <= g.head[0] && t.end > g.head[0]);
  const namey = (i: number): boolean => NAMEY.test(tokens[i]!.text);
  if (headAt < lo || headAt >= hi || !namey(headAt)) {
    let first = lo;
    while (first < hi - 1 && DETERMINERS.test(tokens[first]!.text)) first++;
    return [first, hi];
  }
  let first = headAt;
  let last = headAt + 1;
  for (;;) {
    if (first > lo && namey(first - 1) && !DETERMINERS.test(tokens[first - 1]!.text)) first--;
    else if (first - 1 > lo && NAME_CONNECTORS.has(tokens[first - 1]!.text) && namey(first - 2)) first -= 2;
    else break;
  }
  for (;;) {
    if (last < hi && namey(last)) last++;
    else if (last + 1 < hi && NAME_CONNECTORS.has(tokens[last]!.text) && namey(last + 1)) last += 2;
    else break;
  }
  return [first, last];
}

interface Example {
  features: TokenFeatures;
  gold: number[];
}

function examples(docs: readonly GumDoc[]): Example[] {
  return docs.map((doc) => {
    const { tokens, features } = analyzeTokens(doc.text);
    const gold = tokens.map(() => 0);
    for (const g of gumNerGold(doc)) {
      const [first, last] = nameCore(tokens, g);
      for (let i = first; i < last; i++)
        gold[i] = TAGS.indexOf(`${i === first ? 'B' : 'I'}-${LABEL_TAG[g.label]}` as (typeof TAGS)[number]);
    }
    return { features, gold };
  });
}

/** Averaged perceptron (Collins 2002) with lazy averaging by timestamps, over one typed weight table. */
class Perceptron {
  table = new WeightTable();
  totals: Float64Array = new Float64Array(0);
  stamps: Float64Array = new Float64Array(0);
  time = 0;

  update(features: readonly string[], truth: number, guess: number): void {
    this.time++;
    if (truth === guess) return;
    for (const f of features) {
      const at = this.table.intern(f) * N;
      if (this.totals.length < this.table.w.length) {
        const grow = (a: Float64Array): Float64Array => {
          const b = new Float64Array(this.table.w.length);
          b.set(a);
          return b;
        };
        this.totals = grow(this.totals);
        this.stamps = grow(this.stamps);
      }
      for (const [k, delta] of [
        [truth, 1],
        [guess, -1],
      ] as const) {
        this.totals[at + k]! += (this.time - this.stamps[at + k]!) * this.table.w[at + k]!;
        this.stamps[at + k] = this.time;
        this.table.w[at + k]! += delta;
      }
    }
  }

  averaged(): WeightTable {
    const avg = new WeightTable();
    for (const [f, id] of this.table.ids) {
      const at = id * N;
      const to = avg.intern(f) * N;
      for (let k = 0; k < N; k++)
        avg.w[to + k] = (this.totals[at + k]! + (this.time - this.stamps[at + k]!) * this.table.w[at + k]!) / this.time;
    }
    return avg;
  }
}

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

interface TrainOptions {
  epochs: number;
  /** Decode with the model's own previous tags instead of the gold ones (no exposure bias). */
  ownHistory: boolean;
  /** Offsets the shuffling of each epoch: another seed, another model (a change should hold across seeds). */
  seed: number;
  log: boolean;
  /** Collects the held-out errors of cross-validation, one line each. */
  errors?: string[];
}

/** Missed and wrong names of one document, head-match rule, with some context. */
function errorsOf(doc: GumDoc, system: (text: string) => Entity[]): string[] {
  const all = gumNerGold(doc);
  const gold = all.filter((g) => g.label !== 'OTHER');
  const pred = predictedSpans(system(doc.text)).filter((p) => p.label !== 'OTHER');
  const out: string[] = [];
  const show = (s: LabelledSpan): string =>
    `${doc.text.slice(Math.max(0, s.start - 40), s.start)}[[${doc.text.slice(s.start, s.end)}]]${doc.text.slice(s.end, s.end + 30)}`.replace(
      /\n/g,
      ' / ',
    );
  const used = new Set<LabelledSpan>();
  for (const p of pred) {
    const g = gold.find((x) => !used.has(x) && headMatches(p, x));
    if (g) used.add(g);
    else {
      const over = all.find((x) => x.start < p.end && p.start < x.end);
      out.push(
        `FP ${p.label} ${over ? `(gold ${over.label} "${doc.text.slice(over.start, over.end)}")` : ''}\t${doc.id}\t${show(p)}`,
      );
    }
  }
  for (const g of gold)
    if (!used.has(g)) {
      const over = pred.find((x) => x.start < g.end && g.start < x.end);
      out.push(
        `FN ${g.label} ${over ? `(pred ${over.label} "${doc.text.slice(over.start, over.end)}")` : ''}\t${doc.id}\t${show(g)}`,
      );
    }
  return out;
}

function train(data: Example[], o: TrainOptions): WeightTable {
  const p = new Perceptron();
  const s = new Float64Array(N);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    let errors = 0;
    let n = 0;
    for (const ex of shuffle([...data], epoch + 1 + o.seed)) {
      let prev = 'O';
      let prev2 = 'O';
      const history = new PredictionHistory();
      for (let i = 0; i < ex.features.count; i++) {
        const truth = ex.gold[i]!;
        let guess = 0;
        if (!skippable(ex.features, i, prev)) {
          const f = ex.features.at(i);
          const key = historyKey(ex.features, i);
          const feats = [...f, ...historyFeatures(prev, prev2, ex.features.own(i), key && history.of(key))];
          s.fill(0);
          p.table.score(feats, s);
          guess = bestTag(s, prev);
          p.update(feats, truth, guess);
          if (key) history.add(key, guess);
          if (truth !== guess) errors++;
          n++;
        }
        prev2 = prev;
        prev = TAGS[o.ownHistory ? guess : truth]!;
      }
    }
    if (o.log) console.log(`train-entities: epoch ${epoch + 1}: token error ${((100 * errors) / n).toFixed(2)} %`);
  }
  return p.averaged();
}

function pack(table: WeightTable, minAbs: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [f, id] of [...table.ids].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pairs: string[] = [];
    for (let k = 0; k < N; k++) {
      const v = table.w[id * N + k]!;
      if (Math.abs(v) >= minAbs) pairs.push(`${k}:${Number(v.toFixed(3))}`);
    }
    if (pairs.length) out[f] = pairs.join(',');
  }
  return out;
}

/**
 * K-fold cross-validation over the train documents, folds dealt within each genre so that every fold holds every
 * genre: the whole pipeline (rules, tagger, spans, chains) scored on the held-out documents by the head-match
 * rule and the name-chain test. Honest validation for changes, beside the dev split.
 */
function crossValidate(docs: readonly GumDoc[], data: readonly Example[], k: number, o: TrainOptions): void {
  const fold = new Map<GumDoc, number>();
  const seen = new Map<string, number>();
  for (const d of docs) {
    const n = seen.get(d.genre) ?? 0;
    fold.set(d, n % k);
    seen.set(d.genre, n + 1);
  }
  const tp = { PER: 0, ORG: 0, LOC: 0, ALL: 0 };
  const fp = { ...tp };
  const fn = { ...tp };
  let chainItems = 0;
  let chainOk = 0;
  for (let f = 0; f < k; f++) {
    const table = train(
      data.filter((_, i) => fold.get(docs[i]!) !== f),
      { ...o, log: false },
    );
    const system = (text: string) => findEntities(text, [], { scorer: table.score });
    const held = docs.filter((d) => fold.get(d) === f);
    const { head } = scoreGumNer(system, held);
    for (const l of ['PER', 'ORG', 'LOC', 'ALL'] as const) {
      tp[l] += head[l].tp;
      fp[l] += head[l].fp;
      fn[l] += head[l].fn;
    }
    if (o.errors) for (const d of held) o.errors.push(...errorsOf(d, system));
    const chains = scoreGumChains(system, held);
    chainItems += chains.nameItems;
    chainOk += chains.nameCorrect;
  }
  const f1 = (l: 'PER' | 'ORG' | 'LOC' | 'ALL') => ((2 * tp[l]) / (2 * tp[l] + fp[l] + fn[l])).toFixed(3);
  const p = (tp.ALL / (tp.ALL + fp.ALL)).toFixed(3);
  const r = (tp.ALL / (tp.ALL + fn.ALL)).toFixed(3);
  console.log(
    `train-entities: ${k}-fold CV head-match F1 ${f1('ALL')} (P ${p} R ${r}; PER ${f1('PER')}, ORG ${f1('ORG')}, ` +
      `LOC ${f1('LOC')}); name chains ${(chainOk / chainItems).toFixed(3)} (${chainOk}/${chainItems})`,
  );
}

/** Dev scores of a trial model as the entities gate reads them (`scripts/eval/entities.ts`), on one line. */
function scoreDev(score: Scorer): void {
  const system = (text: string) => findEntities(text, [], { scorer: score });
  const gum = loadGum('dev');
  const { head } = scoreGumNer(system, gum);
  const uner = scoreNerDev(system, loadNerDev());
  const chains = scoreGumChains(system, gum);
  const errors = option('--errors');
  if (errors) writeFileSync(errors, gum.flatMap((d) => errorsOf(d, system)).join('\n') + '\n');
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `train-entities: dev head-match F1 ${f(head.ALL.f1)} (PER ${f(head.PER.f1)}, ORG ${f(head.ORG.f1)}, ` +
      `LOC ${f(head.LOC.f1)}); UNER F1 ${f(uner.ALL.f1)}; name chains ${f(chains.accuracy)}`,
  );
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const options: TrainOptions = {
  epochs: Number(option('--epochs') ?? 8),
  ownHistory: args.includes('--own-history'),
  seed: Number(option('--seed') ?? 0),
  log: true,
  ...(option('--errors') && { errors: [] }),
};
const out = option('--out') ?? shipped;
const docs = loadGum('train');
const data = examples(docs);
const folds = option('--cv');
if (folds) {
  crossValidate(docs, data, Number(folds), options);
  if (options.errors) writeFileSync(option('--errors')!, options.errors.join('\n') + '\n');
} else {
  const model: TaggerModel = {
    licence:
      'Weights learnt from the GUM corpus train split (Zeldes 2017, https://gucorpling.org/gum/), annotations CC BY 4.0',
    tags: TAGS,
    weights: pack(train(data, options), 0.01),
  };
  if (args.includes('--dev')) scoreDev(tableOf(model).score);
  else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(model) + '\n');
    console.log(`train-entities: ${Object.keys(model.weights).length} features → ${out}`);
  }
}
