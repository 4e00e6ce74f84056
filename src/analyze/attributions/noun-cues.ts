/**
 * Noun cues with their holder's possessive and a "that" clause: "his claim that he visited …", "Russia's assertion
 * that the strike hit no civilians", "the ministry's warning that …". PolNeAR-style annotation counts these as
 * attributions of the clause to the possessor.
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { trimContent, type Draft } from './draft.js';
import { phraseEndingAt, phraseSpan, phraseStartingAt } from './noun-phrase.js';
import { speakerLike } from './speaker-like.js';
import { AUXILIARY } from './content-after.js';
import { VERB_FORMS } from './cues.js';
import { endsClause, type Word } from './words.js';

/** Nouns of a claim, a belief or a commitment whose "that" clause is its content. */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'assertion',
  'assertions',
  'argument',
  'belief',
  'view',
  'insistence',
  'contention',
  'suggestion',
  'warning',
  'warnings',
  'promise',
  'pledge',
  'vow',
  'allegation',
  'allegations',
  'accusation',
  'admission',
  'announcement',
  'prediction',
  'conclusion',
  'assurance',
  'assurances',
  'denial',
  'complaint',
  'boast',
  'threat',
  // Findings and stances held the same way: "the report’s finding that …", "Europe’s fear that …".
  'finding',
  'findings',
  'fear',
  'fears',
  'concern',
  'concerns',
  'hope',
  'estimate',
  'forecast',
  'recommendation',
  'demand',
  'revelation',
  'acknowledgment',
  'acknowledgement',
  'theory',
  // Statements by their kind, and the plurals of those above: "Trump's comments that the system is rigged", "the
  // senator's statement that she would resign", "Morrow's accusations that he had lied".
  'comment',
  'comments',
  'remark',
  'remarks',
  'statement',
  'statements',
  'charge',
  'charges',
  'accusations',
  'predictions',
  'estimates',
  'promises',
  'pledges',
  'threats',
  'denials',
  'complaints',
  'arguments',
  'suggestions',
  'beliefs',
  'views',
  'hopes',
  'doubts',
  'doubt',
  'expectation',
  'expectations',
  'worry',
  'worries',
  'message',
  'reminder',
  'explanation',
  'position',
  'stance',
  'opinion',
  'assessment',
  'projection',
  'impression',
  'ruling',
  'determination',
  'testimony',
  'confession',
  'confirmation',
  'disclosure',
  'insinuation',
  'suspicion',
  'suspicions',
]);

/** Nouns of a commitment whose to-infinitive is its content: "Tilden's promise to build a wall". */
export const COMMITMENT_NOUNS: ReadonlySet<string> = new Set([
  'promise',
  'promises',
  'pledge',
  'pledges',
  'vow',
  'vows',
  'threat',
  'threats',
]);

/** Possessive pronouns that hold a noun cue: "his claim that …". */
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;
/** A verb right after "that": the "that" is a relative pronoun ("his claim that was rejected"), not a clause's. */
const RELATIVE_VERB =
  /^(?:is|was|were|are|has|had|have|would|will|could|can|should|may|might|did|does|do|became|seemed|led|made)$/i;

/** Prepositions before a possessor, which the noun phrase scan may run past. */
const PREPOSITION = /^(?:of|in|for|from|at|with|by|on|to|about|over|after|before)$/i;

