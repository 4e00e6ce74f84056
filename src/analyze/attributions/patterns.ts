/**
 * Reported-speech patterns in one sentence, as drafts of speaker phrase, cue and content spans:
 *   "X said (that) …", "X said: "…"", "…, X said.", ""…," said X", "X told Y (that) …",
 *   "X, an appositive, said …", "X did Y and said …", "…, but he said …",
 *   "according to X, …", "…, according to X.", "citing X, …", "as confirmed by X".
 * Works on the text with quotations masked, so cue words inside quotes never count.
 */
import type { Sentence, Span } from '../../vocabulary.js';
import {
  BETWEEN_SUBJECT_AND_CUE,
  CUE_BY_LEMMA,
  PARTICIPLE_CUES,
  PHRASE_CUES,
  VERB_FORMS,
  type VerbCue,
} from './cues.js';
import { phraseEndingAt, phraseSpan, phraseStartingAt } from './noun-phrase.js';
import { speakerLike } from './speaker-like.js';
import { DETERMINERS, endsClause, wordsIn, type Word } from './words.js';

export interface Draft {
  kind: 'verb' | 'according' | 'citing' | 'passive';
  cue: string;
  cueSpan: Span;
  speakerSpan: Span;
  /** Null for a phrase cue that only names a source (it modifies the sentence's main attribution). */
  content: Span | null;
}

type Range = { first: number; last: number };

const BE = /^(?:is|was|were|are|been|being|be)$/;
/** Words after a cue that introduce time or setting, not content: "said on Monday in a statement that". */
const INTRO =
  /^(?:on|in|at|for|during|while|when|late|early|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|separately|also|again|publicly|via|through|after|before)$/i;
/** Subjects that open a reported clause without "that". */
const CLAUSE_OPENER = /^(?:he|she|it|they|we|i|there)$/i;
/** Nouns of the occasion rather than the content: "said at a news conference". */
const OCCASION =
  /^(?:statement|interview|email|e-mail|tweet|post|letter|release|conference|briefing|call|meeting|hearing|event|show|podcast|video|speech|address|appearance|session|forum|summit|report|note|message)s?$/i;
/** How many commas back an appositive subject may start: "X, a fellow at Y in Z, Germany, said". */
const MAX_APPOSITIVE_COMMAS = 5;
/** Longest sentence (characters) read for reported speech. */
const MAX_SENTENCE = 3000;
/** How many words back a subject may start from its cue. */
const MAX_SUBJECT_REACH = 40;

/** Drafts of the attributions in sentence `s` of `text`; `masked` is the text with quotation interiors masked. */
export function draftsIn(text: string, masked: string, s: Sentence): Draft[] {
  // Tables, lists and run-on dumps are not prose: their cues would cost quadratic time and mean nothing.
  if (s.end - s.start > MAX_SENTENCE) return [];
  const words = wordsIn(masked, s.start, s.end);
  const out: Draft[] = [];
  const taken: Span[] = [];
  for (const p of PHRASE_CUES) {
    for (const m of masked.slice(s.start, s.end).matchAll(p.phrase)) {
      const cueSpan = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const at = words.findIndex((w) => w.start >= cueSpan.end);
      const np = at >= 0 ? phraseStartingAt(words, at) : null;
      if (!np) continue;
      const speakerSpan = phraseSpan(words, np.first, np.last);
      if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), false, true)) continue;
      taken.push({ start: cueSpan.start, end: speakerSpan.end });
      const cue = p.kind === 'passive' ? passiveLemma(m[0]) : p.cue;
      out.push({ kind: p.kind, cue, cueSpan, speakerSpan, content: null });
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lemma = VERB_FORMS.get(w.bare);
    if (!lemma || w.bare !== w.raw.replace(/[^\p{L}]+$/u, '')) continue;
    if (taken.some((t) => w.start >= t.start && w.start < t.end)) continue;
    const prev = words[i - 1]?.bare.toLowerCase();
    if (prev === 'to' || (prev !== undefined && DETERMINERS.has(prev))) continue; // "declined to say", "the reports"
    if (/^report/.test(w.bare) && /^to$/i.test(words[i + 1]?.bare ?? '')) continue; // "Vindman reported to him"
    const host = out.find(
      (d) => d.kind === 'verb' && d.content && w.start >= d.content.start && w.start < d.content.end,
    );
    const d = verbDraft(text, s, words, i, CUE_BY_LEMMA.get(lemma)!);
    if (!d) continue;
    if (host) {
      // A second speaker inside the first one's content only after ", but" / ", and": "…, but he said that …".
      const joint = /[,;]\s+(?:but|and|while)\s+$/i.exec(text.slice(host.content!.start, d.speakerSpan.start));
      if (!joint) continue;
      const cut = trimContent(text, host.content!.start, host.content!.start + joint.index);
      if (!cut) continue;
      host.content = cut;
    }
    out.push(d);
  }
  if (!out.some((d) => d.kind === 'verb')) out.push(...participleDrafts(text, words));
  return out.sort((a, b) => a.cueSpan.start - b.cueSpan.start);
}

