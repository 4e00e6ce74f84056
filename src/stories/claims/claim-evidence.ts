/**
 * One attributed statement in one article, with what claims merging compares: content terms, the numbers
 * given (normalised quantities when analysis found them, else numerals) and the places named in the content.
 */
import type { Analysis, Attribution } from '../../vocabulary.js';
import { terms } from '../text/tokens.js';
import { speakerKey } from './speaker.js';

export interface ClaimSource {
  articleId: string;
  outlet: string;
  publishedAt: string | null;
  /** The canonical article of its syndicated-copy group (itself when not a copy): copies count once. */
  canonicalId: string;
  analysis: Analysis;
}

export interface ClaimEvidence {
  articleId: string;
  outlet: string;
  publishedAt: string | null;
  canonicalId: string;
  attributionId: string;
  speaker: string;
  speakerKey: string;
  content: string;
  /** Content terms without numbers and place names (what the claim is about). */
  terms: Set<string>;
  numbers: number[];
  places: string[];
}

const NUMERAL = /\d[\d,]*(?:\.\d+)?/g;

function inside(span: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** What an attribution gives as evidence, whichever article carries it and whatever its copy group. */
type Statement = Omit<ClaimEvidence, 'articleId' | 'outlet' | 'publishedAt' | 'canonicalId'>;

/**
 * Statements by attribution object. The desk saves a story from its members each time one joins it, and keeps
 * its recent members in hand (desk.ts), so the same attributions come back save after save: their terms, numbers
 * and places are read once. An analysis read from the store again is new objects, read afresh. Each call gets
 * ClaimEvidence objects of its own (mergeClaims resolves their speaker keys), sharing the memo's terms, numbers and
 * places, which no one changes.
 */
const statements = new WeakMap<Attribution, Statement | null>();

function statementOf(analysis: Analysis, a: Attribution): Statement | null {
  let statement = statements.get(a);
  if (statement === undefined) statements.set(a, (statement = readStatement(analysis, a)));
  return statement;
}

function readStatement(analysis: Analysis, a: Attribution): Statement | null {
  if (!a.speaker || !a.content.trim()) return null;
  const key = speakerKey(a.speaker.name);
  if (!key) return null;
  const places = analysis.entities
    .filter((e) => e.kind === 'place' && e.mentions.some((m) => inside(m, a.contentSpan)))
    .map((e) => e.name);
  const quantities = analysis.quantities.filter((q) => inside(q.span, a.contentSpan));
  const numbers = quantities.length
    ? quantities.map((q) => q.normalized.value)
    : [...a.content.matchAll(NUMERAL)].map((m) => Number(m[0].replace(/,/g, ''))).filter(Number.isFinite);
  const placeTerms = new Set(places.flatMap((p) => terms(p)));
  return {
    attributionId: a.id,
    speaker: a.speaker.name,
    speakerKey: key,
    content: a.content,
    terms: new Set(terms(a.content).filter((t) => !/\d/.test(t) && !placeTerms.has(t))),
    numbers,
    places,
  };
}

function evidenceOf(source: ClaimSource, a: Attribution): ClaimEvidence | null {
  const statement = statementOf(source.analysis, a);
  if (!statement) return null;
  return {
    articleId: source.articleId,
    outlet: source.outlet,
    publishedAt: source.publishedAt,
    canonicalId: source.canonicalId,
    ...statement,
  };
}

/** Every attributed statement with a named (or described) speaker in the sources. */
export function claimEvidence(sources: readonly ClaimSource[]): ClaimEvidence[] {
  return sources.flatMap((s) => s.analysis.attributions.map((a) => evidenceOf(s, a)).filter((e) => e !== null));
}