/** Drafts of the noun cues in sentence `s`, whose words are `words`. */
export function nounCueDrafts(text: string, s: Sentence, words: Word[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < words.length - 2; i++) {
    const noun = words[i]!;
    // "Claims by X that …" opening a sentence: capitalized there, and only a holder after it can name whose it is.
    if (
      i === 0 &&
      noun.raw === noun.bare &&
      NOUN_CUES.has(noun.bare.toLowerCase()) &&
      noun.bare !== noun.raw.toLowerCase()
    ) {
      const opening = holderAfterDraft(text, s, words, i);
      if (opening) out.push(opening);
      continue;
    }
    if (!NOUN_CUES.has(noun.bare) || noun.raw !== noun.bare) continue;
    const other = holderAfterDraft(text, s, words, i) ?? copularDraft(text, s, words, i);
    if (other) {
      out.push(other);
      continue;
    }
    if (i === 0) continue;
    // "his promise to build a wall": a commitment's to-infinitive, as "promised to" takes it.
    const infinitive =
      COMMITMENT_NOUNS.has(noun.bare) && words[i + 1]!.raw === 'to' && /^\p{Ll}+$/u.test(words[i + 2]!.raw);
    if (!NOUN_CUES.has(noun.bare) || noun.raw !== noun.bare || (words[i + 1]!.raw !== 'that' && !infinitive)) continue;
    if (!infinitive && RELATIVE_VERB.test(words[i + 2]!.bare)) continue;
    const held = holder(text, words, i - 1);
    if (!held) continue;
    // "A spokesperson reiterated the UK's position that …": who restates a view says it; the holder is whose it is.
    const restated = restatedBy(text, words, held);
    const speakerSpan = restated?.speakerSpan ?? held;
    // "The minister's claim that the tax would fall was disputed": a noun cue that opens the sentence is its subject,
    // so its clause ends before the sentence's own verb.
    const subject = speakerSpan.start === words[0]!.start || (i > 1 && speakerSpan.start === words[1]!.start);
    const main = subject ? mainVerbAfter(words, i + 2, infinitive ? 1 : 2) : -1;
    const content = trimContent(text, words[i + (infinitive ? 1 : 2)]!.start, main > 0 ? words[main]!.start : s.end);
    if (!content) continue;
    const cueSpan = restated?.cueSpan ?? { start: noun.start, end: noun.end };
    out.push({ kind: 'verb', cue: restated ? 'reiterated' : noun.bare, cueSpan, speakerSpan, content });
  }
  return out;
}

/** Prepositions that name a noun cue's holder after it: "the assertion by X that", "fears among farmers that". */
const HOLDER_AFTER = /^(?:by|among|from)$/;
/** Most words of a holder between its preposition and "that". */
const MAX_HOLDER_AFTER = 8;

/**
 * "The assertion by Sen. Greer that the count was rigged drew a rebuke", "growing fear among farmers that the drought
 * will last", "warnings from economists that …": the holder follows the noun after "by", "among" or "from", then
 * "that" and the content. A noun cue that opens the sentence is its subject, so its clause ends before the main verb.
 */
function holderAfterDraft(text: string, s: Sentence, words: Word[], i: number): Draft | null {
  if (!HOLDER_AFTER.test(words[i + 1]!.raw) || endsClause(words[i]!)) return null;
  let that = -1;
  for (let k = i + 2; k < words.length - 1 && k <= i + 1 + MAX_HOLDER_AFTER; k++) {
    if (words[k]!.raw === 'that') {
      that = k;
      break;
    }
    if (endsClause(words[k]!)) return null;
  }
  if (that < i + 3 || RELATIVE_VERB.test(words[that + 1]!.bare)) return null;
  const np = phraseStartingAt(words, i + 2);
  if (!np || np.last !== that - 1) return null;
  const speakerSpan = phraseSpan(words, np.first, np.last);
  if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), false)) return null;
  const subject = i <= 2 && !words.slice(0, i).some((w) => endsClause(w) || VERB_FORMS.has(w.bare));
  const main = subject ? mainVerbAfter(words, that + 1) : -1;
  const content = trimContent(text, words[that + 1]!.start, main > 0 ? words[main]!.start : s.end);
  return content
    ? { kind: 'verb', cue: words[i]!.bare.toLowerCase(), cueSpan: span(words[i]!), speakerSpan, content }
    : null;
}

/** Copulas between a held noun cue and its "that": "the government's position is that …". */
const COPULA = /^(?:is|was|remains|remained)$/;

/**
 * "Pemberton's view is that rates will stay high", "The government's position is that the strike is illegal": the
 * possessor's noun cue, a copula, then "that" and the content, to the sentence's end.
 */
