/**
 * Trains the name tagger (`src/analyze/entities/tagger.ts`) on the GUM **train** split only (never dev, never
 * test): an averaged perceptron over BIO tags of the outermost name mentions (README rule (a)), leading
 * determiners left out of the targets ("the Kremlin" → "Kremlin"). Writes `src/analyze/entities/data/tagger.json`.
 * Run: `npx tsx scripts/train-entities.ts [epochs]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gumNerGold, loadGum, type Label, type LabelledSpan } from '../bench/lib/entities-eval.js';
import { analyzeTokens } from '../src/analyze/entities/entities.js';
import { NAME_CONNECTORS } from '../src/analyze/entities/lexicon.js';
import type { Token } from '../src/analyze/entities/tokenize.js';
import type { TokenFeatures } from '../src/analyze/entities/features.js';
import { bestTag, historyFeatures, skippable, TAGS, type TaggerModel } from '../src/analyze/entities/tagger.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'analyze', 'entities', 'data', 'tagger.json');
const LABEL_TAG: Readonly<Record<Label, string>> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTHER: 'OTH' };
const DETERMINERS = /^(?:the|a|an)$/i;

const NAMEY = /^[\p{Lu}\p{N}]/u;

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

function examples(): Example[] {
  return loadGum('train').map((doc) => {
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

/** Averaged perceptron (Collins 2002) with lazy averaging by timestamps. */
class Perceptron {
  weights = new Map<string, Float64Array>();
  totals = new Map<string, Float64Array>();
  stamps = new Map<string, Float64Array>();
  time = 0;

  score(features: readonly string[]): Float64Array {
    const s = new Float64Array(TAGS.length);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
    }
    return s;
  }

  update(features: readonly string[], truth: number, guess: number): void {
    this.time++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Float64Array(TAGS.length);
        this.weights.set(f, w);
        this.totals.set(f, new Float64Array(TAGS.length));
        this.stamps.set(f, new Float64Array(TAGS.length));
      }
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (const [k, delta] of [
        [truth, 1],
        [guess, -1],
      ] as const) {
        tot[k]! += (this.time - st[k]!) * w[k]!;
        st[k] = this.time;
        w[k]! += delta;
      }
    }
  }

  averaged(): Map<string, Float64Array> {
    const avg = new Map<string, Float64Array>();
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      const a = new Float64Array(TAGS.length);
      for (let k = 0; k < a.length; k++) a[k] = (tot[k]! + (this.time - st[k]!) * w[k]!) / this.time;
      avg.set(f, a);
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

function train(data: Example[], epochs: number): Map<string, Float64Array> {
  const p = new Perceptron();
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    let n = 0;
    for (const ex of shuffle([...data], epoch + 1)) {
      let prev = 'O';
      let prev2 = 'O';
      for (let i = 0; i < ex.features.count; i++) {
        const truth = ex.gold[i]!;
        if (!skippable(ex.features, i, prev)) {
          const f = ex.features.at(i);
          const feats = [...f, ...historyFeatures(prev, prev2, f)];
          const best = bestTag(p.score(feats), prev);
          p.update(feats, truth, best);
          if (truth !== best) errors++;
          n++;
        }
        prev2 = prev;
        prev = TAGS[truth]!; // teacher forcing: the gold history
      }
    }
    console.log(`train-entities: epoch ${epoch + 1}: token error ${((100 * errors) / n).toFixed(2)} %`);
  }
  return p.averaged();
}

function pack(weights: Map<string, Float64Array>, minAbs: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pairs: string[] = [];
    w.forEach((v, k) => {
      if (Math.abs(v) >= minAbs) pairs.push(`${k}:${Number(v.toFixed(3))}`);
    });
    if (pairs.length) out[f] = pairs.join(',');
  }
  return out;
}

const epochs = Number(process.argv[2] ?? 8);
const data = examples();
const model: TaggerModel = {
  licence:
    'Weights learnt from the GUM corpus train split (Zeldes 2017, https://gucorpling.org/gum/), annotations CC BY 4.0',
  tags: TAGS,
  weights: pack(train(data, epochs), 0.01),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`train-entities: ${Object.keys(model.weights).length} features → ${out}`);
