/**
 * Reported-speech patterns in one sentence, as drafts of speaker phrase, cue and content spans:
 *   "X said (that) …", "X said: "…"", "…, X said.", ""…," said X", "X told Y (that) …",
 *   "according to X, …", "…, according to X.", "citing X, …", "as confirmed by X".
 * Works on the text with quotations masked, so cue words inside quotes never count.
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { BETWEEN_SUBJECT_AND_CUE, PHRASE_CUES, VERB_FORMS } from './cues.js';
import { phraseEndingAt, phraseSpan, phraseStartingAt } from './noun-phrase.js';
import { DETERMINERS, endsClause, wordsIn, type Word } from './words.js';

export interface Draft {
  kind: 'verb' | 'according' | 'citing' | 'passive';
  cue: string;
  cueSpan: Span;
  speakerSpan: Span;
  /** Null for a phrase cue that only names a source (it modifies the sentence's main attribution). */
  content: Span | null;
}

const BE = /^(?:is|was|were|are|been|being|be)$/;
/** Words after a cue that introduce time or setting, not content: "said on Monday in a statement that". */
const INTRO =
  /^(?:on|in|at|during|late|early|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|separately|also|again|publicly|via|through|after|before)$/i;

/** Drafts of the attributions in sentence `s` of `text`; `masked` is the text with quotation interiors masked. */
export function draftsIn(text: string, masked: string, s: Sentence): Draft[] {
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
      taken.push({ start: cueSpan.start, end: speakerSpan.end });
      out.push({
        kind: p.kind,
        cue: p.kind === 'passive' ? passiveLemma(m[0]) : p.cue,
        cueSpan,
        speakerSpan,
        content: null,
      });
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lemma = VERB_FORMS.get(w.bare);
    if (!lemma || w.bare !== w.raw.replace(/[^\p{L}]+$/u, '')) continue;
    if (taken.some((t) => w.start >= t.start && w.start < t.end)) continue;
    if (out.some((d) => d.kind === 'verb' && d.content && w.start >= d.content.start && w.start < d.content.end))
      continue;
    const prev = words[i - 1]?.bare.toLowerCase();
    if (prev === 'to' || (prev !== undefined && DETERMINERS.has(prev))) continue; // "declined to say", "the reports"
    const d = verbDraft(text, s, words, i, lemma);
    if (d) out.push(d);
  }
  return out.sort((a, b) => a.cueSpan.start - b.cueSpan.start);
}

function passiveLemma(phrase: string): string {
  return /(confirmed|reported|announced|stated|said|noted|quoted)/i.exec(phrase)?.[1]?.toLowerCase() ?? 'said';
}

function verbDraft(text: string, s: Sentence, words: Word[], ci: number, lemma: string): Draft | null {
  const cue = words[ci]!;
  const cueSpan = { start: cue.start, end: cue.start + cue.bare.length };
  let j = ci - 1;
  let passive = false;
  while (j >= 0 && !endsClause(words[j]!) && BETWEEN_SUBJECT_AND_CUE.has(words[j]!.bare.toLowerCase())) {
    if (BE.test(words[j]!.bare.toLowerCase())) passive = true;
    j--;
  }
  if (passive) return null; // "it was reported that": no speaker here
  if (j < 0) return inverted(text, s, words, ci, lemma, cueSpan);
  const wj = words[j]!;
  if (endsClause(wj)) {
    const inv = inverted(text, s, words, ci, lemma, cueSpan);
    if (inv || !wj.raw.endsWith(',')) return inv;
    // "X, an appositive, said …": the subject stands before the previous comma.
    let k = j - 1;
    while (k >= 0 && !(endsClause(words[k]!) && words[k]!.raw.endsWith(','))) {
      if (endsClause(words[k]!)) return null;
      k--;
    }
    if (k < 0) return null;
    j = k;
  }
  const np = phraseEndingAt(words, j);
  if (!np) return null;
  const speakerSpan = phraseSpan(words, np.first, np.last);
  const content = contentAfter(text, s, words, ci, lemma) ?? contentBefore(text, s, speakerSpan.start);
  if (!content) return null;
  return { kind: 'verb', cue: lemma, cueSpan, speakerSpan, content };
}

/** '"…," said X' and '…, said X.': the speaker follows the cue, the content precedes it. */
function inverted(text: string, s: Sentence, words: Word[], ci: number, lemma: string, cueSpan: Span): Draft | null {
  const np = phraseStartingAt(words, ci + 1);
  if (!np) return null;
  const after = words[np.last + 1];
  if (after && !endsClause(words[np.last]!)) return null;
  const content = contentBefore(text, s, cueSpan.start);
  if (!content) return null;
  return { kind: 'verb', cue: lemma, cueSpan, speakerSpan: phraseSpan(words, np.first, np.last), content };
}

/** The content after a cue, skipping "that", time and setting ("said on Monday in a statement that"). */
function contentAfter(text: string, s: Sentence, words: Word[], ci: number, lemma: string): Span | null {
  const cue = words[ci]!;
  if (/[,]$/.test(cue.raw) && !/^[“"]/.test(words[ci + 1]?.raw ?? '')) return null; // "…, X said, adding" → before
  let k = ci + 1;
  const that = words.findIndex((w, i) => i > ci && i <= ci + 9 && w.bare.toLowerCase() === 'that');
  const clean = that > 0 && !words.slice(ci, that).some((w, i) => i > 0 && endsClause(w) && !w.raw.endsWith(','));
  const first = words[k]?.bare ?? '';
  if (clean && (that === ci + 1 || INTRO.test(first) || lemma === 'told')) k = that + 1;
  else if (lemma === 'told' && words[k]) k += DETERMINERS.has(first.toLowerCase()) ? 2 : 1;
  else while (k < words.length && INTRO.test(words[k]!.bare) && !endsClause(words[k - 1]!)) k++;
  const start = words[k]?.start ?? s.end;
  return trimContent(text, start, s.end);
}

/** The content before the speaker in "…, X said." */
function contentBefore(text: string, s: Sentence, end: number): Span | null {
  return trimContent(text, s.start, end);
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
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length < 2 && !/["“”]/.test(m)) return null;
  return { start, end };
}