function copularDraft(text: string, s: Sentence, words: Word[], i: number): Draft | null {
  if (i === 0 || !COPULA.test(words[i + 1]!.raw) || words[i + 2]!.raw !== 'that' || !words[i + 3]) return null;
  const speakerSpan = holder(text, words, i - 1);
  if (!speakerSpan) return null;
  const content = trimContent(text, words[i + 3]!.start, s.end);
  return content ? { kind: 'verb', cue: words[i]!.bare, cueSpan: span(words[i]!), speakerSpan, content } : null;
}

const span = (w: Word): Span => ({ start: w.start, end: w.start + w.bare.length });

/** Verbs of saying a held view again: "reiterated the UK's position that …", "repeated his claim that …". */
const RESTATE = /^(?:reiterated|reiterates|repeated|repeats|restated|restates|reaffirmed|reaffirms|echoed|echoes)$/;

/** The subject and verb restating the noun cue whose holder is `held`, or null. */
function restatedBy(text: string, words: Word[], held: Span): { speakerSpan: Span; cueSpan: Span } | null {
  let v = words.findIndex((w) => w.start === held.start) - 1;
  if (v > 0 && /^the$/i.test(words[v]!.bare)) v--;
  if (v < 1 || !RESTATE.test(words[v]!.bare) || endsClause(words[v - 1]!)) return null;
  const np = phraseEndingAt(words, v - 1);
  if (!np) return null;
  const speakerSpan = phraseSpan(words, np.first, np.last);
  if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), np.first === 0)) return null;
  return { speakerSpan, cueSpan: { start: words[v]!.start, end: words[v]!.start + words[v]!.bare.length } };
}

/** The possessor ending at words[k]: a possessive pronoun, or a noun phrase in "'s" that can speak; else null. */
function holder(text: string, words: Word[], k: number): Span | null {
  const w = words[k]!;
  if (endsClause(w)) return null;
  if (POSSESSIVE_PRONOUN.test(w.raw)) return { start: w.start, end: w.end };
  if (!/['’]s$/.test(w.raw) && !/s['’]$/.test(w.raw)) return null;
  const np = phraseEndingAt(words, k);
  if (!np) return null;
  // "came in light of Van Der Beek's announcement": the possessor starts after the last preposition.
  for (let m = np.last - 1; m >= np.first; m--)
    if (PREPOSITION.test(words[m]!.bare)) {
      np.first = m + 1;
      break;
    }
  const span = phraseSpan(words, np.first, np.last);
  const end = span.start + text.slice(span.start, span.end).replace(/['’]s?$/, '').length;
  const phrase = text.slice(span.start, end);
  return speakerLike(phrase, np.first === 0) ? { start: span.start, end } : null;
}

/** Finite verbs of a sentence's own predicate after a subject clause: "… was disputed", "… drew criticism". */
const FINITE =
  /^(?:\p{Ll}{3,}ed|drew|made|became|proved|remains|remained|seems|seemed|faded|grew|fell|rose|won|lost|took|gave|got|went|came|saw|knew|left|kept|held|ran|sent|met|led|began|struck|brought|sparked|angered)$/u;
/** Words after which a verb form belongs to the clause before it: an auxiliary's participle, an infinitive. */
const BINDS_VERB = /^(?:be|been|being|to|and|or|not|never|who|which|that)$/i;

/**
 * The index of the sentence's own verb after the "that" clause opening at `from`: the second finite verb (the first
 * after a to-infinitive, `nth` 1), not bound to the word before it, with no comma, cue or clause end on the way; -1
 * when none is sure.
 */
function mainVerbAfter(words: Word[], from: number, nth = 2): number {
  let finite = 0;
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    if (VERB_FORMS.has(w.bare)) return -1;
    const verb = AUXILIARY.test(w.bare) || FINITE.test(w.bare);
    const bound = k > from && (AUXILIARY.test(words[k - 1]!.bare) || BINDS_VERB.test(words[k - 1]!.bare));
    if (verb && !bound && ++finite === nth) return k;
    if (endsClause(w)) return -1;
  }
  return -1;
}
