/**
 * The Scrapinghub article-extraction benchmark's score, exactly as its README defines it: texts tokenised as
 * runs of word characters (`\w+`, case kept), shingles of 4 consecutive tokens (a text of 1–3 tokens is one
 * shingle) counted with repeats; per page tp/fp/fn over the counts; precision averaged over pages whose
 * prediction has a shingle, recall over pages whose truth has one; F1 of the two means; accuracy = share of
 * pages whose token lists are equal.
 */
const SHINGLE = 4;

/**
 * Python's `\w` on str (the published script's regex): Unicode letters, numbers and the underscore. JS `\w`
 * is ASCII-only, which would drop every Cyrillic, Korean or Chinese word.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shingles(toks: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!toks.length) return out;
  const n = Math.max(1, toks.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const s = toks.slice(i, i + SHINGLE).join('\u0001');
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Both token lists equal. */
  exact: boolean;
  /** null when the prediction has no shingle (it costs recall, not precision). */
  precision: number | null;
  /** null when the truth has no shingle. */
  recall: number | null;
}

export function scorePage(truth: string, pred: string): PageScore {
  const tt = tokens(truth);
  const pt = tokens(pred);
  const ts = shingles(tt);
  const ps = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, p] of ps) {
    const t = ts.get(s) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(p - t, 0);
  }
  for (const [s, t] of ts) fn += Math.max(t - (ps.get(s) ?? 0), 0);
  const exact = tt.length === pt.length && tt.every((x, i) => x === pt[i]);
  return {
    tp,
    fp,
    fn,
    exact,
    precision: ps.size ? tp / (tp + fp) : null,
    recall: ts.size ? tp / (tp + fn) : null,
  };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}
