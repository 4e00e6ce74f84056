/**
 * Reported-speech patterns in one sentence, as drafts of speaker phrase, cue and content spans:
 *   "X said (that) …", "X said: "…"", "…, X said.", ""…," said X", "X told Y (that) …",
 *   "X, an appositive, said …", "X did Y and said …", "…, but he said …",
 *   "according to X, …", "…, according to X.", "citing X, …", "as confirmed by X".
 * Works on the text with quotations masked, so cue words inside quotes never count. Participle cues ("…, saying …")
 * are in participles.ts; the Draft type and trimContent in draft.ts.
 */
import type { Sentence, Span } from '../../vocabulary.js';
import {
  PHRASAL_CUES,
  BASE_FORMS,
  BETWEEN_SUBJECT_AND_CUE,
  CUE_BY_LEMMA,
  NOT_BEFORE_BASE,
  PARTICIPLE_CUES,
  PHRASE_CUES,
  PROGRESSIVE_CUES,
  VERB_FORMS,
  type VerbCue,
} from './cues.js';
import { phraseEndingAt, phraseSpan, phraseStartingAt, subjectAfterOpeningTime } from './noun-phrase.js';
import { DOCUMENT_NOUNS, ISSUED } from './party-kinds.js';
import { HANDLE, speakerLike, TIME_WORD } from './speaker-like.js';
import { inWordsDrafts } from './in-words.js';
import { anonymityRequest, directiveInfinitive, infinitiveVerb } from './directives.js';
import { COLON_QUOTE, colonFrameDrafts } from './colon-frames.js';
import { NOUN_CUES, nounCueDrafts } from './noun-cues.js';
import { type Draft, trimContent } from './draft.js';
import {
  AUXILIARY,
  contentAfter,
  INTRO,
  PREPOSITION_INTRO,
  IRREGULAR_PAST as PAST_FORM,
  subjectThenAuxiliary,
  subjectThenFinite,
  TO_ADDRESSEE,
} from './content-after.js';
import { participleDrafts, quotedAsDrafts, trailingParticiples, withParticiples } from './participles.js';
import { CLAUSE_OPENER, DETERMINERS, endsClause, lyAdverb, NOT_IN_NOUN_PHRASE, wordsIn, type Word } from './words.js';

type Range = { first: number; last: number };

const BE = /^(?:is|was|were|are|been|being|be)$/;
/**
 * A court's ruling and a signalled intent, which may report a clause with no "that": "the court ruled the ban was
 * void", "40 MPs signalled they would vote against" ("signalled its support" has no clause, so no content).
 */
const ZERO_THAT = /^(?:ruled|rules|signall?ed|signals)$/;