/** "The US welcomed the exchange, saying …": the sentence's subject speaks through the participle. */
function participleDrafts(text: string, words: Word[]): Draft[] {
  const i = words.findIndex((w, k) => k > 1 && PARTICIPLE_CUES.has(w.bare) && words[k - 1]!.raw.endsWith(','));
  if (i < 0) return [];
  const np = phraseStartingAt(words, 0);
  if (!np || np.last >= i - 1) return [];
  const speakerSpan = phraseSpan(words, np.first, np.last);
  if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), true)) return [];
  const that = words[i + 1]?.bare.toLowerCase() === 'that' ? i + 2 : i + 1;
  const content = words[that] ? trimContent(text, words[that]!.start, words[words.length - 1]!.end) : null;
  if (!content) return [];
  const cueSpan = { start: words[i]!.start, end: words[i]!.start + words[i]!.bare.length };
  return [{ kind: 'verb', cue: PARTICIPLE_CUES.get(words[i]!.bare)!, cueSpan, speakerSpan, content }];
}

function passiveLemma(phrase: string): string {
  return /(confirmed|reported|announced|stated|said|noted|quoted)/i.exec(phrase)?.[1]?.toLowerCase() ?? 'said';
}

function verbDraft(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue): Draft | null {
  const w = words[ci]!;
  const cueSpan = { start: w.start, end: w.start + w.bare.length };
  if (cue.inverts && (ci === 0 || endsClause(words[ci - 1]!))) {
    const inv = inverted(text, s, words, ci, cue, cueSpan);
    if (inv) return inv;
  }
  let j = ci - 1;
  for (; j >= 0 && !endsClause(words[j]!); j--) {
    const lw = words[j]!.bare;
    if (!BETWEEN_SUBJECT_AND_CUE.has(lw.toLowerCase()) && !/^[a-z]+ly$/.test(lw)) break;
    if (BE.test(lw.toLowerCase())) return null; // "it was reported that": no speaker here
  }
  if (j < 0) return null;
  const wj = words[j]!;
  let np: Range | null;
  if (endsClause(wj)) np = wj.raw.endsWith(',') ? (appositiveSubject(words, j) ?? namedAppositive(words, j)) : null;
  else if (/^(?:and|but)$/i.test(wj.bare)) np = clauseSubject(words, j);
  else np = phraseEndingAt(words, j);
  if (!np) return null;
  const speakerSpan = phraseSpan(words, np.first, np.last);
  if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), np.first === 0)) return null;
  const content = choose(text, s, words, ci, cue, speakerSpan);
  return content ? { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan, content } : null;
}

/** Content before the subject when it stands after a clause ("…," X said in a statement), else after the cue. */
function choose(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue, speaker: Span): Span | null {
  const before = text.slice(Math.max(s.start, speaker.start - 12), speaker.start).trimEnd();
  const clauseBefore = /[,"”’:—–-]$/.test(before) ? trimContent(text, s.start, speaker.start) : null;
  const after = contentAfter(text, s, words, ci, cue);
  // '"…," X said …' and '…, X said (in a statement).': the clause before is the content.
  const quoteBefore = /[,.!?]["”’]$/.test(before);
  if (clauseBefore && (!after || after.setting || (quoteBefore && !after.clause))) return clauseBefore;
  if (!after || after.setting) return null;
  if (cue.quoteOnly) return /["“”]/.test(text.slice(after.span.start - 1, after.span.end + 1)) ? after.span : null;
  return after.clause || cue.bare ? after.span : null;
}

/** The first noun phrase of the clause: the subject of "It did not reveal … and said …". */
function clauseSubject(words: Word[], j: number): Range | null {
  let b = j - 1;
  while (b >= Math.max(0, j - MAX_SUBJECT_REACH) && !endsClause(words[b]!)) b--;
  const np = phraseStartingAt(words, b + 1);
  return np && np.last < j - 1 ? np : null;
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
    const np = phraseEndingAt(words, k);
    if (!np) continue;
    const startsClause =
      np.first === 0 || endsClause(words[np.first - 1]!) || /^(?:and|but)$/i.test(words[np.first - 1]!.bare);
    if (startsClause && /^[\p{Lu}"“]/u.test(words[np.first]!.raw.replace(/^[("“]+/, '') || 'x')) found = np;
  }
  return found;
}

