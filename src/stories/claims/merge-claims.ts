/**
 * Merges a story's attributed statements into claims. Stages: (1) evidence per attribution, (2) speaker keys
 * with surnames resolved, (3) greedy grouping in time order: same speaker, overlapping content, numbers and
 * places that agree, (4) outlets, first seen and corroboration per claim (copies of one wire story count once),
 * (5) conflicts: claims on the same matter (same speaker, or overlapping content) whose numbers or places differ.
 */
import type { Claim } from '../../vocabulary.js';
import { fnv1a } from '../near-duplicates/hash.js';
import { claimEvidence, type ClaimEvidence, type ClaimSource } from './claim-evidence.js';
import { resolveSurnames } from './speaker.js';

export const CLAIMS = {
  /** Share of the smaller content's terms found in the other for two statements to say the same thing. */
  sameContent: 0.5,
  /** Overlap for two statements by different speakers to be about the same matter (for conflicts). */
  sameMatter: 0.6,
  /** Relative tolerance when comparing numbers (rounding: 425 mi ≈ 684 km is compared normalised). */
  numberTolerance: 0.02,
  /** Independent outlets needed for a claim to be corroborated. */
  corroboration: 2,
} as const;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n / small.size;
}

const near = (x: number, y: number): boolean =>
  Math.abs(x - y) <= CLAIMS.numberTolerance * Math.max(Math.abs(x), Math.abs(y));

/** Numbers disagree when both give some and neither set is covered by the other. */
function numbersDisagree(a: number[], b: number[]): boolean {
  if (!a.length || !b.length) return false;
  const covered = (xs: number[], ys: number[]): boolean => xs.every((x) => ys.some((y) => near(x, y)));
  return !covered(a, b) && !covered(b, a);
}

/** Places disagree when both name some and share none (a known limit: "Russia" vs "Vladivostok" also differ). */
function placesDisagree(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const lower = new Set(a.map((p) => p.toLowerCase()));
  return !b.some((p) => lower.has(p.toLowerCase()));
}

const disagree = (a: ClaimEvidence, b: ClaimEvidence): boolean =>
  numbersDisagree(a.numbers, b.numbers) || placesDisagree(a.places, b.places);

const byTime = (a: ClaimEvidence, b: ClaimEvidence): number =>
  (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') ||
  a.articleId.localeCompare(b.articleId) ||
  a.attributionId.localeCompare(b.attributionId);

/** The claims of one story from its articles' analyses. */
export function mergeClaims(sources: readonly ClaimSource[]): Claim[] {
  const evidence = claimEvidence(sources).sort(byTime);
  const resolve = resolveSurnames(evidence.map((e) => e.speakerKey));
  for (const e of evidence) e.speakerKey = resolve.get(e.speakerKey) ?? e.speakerKey;

  // Only a group of the same speaker can take a statement: looking among those alone gives the same first match.
  const groups: ClaimEvidence[][] = [];
  const bySpeaker = new Map<string, ClaimEvidence[][]>();
  for (const e of evidence) {
    const own = bySpeaker.get(e.speakerKey) ?? [];
    const g = own.find((g) => overlap(g[0]!.terms, e.terms) >= CLAIMS.sameContent && !disagree(g[0]!, e));
    if (g) g.push(e);
    else {
      groups.push([e]);
      own.push(groups.at(-1)!);
      bySpeaker.set(e.speakerKey, own);
    }
  }

  const claims: Claim[] = groups.map((g) => {
    const first = g[0]!;
    const independent = new Map<string, string>();
    for (const e of g) if (!independent.has(e.canonicalId)) independent.set(e.canonicalId, e.outlet);
    const speaker = g.map((e) => e.speaker).reduce((a, b) => (b.length > a.length ? b : a));
    return {
      id: `claim-${fnv1a(`${first.speakerKey}\u0000${first.articleId}\u0000${first.attributionId}`).toString(16)}`,
      speaker,
      content: first.content,
      articleIds: [...new Set(g.map((e) => e.articleId))],
      outlets: [...new Set(g.map((e) => e.outlet))],
      firstSeen: g.map((e) => e.publishedAt).find((p) => p !== null) ?? null,
      corroborated: new Set(independent.values()).size >= CLAIMS.corroboration,
      conflictsWith: [],
    };
  });

  for (const [i, j] of matterPairs(groups.map((g) => g[0]!))) {
    const a = groups[i]![0]!;
    const b = groups[j]![0]!;
    const o = overlap(a.terms, b.terms);
    const sameMatter = a.speakerKey === b.speakerKey ? o >= CLAIMS.sameContent : o >= CLAIMS.sameMatter;
    if (sameMatter && disagree(a, b)) {
      claims[i]!.conflictsWith.push(claims[j]!.id);
      claims[j]!.conflictsWith.push(claims[i]!.id);
    }
  }
  return claims;
}

/**
 * The pairs (i < j, in the order of the nested loops over all pairs) that can be on the same matter and disagree:
 * both give numbers or both name places, and they share at least ceil(t * n) of the smaller one's n terms, t the
 * lower of the two overlap thresholds. Comparing every pair made a story's save quadratic in its claims, and the desk
 * saves a story each time an article joins it: a story of 600 similar articles took 64 ms an article, mostly here.
 * Hand-written because it is the prefix filter of set-similarity joins (Chaudhuri et al., 2006) over a few hundred
 * sets, smaller than any library for it: with terms in one global order, rarest first, a set sharing c terms with
 * another shares one among its own first n - c + 1, so each set looks up only those in an index of every set's
 * terms.
 */
export function matterPairs(firsts: readonly ClaimEvidence[]): [number, number][] {
  const t = Math.min(CLAIMS.sameContent, CLAIMS.sameMatter);
  const comparable = (a: ClaimEvidence, b: ClaimEvidence): boolean =>
    (a.numbers.length > 0 && b.numbers.length > 0) || (a.places.length > 0 && b.places.length > 0);
  const frequency = new Map<string, number>();
  for (const e of firsts) for (const term of e.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  firsts.forEach((e, i) => {
    if (!e.numbers.length && !e.places.length) return;
    for (const term of e.terms) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const seen = new Int32Array(firsts.length).fill(-1);
  const partners: number[][] = firsts.map(() => []);
  firsts.forEach((e, i) => {
    if (!e.numbers.length && !e.places.length) return;
    const order = [...e.terms].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
    const prefix = order.length - Math.ceil(t * order.length) + 1;
    for (const term of order.slice(0, prefix))
      for (const j of postings.get(term)!) {
        if (j === i || seen[j] === i || !comparable(e, firsts[j]!)) continue;
        seen[j] = i;
        partners[Math.min(i, j)]!.push(Math.max(i, j));
      }
  });
  return partners.flatMap((js, i) => [...new Set(js)].sort((x, y) => x - y).map((j): [number, number] => [i, j]));
}