/** "as" right after a passive verdict's speaker: "described by aides as furious". */
const AS_AFTER = /^\s+as\s/;
/** "of" right after a passive accusation's accuser: "accused by lawmakers of lying". */
const OF_AFTER = /^\s+of\s+/;
/** A plural noun's possessive ("states'", "reports’"): single-quoted quotations are read as double ones before this. */
const POSSESSIVE_PLURAL = /s['’]$/;
/** "Not" before a holder, or before its quantifier ("not all analysts"): the holder is denied. */
function deniedHolder(words: Word[], k: number): boolean {
  const before = words[k - 1]?.raw.toLowerCase() ?? '';
  if (before === 'not') return true;
  return /^(?:all|many|most|every|everyone|everybody)$/.test(before) && words[k - 2]?.raw.toLowerCase() === 'not';
}

/** Modals and auxiliaries that follow a plural noun but never a verb's present: "member states would …". */
const MODAL_AFTER_PLURAL = /^(?:would|will|could|can|should|may|might|must|shall)$/;
/** Weekdays are capitalised but sit between subject and cue like adverbs: "KCNA on Monday said". */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Sentence adverbs that may open a sentence before a parenthetical cue: "Meanwhile, Doctor says, they …". */
const SENTENCE_ADVERB = /^(?:meanwhile|however|still|now|indeed|instead|also|yet|but|and|so|then|moreover|further)$/i;
/** How many commas back an appositive subject may start: "X, a fellow at Y in Z, Germany, said". */
const MAX_APPOSITIVE_COMMAS = 5;
/** Longest sentence (characters) read for reported speech. */
const MAX_SENTENCE = 3000;
/** How many words back a subject may start from its cue. */
const MAX_SUBJECT_REACH = 40;

/** Most words of what a source knows of: "people familiar with the company's plans". */
const MAX_KNOWLEDGE = 8;

/**
 * "according to people familiar with the matter", "sources close to the talks", "officials briefed on the plan": the
 * phrase goes on through what its people know of, to the clause's end.
 */
function withKnowledge(words: Word[], np: Range | null): Range | null {
  if (!np || endsClause(words[np.last]!)) return np;
  const knows = (k: number): boolean => {
    const head = words[k]?.bare.toLowerCase() ?? '';
    const next = words[k + 1]?.bare.toLowerCase() ?? '';
    // "people with (direct) knowledge of the talks", "officials involved in the talks", "aides privy to …".
    const third = words[k + 2]?.bare.toLowerCase() ?? '';
    return (
      (head === 'familiar' && next === 'with') ||
      (head === 'close' && next === 'to') ||
      (head === 'briefed' && next === 'on') ||
      (head === 'with' && (next === 'knowledge' || (next === 'direct' && third === 'knowledge'))) ||
      (head === 'involved' && next === 'in') ||
      (head === 'privy' && next === 'to') ||
      (head === 'knowledgeable' && next === 'about')
    );
  };
  // "a person briefed on the talks": the phrase scan stops at the participle, which is the knowers' word.
  const at = knows(np.last) ? np.last : knows(np.last + 1) && !endsClause(words[np.last + 1]!) ? np.last + 1 : -1;
  if (at < 0) return np;
  let last = at + 1;
  while (last < words.length - 1 && last < np.last + MAX_KNOWLEDGE && !endsClause(words[last]!)) last++;
  return { first: np.first, last };
}

/** Prepositions of a post-modifier the noun phrase scan stops at: "Posts on the board", "Officials at the ministry". */
const POST_MODIFIER = /^(?:on|at|in|for|from|with|inside|outside|within)$/;
/** Most prepositional phrases a subject's head may carry before its cue. */
const MAX_POST_MODIFIERS = 3;

/**
 * "Posts on the message board for the critic site X claimed …", "Officials at the ministry insist …": the phrase read
 * before the cue is a post-modifier of the subject that opens the clause; the speaker is that subject, through its
 * modifiers, when it can speak. Null when no such subject is there.
 */
function postModifiedSubject(text: string, words: Word[], np: Range): Range | null {
  let first = np.first;
  for (let hop = 0; hop < MAX_POST_MODIFIERS; hop++) {
    const p = first - 1;
    if (p < 1 || !POST_MODIFIER.test(words[p]!.raw) || endsClause(words[p - 1]!)) return null;
    const head = phraseEndingAt(words, p - 1);
    if (!head) return null;
    first = head.first;
    const opens = first === 0 || endsClause(words[first - 1]!) || /^(?:and|but)$/i.test(words[first - 1]!.bare);
    if (!opens) continue;
    const span = phraseSpan(words, first, head.last);
    return speakerLike(text.slice(span.start, span.end), first === 0) &&
      !/^(?:In|On|At|For|From|With)$/.test(words[first]!.raw)
      ? { first, last: np.last }
      : null;
  }
  return null;
}

/**
 * "went on to say", "goes on to argue", "was quick to point out", "were more likely to say": an infinitive that
 * carries its subject's words. The index of the carrier's first word ("went", "was"), the subject ending before it;
 * -1 when words[i] is no such infinitive.
 */
function carrierAt(words: Word[], i: number): number {
  // "is on record as saying that …".
  if (i >= 5 && /^on record as$/.test(`${words[i - 3]!.raw} ${words[i - 2]!.raw} ${words[i - 1]!.raw}`))
    return BE_BEFORE_TO.test(words[i - 4]!.raw) && PROGRESSIVE_CUES.has(words[i]!.bare) ? i - 4 : -1;
  // "was overheard saying …": a progressive cue after a passive of perception, its subject the speaker.
  if (
    i >= 3 &&
    PERCEIVED.test(words[i - 1]!.raw) &&
    BE_BEFORE_TO.test(words[i - 2]!.raw) &&
    PROGRESSIVE_CUES.has(words[i]!.bare)
  )
    return i - 2;
  // "was reported to have said …", "is understood to have told …": hearsay of the subject's own words.
  if (i >= 5 && words[i - 1]!.raw === 'have' && words[i - 2]!.raw === 'to' && HEARSAY.test(words[i - 3]!.raw))
    return BE_BEFORE_TO.test(words[i - 4]!.raw) ? i - 4 : -1;
  if (i < 3 || words[i - 1]!.raw !== 'to') return -1;
  // "mozilla.org wants to emphasize that …", "the mayor wanted to stress that …": a wish to say it, said.
  // "appeared to suggest that …", "seemed to acknowledge that …": said, as it seemed.
  if (WANTS.test(words[i - 2]!.raw) || SEEMED.test(words[i - 2]!.raw)) return i - 2;
  if (i < 4) return -1;
  // "went so far as to say that …".
  if (i >= 6 && /^as so far$/.test(`${words[i - 2]!.raw} ${words[i - 4]!.raw} ${words[i - 3]!.raw}`))
    return /^(?:went|goes|go|going)$/.test(words[i - 5]!.raw) ? i - 5 : -1;
  if (words[i - 2]!.raw === 'on' && /^(?:went|goes|go|going)$/.test(words[i - 3]!.raw)) return i - 3;
  if (EAGER.test(words[i - 2]!.raw) && BE_BEFORE_TO.test(words[i - 3]!.raw)) return i - 3;
  // A poll's comparison: "Respondents who use AI were much more likely to say that …".
  if (words[i - 2]!.raw === 'likely' && /^(?:more|less|most|least)$/.test(words[i - 3]!.raw)) {
    const be = DEGREE.test(words[i - 4]!.raw) ? i - 5 : i - 4;
    return be > 0 && BE_BEFORE_TO.test(words[be]!.raw) ? be : -1;
  }
  return -1;
}

function wentOnTo(words: Word[], i: number): boolean {
  return carrierAt(words, i) >= 0;
}

/** How readily a subject speaks, between a form of "be" and "to": "was quick to point out that …". */
const EAGER = /^(?:quick|careful|keen|eager|swift|anxious|happy|glad|willing|ready)$/;
/** Wishes before a cue's infinitive, which say what they wish to: "wants to emphasize that …". */
const WANTS = /^(?:wants|wanted)$/;
/** Appearances before a cue's infinitive: "appeared to suggest that …". */
const SEEMED = /^(?:appeared|appears|appear|seemed|seems|seem)$/;
/** Passives of perception before a progressive cue: "was overheard saying …". */
const PERCEIVED = /^(?:overheard|heard|recorded|caught|filmed|seen)$/;
/** Passives of hearsay before "to have" and a cue: "was reported to have said …". */
const HEARSAY = /^(?:reported|understood|said|believed|thought|known|alleged|rumou?red)$/;
/** Forms of "be" before such an infinitive. */
const BE_BEFORE_TO = /^(?:was|were|is|are|been)$/;
/** Words of degree before "more likely": "much more likely", "far less likely". */
const DEGREE = /^(?:much|far|significantly|slightly|somewhat|twice|considerably)$/;

/** What sources know of, read backwards from the noun: "familiar with", "with knowledge of", "briefed on". */
const KNOWLEDGE_BEFORE: readonly (readonly string[])[] = [
  ['with', 'familiar'],
  ['to', 'close'],
  ['on', 'briefed'],
  ['of', 'knowledge', 'with'],
  ['of', 'knowledge', 'direct', 'with'],
  ['of', 'aware'],
  ['about', 'knowledgeable'],
  ['in', 'involved'],
  ['to', 'privy'],
];

/**
 * "People familiar with the matter said", "Officials briefed on the talks said", "two people with knowledge of the
 * negotiations told …": the noun before the cue is what the speakers know of; the speakers are the phrase before it.
 */
function knowersOf(words: Word[], np: Range, fit: (r: Range) => boolean): Range | null {
  // The phrase may have taken in part of what is known: "knowledge of the negotiations".
  for (let q = np.first; q <= np.last && q <= np.first + 2; q++)
    for (const seq of KNOWLEDGE_BEFORE) {
      const k = q - seq.length;
      if (k < 1 || !seq.every((w, i) => words[q - 1 - i]!.raw.toLowerCase() === w)) continue;
      const people = endsClause(words[k - 1]!) ? null : phraseEndingAt(words, k - 1);
      if (!people) return null;
      return fit(people) ? { first: people.first, last: np.last } : null;
    }
  return null;
}

/** Words that open a question: an auxiliary, or a question word before one is checked by the sentence's "?". */
const QUESTION_OPENER =
  /^(?:Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|Why|How|What|When|Where|Who|Didn['’]t|Doesn['’]t|Don['’]t|Isn['’]t|Aren['’]t|Wasn['’]t|Won['’]t|Haven['’]t|Hasn['’]t)$/;

/** Drafts of the attributions in sentence `s` of `text`; `masked` is the text with quotation interiors masked. */
export function draftsIn(text: string, masked: string, s: Sentence): Draft[] {
  // Tables, lists and run-on dumps are not prose: their cues would cost quadratic time and mean nothing.
  if (s.end - s.start > MAX_SENTENCE) return [];
  const sentence = masked.slice(s.start, s.end);
  // Most sentences carry no cue at all: one regex test spares them tokenizing (the stage's main cost).
  if (!hasCue(sentence))
    return COLON_QUOTE.test(sentence) ? colonFrameDrafts(text, s, wordsIn(masked, s.start, s.end), []) : [];
  const words = wordsIn(masked, s.start, s.end);
  // "Did the minister say that the vote was fair?": a question asks about a statement, it reports none.
  if (QUESTION_OPENER.test(words[0]?.raw ?? '') && /\?["”’)]*\s*$/.test(sentence)) return [];
  const out: Draft[] = [];
  const taken: Span[] = [];
  // One scan for all phrase cues first: most sentences with a cue have none of them.
  for (const p of anyPhraseCue().test(sentence) ? PHRASE_CUES : []) {
    for (const m of sentence.matchAll(p.phrase)) {
      const cueSpan = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const at = words.findIndex((w) => w.start >= cueSpan.end);
      // "…, per the WHO", not "a cost per student": the terse form takes a name or a determiner.
      if (p.cue === 'per' && !/^(?:the|a|an|its|their|\p{Lu}\S*)$/u.test(words[at]?.bare ?? '')) continue;
      let np = at >= 0 ? withKnowledge(words, phraseStartingAt(words, at)) : null;
      if (!np) continue;
      let speakerSpan = phraseSpan(words, np.first, np.last);
      if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), false, true)) {
        // "According to Rathbun the property was returned": no comma after the source, whose name ends it.
        np = nameBeforeSubject(words, at);
        if (!np) continue;
        speakerSpan = phraseSpan(words, np.first, np.last);
      }
      // "quoted by Reuters as saying": Reuters relays the subject's words (quotedAsDrafts).
      if (
        (p.kind === 'passive' || /quoted\s+by$/i.test(m[0])) &&
        /^\s+as\s+\p{Ll}+ing\b/u.test(text.slice(speakerSpan.end, speakerSpan.end + 20))
      )
        continue;
      // "Okafor was quoted by the Ledger …": whoever is quoted speaks, never the outlet (quotedAsDrafts).
      if (p.kind === 'passive' && /^(?!as\b)\S+.*\bquoted\s+by$/i.test(m[0])) continue;
      taken.push({ start: cueSpan.start, end: speakerSpan.end });
      const cue = p.kind === 'passive' ? passiveLemma(m[0]) : p.cue;
      // '… was described as “heartbreaking” by the department': the quoted verdict is what was said.
      const open = p.cue === 'described' ? m[0].search(/["“]/) : -1;
      // "was described by aides as furious": the "as" complement after the speaker is the verdict.
      const as = p.cue === 'described' && open < 0 ? AS_AFTER.exec(text.slice(speakerSpan.end, s.end)) : null;
      if (p.cue === 'described' && open < 0 && !as) continue;
      // "was accused by lawmakers of misleading parliament": the charge after "of" is what the accusers said.
      const of = p.cue === 'accused' ? OF_AFTER.exec(text.slice(speakerSpan.end, s.end)) : null;
      if (p.cue === 'accused' && !of) continue;
      const content = of
        ? trimContent(text, speakerSpan.end + of[0].length, s.end)
        : as
          ? trimContent(text, speakerSpan.end + as[0].length - 3, s.end)
          : open >= 0
            ? trimContent(text, cueSpan.start + open, cueSpan.start + m[0].search(/["”],?\s+by$/i) + 1)
            : null;
      out.push({ kind: p.kind, cue, cueSpan, speakerSpan, content });
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Critics are arguing that …": a progressive after a form of "be" is the cue of the subject before it.
    // "came to the conclusion that …", "made the case that …": a verb, its fixed object, then "that".
    // Table look-ups first: most words are no cue, and the phrasal and progressive readings cost regex tests.
    const phrasal = PHRASAL_VERB.test(w.bare) ? phrasalCueAt(words, i) : null;
    const progressive = PROGRESSIVE_CUES.get(w.bare);
    const lemma =
      phrasal?.lemma ??
      VERB_FORMS.get(w.bare) ??
      (progressive !== undefined && (beBefore(words, i) || wentOnTo(words, i)) ? progressive : undefined);
    if (!lemma || w.bare !== w.raw.replace(/[^\p{L}]+$/u, '')) continue;
    // "the Gulf states' oil deal": a plural possessive is a noun, not the cue's present.
    if (POSSESSIVE_PLURAL.test(w.raw)) continue;
    // "under which member states would share the catch": a plural noun before a modal, not the cue's present.
    if (w.raw.endsWith('s') && MODAL_AFTER_PLURAL.test(words[i + 1]?.raw ?? '')) continue;
    if (taken.some((t) => w.start >= t.start && w.start < t.end)) continue;
    const prev = words[i - 1]?.bare.toLowerCase();
    // "declined to say", "the reports"; but "people close to her said": "her" is the object of a source's nearness.
    if ((prev === 'to' && !wentOnTo(words, i)) || (prev !== undefined && DETERMINERS.has(prev) && !nearHer(words, i)))
      continue;
    // "went on to note", "was quick to point out": an infinitive that carries its subject's words.
    const carried = prev === 'to' && wentOnTo(words, i);
    if (phrasal) {
      if (NOT_BEFORE_BASE.has(prev ?? '') && !carried) continue;
      const d = verbDraft(text, s, words, i, { ...CUE_BY_LEMMA.get(lemma)!, object: phrasal.length });
      // "It has been clear that …" is the writer's own voice, its "it" no one's.
      if (d && w.bare === 'been' && /^(?:it|this|that)$/i.test(text.slice(d.speakerSpan.start, d.speakerSpan.end)))
        continue;
      if (d && !out.some((o) => o.content && w.start >= o.content.start && w.start < o.content.end)) out.push(d);
      continue;
    }
    // "the agency's claim that …" is a noun cue (noun-cues.ts), not the plural present.
    if (NOUN_CUES.has(w.bare) && /['’]s?$/.test(words[i - 1]?.raw ?? '') && /['’]/.test(words[i - 1]!.raw)) continue;
    // "Analysts argue that …", never "will announce", "a claim" or "the report": plural present needs "that".
    // "the Arduino project as we know it": a base form that is mostly a noun counts only with "that".
    if (NOUN_FIRST_BASE.has(w.bare) && !thatFollows(words, i)) continue;
    if (
      BASE_FORMS.has(w.bare) &&
      ((NOT_BEFORE_BASE.has(prev ?? '') && !carried) ||
        !(
          clauseFollows(words, i) ||
          // "Police believe the two men to be armed": a belief about an object with "to be".
          (BELIEF_TO_BE.test(w.bare) && beliefToBe(words, i) > 0) ||
          // "Analysts point out that …": the clause follows the cue's particle.
          (!!CUE_BY_LEMMA.get(VERB_FORMS.get(w.bare)!)?.particle?.test(words[i + 1]?.bare ?? '') &&
            clauseFollows(words, i + 1)) ||
          recordsShow(words, i) ||
          parentheticalBase(words, i) ||
          afterQuotation(words, i) ||
          asClauseBase(words, i) ||
          (!!CUE_BY_LEMMA.get(VERB_FORMS.get(w.bare)!)?.figure && figureObject(words, i)) ||
          // "Analysts predict a narrow win": a prediction's indefinite object.
          (PREDICTS.test(w.bare) && /^an?$/.test(words[i + 1]?.raw ?? '')) ||
          relativeGapBase(words, i) ||
          chargeFollows(words, i) ||
          addresseeThenThatBase(words, i) ||
          (!!CUE_BY_LEMMA.get(VERB_FORMS.get(w.bare)!)?.objectInfinitive && objectThenInfinitive(words, i)) ||
          // "Whale experts regard New Zealand as the stranding capital": an object and its "as" complement.
          (/^(?:as|among)$/.test(CUE_BY_LEMMA.get(VERB_FORMS.get(w.bare)!)?.complement ?? '') &&
            complementFollows(words, i, CUE_BY_LEMMA.get(VERB_FORMS.get(w.bare)!)!.complement!)) ||
          // "lobbyists claim to represent farmers": a commitment's or claim's infinitive (not "a claim to fame").
          claimInfinitive(words, i) ||
          // "they detail how the man fell ill"
          (!!CUE_BY_LEMMA.get(VERB_FORMS.get(w.bare)!)?.question && INDIRECT_QUESTION.test(words[i + 1]?.bare ?? ''))
        ))
    )
      continue;
    // "Vindman reported to him", "the only two Arab states to have signed": a cue before "to" is another verb or
    // a noun, except for verbs of demand ("urged X to", "warned people to" put the addressee first anyway).
    // Commitments take the infinitive as their content: "vowed to keep trying".
    if (
      /^to$/i.test(words[i + 1]?.bare ?? '') &&
      !/^(?:told|urged|warned|asked|said)$/.test(lemma) &&
      // "wrote to me, “…”", "wrote to the council that …": a letter's addressee, not "wrote to complain".
      !(lemma === 'wrote' && TO_ADDRESSEE.test(words[i + 2]?.bare ?? '')) &&
      !(BELIEF_TO_BE.test(w.bare) && beliefToBe(words, i) > 0) &&
      !CUE_BY_LEMMA.get(lemma)?.directive &&
      !CUE_BY_LEMMA.get(lemma)?.infinitive &&
      !addresseeThenThat(words, i)
    )
      continue;
    const host = out.find(
      (d) => d.kind === 'verb' && d.content && w.start >= d.content.start && w.start < d.content.end,
    );
    // "A survey put both parties at 31 percent": an estimate's figure, the other sense of "put" than "as X put it".
    const cue = CUE_BY_LEMMA.get(lemma === 'put it' && puttingAtFigure(words, i) ? 'estimated' : lemma)!;
    if (cue.particle && !cue.particle.test(words[i + 1]?.bare ?? '')) continue;
    if (cue.asOnly && !(i > 1 && asBefore(words, i - 1) >= 0)) continue;
    if (cue.notion === 'only' && !notionAt(words, i)) continue;
    const elided = host ? elidedDraft(text, s, words, i, cue, host) : null;
    if (elided) {
      out.push(elided);
      continue;
    }
    // "…, the source, who said he had spoken to people …, told Reuters.": a cue right after the comma that closes an
    // appositive relative clause is the verb of the noun that clause hangs on.
    const d =
      verbDraft(text, s, words, i, cue) ??
      (host?.appositive && words[i - 1]!.raw.endsWith(',') ? antecedentDraft(text, s, words, i, cue, host) : null);
    if (!d) continue;
    // "Not everyone thinks the plan will work", "but not all analysts agree that …": a holder "not" denies says nothing.
    const holder = words.findIndex((x) => x.start >= d.speakerSpan.start);
    if (deniedHolder(words, holder)) continue;
    if (cue.documentSubject && !DOCUMENT_NOUNS.has(headOf(text, headSpan(text, d.speakerSpan)))) continue;
    if (host?.appositive && d.speakerSpan.start <= host.speakerSpan.start) {
      // "The source, who said he had spoken …, told …": the relative clause ends at the comma before the main verb.
      const comma = text.lastIndexOf(',', d.cueSpan.start);
      const cut = comma > host.content!.start ? trimContent(text, host.content!.start, comma) : null;
      if (!cut) continue;
      host.content = cut;
    } else if (host) {
      // A second speaker inside the first one's content only after "but" / "and": "…, but he said that …", '… as
      // “patently false,” and analysts told …' (the comma inside the quotation), or a contrast: "He claimed the cuts
      // would pay for themselves even as the budget office estimated that …".
      // "Although X suggested …, Y told …": after an opening subordinate clause, a comma is joint enough.
      // "And though the agency has said …, it has also acknowledged …": a conjunction may lead the opening clause.
      const opener = /^(?:And|But|Yet|So)$/.test(words[0]!.bare) ? words[1] : words[0];
      const joiner = SUBORDINATOR.test(opener ? opener.bare.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '')
        ? /[,;]\s+(?:(?:but|and|while)\s+)?$/i
        : /(?:[,;]\s+(?:but|and|while)|\s(?:but|and|even as|while|whereas|although|though))\s+$/i;
      const between = text.slice(host.content!.start, d.speakerSpan.start);
      // "As Mashable reports, the company announced that …": the main clause's own speaker said it, and the opening's
      // source relays it.
      if (host.opening && !/\S/.test(between) && d.content && d.content.start >= d.cueSpan.end) {
        out.splice(out.indexOf(host), 1);
        out.push({ ...d, via: host.speakerSpan });
        continue;
      }
      // "As Feng reports, the cases came to light, when authorities announced …": the opening's main clause
      // ends at the last comma before the later speaker.
      // "…, though a spokesman, Jens Ott, said …": the joiner comes before the description the name is set off after.
      const joined = between.replace(DESCRIPTION_BEFORE_NAME, ' ');
      const joint = joiner.exec(joined) ?? (host.opening ? /,[^,]*$/.exec(between) : null);
      // "We thought it would pass us by, Joseph Mensah, 45, told AP": a first-person cue inside a post-posed speaker's
      // unquoted words is theirs to report; the words are the later speaker's, whole.
      if (
        !joint &&
        d.content &&
        d.content.start <= host.speakerSpan.start &&
        FIRST_PERSON.test(text.slice(host.speakerSpan.start, host.speakerSpan.end))
      ) {
        out.splice(out.indexOf(host), 1);
        out.push(d);
        continue;
      }
      // "Elders say they aren't listened to when they tell the government …": speech in a subordinate clause of
      // the first speaker's words is reported too, and theirs stay whole.
      // "Officials said the talks had stalled, Reuters reported.": a post-posed cue after the first speaker's whole
      // clause relays it, and its speaker is the outlet the first one's words came through.
      if (!joint && relayAfter(text, host, d, between)) {
        // '…ready for “actual war,” KCNA reported': the quotation closes inside the host's words, after the comma.
        const close = /,\s*$/.test(between) ? between.lastIndexOf(',') : between.trimEnd().length;
        const cut = trimContent(text, host.content!.start, host.content!.start + close);
        if (!cut) continue;
        host.content = cut;
        host.via = d.speakerSpan;
        continue;
      }
      // "Heald noted the findings show …": evidence cited inside a speaker's words is a source of its own, and the
      // speaker's words stay whole.
      if (!joint && (NESTED_OPENER.test(between) || citedEvidence(text, host, d))) {
        out.push(d);
        continue;
      }
      // 'To alleviate the threat, the officials said, the utility switched to vented covers, “so they cannot form a
      // combustible amount,” Mr. McHugh said.': a quotation closing the clause before a post-posed speaker is theirs.
      // Not when a cue of its own introduces the quotation ('… recalled that he said, "…," the office said.').
      const tail = joint ? null : /(\p{L}+),\s*["“][^"“”]+["”]\s*$/u.exec(between);
      if (tail && !VERB_FORMS.has(tail[1]!) && d.content && d.content.start <= host.content!.start) {
        const open = host.content!.start + tail.index + tail[0].search(/["“]/);
        const cut = trimContent(text, host.content!.start, open);
        const own = trimContent(text, open, d.speakerSpan.start);
        if (!cut || !own) continue;
        [host.content, d.content] = [cut, own];
        out.push(d);
        continue;
      }
      if (!joint) continue;
      const cut = trimContent(text, host.content!.start, host.content!.start + joint.index);
      if (!cut) continue;
      host.content = cut;
    }
    out.push(d);
  }
  out.push(...stanceDrafts(text, s, words, out));
  out.push(...inWordsDrafts(text, s, words));
  out.push(...nounCueDrafts(text, s, words));
  out.push(...quotedAsDrafts(text, words));
  const verbs = out.filter((d) => d.kind === 'verb');
  out.push(...(verbs.length ? trailingParticiples(text, words, verbs) : participleDrafts(text, words)));
  out.push(...withParticiples(text, words, out));
  out.push(...colonFrameDrafts(text, s, words, out));
  return withoutInstrumentDrafts(text, out).sort((a, b) => a.cueSpan.start - b.cueSpan.start);
}

/**
 * "The ministry said in a statement posted on Telegram that …": a draft whose speaker and cue both stand between
 * another draft's cue and their shared content is the means of that statement, not a second speaker. So is a document
 * after "in" right after a cue whose content came before it: '“…,” Marsh said in a statement announcing the charges'.
 */
/** Speakers who are the one speaking: inside another's unquoted words, their cue is part of what was said. */
const FIRST_PERSON = /^(?:I|we)$/i;

/** "said in …", "said Tuesday in …": what stands between a cue and the document it came in. */
const IN_AFTER_CUE = /^\s+(?:\S+\s+)?in\s+$/;

function withoutInstrumentDrafts(text: string, drafts: Draft[]): Draft[] {
  const inner = (d: Draft, o: Draft): boolean =>
    o !== d &&
    !!d.content &&
    !!o.content &&
    d.speakerSpan.start >= o.cueSpan.end &&
    ((d.content.start === o.content.start && d.content.end === o.content.end && d.cueSpan.end <= o.content.start) ||
      (o.content.end <= o.cueSpan.start &&
        IN_AFTER_CUE.test(text.slice(o.cueSpan.end, d.speakerSpan.start)) &&
        DOCUMENT_NOUNS.has(headOf(text, headSpan(text, d.speakerSpan)))));
  return drafts.some((d) => drafts.some((o) => inner(d, o)))
    ? drafts.filter((d) => !drafts.some((o) => inner(d, o)))
    : drafts;
}

/** Every phrasal cue's verb in one case-insensitive regex: a word it misses is no phrasal cue's verb. */
const PHRASAL_VERB = new RegExp(PHRASAL_CUES.map((p) => `(?:${p.verb.source})`).join('|'), 'i');

let anyPhraseRegex: RegExp | null = null;

/**
 * Every phrase cue in one case-insensitive regex, built on first use: it matches wherever one of them does (and
 * "Per" too, which the case-sensitive "per" then skips), so a sentence it misses has no phrase cue.
 */
function anyPhraseCue(): RegExp {
  anyPhraseRegex ??= new RegExp(PHRASE_CUES.map((p) => `(?:${p.phrase.source})`).join('|'), 'i');
  return anyPhraseRegex;
}

/** Nouns of time that make "that" a determiner: "shot back that night". */
const TIME_AFTER_THAT = /^(?:night|day|morning|evening|afternoon|week|weekend|month|year|time|season)$/i;

/** The phrasal cue whose verb is words[i] and whose fixed object and "that" follow it, or null. */
function phrasalCueAt(words: Word[], i: number): { lemma: string; length: number } | null {
  for (const p of PHRASAL_CUES) {
    if (!p.verb.test(words[i]!.bare) || endsClause(words[i]!)) continue;
    const n = p.object.length;
    const fixed = p.object.every(
      (o, k) => o.test(words[i + 1 + k]?.bare.toLowerCase() ?? '') && (k === n - 1 || !endsClause(words[i + 1 + k]!)),
    );
    // "fired back that evening.": "that" of a time ending the clause is no clause's.
    const time = words[i + 2 + n];
    if (time && TIME_AFTER_THAT.test(time.bare) && (endsClause(time) || i + 3 + n >= words.length)) continue;
    if (fixed && words[i + 1 + n]?.bare.toLowerCase() === 'that') return { lemma: p.lemma, length: n };
  }
  return null;
}

/** Adverbs that may sit between "be" and its progressive: "is also urging", "are now arguing". */
const PROGRESSIVE_ADVERB = /^(?:also|still|now|again|already|even|increasingly|repeatedly|publicly|openly)$/;

/** A form of "be" right before words[i], or before one adverb there: "It is also encouraging citizens to …". */
function beBefore(words: Word[], i: number): boolean {
  const k = PROGRESSIVE_ADVERB.test(words[i - 1]?.bare ?? '') ? i - 2 : i - 1;
  return BE.test(words[k]?.bare ?? '');
}

/** The last word of a speaker phrase, lower-cased: "the Home Office letter" → "letter". */
/** The phrase before its first post-modifier: "The tweet" of "The tweet from Vulture magazine". */
function headSpan(text: string, span: Span): Span {
  const m = /\s(?:from|of|by|in|on|at|for|with)\s/.exec(text.slice(span.start, span.end));
  return m ? { start: span.start, end: span.start + m.index } : span;
}

function headOf(text: string, span: Span): string {
  return (/(\p{L}+)\W*$/u.exec(text.slice(span.start, span.end))?.[1] ?? '').toLowerCase();
}

/** Most words of an addressee after "to" before the "that" of what was said: "stated to LA Weekly that". */
const MAX_TO_ADDRESSEE = 4;

/** "stated to the Herald that …": "to", a short addressee with no verb in it, then "that". */
function addresseeThenThat(words: Word[], i: number): boolean {
  if (!TO_ADDRESSEE.test(words[i + 2]?.bare ?? '')) return false;
  for (let k = i + 2; k < words.length && k <= i + 1 + MAX_TO_ADDRESSEE; k++) {
    if (endsClause(words[k - 1]!) || VERB_FORMS.has(words[k]!.bare) || /^(?:have|be|been)$/.test(words[k]!.bare))
      return false;
    if (words[k]!.bare === 'that') return k > i + 2;
  }
  return false;
}

/** Most words of an addressee between a base form and its "that": "tell The Associated Press that". */
const MAX_BASE_ADDRESSEE = 4;

/**
 * "Sources tell TMZ that …", "aides tell me that …": a plural present of speech to an addressee (told, assured …), a
 * short addressee (a name, an object pronoun, a plural of people), then "that".
 */
function addresseeThenThatBase(words: Word[], i: number): boolean {
  if (!CUE_BY_LEMMA.get(VERB_FORMS.get(words[i]!.bare) ?? '')?.addressee || endsClause(words[i]!)) return false;
  const first = words[i + 1]?.bare ?? '';
  if (!/^(?:\p{Lu}|(?:me|us|him|her|them|the)$)/u.test(first) && !peoplePlural(first)) return false;
  for (let k = i + 2; k < words.length && k <= i + 1 + MAX_BASE_ADDRESSEE; k++) {
    if (endsClause(words[k - 1]!) || VERB_FORMS.has(words[k]!.bare)) return false;
    if (words[k]!.bare === 'that') return true;
  }
  return false;
}

/** Most words of a name read as a source with no comma after it. */
const MAX_BARE_SOURCE = 4;

/**
 * "According to Rathbun the property was returned …": capitalised words from words[at], ending right before a
 * determiner that opens the clause's subject; the name as a range, or null.
 */
function nameBeforeSubject(words: Word[], at: number): Range | null {
  let k = at;
  while (k < words.length && k < at + MAX_BARE_SOURCE && /^\p{Lu}/u.test(words[k]!.raw) && !endsClause(words[k]!)) k++;
  if (k === at || k >= words.length || endsClause(words[k - 1]!)) return null;
  return /^(?:the|a|an|his|her|its|their)$/.test(words[k]!.raw) ? { first: at, last: k - 1 } : null;
}

/** Base forms read as nouns far more often than as verbs: "analysts project that …" but "the project". */
const NOUN_FIRST_BASE: ReadonlySet<string> = new Set(['project', 'estimate', 'forecast']);

let anyCueRegex: RegExp | null = null;

/**
 * Whether `sentence` holds a cue word or phrase of the cue tables whole, with no letter or digit touching it on
 * either side. The regex (built on first use) checks the side after; the side before is checked at each match,
 * which costs far less than a lookbehind the regex would try at every position. "clear" stands for the phrasal
 * cues on "been" ("has been clear that"): "been" itself is in too many sentences to tokenize them all.
 */
function hasCue(sentence: string): boolean {
  anyCueRegex ??= new RegExp(
    `(?:${[...VERB_FORMS.keys(), ...PARTICIPLE_CUES.keys(), ...PROGRESSIVE_CUES.keys(), ...STANCE, 'clear', 'back', 'according', 'According', 'citing', 'Citing', 'quoting', 'Quoting', 'quoted', 'per', 'words', 'phrase', ...NOUN_CUES, ...[...NOUN_CUES].map(capitalized)].join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const cue = anyCueRegex;
  cue.lastIndex = 0;
  for (let m = cue.exec(sentence); m; m = cue.exec(sentence)) {
    if (!LETTER_OR_DIGIT.test(codePointBefore(sentence, m.index))) return true;
    cue.lastIndex = m.index + 1;
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A noun cue opening a sentence: "Claims by X that …" (noun-cues.ts). */
const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The character before `at` (a surrogate pair whole), or '' at the start. */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : Math.max(0, at - 1), at);
}

/** Adjectives of a stance held about a claim, after a form of "be": "The Press Council is concerned the laws …". */
const STANCE = [
  'concerned',
  'adamant',
  'convinced',
  'confident',
  'certain',
  'hopeful',
  'optimistic',
  'skeptical',
  // "Leclair is worried that …", "Reyna is sure he will win": a worry or a certainty held.
  'worried',
  'sure',
  'afraid',
];
// "has been adamant that", "became convinced that", "grew convinced", "seemed confident that": a stance come to or shown.
const STANCE_BE =
  /^(?:is|are|was|were|been|remains|remain|remained|became|become|becomes|grew|grown|seemed|seems|appeared|appears)$/i;

/**
 * "The media union is adamant journalists' metadata must be exempted": a named or described holder, a form of
 * "be", a stance adjective and a reported clause ("that", a pronoun subject, or a short subject and an auxiliary;
 * "is concerned about costs" is not one). Not inside another draft's content, where it is that speaker's words.
 */
function stanceDrafts(text: string, s: Sentence, words: Word[], drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 2; i < words.length - 2; i++) {
    const w = words[i]!;
    if (!STANCE.includes(w.bare) || w.raw !== w.bare || !STANCE_BE.test(words[i - 1]!.bare)) continue;
    // "The governor has been adamant that …": the holder ends before the perfect's auxiliary.
    const end = /^been$/i.test(words[i - 1]!.bare) && /^(?:has|have|had)$/i.test(words[i - 2]!.bare) ? i - 3 : i - 2;
    if (end < 0) continue;
    // "Opposition lawmakers, by contrast, are adamant that …": the holder before an aside set off by commas.
    const aside = words[end]!.raw.endsWith(',');
    if ((endsClause(words[end]!) && !aside) || !clauseFollows(words, i)) continue;
    if (drafts.some((d) => d.content && w.start >= d.content.start && w.start < d.content.end)) continue;
    const np = aside ? appositiveOrName(words, end) : phraseEndingAt(words, end);
    if (!np || (np.first > 0 && !endsClause(words[np.first - 1]!) && !/^(?:but|and)$/i.test(words[np.first - 1]!.bare)))
      continue;
    const speakerSpan = phraseSpan(words, np.first, np.last);
    const holder = text.slice(speakerSpan.start, speakerSpan.end);
    // "It is certain that …", "This is hopeful": an expletive or a demonstrative holds no stance.
    if (/^(?:it|there|this|that)$/i.test(holder) || !speakerLike(holder, np.first === 0)) continue;
    const that = words[i + 1]!.bare.toLowerCase() === 'that' ? i + 2 : i + 1;
    const content = trimContent(text, words[that]?.start ?? s.end, s.end);
    if (content) out.push({ kind: 'verb', cue: w.bare, cueSpan: { start: w.start, end: w.end }, speakerSpan, content });
  }
  return out;
}

/**
 * "Climate change is to blame too, scientists think, with warming oceans …": a base form set off by commas with its
 * short subject, inside the clause it reports (read by parentheticalContent); not "…, they think," after a quote.
 */
function parentheticalBase(words: Word[], i: number): boolean {
  // "That is what Democrats want, Republicans argue.": set off at the sentence's end, too, and so at the end of a
  // headline, which has no stop: "Ferry timetable will strand islanders, residents warn".
  const last = i === words.length - 1 && /(?:[.!?]|\p{L})$/u.test(words[i]!.raw);
  if (!last && (!words[i]!.raw.endsWith(',') || i + 1 >= words.length)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (endsClause(words[k]!)) return words[k]!.raw.endsWith(',') && !/["”’],?$/.test(words[k]!.raw) && k < i - 1;
  }
  return false;
}

/**
 * '“Our results suggest …,” the authors write in the paper.': a base form whose short subject follows a quotation;
 * the quotation is what it reports.
 */
function afterQuotation(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--)
    if (endsClause(words[k]!)) return k < i - 1 && /["”],?$/.test(words[k]!.raw); // its comma is masked inside
  return false;
}

/** A "that" after words[from] before the clause ends: "believed in 2019 that …" reports the clause, not a belief in. */
function thatWithinClause(words: Word[], from: number): boolean {
  for (let k = from + 1; k < words.length; k++) {
    if (words[k]!.bare.toLowerCase() === 'that') return true;
    if (endsClause(words[k]!)) return false;
  }
  return false;
}

/** Most words of a forecast's object up to its figure: "fiscal year 2019 sales growth of 1.8 percent". */
const MAX_FIGURE_REACH = 8;

/**
 * "expected $2.52 a share", "projected growth of 2 percent", "estimated the damage at $4 million": a money sum, a
 * share or a number with its unit in the object of the cue at words[i], before any clause boundary or "that".
 */
function figureObject(words: Word[], i: number): boolean {
  if (endsClause(words[i]!) || /^(?:to|that|by|in|on)$/i.test(words[i + 1]?.bare ?? '')) return false;
  for (let k = i + 1; k < words.length && k <= i + MAX_FIGURE_REACH; k++) {
    const w = words[k]!;
    if (/^(?:that|to|which|who)$/i.test(w.bare) || VERB_FORMS.has(w.bare)) return false;
    if (/^[$€£¥]\s?\d/u.test(w.raw) || /^\d[\d.,]*%/.test(w.raw)) return true;
    if (
      /^\d[\d.,]*$/.test(w.bare) &&
      /^(?:percent|per|billion|million|trillion|points?|cents?|a|an)$/i.test(words[k + 1]?.bare ?? '')
    )
      return true;
    if (endsClause(w)) return false;
  }
  return false;
}

/** "people close to her said", "sources familiar with her believe": "her" before the cue is an object, no determiner. */
function nearHer(words: Word[], i: number): boolean {
  return (
    words[i - 1]!.raw === 'her' &&
    /^(?:to|with)$/.test(words[i - 2]?.raw ?? '') &&
    /^(?:close|familiar|near)$/i.test(words[i - 3]?.raw ?? '')
  );
}

/** Most words of the object of "put … at" a figure: "put support for the Greens at 24 percent". */
const MAX_PUT_OBJECT = 6;

/**
 * "put both parties at 31 percent", "puts the death toll at 120": "put" with an object, then "at" and a figure (a
 * number, a money amount or a share, perhaps after "about"), is an estimate ("put the plant at risk" is none).
 */
function puttingAtFigure(words: Word[], i: number): boolean {
  if (
    endsClause(words[i]!) ||
    !/^(?:the|a|an|its|their|his|her|both|all|support|turnout|\p{Lu}\S*)$/u.test(words[i + 1]?.bare ?? '')
  )
    return false;
  for (let k = i + 2; k < words.length && k <= i + 1 + MAX_PUT_OBJECT; k++) {
    if (endsClause(words[k - 1]!) || /^(?:that|which|who|to)$/i.test(words[k]!.bare)) return false;
    if (words[k]!.bare !== 'at') continue;
    const n = /^(?:about|around|roughly|nearly|almost|just|only|some|up)$/i.test(words[k + 1]?.bare ?? '')
      ? k + 2
      : k + 1;
    return /^(?:[$€£¥]\s?)?\d/u.test(words[n]?.raw ?? '');
  }
  return false;
}

/** Prepositions before a relative pronoun, whose gap is then no object of the cue: "on which the court ruled". */
const GAP_PREPOSITION = /^(?:on|in|at|of|to|for|with|by|from|about|under|into|upon|over|through)$/i;

/** Most words of the subject between a relative pronoun and its base form: "which some local critics charge". */
const MAX_GAP_SUBJECT = 4;

/**
 * "a camp which critics charge is a prison", "the cuts that analysts fear will hurt": a base form whose subject
 * follows a relative pronoun and whose object is the relative's gap, so an auxiliary follows it directly.
 */
function relativeGapBase(words: Word[], i: number): boolean {
  const forCharge = !!CUE_BY_LEMMA.get(VERB_FORMS.get(words[i]!.bare) ?? '')?.forCharge;
  const next = words[i + 1]?.bare ?? '';
  if (endsClause(words[i]!) || !(AUXILIARY.test(next) || (forCharge && next === 'for'))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_GAP_SUBJECT; k--) {
    if (endsClause(words[k]!)) return false;
    if (/^(?:which|that|who)$/.test(words[k]!.raw)) return !GAP_PREPOSITION.test(words[k - 1]?.bare ?? '');
  }
  return false;
}

/** Most words between an "as" and the base form its clause ends with: "as the authors of the study explain,". */
const MAX_AS_BASE_REACH = 8;

/**
 * "As the authors explain, the drug …", "…, as analysts note, …": a base form that closes an "as" clause set off by a
 * comma, whose subject is before it; the clause the "as" clause sits in is the content.
 */
function asClauseBase(words: Word[], i: number): boolean {
  // "as critics point out,": the cue's particle carries the comma.
  const end = /^out,$/.test(words[i + 1]?.raw ?? '') ? i + 1 : i;
  if (!words[end]!.raw.endsWith(',') || end + 1 >= words.length) return false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_AS_BASE_REACH; k--) {
    if (endsClause(words[k]!)) return false;
    if (words[k]!.bare.toLowerCase() !== 'as') continue;
    return k < i - 1 && (k === 0 || endsClause(words[k - 1]!) || (k === 1 && LEAD_BEFORE_AS.test(words[0]!.raw)));
  }
  return false;
}

/** Most words of object before the "of" of a charge: "accuse the country's political Islamists, who …, of". */
const MAX_CHARGE_REACH = 16;

/** "Many Tunisians accuse the country's Islamists … of having been slow": a charge cue, its object, then "of". */
function chargeFollows(words: Word[], i: number): boolean {
  const cue = CUE_BY_LEMMA.get(VERB_FORMS.get(words[i]!.bare) ?? '');
  if (!(cue?.ofCharge || cue?.forCharge) || endsClause(words[i]!)) return false;
  const charge = cue.forCharge ? 'for' : 'of';
  for (let k = i + 2; k < words.length && k <= i + MAX_CHARGE_REACH; k++) {
    if (words[k]!.bare === charge) return true;
    if (/[.;:!?]$/.test(words[k - 1]!.raw)) return false;
  }
  return false;
}

/** A reported clause after a base form: "that", a pronoun subject, or a short subject and an auxiliary. */
function clauseFollows(words: Word[], i: number): boolean {
  if (thatFollows(words, i)) return true;
  const next = words[i + 1];
  if (!next || endsClause(words[i]!)) return false;
  if (CLAUSE_OPENER.test(next.bare) || subjectThenAuxiliary(words, i + 1)) return true;
  // "Critics argue the law went too far": a determiner's noun phrase, then a verb in the past; not a participle
  // dated after it ("note the changes made last year").
  if (!/^(?:the|a|an|his|her|its|their)$/.test(next.bare) || !subjectThenFinite(words, i + 1)) return false;
  const past = words.findIndex((w, k) => k > i + 1 && (/^\p{Ll}{3,}ed$/u.test(w.raw) || PAST_FORM.test(w.raw)));
  return past < 0 || !/^(?:last|this|next|earlier|yesterday|today|recently|ago)$/.test(words[past + 1]?.bare ?? '');
}

/** "that" (or a colon on the cue) right after words[i], past a short setting: "argue that", "found last year that". */
function thatFollows(words: Word[], i: number): boolean {
  if (/:$/.test(words[i]!.raw)) return true;
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    if (words[k]!.bare.toLowerCase() === 'that') return true;
    if (endsClause(words[k - 1]!) || !INTRO.test(words[k]!.bare)) return false;
  }
  return false;
}

/**
 * "Volker said he never used the term and added, "I cringe."": a second cue joined by "and" with no subject of
 * its own speaks for the first draft's speaker; the first draft's content ends before the "and".
 */
function elidedDraft(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue, host: Draft): Draft | null {
  let j = ci - 1;
  while (j >= 0 && /^(?:also|then|later|again|quickly)$/i.test(words[j]!.bare)) j--;
  const and = words[j];
  if (!and || !/^(?:and|but)$/i.test(and.raw) || !host.content || and.start <= host.content.start) return null;
  if (CLAUSE_OPENER.test(words[ci + 1]?.bare ?? '') && !cue.bare && !/[,:]$/.test(words[ci]!.raw)) return null;
  const cut = trimContent(text, host.content.start, and.start);
  const after = contentAfter(text, s, words, ci, cue);
  if (!cut || !after || after.setting || (!after.clause && !cue.bare)) return null;
  host.content = cut;
  const cueSpan = { start: words[ci]!.start, end: words[ci]!.start + words[ci]!.bare.length };
  return { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan: host.speakerSpan, content: after.span };
}

/**
 * Openings of an adverbial phrase or clause, which is not the content when it is all there is before a speaker.
 * Not "At least 12 people were killed, …": a quantity opens a clause, not a setting.
 */
const OPENING_ADVERBIAL =
  /^(?:In|On|At(?!\s+(?:least|most)\b)|As|After|Before|During|Later|Earlier|Although|Though|While|When|Whenever|If|Because|Since|Despite|Following|Especially|Meanwhile|However|Still|Then|Now|Today|Yesterday|Asked|Speaking|Instead|Also|Last|This|Once|Until|Upon|With|Without|Amid|Under|Near|Toward|Towards|Midway|Halfway)\b/;

/** A participle, then its object or a preposition, opening a sentence: "Opening the debate", "Hoping for a deal". */
const PARTICIPLE_OPENER =
  /^\p{Lu}\p{Ll}+ing\s+(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|for|on|to|with|about|in|at|into|from|up|out|off|back|down)\s+\S+(?:\s+\S+){0,3}$/u;

/** A finite verb or an auxiliary: what a gerund subject's clause has and a participle phrase lacks. */
const FINITE_WORD =
  /\b(?:is|are|was|were|be|been|will|would|can|could|should|shall|must|may|might|has|have|had|does|do|did|isn['’]t|aren['’]t|wasn['’]t|won['’]t|hurts|helps|makes|means|costs|works|matters)\b/i;

/** An unquoted participle phrase with no finite verb: "Opening the debate", "Hoping for a deal". */
function participlePhrase(clause: string): boolean {
  return PARTICIPLE_OPENER.test(clause) && !clause.includes(',') && !FINITE_WORD.test(clause);
}

/** Prepositions that open a setting of time or place before the main clause: "Within months of the deal,". */
const LEADING_SETTING =
  /^(?:In|On|At|After|Before|During|Within|By|Over|Throughout|Since|Until|For|Across|Around|Under|Later|Earlier|Last|This|Next)\s/;

/** Openings of a time clause. */
const TEMPORAL = /^(?:When|Whenever|After|Before|Since|Until|Once)$/;

/** Words that open a subordinate clause at the start of a sentence: "Although X said …, Y told …". */
const SUBORDINATOR = /^(?:Although|Though|While|Whereas|As|After|Before|Because|Since|When|If|Even)$/;

function passiveLemma(phrase: string): string {
  return (
    /(confirmed|reported|announced|stated|said|noted|quoted|told|described|called|dubbed|hailed|accused)/i
      .exec(phrase)?.[1]
      ?.toLowerCase() ?? 'said'
  );
}

/**
 * The word before `ci` ends a quotation with its comma, or its question or exclamation mark: '“…,”', '"…?"', '“…”,'.
 */
function quotationClosedBefore(text: string, words: readonly Word[], ci: number): boolean {
  const w = words[ci - 1];
  // '“…”, warned …': British style sets the comma after the closing mark.
  if (w && /["”],$/.test(w.raw)) return true;
  if (!w || !/["”]$/.test(w.raw)) return false;
  // The quotation's words are masked: its last mark is read off the text.
  return /[,?!]/.test(text[w.start + w.raw.length - 2] ?? '');
}

function verbDraft(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue): Draft | null {
  const w = words[ci]!;
  const cueSpan = { start: w.start, end: w.start + w.bare.length };
  // '“…,” warned virologist Ann Lee.': right after a quotation its comma closes, any cue may come before its speaker.
  if ((cue.inverts && (ci === 0 || endsClause(words[ci - 1]!))) || quotationClosedBefore(text, words, ci)) {
    const inv = inverted(text, s, words, ci, cue, cueSpan);
    if (inv) return inv;
  }
  // "We're told there is footage", "I'm told …": "are"/"am" contracted onto the subject makes the cue passive, with
  // no speaker here (as "it was reported" below).
  if (/^\p{L}+['’](?:re|m)$/iu.test(words[ci - 1]?.bare ?? '')) return null;
  // "Alvarez went on to say that …": the subject is before "went on to".
  const carrier = carrierAt(words, ci);
  let j = carrier >= 0 ? carrier - 1 : ci - 1;
  for (; j >= 0 && !endsClause(words[j]!); j--) {
    const lw = words[j]!.bare;
    // "He did not say that …", "might argue that …": a negated or hypothetical cue reports nothing.
    if (NOT_ASSERTED.test(lw)) return null;
    // Capitalised, "Early" or "Still" is a name ("but Early still says"); weekdays are always capitalised.
    const between = BETWEEN_SUBJECT_AND_CUE.has(lw.toLowerCase()) && (lw === lw.toLowerCase() || WEEKDAY.test(lw));
    if (!between && !(/^[a-z]+$/.test(lw) && lyAdverb(lw))) break;
    // "it was reported that": no speaker here; "they are arguing that" is a progressive, its subject the speaker.
    if (BE.test(lw.toLowerCase()) && !PROGRESSIVE_CUES.has(w.bare)) return null;
  }
  if (j < 0) return null;
  // "Commenter Paul Stoffregen (who wrote the story above) noted that …": a parenthesis between the subject and its
  // cue is set aside, and the subject ends before it.
  const open = j > 0 && /\)$/.test(words[j]!.raw) ? parenthesisOpen(words, j) : -1;
  if (open > 0) j = open - 1;
  const wj = words[j]!;
  let np: Range | null;
  // "an article by New York magazine that claimed …", "the officials, who added that …": a relative pronoun right
  // before the cue stands for the noun phrase before it, which is the speaker.
  const whoFor = wj.raw === 'who' && j > 0 && PEOPLE_PRONOUN.test(words[j - 1]!.bare) && !endsClause(words[j - 1]!);
  const relativeOf =
    RELATIVE_PRONOUN.test(wj.raw) && j > 0
      ? whoFor
        ? { first: j - 1, last: j - 1 }
        : phraseEndingAt(words, j - 1)
      : null;
  if (relativeOf) np = namedBefore(words, relativeOf) ?? relativeOf;
  else if (endsClause(wj))
    np = wj.raw.endsWith(',') ? (appositiveOrName(words, j) ?? strayCommaSubject(words, j, ci)) : null;
  else if (/^(?:and|but)$/i.test(wj.bare)) np = clauseSubject(words, j);
  else np = phraseEndingAt(words, j);
  // The same ranges are asked about again and again (two in three calls): each is read once per cue.
  const fitted = new Map<number, boolean>();
  const fit = (r: Range): boolean => {
    const key = r.first * MAX_SENTENCE + r.last;
    let fits = fitted.get(key);
    if (fits === undefined) {
      const span = phraseSpan(words, r.first, r.last);
      fits = speakerLike(text.slice(span.start, span.end), r.first === 0);
      fitted.set(key, fits);
    }
    return fits;
  };
  // "Officials who spoke on condition of anonymity said …", "Schumer in a statement said …": a restrictive relative
  // clause or a setting between the subject and its cue; the relative clause wins over a name inside it ("The
  // mother of a soldier who died in Iraq has described …" is the mother's).
  // The setting may end in the time words skipped above ("released on Friday showed").
  const inserted = endsClause(wj) || relativeOf ? null : insertedSubject(words, open > 0 ? j : ci - 1);
  const across = !!inserted && !!np && np.first <= inserted.np.first;
  if (inserted && (inserted.relative || across || !np || !fit(np)) && fit(inserted.np)) np = inserted.np;
  if (!np) return null;
  np = reducedRelativeHead(words, np);
  // The knowers' phrase is checked on its people ("Officials" of "Officials briefed on the talks").
  const knowers = knowersOf(words, np, fit);
  if (knowers) np = knowers;
  // "Those who believe the vote was rigged …", "others who say …": a pronoun of people that a "who" clause defines.
  const peopleWho =
    !!relativeOf && words[j]!.raw === 'who' && np.first === np.last && PEOPLE_PRONOUN.test(words[np.first]!.bare);
  const speaks = (r: Range): boolean => r === knowers || fit(r) || (peopleWho && r === np);
  // "The coroner, Sherrif Payne, told …": when the description the appositive follows names no speaker the tables
  // know, the name set off right before the cue does.
  if (!speaks(np) && endsClause(wj) && wj.raw.endsWith(',')) np = namedAppositive(words, j) ?? np;
  // "an increase in the number of respondents who said …": the people a relative clause hangs on follow the last
  // preposition that is no part of their phrase.
  if (!speaks(np) && relativeOf) np = peopleAfterPreposition(words, np, fit) ?? np;
  // "The army said he was safe and the police said …": a phrase read across "and" whose first part cannot speak
  // joins two clauses, not two names; the conjunct after the last "and" is the subject.
  if (np !== knowers) np = conjunctAfterAnd(words, np, fit) ?? np;
  // "A former accountant at the charity testified …": the phrase before the cue is a post-modifier's object that
  // cannot speak; the subject it modifies can.
  if (!speaks(np) && !relativeOf) np = postModifiedSubject(text, words, np) ?? np;
  if (!speaks(np)) return null;
  if (wj.raw.endsWith(',') && np.last < j) np = describedTwice(words, np, j) ?? np;
  if (!relativeOf) np = postModifiedSubject(text, words, np) ?? np;
  // "If the minister said that, …" reports nothing, nor does "Nobody believes that …"; nor "Asked what he would say
  // to …": the question put to the subject, not an answer ("what X said" elsewhere is a record of its own).
  // "Should the regulator say no, …": a conditional inverted at the sentence's start is an "if" too.
  if (
    /^(?:if|unless)$/i.test(words[np.first - 1]?.bare ?? '') ||
    (np.first === 1 && /^(?:Should|Were|Had)$/.test(words[0]!.raw)) ||
    (/^(?:what|how)$/i.test(words[np.first - 1]?.bare ?? '') &&
      /^(?:asked|asking)$/i.test(words[np.first - 2]?.bare ?? '')) ||
    /^(?:nobody|none|neither|no)$/i.test(words[np.first]!.bare)
  )
    return null;
  const speakerSpan = phraseSpan(words, np.first, np.last);
  // "Stadia's recommended Chromecast", "the doctor's reported symptoms": after a possessive the cue word is an
  // adjective, unless a reported clause plainly follows ("McDonald's said that …", "Lowe's said: …"). Verbs that
  // are never adjectives ("Moody's said sales rose", "Macy's told investors …") stay cues after a possessive name.
  if (
    /['’]s$/.test(words[np.last]!.raw) &&
    !NEVER_ADJECTIVE.test(words[ci]!.bare) &&
    !thatFollows(words, ci) &&
    !/^["“]/.test(words[ci + 1]?.raw ?? '')
  )
    return null;
  // "As Smith said, the plan is dead.": the main clause after the "As …," clause is the content.
  // "But as Politico reported, …", "However, as the report explains, …": a conjunction or sentence adverb may lead.
  const asAt = /^As$/.test(words[0]!.bare) ? 0 : LEAD_BEFORE_AS.test(words[0]!.raw) && words[1]?.raw === 'as' ? 1 : -1;
  if (asAt >= 0 && np.first > asAt && !words.slice(asAt, np.first).some(endsClause)) {
    const content = asClauseContent(text, s, words, ci);
    return content ? { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan, content, opening: true } : null;
  }
  // "Prices rose, as Reuters reported.", "Or maybe, as that tweeter suggested, they are rude.": an "as" clause set
  // off by a comma inside the sentence reports the main clause around it.
  // A cue with a clause of its own ("…, as scientists have confirmed that …", a causal "as") is read as usual.
  const as = asBefore(words, np.first);
  // "…, as one trader put it, …": the cue's particle is part of the cue, not a clause of its own.
  const particle = cue.particle?.test(words[ci + 1]?.bare ?? '') ? 1 : 0;
  const around = as > 0 && words[as - 1]!.raw.endsWith(',') ? asClauseAround(text, s, words, as, ci + particle) : null;
  if (around) {
    const whole = /^(?:that|this|these|those)$/i.test(words[as + 1]!.bare) ? np : { first: as + 1, last: np.last };
    const span = fit(whole) ? phraseSpan(words, whole.first, whole.last) : speakerSpan;
    return { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan: span, content: around, opening: true };
  }
  // "When Ghani first announced the exchange, he said …": a cue in an opening time clause reports nothing
  // unless a clause follows it.
  const temporal = np.first === 1 && TEMPORAL.test(words[0]!.bare);
  // "a 20% gain, which Nissan claims is …": in a relative clause the cue's object is the gap, so a verb may
  // follow it directly.
  const relative =
    /^(?:that|which|who)$/i.test(words[np.first - 1]?.bare ?? '') && AUXILIARY.test(words[ci + 1]?.bare ?? '');
  // "blamed the rules for the drop", "the hostility that critics blame for …": a fault needs its "for".
  const gapFor = /^(?:that|which|who)$/i.test(words[np.first - 1]?.bare ?? '') && words[ci + 1]?.bare === 'for';
  if (cue.forCharge && !gapFor && !chargeFollows(words, ci)) return null;
  if (cue.forCharge && gapFor) {
    // The fault laid on the relative's antecedent: "for denying them entry", read to the sentence's end.
    const fault = trimContent(text, words[ci + 1]!.start, s.end);
    return fault ? { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan, content: fault } : null;
  }
  // "A Gallup poll released Friday showed Yoon's approval at 13%": a poll's or a survey's finding may be its object.
  const finding = cue.lemma === 'found' && POLL_HEAD.test(text.slice(speakerSpan.start, speakerSpan.end));
  // "which critics charge is a prison": a cue read only with "that" takes the gap of a relative clause as well (not
  // "the case on which the court ruled was …", whose gap is no object).
  const objectGap = relative && !GAP_PREPOSITION.test(words[np.first - 2]?.bare ?? '');
  const read = temporal
    ? { ...cue, bare: false }
    : relative
      ? { ...cue, bare: true, thatOnly: cue.thatOnly && !objectGap }
      : finding
        ? { ...cue, bare: true }
        : cue;
  // "pointed out that …": the content follows the cue's particle.
  const at = cue.object ? ci + cue.object : cue.particle ? ci + 1 : cue.notion && notionAt(words, ci) ? ci + 2 : ci;
  // "…, a company spokesman, Ravi Mendes, said.": the description the name is set off after is the speaker's too,
  // so the words before the speaker end before it.
  const described = endsClause(wj) && wj.raw.endsWith(',') ? descriptionBefore(words, np) : null;
  const edge = described ? { start: words[described.first]!.start, end: speakerSpan.end } : speakerSpan;
  const content = choose(text, s, words, at, read, edge);
  if (!content) return null;
  const appositive = !!relativeOf && words[j - 1]!.raw.endsWith(',');
  const own = appositive ? relativeClauseEnd(text, words, content) : content;
  return { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan, content: own, ...(appositive ? { appositive } : {}) };
}

/**
 * The words of `np` after its last "and" when they can speak and the words before it cannot: "the police" of "… was
 * safe and the police said" (a lower-case word before "and"), not of "Lorenz and Fetter said".
 */
function conjunctAfterAnd(words: Word[], np: Range, fit: (r: Range) => boolean): Range | null {
  for (let k = np.last - 1; k > np.first; k--) {
    if (words[k]!.raw !== 'and') continue;
    const after = { first: k + 1, last: np.last };
    const before = { first: np.first, last: k - 1 };
    return /^\p{Ll}/u.test(words[k - 1]!.bare) && fit(after) && !fit(before) ? after : null;
  }
  return null;
}

/** Prepositions that end a phrase the people of a relative clause sit inside: "an increase in", "pressure from". */
const OUTER_PREPOSITION = /^(?:in|from|among|at|on|with|by|for)$/i;

/** The tail of `np` after its last outer preposition, when that tail can speak. */
function peopleAfterPreposition(words: Word[], np: Range, fit: (r: Range) => boolean): Range | null {
  for (let k = np.last - 1; k > np.first; k--)
    if (OUTER_PREPOSITION.test(words[k]!.raw)) {
      const tail = { first: k + 1, last: np.last };
      return fit(tail) ? tail : null;
    }
  return null;
}

/** Most words of a restrictive relative clause between a subject and its cue. */
const MAX_RELATIVE_WORDS = 16;
/** Most words of a setting between a subject and its cue: "in a statement on Friday". */
const MAX_SETTING_WORDS = 5;
/** Prepositions that open a setting between a subject and its cue. */
const SETTING_PREPOSITION = /^(?:in|on|at|during|via|through|after|before|over|late|early)$/;

/** Words of a time or an occasion, which make a prepositional phrase a setting ("in a statement", "in October"). */
const SETTING_WORD =
  /^(?:statement|interview|letter|speech|tweet|post|email|conference|briefing|hearing|meeting|address|remarks|release|video|podcast|call|session|testimony|filing|morning|afternoon|evening|night|week|month|year|weekend|today|yesterday|tonight|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})$/;

/**
 * The subject before a restrictive relative clause ("who spoke on condition of anonymity", "that organized the march")
 * or a short setting ("in a statement", "in October") that ends at words[j], right before the cue; the subject starts
 * its clause. A relative pronoun counts only as the subject of its clause: "a man who police said was armed" is the
 * police's.
 */
function insertedSubject(words: Word[], j: number): { np: Range; relative: boolean } | null {
  for (let k = j; k > 0 && j - k < MAX_RELATIVE_WORDS; k--) {
    const w = words[k]!;
    if (k < j && endsClause(w)) return null;
    if (endsClause(words[k - 1]!)) continue;
    const relative = /^(?:who|that)$/.test(w.raw) && k < j && relativeSubject(words[k + 1]!);
    const timed = j - k < MAX_SETTING_WORDS && words.slice(k + 1, j + 1).some((x) => SETTING_WORD.test(x.bare));
    // "A Quinnipiac poll released Tuesday showed …": a document, how it came out and when.
    // "Figures published today show …": the document may open the sentence, capitalised.
    const released = !relative && timed && ISSUED.has(w.bare) && DOCUMENT_NOUNS.has(words[k - 1]!.bare.toLowerCase());
    const setting = !relative && timed && (SETTING_PREPOSITION.test(w.raw) || released);
    if (!relative && !setting) continue;
    // "A Gallup poll released on Friday": a document and how it came out, before the setting, is one phrase.
    const issued =
      !released &&
      setting &&
      k > 1 &&
      ISSUED.has(words[k - 1]!.bare) &&
      DOCUMENT_NOUNS.has(words[k - 2]!.bare.toLowerCase());
    const head = phraseEndingAt(words, released ? k - 1 : issued ? k - 2 : k - 1);
    const np = head && (issued || released) ? { first: head.first, last: j } : head;
    if (!np) continue;
    const before = words[np.first - 1];
    if (!before || endsClause(before) || /^(?:and|but)$/i.test(before.bare)) return { np, relative };
  }
  return null;
}

/** The word after "who"/"that" opens its clause's verb phrase: a lower-case word that names nobody. */
function relativeSubject(w: Word): boolean {
  return (
    /^\p{Ll}+$/u.test(w.raw) &&
    !DETERMINERS.has(w.raw) &&
    !speakerLike(w.raw, false) &&
    !/^(?:it|i|we|you)$/.test(w.raw)
  );
}

/** Most words of a parenthesis between a subject and its cue. */
const MAX_PARENTHESIS_WORDS = 12;

/**
 * The index of the word that opens the parenthesis words[close] ends, when it spans two words or more and holds no
 * other bracket or clause end before its close; -1 otherwise.
 */
function parenthesisOpen(words: Word[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - MAX_PARENTHESIS_WORDS); k--) {
    const raw = words[k]!.raw;
    if (/[()]/.test(raw.slice(1)) || /[.!?;]$/.test(raw)) return -1;
    if (raw.startsWith('(')) return k > 0 && !endsClause(words[k - 1]!) ? k : -1;
  }
  return -1;
}

/** Finite verbs that open a main clause after an appositive relative clause: "…, who has claimed …, spoke in Ohio". */
const MAIN_VERB =
  /^(?:\p{Ll}+ed|is|was|are|were|has|had|have|will|would|can|could|spoke|went|left|made|took|came|gave|won|lost|met|ran|became|began|remains|remained|faces|faced)$/u;

/**
 * "Trump, who has claimed without evidence that the election was stolen, spoke in Ohio": the relative clause's content
 * ends at the comma before the main clause's verb.
 */
function relativeClauseEnd(text: string, words: Word[], content: Span): Span {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.start <= content.start || w.start >= content.end) continue;
    if (words[k - 1]!.raw.endsWith(',') && !/["”’],$/.test(words[k - 1]!.raw) && MAIN_VERB.test(w.raw))
      return trimContent(text, content.start, words[k - 1]!.end) ?? content;
  }
  return content;
}

/** The draft of the cue at words[ci] spoken by the noun an appositive relative clause (`host`) hangs on. */
function antecedentDraft(
  text: string,
  s: Sentence,
  words: Word[],
  ci: number,
  cue: VerbCue,
  host: Draft,
): Draft | null {
  const content = choose(text, s, words, ci, cue, host.speakerSpan);
  if (!content || (content.start >= host.content!.start && content.start < host.content!.end)) return null;
  const cueSpan = { start: words[ci]!.start, end: words[ci]!.start + words[ci]!.bare.length };
  return { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan: host.speakerSpan, content };
}

/** Heads of evidence a speaker may cite: "the findings show", "the data suggest", "the study found". */
const EVIDENCE =
  /^(?:the|these|those|its|their|his|her|new)\s+(?:findings|results|data|figures|study|studies|report|survey|poll|research|evidence)$/i;

/** `d` is evidence right at the start of `host`'s content: "noted the findings show …". */
function citedEvidence(text: string, host: Draft, d: Draft): boolean {
  return (
    d.speakerSpan.start === host.content!.start &&
    (EVIDENCE.test(text.slice(d.speakerSpan.start, d.speakerSpan.end)) || NESTED_HOST.test(host.cue)) &&
    !!d.content &&
    d.content.start > d.cueSpan.start
  );
}

/** Cues of finding out, whose clause may open with someone else's words: "Hicks found that many people told her …". */
const NESTED_HOST = /^(?:found|suspected|knows)$/;

/** A subordinate clause opening right before a nested speaker: "… when they tell …", "… because officials said …". */
const NESTED_OPENER = /\s(?:when|whenever|because|after|before|if|since|until|unless)\s+$/i;

/** Documents whose findings are figures, read as an object after "showed"/"found": polls and surveys. */
const POLL_HEAD = /\b(?:poll|polls|survey|surveys|documents|records|filings|data|figures|emails)\b/i;

/** Plural records whose finding is their object: "Court documents show the campaign paid …", "Polls show X leading". */
const RECORDS = /^(?:documents|records|filings|polls|surveys|data|figures|emails|studies)$/;

/** "show"/"suggest" in the plural present right after records, with an object. */
function recordsShow(words: Word[], i: number): boolean {
  return (
    /^(?:show|suggest|indicate)$/.test(words[i]!.bare) &&
    RECORDS.test(words[i - 1]?.raw.toLowerCase() ?? '') &&
    !endsClause(words[i]!) &&
    /^(?:the|a|an|\p{Lu}\p{L}*)$/u.test(words[i + 1]?.bare ?? '')
  );
}

/** A lower-case description set off by commas, right before a speaker's name: "though a spokesman, [Jens Ott]". */
const DESCRIPTION_BEFORE_NAME = /\s(?:a|an|the)(?:\s+[\p{Ll}'’-]+){1,6},\s*$/u;

/** Cues of an outlet relaying what it reports: "…, Reuters reported.", "…, the Times said." */
const RELAY_CUE = /^(?:reported|said|wrote)$/;

/**
 * A post-posed draft `d` whose clause is all of `host` (its speaker, cue and content) and whose speaker is a name, with
 * a comma before it: "Officials said …, the Associated Press reported on Monday."
 */
function relayAfter(text: string, host: Draft, d: Draft, between: string): boolean {
  if (host.kind !== 'verb' || host.via || !d.content || !RELAY_CUE.test(d.cue)) return false;
  // The relay's content is the clause before it, or all the sentence around it ("…, Reuters reported, up from …").
  // After a quotation closed on its comma, only "reported" tells an outlet from a second speaker of the quotation.
  const quoted = d.cue === 'reported' && QUOTED_CLOSE.test(between);
  if (d.content.start > host.speakerSpan.start || !(/,\s*$/.test(between) || quoted)) return false;
  // "…, the state news agency SANA reported.", "…, the state broadcaster reported.": or an outlet described.
  const phrase = text.slice(d.speakerSpan.start, d.speakerSpan.end);
  return /^(?:the\s+)?\p{Lu}/u.test(phrase) || DESCRIBED_NAME.test(phrase) || DESCRIBED_OUTLET.test(phrase);
}

/**
 * A quotation inside a clause closing on a comma: 'ready for “actual war,” '. Not a quotation opened after a comma
 * ('…, “so they cannot form a combustible amount,” '), which is a later speaker's own words.
 */
const QUOTED_CLOSE = /^(?![\s\S]*,\s*["“][^"“”]*["”]\s*$)[\s\S]*["“][^"“”]*,["”]\s*$/;

/** A lower-case description of up to four words, then a name that ends the phrase: "the state news agency SANA". */
const DESCRIBED_NAME = /^(?:the\s+)?(?:[\p{Ll}'’-]+\s+){1,4}\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;
/** An outlet by what it is, with no name: "the state news agency", "the local newspaper", "the public broadcaster". */
const DESCRIBED_OUTLET =
  /^the\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:agency|newspaper|broadcaster|daily|weekly|network|radio|television|channel|outlet|tabloid|magazine|website)$/u;

/** Pronouns of people that a restrictive "who" clause defines: "those who say …", "anyone who believes …". */
const PEOPLE_PRONOUN = /^(?:those|others|anyone|everyone|someone|many|some)$/i;

/** Relative pronouns that can stand for a speaker before a cue ("who said", "which accuses", "that claimed"). */
const RELATIVE_PRONOUN = /^(?:who|which|that)$/;

/** Participles of a document's handling: "reports seen by Reuters", "emails obtained by the Times". */
const HANDLED_BY =
  /^(?:seen|obtained|reviewed|published|released|commissioned|compiled|prepared|filed|issued|leaked|surveyed|polled|interviewed|questioned|consulted)$/i;

/**
 * "Zimbabwean intelligence reports seen by Reuters suggest …", "analysts surveyed by Refinitiv were expecting …": the
 * phrase before the cue is the agent of a reduced relative clause, and the subject is the noun that clause modifies.
 */
function reducedRelativeHead(words: Word[], np: Range): Range {
  const by = words[np.first - 1];
  const participle = words[np.first - 2];
  if (!by || !participle || by.bare !== 'by' || !HANDLED_BY.test(participle.bare) || endsClause(participle)) return np;
  const head = np.first - 3 >= 0 && !endsClause(words[np.first - 3]!) ? phraseEndingAt(words, np.first - 3) : null;
  return head ?? np;
}

/** Speech verbs that are never participle adjectives, so a possessive before them is a name ("Moody's said"). */
const NEVER_ADJECTIVE = /^(?:said|says|say|told|tells|added|adds|wrote|writes|explained|explains|insisted|insists)$/i;

/** Most words after a cue that ends its paragraph with no mark before a quotation ("told reporters"). */
const MAX_AFTER_BARE_CUE = 3;

/**
 * The index of the last cue of a sentence that ends its paragraph with a colon, or with a comma or no mark before a quotation
 * ('Rathbun stated,' then '“…”'), or -2 when it does not.
 */
function lastCueBeforeColon(text: string, s: Sentence, words: Word[]): number {
  if (!/^[ \t]*\n/.test(text.slice(s.end, s.end + 80))) return -2;
  const colon = /:\s*$/.test(text.slice(s.start, s.end));
  const quoteNext = /^\s*["“]/.test(text.slice(s.end, s.end + 80));
  const comma = /,\s*$/.test(text.slice(s.start, s.end)) && quoteNext;
  // "Jan Smit, a spokesman for the council, said" or "… told reporters" with no mark at all, the quotation opening
  // the next paragraph: the cue is among the paragraph's last words.
  const bare = !colon && !comma && quoteNext && /[\p{L}\p{N}]$/u.test(text.slice(s.start, s.end).trimEnd());
  if (!colon && !comma && !bare) return -2;
  let k = words.length - 1;
  while (k >= 0 && !VERB_FORMS.has(words[k]!.bare)) k--;
  if (bare && (k < 0 || words.length - 1 - k > MAX_AFTER_BARE_CUE || words.slice(k).some(endsClause))) return -2;
  return k;
}

/** An object that points back to claims already told, so what follows the colon is the content. */
const ANAPHORIC_OBJECT =
  /^(?:these|those|the|such|all|both)\s+(?:allegations?|claims?|accusations?|charges?|reports?|criticisms?|suggestions?)$/i;

/**
 * The first line of `span`, up to a sentence with a cue of its own ("… in the engine room. They also claimed …"),
 * which is read as its own record.
 */
function firstLine(text: string, span: Span): Span | null {
  const line = text.indexOf('\n', span.start);
  const end = line < 0 || line > span.end ? span.end : line;
  let at = span.start;
  for (const m of text.slice(span.start, end).matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)) {
    const next = span.start + m.index + m[0].length;
    const sentence = text.slice(next, end).split(/[.!?]/)[0]!;
    if (sentence.split(/\s+/).some((w) => VERB_FORMS.has(w))) return trimContent(text, span.start, next);
    at = next;
  }
  return at >= span.start ? trimContent(text, span.start, end) : null;
}

/**
 * The quotation that opens `span` (its opening mark just before it), up to its closing mark or the end of its line:
 * a sentence after the quotation on the same line ('“…” Smith added that …') is read on its own.
 */
function quotedLine(text: string, span: Span): Span | null {
  const line = text.indexOf('\n', span.start);
  const lineEnd = line < 0 || line > span.end ? span.end : line;
  const open = /["“]/.test(text[span.start]!) ? span.start + 1 : span.start;
  const close = text.slice(open, lineEnd).search(/["”]/);
  return trimContent(text, span.start, close < 0 ? lineEnd : open + close + 1);
}

/** The paragraph after `from` (up to a blank line), trimmed; not a heading ("What Does Stadia Offer?"). */
function nextParagraph(text: string, from: number): Span | null {
  const start = text.slice(from).search(/\S/);
  if (start < 0) return null;
  const end = text.slice(from + start).search(/\n\s*\n/);
  const span = trimContent(text, from + start, end < 0 ? text.length : from + start + end);
  if (!span) return null;
  const paragraph = text.slice(span.start, Math.min(span.end, span.start + 400));
  return paragraph.split(/\s+/).length >= 6 || /^["“]/.test(paragraph) ? span : null;
}

/**
 * The main clause after "As X said (setting),": a quotation that opens after a comma ('As Adcock wrote on his blog
 * Think, Save, Retire, "Sacrifice …"'), else what follows the first comma after the cue.
 */
function asClauseContent(text: string, s: Sentence, words: Word[], ci: number): Span | null {
  const quote = words.findIndex((w, k) => k > ci + 1 && /^["“]/.test(w.raw) && /[,:]$/.test(words[k - 1]!.raw));
  // "As the report states: “…”": a colon ends the opening as a comma does.
  const comma = words.findIndex((w, k) => k >= ci && /[,:]$/.test(w.raw));
  const k = quote > 0 ? quote : comma >= 0 ? comma + 1 : -1;
  return k > 0 && k < words.length ? trimContent(text, words[k]!.start, s.end) : null;
}

/** A conjunction or sentence adverb before an opening "as" clause: "But as …", "However, as …". */
const LEAD_BEFORE_AS = /^(?:But|And|Yet|So|However,|Furthermore,|Moreover,|Still,|Indeed,|Meanwhile,)$/;

/** Words between a subject and its cue that deny or suspend it: negations and modals of possibility. */
const NOT_ASSERTED = /^(?:not|never|could|might|may|should|must|\p{L}+n['’]t)$/iu;

/** Most words between an "as" and the speaker phrase the noun phrase scan found. */
const MAX_AS_REACH = 8;

/**
 * Index of the "as" that opens the clause of the speaker phrase starting at words[first], or -1: right before it, or
 * a few words back in the same clause, where the scan stopped inside a longer name ("as Parliament's Joint Committee
 * on Intelligence and Security has pointed out"; "as that tweeter in Sydney suggested").
 */
function asBefore(words: Word[], first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - 1 - MAX_AS_REACH; k--) {
    if (/^as$/i.test(words[k]!.bare)) return k;
    const demonstrative = k === first - 1 && /^(?:that|this|these|those)$/.test(words[k]!.bare);
    if (demonstrative) continue;
    if (endsClause(words[k]!) || RELATIVE_PRONOUN.test(words[k]!.bare) || VERB_FORMS.has(words[k]!.bare)) return -1;
  }
  return -1;
}

/** Most words of a cue's setting before the comma that closes its "as" clause: "as Reuters reported on Monday,". */
const MAX_AS_SETTING = 6;
/** Words that may lead a sentence before a mid-sentence "as" clause without being its content: "Or maybe, as …". */
const LEAD_ADVERB = /^(?:or|and|but|so|yet|maybe|perhaps|indeed|still|now|then|also|however|meanwhile|instead)$/i;

/**
 * The main clause around an "as" clause at words[as] whose cue is words[ci]: after its comma when only adverbs lead
 * the sentence ("Or maybe, as X suggested, they are rude"), the whole sentence when the clause sits inside it ("The
 * plan, as Smith noted, is dead"), the part before it when it ends the sentence ("Prices rose, as Reuters reported").
 * Null when the cue goes on with a clause of its own.
 */
function asClauseAround(text: string, s: Sentence, words: Word[], as: number, ci: number): Span | null {
  let k = ci;
  while (k < words.length - 1 && k < ci + MAX_AS_SETTING && !endsClause(words[k]!)) k++;
  const last = k === words.length - 1;
  if (!last && !words[k]!.raw.endsWith(',')) return null;
  // A setting ("on Monday", "in a statement"), not a clause: "as scientists have confirmed that they found …".
  if (
    words
      .slice(ci + 1, k + 1)
      .some((w) => /^that$/i.test(w.bare) || CLAUSE_OPENER.test(w.bare) || AUXILIARY.test(w.bare))
  )
    return null;
  const adverbs = words.slice(0, as).every((w) => LEAD_ADVERB.test(w.bare));
  const tail = last ? null : trimContent(text, words[k + 1]!.start, s.end);
  if (tail) return adverbs ? tail : trimContent(text, s.start, s.end);
  return adverbs ? null : trimContent(text, s.start, words[as]!.start);
}

/** Forms of a dismissal, whose "as" complement of a statement is a verdict on it. */
const DISMISSED = /^(?:dismissed|dismisses)$/;
/** Statements a dismissal's object may name, besides the noun cues: "dismissed the report as fiction". */
const STATEMENT_OBJECT =
  /^(?:report|reports|story|stories|idea|ideas|criticism|criticisms|charge|charges|poll|polls|rumou?rs?|speculation|remarks|comments|account|accounts|proposal|proposals)$/;
/** Most words of a dismissal's object before "as". */
const MAX_DISMISSED_OBJECT = 4;

/** The cue at `ci` has an object headed by a statement, then "as" and a complement. */
function statementThenAs(words: Word[], ci: number): boolean {
  for (let k = ci + 2; k < words.length - 1 && k <= ci + 1 + MAX_DISMISSED_OBJECT; k++) {
    if (endsClause(words[k - 1]!)) return false;
    if (words[k]!.raw !== 'as') continue;
    const head = words[k - 1]!.bare;
    return NOUN_CUES.has(head) || STATEMENT_OBJECT.test(head);
  }
  return false;
}

/** Forms of "predict", whose object is a forecast as a figure is ("predict a narrow win"); not "project" or "estimate". */
const PREDICTS = /^(?:predict|predicts|predicted)$/;
/** Words that open a demanded thing's noun phrase: "called for a recount", "calls for new elections". */
const DEMAND_OPENER =
  /^(?:a|an|the|his|her|their|its|our|new|fresh|further|more|greater|stronger|tougher|immediate|early|swift|urgent|full|independent|international|national|federal|public|free)$/;
/** Bare nouns of what is demanded, and their endings: "called for calm", "restraint", "an end to …", "sanctions". */
const DEMAND_NOUN =
  /^(?:calm|restraint|unity|peace|justice|change|dialogue|action|patience|caution|reform|talks|\p{Ll}+(?:tion|tions|sion|sions|ity|ment|ments|ness|ance|ence|cy|ism|ure|ures))$/u;
/** Forms of "be" before a cue that make it passive: "police were called for a disturbance". */
const BE_PASSIVE = /^(?:is|are|was|were|be|been|being)$/i;

/**
 * "Reyna called for new elections within six months", "Critics called for restraint": a demand with "for" and a noun
 * phrase, in the active voice ("was called for a disturbance" is a summons), the phrase opened by a determiner or an
 * adjective of a demand or a noun of one ("called for pizza", "called for him" ask for no statement).
 */
function demandedObject(words: Word[], ci: number): boolean {
  const object = words[ci + 2];
  if (words[ci + 1]?.bare !== 'for' || !object || endsClause(words[ci + 1]!)) return false;
  if (ci > 0 && BE_PASSIVE.test(words[ci - 1]!.bare)) return false;
  return /^\p{Ll}/u.test(object.raw) && (DEMAND_OPENER.test(object.bare) || DEMAND_NOUN.test(object.bare));
}

/** Content before the subject when it stands after a clause ("…," X said in a statement), else after the cue. */
function choose(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue, speaker: Span): Span | null {
  // "who asked not to be named", "asked that her name not be used": how a source is kept unnamed, not a request.
  if (cue.directive && anonymityRequest(words, ci)) return null;
  const before = text.slice(Math.max(s.start, speaker.start - 12), speaker.start).trimEnd();
  const quoteBefore = /[,.!?]["”’]$/.test(before);
  const opening = /[,"”’:—–-]$/.test(before) ? contentBefore(text, s.start, speaker.start, quoteBefore) : null;
  // "Opening the debate, Marsh told the story of her uncle", "Hoping for a deal, she said": a participle phrase with no
  // verb of its own sets the scene; a gerund that is a clause's subject has one ("Raising the levy is wrong, she said").
  // Set off by commas around the cue ("Cutting the levy, she said, would cost jobs") it is the content's subject.
  const clauseBefore =
    opening &&
    !quoteBefore &&
    !words.slice(ci, ci + 3).some((w) => w.raw.endsWith(',')) &&
    participlePhrase(text.slice(opening.start, opening.end))
      ? null
      : opening;
  const parenthetical = parentheticalContent(text, s, words, ci, speaker, before, quoteBefore);
  if (parenthetical) return parenthetical;
  const after = contentAfter(text, s, words, ci, cue);
  // "Take a look at what PFF said about his performance:" or "X told reporters:" closing a paragraph: the next
  // paragraph is what was said.
  const setting =
    !after || after.setting || /^(?:about|on|of|regarding|in|at|to|during|for|with)$/i.test(words[ci + 1]?.bare ?? '');
  // 'Smith wrote on his blog:' or 'Smith stated,' closing a paragraph that a quotation opens after it: the frame's
  // words are no content, the quotation is.
  if (ci === lastCueBeforeColon(text, s, words)) {
    const next = nextParagraph(text, s.end);
    // A quotation is read a line at a time: each paragraph after it that reopens the quotation continues it.
    // Not when the frame has quoted words of its own: 'has called the ruling “dangerous”:' is its own record.
    const quoted = /["“”]/.test(text.slice(words[ci]!.end, s.end));
    const line = next && !quoted && /^\s*["“]/.test(text.slice(s.end, next.start + 1)) ? quotedLine(text, next) : null;
    if (line) return line;
    if (next && setting) return next;
    // "the ministry denied these allegations:" and a paragraph: the object points back, the paragraph is the denial.
    if (next && after && ANAPHORIC_OBJECT.test(text.slice(after.span.start, after.span.end)))
      return firstLine(text, next);
  }
  // "called on the government to release the files": a demand, its addressee and what is demanded (as "urged").
  // "called for the navy to be ready": the same demand; "called for an inquiry" (no infinitive) reports no clause.
  if (cue.demandOn && /^(?:on|for)$/.test(words[ci + 1]?.bare ?? '') && !endsClause(words[ci]!)) {
    const to = words.findIndex((x, k) => k > ci + 2 && k <= ci + 10 && x.bare === 'to');
    const clean = to > 0 && !words.slice(ci + 1, to).some(endsClause) && infinitiveVerb(words[to + 1]?.bare);
    if (clean) return trimContent(text, words[ci + 2]!.start, s.end);
    // "called for new elections", "calls for an inquiry": what is demanded is the object, as with an infinitive.
    return demandedObject(words, ci) ? trimContent(text, words[ci + 2]!.start, s.end) : null;
  }
  // "asked whether the vote was fair", "wondered what had gone wrong": an indirect question is the content.
  // "wondered aloud whether …": past the manner of the question.
  const question = words[ci + 1]?.bare === 'aloud' ? ci + 2 : ci + 1;
  if (cue.question && after && !after.setting && INDIRECT_QUESTION.test(words[question]?.bare ?? '')) return after.span;
  // Only the plural present ("analysts expect"): "Seoul expects producers to raise …" states a target, a plan.
  if (cue.objectInfinitive && !quoteBefore && BASE_FORMS.has(words[ci]!.bare) && objectThenInfinitive(words, ci))
    return trimContent(text, words[ci + 1]!.start, s.end);
  // "Tanabe expects growth to slow": any form, when the infinitive is a change no one is told to make, a forecast.
  if (cue.objectInfinitive && !quoteBefore && objectThenChange(words, ci))
    return trimContent(text, words[ci + 1]!.start, s.end);
  // "asked the board not to delay the vote", "pleaded with him to resign": what is asked of the addressee.
  // The writer's own request ("We asked experts to explain …") is how the story was made, not a claim in it.
  const writer = /^(?:we|i)$/i.test(text.slice(speaker.start, speaker.end));
  const asked = cue.directive && !quoteBefore && !writer ? directiveInfinitive(words, ci) : -1;
  const party =
    cue.directive !== 'party' ||
    (asked > ci + 1 && speakerLike(text.slice(words[ci + 1]!.start, words[asked - 1]!.end), false));
  if (asked > 0 && party) return trimContent(text, words[asked]!.start, s.end);
  // "The camp is a prison, critics charge.": a cue read only with "that" also reports the clause it closes.
  // "Analysts expected $2.52 a share", "projected growth of 2 percent": a forecast's figure is what was forecast.
  if (cue.figure && !quoteBefore && after && !after.setting && !after.that && figureObject(words, ci))
    return after.span;
  // "Most analysts predict a narrow win", "predicted a recession": a prediction's indefinite object is its forecast.
  if (
    PREDICTS.test(words[ci]!.bare) &&
    !quoteBefore &&
    after &&
    !after.setting &&
    !after.that &&
    /^an?$/.test(words[ci + 1]?.raw ?? '')
  )
    return after.span;
  // '“Closed today,” the bakery posted on its Instagram account': a quotation before, and only a setting after.
  // 'Patterson observed, “The numbers do not add up.”': a comma then a quotation right after the cue frames speech as
  // a colon does.
  const commaQuote = words[ci]!.raw.endsWith(',') && /^["“]/.test(words[ci + 1]?.raw ?? '');
  // "The court ruled the ban was unconstitutional", the headline "Court rules ban is illegal": a ruling drops "that"
  // before a clause with its own subject and verb, as "signalled they would …" does.
  const ruling = ZERO_THAT.test(words[ci]!.raw) && !!after?.clause && !after.setting;
  if (
    cue.thatOnly &&
    !after?.that &&
    !commaQuote &&
    !ruling &&
    !(clauseBefore && !after) &&
    !(quoteBefore && after?.setting)
  )
    return null;
  // "the city believed itself to be under attack", "what the corporation believes to be market value": a belief
  // about an object (or a relative clause's gap) with "to be" is the content.
  if (BELIEF_TO_BE.test(words[ci]!.bare) && !quoteBefore && !endsClause(words[ci]!)) {
    const to = beliefToBe(words, ci);
    if (to > 0) return trimContent(text, words[ci + 1]!.start, s.end);
  }
  // "suggests having …", "recommends wiring …": advice verbs take an -ing clause as their content.
  // Not after a quotation the speaker follows: '“…?” Rothman recalls thinking at the time.'
  // "Nissan still believes in sedans": a belief in something is a stance, its object the content.
  if (
    cue.lemma === 'believes' &&
    !quoteBefore &&
    words[ci + 1]?.raw === 'in' &&
    !endsClause(words[ci]!) &&
    words[ci + 2] &&
    !thatWithinClause(words, ci + 1)
  )
    return trimContent(text, words[ci + 2]!.start, s.end);
  if (cue.gerund && !quoteBefore && after && !after.setting && /^\p{Ll}+ing$/u.test(words[ci + 1]?.raw ?? ''))
    return after.span;
  // "vowed to keep trying", "has pledged to punish …": a commitment's infinitive is what was committed to (not
  // "promised to the crowd …", where "to" heads the addressee).
  if (cue.infinitive && after && !after.setting && words[ci + 1]?.raw === 'to' && infinitiveVerb(words[ci + 2]?.raw))
    return after.span;
  // '"…," X said …' and '…, X said (in a statement).': the clause before is the content. So it is before '…, he said
  // according to a transcript': a source phrase right after the cue is the chain (via.ts), not what was said.
  const chainAfter =
    !!after && /^(?:according to|citing|quoting|per)\b/i.test(text.slice(after.span.start, after.span.end));
  // A judgement ("presented X as Y") reports no clause before its subject: "…, a study presented at the meeting".
  const preceding = cue.complement && !quoteBefore ? null : clauseBefore;
  if (preceding && (!after || after.setting || chainAfter || (quoteBefore && !after.clause))) return preceding;
  // '“… service?” Caudevilla told me when I visited the lab, in Madrid.', '“…,” one user wrote on the forum, a site that
  // sprang up after the original.': after a quotation closed on a comma, a question or an exclamation mark, what
  // follows the cue is the frame, not more content (unless a quotation of its own opens there).
  if (
    preceding &&
    /[,?!]["”’]$/.test(before) &&
    after &&
    !/^["“]/.test(text.slice(after.span.start - 1, after.span.start + 1).trim())
  )
    return preceding;
  if (!after || after.setting) return null;
  const complement = cue.complement ? complementFollows(words, ci, cue.complement) : false;
  // "dismissed the report as fiction": a statement's verdict, its object a statement (not "dismissed the coach as …").
  if (DISMISSED.test(words[ci]!.bare) && statementThenAs(words, ci)) return after.span;
  // "claimed by a user called “Anonymous”", "a post by a group branded “the Squad”": a name given with no object, its
  // "subject" the object of a preposition, is a reduced passive naming someone, not a verdict of theirs.
  if (
    cue.complement === 'a' &&
    /^["“]/.test(words[ci + 1]?.raw ?? '') &&
    /\b(?:by|of|from|with|for|to|at|on|in|about)\s+$/i.test(
      text.slice(Math.max(s.start, speaker.start - 8), speaker.start),
    )
  )
    return null;
  if (cue.quoteOnly)
    return complement || /["“”]/.test(text.slice(after.span.start - 1, after.span.end + 1)) ? after.span : null;
  if (cue.complement) return complement ? after.span : null;
  return after.clause || cue.bare ? after.span : null;
}

/**
 * "advertisers claim to allow opting out", "groups that claim to speak for veterans": the plural present of a claim
 * with its to-infinitive. Only "claim": "promise", "pledge" and "vow" are nouns before "to" far more often.
 */
function claimInfinitive(words: Word[], i: number): boolean {
  return words[i]!.bare === 'claim' && words[i + 1]?.raw === 'to' && infinitiveVerb(words[i + 2]?.raw);
}

/** Nouns of a claim held or contested: "the notion that …", "the idea that …". */
const NOTION = /^(?:idea|notion|claim|claims|suggestion|assertion|argument|view|premise|allegation|allegations)$/i;

/** "disputed the notion that": the cue at `i` is followed by "the"/"any", a claim's noun, then "that". */
function notionAt(words: Word[], i: number): boolean {
  return (
    /^(?:the|any)$/i.test(words[i + 1]?.raw ?? '') &&
    NOTION.test(words[i + 2]?.raw ?? '') &&
    /^that$/i.test(words[i + 3]?.bare ?? '')
  );
}

/** Most words of the object between a cue and its infinitive: "expect the number of electric cars for sale to grow". */
const MAX_INFINITIVE_OBJECT = 10;

/** "expect the bank to cut rates": an object of up to ten words after words[i], then "to" and a verb, in one clause. */
function objectThenInfinitive(words: Word[], i: number): boolean {
  if (
    endsClause(words[i]!) ||
    !/^(?:the|a|an|its|their|his|her|prices|rates|\p{Lu}\S*)$/u.test(words[i + 1]?.bare ?? '')
  )
    return false;
  for (let k = i + 2; k < words.length - 1 && k <= i + 1 + MAX_INFINITIVE_OBJECT; k++) {
    if (endsClause(words[k - 1]!) || /^(?:that|which|who)$/i.test(words[k]!.bare)) return false;
    if (words[k]!.bare === 'to') return infinitiveVerb(words[k + 1]?.raw);
  }
  return false;
}

/** Changes an expectation forecasts, which no one is asked to make: "expects growth to slow", "the bill to pass". */
const FORECAST_CHANGE =
  /^(?:slow|rise|fall|grow|shrink|ease|climb|drop|decline|increase|improve|recover|accelerate|peak|weaken|strengthen|rebound|contract|expand|soften|pass|fail|win|lose)$/;

/** One to four words of object in lower case or a determiner's phrase, then "to" and a change of FORECAST_CHANGE. */
function objectThenChange(words: Word[], i: number): boolean {
  if (endsClause(words[i]!) || !/^\p{Ll}/u.test(words[i + 1]?.raw ?? '') || words[i + 1]!.bare === 'to') return false;
  for (let k = i + 2; k < words.length - 1 && k <= i + 1 + MAX_INFINITIVE_OBJECT; k++) {
    if (endsClause(words[k - 1]!) || /^(?:that|which|who)$/i.test(words[k]!.bare)) return false;
    if (words[k]!.bare === 'to') return FORECAST_CHANGE.test(words[k + 1]?.bare ?? '');
  }
  return false;
}

/** Words that open an indirect question. */
const INDIRECT_QUESTION = /^(?:whether|if|what|why|how|who|when|where|which)$/;

/** Words after "a"/"an" that make "called X a …" a count or an idiom, not a name: "a few times", "a day". */
const NOT_A_NAME = /^(?:few|lot|couple|number|bit|day|night|dozen|total|series|cab|taxi)$/i;

/**
 * "called the process a sham", "sees it as a test": one to four words of object (not a preposition: "called for
 * an inquiry"), then the complement word, all in one clause; "as" may follow the cue directly (a relative gap).
 */
function complementFollows(words: Word[], ci: number, complement: 'a' | 'as' | 'among' | 'to'): boolean {
  const next = words[ci + 1]?.bare ?? '';
  if (endsClause(words[ci]!) || PREPOSITION_INTRO.test(next) || /^(?:for|off|up|out|back|upon|into)$/i.test(next))
    return false;
  if (complement === 'to') return likenedTo(words, ci);
  // "privacy, which Apple views as …": in a relative clause the object is the gap before the cue.
  for (let k = complement === 'as' ? ci + 1 : ci + 2; k <= ci + 5 && k < words.length - 1; k++) {
    if (k > ci + 1 && endsClause(words[k - 1]!)) return false;
    const w = words[k]!.bare.toLowerCase();
    // "see them as often as we can": a comparison, not a complement.
    if (complement === 'as' && w === 'as' && words.slice(k + 2, k + 4).some((x) => x.bare === 'as')) return false;
    // "Police saw him as he left": "as" opens a clause of time, not a complement.
    if (complement === 'as' && w === 'as' && CLAUSE_OPENER.test(words[k + 1]!.bare)) return false;
    // "rates the group among the most persecuted", "ranks it as …": a ranking's object comes first.
    if (complement === 'among' && k > ci + 1 && (w === 'among' || w === 'as')) return true;
    if (
      complement === 'as'
        ? w === 'as'
        : complement === 'a' && (w === 'a' || w === 'an') && !NOT_A_NAME.test(words[k + 1]!.bare)
    )
      return true;
  }
  return false;
}

/** Most words of the object of a likeness before its "to": "compared legalizing same-sex marriage in the state to". */
const MAX_LIKENED_OBJECT = 8;

/**
 * "compared the budget to a shell game", "likened the ruling to a coup": an object, then "to" and a noun phrase (a
 * determiner, a name, or a gerund: "to supporting …"), in one clause; not "to" and an infinitive ("compared the plans
 * to see …").
 */
function likenedTo(words: Word[], ci: number): boolean {
  for (let k = ci + 2; k <= ci + 1 + MAX_LIKENED_OBJECT && k < words.length - 1; k++) {
    if (endsClause(words[k - 1]!)) return false;
    if (words[k]!.bare !== 'to') continue;
    return /^(?:the|a|an|his|her|its|their|our|\p{Lu}\S*|\p{Ll}+ing)$/u.test(words[k + 1]!.bare);
  }
  return false;
}

/**
 * The clause before a speaker, when it is one: not an opening adverbial ("Later in the day, X testified …",
 * "As the charges were unsealed, Y testified …") and not a heading's "He said, she said".
 */
function contentBefore(text: string, start: number, end: number, quoted: boolean): Span | null {
  const span = trimContent(text, start, end);
  if (!span) return span;
  const clause = text.slice(span.start, span.end);
  // 'In her book “A Paradise Built in Hell,” Rebecca Solnit wrote': a quoted title inside an opening adverbial, whose
  // commas do not count.
  const opensQuoted = /^["“]/.test(text.slice(start, end).trimStart());
  if (!opensQuoted && OPENING_ADVERBIAL.test(clause) && !clause.replace(/["“][^"“”]*["”]/g, '').includes(','))
    return null;
  if (quoted) return span;
  const words = clause.split(/\s+/);
  if (words.length <= 2 && VERB_FORMS.has(words[words.length - 1]!.toLowerCase())) return null;
  return span;
}

/**
 * "That, Audi says, allows …", "Many of the prisons, she said, are aging", "Meanwhile, Doctor says, they …":
 * a cue set off by commas inside its own content. The content runs over the whole sentence (past a lone
 * opening adverb); a quotation before the speaker is the usual post-posed case, not this.
 */
function parentheticalContent(
  text: string,
  s: Sentence,
  words: Word[],
  ci: number,
  speaker: Span,
  before: string,
  quoteBefore: boolean,
): Span | null {
  const next = words[ci + 1];
  if (!words[ci]!.raw.endsWith(',') || !next || !/,$/.test(before) || quoteBefore) return null;
  // A capital after the cue may open the content's own subject when all before the speaker is an opening adverbial
  // ("Within months of the acquisition, Forte said, Whole Foods was selling …"); after a noun it may be a list.
  const lead = text.slice(s.start, speaker.start).trim();
  const adverbialLead = LEADING_SETTING.test(lead) && lead.indexOf(',') === lead.length - 1;
  if (
    (!/^\p{Ll}/u.test(next.raw) && !(adverbialLead && /^\p{Lu}/u.test(next.raw))) ||
    PARTICIPLE_CUES.has(next.bare) ||
    /^(?:and|but|adding|while|citing|quoting|according|per)$/.test(next.bare)
  )
    return null;
  const head = trimContent(text, s.start, speaker.start);
  const lone = text.slice(s.start, speaker.start).trim().replace(/,$/, '');
  const start = SENTENCE_ADVERB.test(lone) ? next.start : (head?.start ?? s.start);
  return trimContent(text, start, s.end);
}

/** Verbs of belief that take an object and "to be" ("believed itself to be"); not "felt the need to be heard". */
const BELIEF_TO_BE = /^(?:believe|believes|believed)$/;

/** Most words of the object between a belief's verb and its "to be": "believed the two men to be". */
const MAX_BELIEF_OBJECT = 3;

/** The index of "to" of "to be" right after a belief's verb or its short object, or -1. */
function beliefToBe(words: Word[], ci: number): number {
  for (let k = ci + 1; k <= ci + 1 + MAX_BELIEF_OBJECT && k + 1 < words.length; k++) {
    if (words[k]!.bare === 'to' && words[k + 1]!.bare === 'be') return k;
    if (endsClause(words[k]!) || /^(?:that|to)$/.test(words[k]!.bare)) return -1;
  }
  return -1;
}

/** The first noun phrase of the clause: the subject of "It did not reveal … and said …". */
function clauseSubject(words: Word[], j: number): Range | null {
  // "The spokesman declined to comment, but said …": the comma before "but" closes the first verb's clause.
  let b = words[j - 1]?.raw.endsWith(',') ? j - 2 : j - 1;
  while (b >= Math.max(0, j - MAX_SUBJECT_REACH) && !endsClause(words[b]!)) b--;
  // "X, who voted in favor, acknowledged the concerns but said …": the comma closes an appositive or relative clause
  // and a verb follows it; the subject is before that clause.
  const first = words[b + 1];
  if (b > 0 && words[b]!.raw.endsWith(',') && first && (/^\p{Ll}+ed$/u.test(first.raw) || VERB_FORMS.has(first.raw)))
    return appositiveOrName(words, b);
  const np = phraseStartingAt(words, b + 1);
  if (!np) return null;
  // "The site surveyed more than 500 developers but noted …": a participle the phrase reader keeps as an adjective
  // ("those surveyed") is the first clause's verb after a noun; the subject ends before it.
  const verb = words.findIndex(
    (w, k) => k > np.first && k <= np.last && /^\p{Ll}+ed$/u.test(w.raw) && !/^(?:the|a|an)$/i.test(words[k - 1]!.bare),
  );
  if (verb > np.first) return { first: np.first, last: verb - 1 };
  return np.last < j - 1 ? np : null;
}

/** The subject before an appositive: the leftmost phrase that starts a clause and ends at a comma. */
function appositiveSubject(words: Word[], j: number): Range | null {
  let found: Range | null = null;
  let commas = 0;
  for (let k = j - 1; k >= Math.max(0, j - MAX_SUBJECT_REACH) && commas < MAX_APPOSITIVE_COMMAS; k--) {
    const w = words[k]!;
    if (!endsClause(w)) continue;
    if (!w.raw.endsWith(',')) break;
    commas++;
    let np = phraseEndingAt(words, k);
    if (!np) continue;
    let startsClause =
      np.first === 0 || endsClause(words[np.first - 1]!) || /^(?:and|but)$/i.test(words[np.first - 1]!.bare);
    // "On Monday Ana Ruiz, a spokeswoman, said …": a time phrase put first with no comma is no part of the subject.
    const afterTime = startsClause ? null : subjectAfterOpeningTime(words, np);
    if (afterTime) [np, startsClause] = [afterTime, true];
    // "After the verdict, a juror, who asked that her name not be used, told …": past an opening setting, a described
    // person a "who" clause is set off after opens the clause as a name does.
    const described = /^(?:a|an|the|one|another)$/.test(words[np.first]!.raw) && words[np.last + 1]?.raw === 'who';
    // "But the rebels, led by …, believe …": after the conjunction that opens the sentence, the phrase opens it too.
    const opensAfterConjunction = np.first === 1 && /^(?:But|And|Yet)$/.test(words[0]!.raw);
    if (
      startsClause &&
      (described || opensAfterConjunction || /^[\p{Lu}"“]/u.test(words[np.first]!.raw.replace(/^[("“]+/, '') || 'x'))
    )
      found = np;
  }
  return found;
}

/**
 * "Senator James Lankford, an Oklahoma Republican who warned …": a lower-case description set off after a name is
 * the name's appositive, so the name is who the relative clause speaks of.
 */
function namedBefore(words: Word[], description: Range): Range | null {
  const lead = words[description.first]!.bare;
  if (!/^(?:a|an|the)$/i.test(lead) || description.first < 2 || !words[description.first - 1]!.raw.endsWith(','))
    return null;
  const np = phraseEndingAt(words, description.first - 1);
  if (!np) return null;
  const name = words.slice(np.first, np.last + 1);
  return name.every((w) => /^\p{Lu}/u.test(w.bare) || /^(?:of|de|van|von|al)$/.test(w.bare)) ? np : null;
}

/**
 * The subject before an appositive, or the name the appositive gives a described subject: "Ukraine's foreign
 * minister, Dmytro Kuleba, urged …" is Kuleba's.
 */
function appositiveOrName(words: Word[], j: number): Range | null {
  const subject = appositiveSubject(words, j);
  const named = namedAppositive(words, j);
  if (!subject) return named;
  const described = /^\p{Ll}/u.test(words[subject.last]!.bare) && subject.last < j;
  return described && named && named.first > subject.last ? named : subject;
}

/**
 * "One voter, a retired teacher, said …", "the source, a refugee who feared reprisals, said …": a description set off
 * after the described subject `np` (the appositive ending at words[j]) says who the same person is; the speaker is
 * both, whichever a reader names them by. Null when the appositive is no second description.
 */
function describedTwice(words: Word[], np: Range, j: number): Range | null {
  const second = np.last + 1;
  if (second >= j || !words[np.last]!.raw.endsWith(',') || !/^(?:a|an)$/.test(words[second]!.raw)) return null;
  if (!/^\p{Ll}/u.test(words[np.last]!.bare) || !/^\p{Ll}/u.test(words[j]!.bare)) return null;
  return words.slice(second, j).some(endsClause) ? null : { first: np.first, last: j };
}

/**
 * "Maria Lopez for the Electoral Commission, says …": a comma between a sentence's named subject and its cue, with no
 * appositive to close; the name that opens the sentence, through its post-modifier, is the subject.
 */
function strayCommaSubject(words: Word[], j: number, ci: number): Range | null {
  if (j !== ci - 1) return null;
  const np = phraseEndingAt(words, j);
  if (!np || np.first !== 0 || np.last - np.first < 2) return null;
  return /^\p{Lu}/u.test(words[0]!.bare) && /^\p{Lu}/u.test(words[1]!.bare) ? np : null;
}

/**
 * "…, a company spokesman, Ravi Mendes, said": the lower-case description, opened by an article and set off by a comma
 * on each side, right before the capitalised name `np` that was set off after it.
 */
function descriptionBefore(words: Word[], np: Range): Range | null {
  if (np.first < 2 || !words[np.first - 1]!.raw.endsWith(',') || !/^\p{Lu}/u.test(words[np.first]!.bare)) return null;
  const d = phraseEndingAt(words, np.first - 1);
  // '“We will appeal,” her lawyer, Sam Ortiz, said': a quotation may close before it (its comma masked inside).
  if (!d || d.first === 0 || !/(?:,|["”])$/.test(words[d.first - 1]!.raw)) return null;
  const lead = words.slice(d.first, np.first);
  // An article or a possessive opens it: "a spokesman", "her lawyer", "the family's lawyer".
  return /^(?:a|an|the|his|her|its|their)$/.test(lead[0]!.raw) && lead.every((w) => /^\p{Ll}/u.test(w.bare)) ? d : null;
}

/** "The group that owns her music, Big Machine, says …": the name in the last appositive is the speaker. */
function namedAppositive(words: Word[], j: number): Range | null {
  const np = phraseEndingAt(words, j);
  // "One of them, a retired nurse named Jill Park, told …": the name after "named" in a described appositive.
  const name = np ? namedWithin(words, np.first, np.last) : -1;
  if (np && name > 0) return describedThenNamed(words, name - 1) ? { first: name, last: np.last } : null;
  if (!np || np.first === 0 || !words[np.first - 1]!.raw.endsWith(',')) return null;
  // "As one buyer, elmo666, wrote …": an online handle is a name too.
  return /^\p{Lu}/u.test(words[np.first]!.bare) || (np.first === np.last && HANDLE.test(words[np.first]!.bare))
    ? np
    : null;
}

/** The first capitalised word of words[first..last] right after "named" or "called" (index > 0); -1 if none. */
function namedWithin(words: Word[], first: number, last: number): number {
  for (let k = Math.max(first, 1); k <= last; k++)
    if (/^(?:named|called)$/.test(words[k - 1]!.raw) && /^\p{Lu}/u.test(words[k]!.bare)) return k;
  return -1;
}

/** Most words of the description before "named": "a retired schoolteacher from the valley named …". */
const MAX_NAMED_DESCRIPTION = 6;

/**
 * "One of them, a retired nurse named Jill Park, told …": the lower-case description of an appositive, opened by a
 * comma and an article, then "named" (words[at]) and the name, which is the speaker.
 */
function describedThenNamed(words: Word[], at: number): boolean {
  for (let k = at - 1; k > 0 && at - k <= MAX_NAMED_DESCRIPTION; k--) {
    const w = words[k]!;
    if (endsClause(w) || !/^\p{Ll}/u.test(w.bare)) return false;
    if (/^(?:a|an)$/.test(w.raw)) return words[k - 1]!.raw.endsWith(',');
  }
  return false;
}

/** '"…," said X' and '…, said X.': the speaker follows the cue, the content precedes it. */
function inverted(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue, cueSpan: Span): Draft | null {
  const first = words[ci + 1];
  if (!first) return null;
  // '…, said a person familiar with the talks.': the people go on through what they know of.
  const plain = phraseStartingAt(words, ci + 1);
  const np = describedName(words, ci + 1) ?? withKnowledge(words, plain);
  if (!np || clauseInside(words, np)) return null;
  // '…, says veteran industry analyst Ken Doctor.': a lower-case description may lead when a name follows.
  const named = words.slice(np.first, np.last + 1).some((x) => /^\p{Lu}/u.test(x.bare));
  if (np.first === np.last && TIME_WORD.test(first.bare)) return null; // '…," said Tuesday at a conference'
  // '…, say economists.', 'The combination, say economists, marks …': a bare plural of people may follow the cue.
  const knowing =
    np === plain
      ? -1
      : words.findIndex(
          (w, k) => k > np.first && /^(?:familiar|close|briefed|with|involved|privy|knowledgeable)$/.test(w.bare),
        );
  const head = knowing > np.first ? { first: np.first, last: knowing - 1 } : np;
  const people = !named && head.last - head.first < 2 && peoplePlural(words[head.last]!.bare);
  if (!/^(?:\p{Lu}|(?:the|a|an|his|her|its|their|one|another)$)/u.test(first.bare) && !named && !people) return null;
  // The speaker ends the clause, or a setting follows it: '…, said Amnesty International on Tuesday.', or a relative
  // clause on who the speaker is: '…, said a senior official who spoke on condition of anonymity.'
  const after = words[np.last + 1];
  if (
    after &&
    !endsClause(words[np.last]!) &&
    !PREPOSITION_INTRO.test(after.bare) &&
    !WEEKDAY.test(after.bare) &&
    !/^(?:who|whose)$/.test(after.bare)
  )
    return null;
  // "The agency, citing the army, said the ferry, the Blue Heron, had sunk": the phrase after the cue, an appositive
  // and a finite verb are the clause the cue reports, not its speaker inverted after it.
  if (after && words[np.last]!.raw.endsWith(',')) {
    const appositive = phraseStartingAt(words, np.last + 1);
    const verb = appositive && words[appositive.last]!.raw.endsWith(',') ? words[appositive.last + 1] : undefined;
    if (verb && (FINITE_AUXILIARY.test(verb.raw) || /^\p{Ll}{3,}ed$/u.test(verb.raw))) return null;
  }
  // "The combination, say economists, marks …": set off by commas inside the clause, the cue's content is all of it.
  const inside =
    words[np.last]!.raw.endsWith(',') &&
    !!after &&
    /^\p{Ll}+$/u.test(after.raw) &&
    // "…, said Laurence Tribe, a Harvard law professor.": a determiner opens the name's appositive, not the clause.
    !/ing$|^(?:and|but|while|who|which|that|according|citing|per|a|an|the|his|her|its|their|our|my)$/.test(after.raw) &&
    ci <= MAX_SPLIT_SUBJECT &&
    !words.slice(0, ci - 1).some(endsClause) &&
    !/["“”’]/.test(text.slice(s.start, cueSpan.start));
  const content = trimContent(text, s.start, inside ? s.end : cueSpan.start);
  if (!content) return null;
  const who = named ? np : (apposedName(words, np) ?? np);
  return { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan: phraseSpan(words, who.first, who.last), content };
}

/**
 * "The lawsuit, filed Tuesday in federal court, says the state violated the act": the words after the cue hold a
 * past verb with its object (a determiner or a name right after it), so they are the clause the cue reports, not
 * its speaker inverted after it.
 */
function clauseInside(words: Word[], np: Range): boolean {
  for (let k = np.first + 1; k < np.last; k++) {
    const w = words[k]!;
    if (endsClause(w) || !(/^\p{Ll}{3,}ed$/u.test(w.raw) || PAST_FORM.test(w.raw))) continue;
    if (/^(?:the|a|an|his|her|its|their|\p{Lu}\S*)$/u.test(words[k + 1]!.bare)) return true;
  }
  return false;
}

/** Auxiliaries and copulas that open a clause's verb: "the ferry, the Blue Heron, had sunk". */
const FINITE_AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does)$/;

/** Most words of a name set off after a description: "her sister, Fatou Diallo Ba,". */
const MAX_APPOSED_NAME = 4;

/**
 * '…, says her sister, Fatou, who lives in Dakar.': a lower-case description after an inverted cue, then a name of
 * capitalised words set off by commas (or ending the sentence); the name is who spoke. Null when none follows.
 */
function apposedName(words: Word[], np: Range): Range | null {
  if (!words[np.last]!.raw.endsWith(',')) return null;
  const first = np.last + 1;
  let k = first;
  while (k < words.length && k < first + MAX_APPOSED_NAME && /^\p{Lu}\p{Ll}/u.test(words[k]!.bare)) {
    if (endsClause(words[k]!)) return /[,.]$/.test(words[k]!.raw) ? { first, last: k } : null;
    k++;
  }
  return k > first && k === words.length ? { first, last: k - 1 } : null;
}

/** Most words of a subject split from its verb by an inverted cue: "The key to Stadia's success, says Buser, is …". */
const MAX_SPLIT_SUBJECT = 6;

/** A lower-case plural whose head names people ("economists", "officials", "analysts"), not "nothing" or "days". */
function peoplePlural(word: string): boolean {
  return word === 'people' || (/^\p{Ll}+s$/u.test(word) && speakerLike(word, false));
}

/**
 * '…, says certified financial planner Eric Roberge.': a short lower-case description, participles allowed, then
 * a capitalised name that ends the clause. The description's "-ed" words would end a plain noun phrase.
 */
function describedName(words: Word[], first: number): Range | null {
  let k = first;
  while (k < words.length && k < first + 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!.raw)) {
    if (NOT_IN_NOUN_PHRASE.has(words[k]!.bare) || lyAdverb(words[k]!.bare)) return null;
    k++;
  }
  if (k === first || k >= words.length || !/^\p{Lu}/u.test(words[k]!.bare)) return null;
  let last = k;
  while (last < words.length - 1 && !endsClause(words[last]!) && /^\p{Lu}/u.test(words[last + 1]!.bare)) last++;
  // The name ends the sentence or its clause; more words after it belong to something else.
  return last === words.length - 1 || endsClause(words[last]!) ? { first, last } : null;
}
