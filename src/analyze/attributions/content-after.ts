/**
 * What a speech cue reports after it: a clause ("said (that) …", skipping time and setting), a quotation after a
 * frame ("told me when I visited …, “…”"), or an object; split from patterns.ts, which finds the cues and speakers.
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { PARTICIPLE_CUES, VERB_FORMS, type VerbCue } from './cues.js';
import { trimContent } from './draft.js';
import { thatIsDeterminer } from './that-determiner.js';
import { CLAUSE_OPENER, endsClause, thatWithin, type Word } from './words.js';

/** Prepositions among the words skipped after a cue: what follows them is a setting unless a clause comes. */
export const PREPOSITION_INTRO = /^(?:on|in|at|for|from|during|via|through|after|before|without)$/i;
/** Words after a cue that introduce time or setting, not content: "said on Monday in a statement that". */
export const INTRO =
  /^(?:on|in|at|for|from|during|while|when|late|early|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|separately|also|again|publicly|via|through|after|before|without|repeatedly|privately|falsely|wrongly|aloud)$/i;
/** Auxiliaries and modals: a short noun phrase then one of these after a cue is a clause ("promised players would"). */
export const AUXILIARY =
  /^(?:is|are|was|were|will|would|could|can|cannot|should|may|might|must|has|have|had|(?:is|are|was|were|has|have|had|do|does|did|wo|would|could|ca|should)n['’]t)$/i;
/** Participles of a second statement that take their own "that": "…, adding that …", "…, saying that …". */
const SECOND_CUE = /^(?:adding|saying|noting|insisting|arguing|warning|stressing|explaining|telling|claiming)$/;

/** Nouns of the occasion rather than the content: "said at a news conference". */
const OCCASION =
  /^(?:statement|interview|email|e-mail|tweet|post|letter|release|conference|briefing|call|meeting|hearing|event|show|podcast|video|speech|address|appearance|session|forum|summit|report|note|message)s?$/i;

/**
 * The first word of an addressee after "to": a determiner, a name or a pronoun ("stated to the Herald that", "said to
 * reporters that"); not a verb ("vowed to veto any bill that …", "said to have …").
 */
export const TO_ADDRESSEE =
  /^(?:the|a|an|his|her|their|its|our|my|him|them|me|us|reporters|journalists|police|investigators|\p{Lu}\S*)$/u;

/** What a cue reports: its span, and whether a clause opens it, it is a setting, or "that" introduces it. */
type ContentReading = { span: Span; clause: boolean; setting: boolean; that: boolean };

/** The content after a cue, skipping "that", time and setting; `clause` when "that", ":" or a quote opens it. */
export function contentAfter(
  text: string,
  s: Sentence,
  words: Word[],
  ci: number,
  cue: VerbCue,
): ContentReading | null {
  const read = clauseAfter(text, s, words, ci, cue);
  const framed = framedQuotation(text, s, words, ci, cue);
  return framed && (!read || read.span.start < framed.start)
    ? { span: framed, clause: true, setting: false, that: false }
    : read;
}

/** Most words of frame between a cue and the quotation it introduces. */
const MAX_FRAME = 25;
/** Fewest words of a quotation read as what a frame introduces (not a title: 'the report, “Climate Futures.”'). */
const MIN_FRAMED_WORDS = 4;

/**
 * 'told me when I visited the lab, “…”', 'wrote on the forum, a site that sprang up after the original: “…”',
 * 'told The Independent “…”': a frame after the cue (an addressee, a setting, an aside) and then a quotation that
 * ends the sentence; the quotation is what was said, not the frame's last clause. The frame ends in a colon; or in a
 * comma with no "that" in it (else 'said that the plan, “…”' reports the clause); or, after a short addressee, in
 * nothing. No other cue in the frame.
 */
function framedQuotation(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue): Span | null {
  if (endsClause(words[ci]!) && !/[,:]$/.test(words[ci]!.raw)) return null;
  let k = ci + 1;
  for (; k < words.length && k <= ci + MAX_FRAME; k++) {
    const w = words[k]!;
    if (/^["“]/.test(w.raw)) break;
    if (VERB_FORMS.has(w.bare) || PARTICIPLE_CUES.has(w.bare) || /^(?:according|citing|quoting)$/.test(w.bare))
      return null;
    if (/[;.!?]["”’]?$/.test(w.raw) && !TITLE_STOP.test(w.raw)) return null;
  }
  if (k === ci + 1 || k >= words.length || k > ci + MAX_FRAME) return null;
  // The quotation closes at the sentence's end (its interior is masked, so only its marks show).
  for (let c = k; c < words.length - 1; c++) if (/["”]/.test(words[c]!.raw.slice(c === k ? 1 : 0))) return null;
  const content = trimContent(text, words[k]!.start, s.end);
  if (!content || text.slice(content.start, content.end).split(/\s+/).length < MIN_FRAMED_WORDS) return null;
  const frame = words.slice(ci + 1, k);
  const that = frame.some((x) => x.bare.toLowerCase() === 'that');
  const last = words[k - 1]!.raw;
  if (/:$/.test(last)) return content;
  if (/,$/.test(last)) return that ? null : content;
  return cue.addressee && !that && k <= ci + 5 && !frame.some(endsClause) ? content : null;
}

/** Most words of an aside between a cue and its "that": "claimed, without offering any evidence, that". */
const MAX_ASIDE = 7;

/** The words between the cue's comma and "that" at `that` are one aside: no cue, no clause end but its closing comma. */
function asideBetween(words: Word[], ci: number, that: number): boolean {
  const inner = words.slice(ci + 1, that);
  return (
    inner.every((w, k) => k === inner.length - 1 || !endsClause(w)) &&
    !inner.some((w) => VERB_FORMS.has(w.bare) || PARTICIPLE_CUES.has(w.bare) || /["“”]/.test(w.raw))
  );
}

/** A word whose full stop ends no sentence: a title or an initial ("Dr.", "W."). */
const TITLE_STOP = /^(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Gen|Sen|Rep|Gov|Prof|\p{Lu})\.$/u;

/** Indefinite pronouns of things, which are told rather than told to: "tells something", "told nothing". */
const INDEFINITE_THING = /^(?:something|anything|nothing|everything)$/i;

/** Words that open a subordinate clause after an addressee: "told reporters as he left", "told AP while …". */
const SUBORDINATOR_AFTER = /^(?:as|while|when|after|before|because|since|until|once|though|although)$/;

/** The content after a cue read as a clause, a setting or an object (contentAfter's first reading). */
function clauseAfter(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue): ContentReading | null {
  const w = words[ci]!;
  let k = ci + 1;
  const next = words[k];
  if (!next) return null;
  const colon = /:$/.test(w.raw);
  const quoted = /^["“]/.test(next.raw);
  if (/,$/.test(w.raw) && !/^["“]/.test(next.raw)) {
    // "Reuters reported, citing two sources, that …": the content follows the inserted source.
    // "claimed, without evidence, that …": a short aside set off by commas, then "that".
    const aside = thatWithin(words, ci, MAX_ASIDE);
    const asideOk = aside > ci + 1 && asideBetween(words, ci, aside);
    const inserted = /^(?:citing|quoting|according|per)$/.test(next.bare)
      ? thatWithin(words, ci, 16)
      : asideOk
        ? aside
        : -1;
    if (inserted < 0 || !words[inserted - 1]!.raw.endsWith(',')) return null; // "…, X said, adding" is post-posed
    const span = trimContent(text, words[inserted + 1]?.start ?? s.end, s.end);
    return span ? { span, clause: true, setting: false, that: true } : null;
  }
  // "promised to keep trying" is a commitment's infinitive, "promised the state that …" speech to an addressee.
  // "someone tells something and you trust him": an indefinite thing told is no addressee, and what follows it is
  // not what was told.
  if (cue.addressee && INDEFINITE_THING.test(next.bare) && /^(?:and|but|or)$/i.test(words[k + 1]?.bare ?? ''))
    return null;
  const addressee = cue.addressee && !(cue.infinitive && next.bare === 'to');
  const that = thatWithin(words, ci, addressee ? 12 : 9);
  // A quoted title in the setting ('said Sunday on NBC's “Meet the Press” that …') ends no clause.
  const clean =
    that > 0 &&
    !(that === ci + 1 && thatIsDeterminer(words, that)) &&
    // "said in a statement, adding that …": the "that" is the participle's, not this cue's.
    !words.slice(ci + 1, that).some((x) => SECOND_CUE.test(x.bare)) &&
    !words
      .slice(ci, that)
      .some((x, i) => i > 0 && endsClause(x) && !x.raw.endsWith(',') && !/^["“][^"“”]*["”]$/.test(x.raw));
  let clause = colon || quoted;
  let setting = false;
  let thatClause = colon;
  // "stated to the Herald that …", "said to reporters that …": an addressee after "to" (not "said to have …").
  const toAddressee = next.bare === 'to' && TO_ADDRESSEE.test(words[ci + 2]?.bare ?? '');
  // "announced as part of the deal that …", "the limits he had announced as part of the reform": a purpose, not content.
  const asPart = asPartOf(words, ci + 1);
  if (
    clean &&
    (that === ci + 1 || INTRO.test(next.bare) || asPart > 0 || addressee || (toAddressee && that <= ci + 6))
  ) {
    k = that + 1;
    clause = true;
    thatClause = true;
  } else if (addressee) {
    // The addressee, then a colon, a quote or a clause with its own subject: "told police he supported …".
    // "told AP as he waited": a clause after a subordinator is the telling's setting, not what was told.
    while (
      k < words.length &&
      k <= ci + 5 &&
      !endsClause(words[k]!) &&
      !CLAUSE_OPENER.test(words[k]!.bare) &&
      !SUBORDINATOR_AFTER.test(words[k]!.bare)
    )
      k++;
    if (words[k] && endsClause(words[k]!)) k++;
    clause =
      !!words[k] && (CLAUSE_OPENER.test(words[k]!.bare) || /^["“]/.test(words[k]!.raw) || /:$/.test(words[k - 1]!.raw));
    // "told Polygraph.info the Russian Defense Ministry's allegations are false": a short addressee, then a
    // clause with a noun subject.
    // "told lawmakers no evidence supports the claim": its verb may be any finite one, and "no" may lead it.
    for (let a = ci + 2; !clause && a <= ci + 4 && a < words.length; a++) {
      if (endsClause(words[a - 1]!)) break;
      if (
        /^(?:the|a|an|no|his|her|its|their|\p{Lu}\S*)$/u.test(words[a]!.bare) &&
        (subjectThenAuxiliary(words, a) || subjectThenFinite(words, a) || subjectThenPresent(words, a))
      ) {
        k = a;
        clause = true;
      }
    }
    // "promised players would be able to …": no addressee, a clause with a noun subject right after the cue.
    if (!clause && !OBJECT_PRONOUN.test(next.bare) && subjectThenAuxiliary(words, ci + 1)) {
      k = ci + 1;
      clause = true;
    }
    setting = !clause;
  } else if (yearThenClause(words, ci)) {
    // "estimated by 2050, rising costs would …": a year set off before the clause it dates.
    k = ci + 3;
    clause = true;
  } else {
    if (asPart > 0) k = asPart;
    while (k < words.length && INTRO.test(words[k]!.bare) && !endsClause(words[k - 1]!)) k++;
    // "said on Monday." or "said at the Code Media conference in Hollywood": the setting, not the content.
    // "said in the campaign's announcement": a place or occasion after a preposition, unless a clause follows.
    const preposition = asPart > 0 || words.slice(ci + 1, k).some((x) => PREPOSITION_INTRO.test(x.bare));
    setting =
      (!clean && addresseeOnly(words, k)) ||
      (k > ci + 1 &&
        !clean &&
        (words.length - k < 4 ||
          words.slice(k, k + 5).some((x) => OCCASION.test(x.bare)) ||
          endsClause(words[k - 1]!) ||
          (preposition && !CLAUSE_OPENER.test(words[k]?.bare ?? '') && !subjectThenAuxiliary(words, k))));
  }
  // "said in a letter to Abbott last month: “…”": a setting that ends in a colon before a quotation introduces it.
  if (setting && !clause) {
    const colon = colonBeforeQuote(words, ci + 1, ci + 14);
    if (colon > 0) [k, clause, setting, thatClause] = [colon + 1, true, false, true];
  }
  // A quotation opens the content right after the cue or its comma, not after a preposition ('said on "DWTS."').
  if (!clause && /^["“]/.test(words[k]?.raw ?? '') && (k === ci + 1 || /[,:]$/.test(words[k - 1]!.raw))) clause = true;
  // "noted there is …", "added he would …": a clause with a pronoun subject needs no "that".
  if (!clause && !cue.bare && CLAUSE_OPENER.test(words[k]?.bare ?? '')) clause = true;
  if (!clause && !cue.bare && !setting) clause = subjectThenAuxiliary(words, k) || subjectThenFinite(words, k);
  const span = trimContent(text, words[k]?.start ?? s.end, s.end);
  return span ? { span, clause, setting: setting && !clause, that: thatClause } : null;
}

/** "as part of", "as part and parcel of" at words[k]: the index of the word after "of", or -1. */
function asPartOf(words: Word[], k: number): number {
  const at = (n: number): string => words[n]?.raw.toLowerCase() ?? '';
  if (at(k) !== 'as' || at(k + 1) !== 'part') return -1;
  if (at(k + 2) === 'of') return k + 3;
  return at(k + 2) === 'and' && at(k + 3) === 'parcel' && at(k + 4) === 'of' ? k + 5 : -1;
}

/** Most words of an addressee after "to": "to Terry Gross", "to the city council". */
const MAX_ADDRESSEE = 5;

/**
 * "what Colbert said to Terry Gross.", "The plan, the mayor said to the council, is dead.": "to" and an addressee that
 * ends its clause (at the sentence's end or a comma) is whom the words were said to, not what was said.
 */
function addresseeOnly(words: Word[], k: number): boolean {
  if (words[k]?.bare !== 'to' || endsClause(words[k]!) || !TO_ADDRESSEE.test(words[k + 1]?.bare ?? '')) return false;
  for (let m = k + 1; m < words.length && m <= k + MAX_ADDRESSEE; m++) {
    if (AUXILIARY.test(words[m]!.bare) || /^(?:that|who|which|and|or)$/i.test(words[m]!.bare)) return false;
    if (m === words.length - 1 || endsClause(words[m]!)) return true;
  }
  return false;
}

/** "by 2050, …", "in 2019, …": a preposition and a year with its comma after a cue, then a clause. */
function yearThenClause(words: Word[], ci: number): boolean {
  if (endsClause(words[ci]!) || !/^(?:by|in|until|since|before|after)$/.test(words[ci + 1]?.raw ?? '')) return false;
  if (!/^(?:1[89]|2[01])\d\d,$/.test(words[ci + 2]?.raw ?? '')) return false;
  return CLAUSE_OPENER.test(words[ci + 3]?.bare ?? '') || subjectThenAuxiliary(words, ci + 3);
}

/** Index of a word in [from, to] that ends in a colon with a quotation right after it, none ending a clause before. */
function colonBeforeQuote(words: Word[], from: number, to: number): number {
  for (let m = from; m <= to && m < words.length - 1; m++) {
    if (/:$/.test(words[m]!.raw)) return /^["“]/.test(words[m + 1]!.raw) ? m : -1;
    if (endsClause(words[m]!)) return -1;
  }
  return -1;
}

/** Most words of a subject before its verb in a reported clause with no "that": "reduction of crop yields by 2050". */
const MAX_BARE_SUBJECT = 10;
/**
 * Past forms of common verbs that do not end in "-ed". "spread", "hit", "cut", "cost" and "hurt" are bases and nouns
 * too; read here only after a subject of two words or more ("believe the virus spread through …"), they are its verb.
 */
export const IRREGULAR_PAST =
  /^(?:began|grew|fell|rose|left|made|took|became|went|came|gave|won|lost|kept|held|brought|drove|led|ran|saw|sold|spent|stood|told|thought|fought|struck|caught|broke|sent|paid|built|felt|knew|meant|met|shot|fled|threw|wrote|spoke|stole|bought|taught|sank|shook|swept|drew|flew|froze|chose|forgot|sought|hid|withdrew|underwent|spread|hit|cut|cost|hurt|did)$/;
/** Words after a participle that make it a reduced relative ("the men arrested in the raid"), not a finite verb. */
const AFTER_PARTICIPLE = /^(?:by|in|at|on|for|after|from|with|during|to|into|under|as|over|or|and)$/i;
/** Object pronouns, which open no subject: "found her buried in …", "found itself offering …". */
const OBJECT_PRONOUN = /^(?:her|him|them|me|us|itself|himself|herself|themselves|myself|ourselves)$/i;
/** Words that end the subject phrase before its verb is found: a relative or an adverbial clause opens. */
const NOT_IN_SUBJECT = /^(?:that|which|who|whose|where|when|while|because|as|if|since|until|and|or|but|to|not)$/i;

/**
 * "found turnout among young voters exceeded 40 percent", "explained the party's decline began when …", "believes the
 * voters found in the survey may have left": a noun phrase of up to ten words (prepositions allowed past its first
 * word), then an auxiliary or a past verb that is no reduced relative's participle. No "that", "and", comma between.
 */
export function subjectThenFinite(words: Word[], k: number): boolean {
  if (!/^(?:the|a|an|his|her|its|their|\p{Lu}\S*|\p{Ll}+)$/u.test(words[k]?.bare ?? '')) return false;
  if (/^(?:to|for|in|on|at|with|about|by|that|like|how|what|whether|if|why)$/i.test(words[k]!.bare)) return false;
  if (OBJECT_PRONOUN.test(words[k]!.bare)) return false;
  for (let n = k + 1; n < words.length && n <= k + MAX_BARE_SUBJECT; n++) {
    const w = words[n]!;
    if (endsClause(words[n - 1]!) || NOT_IN_SUBJECT.test(w.bare) || pronounAfterNoun(words, n)) return false;
    if (AUXILIARY.test(w.bare)) return true;
    const past = /^\p{Ll}{3,}ed$/u.test(w.raw) || IRREGULAR_PAST.test(w.raw);
    if (past && n > k + 1 && !AFTER_PARTICIPLE.test(words[n + 1]?.bare ?? '') && !endsClause(w)) return true;
  }
  return false;
}

/**
 * A subject pronoun after a noun phrase's first word starts a clause of its own, so the phrase before it is an object:
 * "when he found his brother he had peace" (not "found that his brother had …").
 */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)$/i;

/** words[n] is a subject pronoun right after a word of the phrase (not after "when", "if", "that" …). */
function pronounAfterNoun(words: Word[], n: number): boolean {
  return (
    SUBJECT_PRONOUN.test(words[n]!.bare) && !NOT_IN_SUBJECT.test(words[n - 1]!.bare) && !INTRO.test(words[n - 1]!.bare)
  );
}

/**
 * "writes the issue and then has an editor …", "took the call and has said nothing": "then", or "and"/"or" right
 * before an auxiliary, joins a second verb phrase to the first, whose object the words before were.
 */
function coordinatedVerb(words: Word[], n: number): boolean {
  const w = words[n]!.bare.toLowerCase();
  return w === 'then' || ((w === 'and' || w === 'or') && AUXILIARY.test(words[n + 1]?.bare ?? ''));
}

/** "promised players would …", "believes the real toll may be …": a short noun phrase, then an auxiliary. */
export function subjectThenAuxiliary(words: Word[], k: number): boolean {
  for (let n = k; n < words.length && n <= k + 6; n++) {
    const w = words[n]!;
    if (n > k && (pronounAfterNoun(words, n) || coordinatedVerb(words, n))) return false;
    if (n > k && AUXILIARY.test(w.bare)) return true;
    if (endsClause(w) || AUXILIARY.test(w.bare) || /^(?:to|for|in|on|at|with|about|by|that|like)$/i.test(w.bare))
      return false;
  }
  return false;
}

/** Most words of a subject before a present-tense verb: "no evidence", "the new rule". */
const MAX_PRESENT_SUBJECT = 4;

/**
 * "the evidence supports …", "no deal remains …": a short noun phrase whose last word is no plural, then a lower-case
 * verb in -s that is no plural noun ("the company's sales figures" has none) and has words after it.
 */
export function subjectThenPresent(words: Word[], k: number): boolean {
  for (let n = k + 1; n < words.length - 1 && n <= k + MAX_PRESENT_SUBJECT; n++) {
    const prev = words[n - 1]!;
    if (endsClause(prev) || NOT_IN_SUBJECT.test(words[n]!.bare)) return false;
    if (AUXILIARY.test(words[n]!.bare)) return false;
    const verb = /^\p{Ll}{2,}[^su'’]s$/u.test(words[n]!.raw);
    if (verb && n > k && !/s$/i.test(prev.bare) && !/^(?:the|a|an|no|his|her|its|their)$/i.test(prev.bare)) return true;
  }
  return false;
}