/** "The group that owns her music, Big Machine, says …": the name in the last appositive is the speaker. */
function namedAppositive(words: Word[], j: number): Range | null {
  const np = phraseEndingAt(words, j);
  if (!np || np.first === 0 || !words[np.first - 1]!.raw.endsWith(',')) return null;
  return /^\p{Lu}/u.test(words[np.first]!.bare) ? np : null;
}

/** '"…," said X' and '…, said X.': the speaker follows the cue, the content precedes it. */
function inverted(text: string, s: Sentence, words: Word[], ci: number, cue: VerbCue, cueSpan: Span): Draft | null {
  const first = words[ci + 1];
  if (!first || !/^(?:\p{Lu}|(?:the|a|an|his|her|its|their|one|another)$)/u.test(first.bare)) return null;
  const np = phraseStartingAt(words, ci + 1);
  if (!np) return null;
  if (words[np.last + 1] && !endsClause(words[np.last]!)) return null;
  const content = trimContent(text, s.start, cueSpan.start);
  if (!content) return null;
  return { kind: 'verb', cue: cue.lemma, cueSpan, speakerSpan: phraseSpan(words, np.first, np.last), content };
}

/** The content after a cue, skipping "that", time and setting; `clause` when "that", ":" or a quote opens it. */
function contentAfter(
  text: string,
  s: Sentence,
  words: Word[],
  ci: number,
  cue: VerbCue,
): { span: Span; clause: boolean; setting: boolean } | null {
  const w = words[ci]!;
  let k = ci + 1;
  const next = words[k];
  if (!next) return null;
  const colon = /:$/.test(w.raw);
  const quoted = /^["“]/.test(next.raw);
  if (/,$/.test(w.raw) && !/^["“]/.test(next.raw)) return null; // "…, X said, adding" is post-posed
  const that = words.findIndex((x, i) => i > ci && i <= ci + 9 && x.bare.toLowerCase() === 'that');
  const clean = that > 0 && !words.slice(ci, that).some((x, i) => i > 0 && endsClause(x) && !x.raw.endsWith(','));
  let clause = colon || quoted;
  let setting = false;
  if (clean && (that === ci + 1 || INTRO.test(next.bare) || cue.lemma === 'told')) {
    k = that + 1;
    clause = true;
  } else if (cue.lemma === 'told') {
    // The addressee, then a colon, a quote or a clause with its own subject: "told police he supported …".
    while (k < words.length && k <= ci + 5 && !endsClause(words[k]!) && !CLAUSE_OPENER.test(words[k]!.bare)) k++;
    if (words[k] && endsClause(words[k]!)) k++;
    clause =
      !!words[k] && (CLAUSE_OPENER.test(words[k]!.bare) || /^["“]/.test(words[k]!.raw) || /:$/.test(words[k - 1]!.raw));
    setting = !clause;
  } else {
    while (k < words.length && INTRO.test(words[k]!.bare) && !endsClause(words[k - 1]!)) k++;
    // "said on Monday." or "said at the Code Media conference in Hollywood": the setting, not the content.
    const rest = words.slice(k);
    setting =
      k > ci + 1 &&
      !clean &&
      (rest.length < 4 || rest.slice(0, 5).some((x) => OCCASION.test(x.bare)) || endsClause(words[k - 1]!));
  }
  if (!clause && /^["“]/.test(words[k]?.raw ?? '')) clause = true;
  // "noted there is …", "added he would …": a clause with a pronoun subject needs no "that".
  if (!clause && !cue.bare && CLAUSE_OPENER.test(words[k]?.bare ?? '')) clause = true;
  const span = trimContent(text, words[k]?.start ?? s.end, s.end);
  return span ? { span, clause, setting: setting && !clause } : null;
}

/** Trims spaces, edge punctuation and enclosing quote marks; null when fewer than two words remain. */
export function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,:;—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:!?—–-]/.test(text[end - 1]!)) end--;
  const m = text.slice(start, end);
  if (/^["“]/.test(m) && /["”]$/.test(m) && !/["“”]/.test(m.slice(1, -1))) {
    start++;
    end--;
    while (end > start && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
  }
  // Two words at least (checked on a bounded prefix: sentences can be whole tables).
  if (!/\S\s+\S/.test(text.slice(start, Math.min(end, start + 200))) && !/["“”]/.test(m.slice(0, 200))) return null;
  return { start, end };
}
