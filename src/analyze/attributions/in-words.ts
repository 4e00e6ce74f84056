/**
 * "In Dr. Shadlen's words, “…”", "in the words of one official, …", "(in Tyler Cowen's phrase) “…”": a quotation or
 * a claim given in someone's words; and a view held: "In Smith's view, the closure was inevitable". The owner speaks; the content is the rest of the sentence, or the clause before
 * when the phrase ends it ("…, in Smith's words.").
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { trimContent, type Draft } from './draft.js';
import { phraseEndingAt, phraseSpan, phraseStartingAt } from './noun-phrase.js';
import { speakerLike } from './speaker-like.js';
import { endsClause, type Word } from './words.js';

/** The nouns of the phrase: "words", "phrase", and a view held: "In Smith's view, …", "in the opinion of …". */
const WORDS_NOUN = /^(?:words|phrase|view|opinion)$/;

/** Drafts of "in X's words" and "in the words of X" in sentence `s`, whose words are `words`. */
export function inWordsDrafts(text: string, s: Sentence, words: Word[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 2; i < words.length; i++) {
    const noun = words[i]!;
    if (!WORDS_NOUN.test(noun.bare)) continue;
    const found = ownerOf(text, words, i);
    if (!found) continue;
    const { speakerSpan, inAt, lastWord } = found;
    // A view opens its sentence ("In Smith's view, …"); inside another clause it is the writer's reading of it.
    if (
      /^(?:view|opinion)$/.test(noun.bare) &&
      !(inAt === 0 || (inAt === 1 && /^(?:But|And|Yet|So)$/.test(words[0]!.bare)))
    )
      continue;
    if (
      !speakerLike(text.slice(speakerSpan.start, speakerSpan.end), false) &&
      !/^(?:his|her|its|their)$/i.test(text.slice(speakerSpan.start, speakerSpan.end))
    )
      continue;
    const closes = lastWord === words.length - 1;
    const content = closes
      ? trimContent(text, s.start, words[inAt]!.start)
      : trimContent(text, words[lastWord + 1]!.start, s.end);
    if (!content) continue;
    const cueSpan = { start: words[inAt]!.start, end: noun.start + noun.bare.length };
    out.push({ kind: 'verb', cue: noun.bare, cueSpan, speakerSpan, content });
  }
  return out;
}

/** The owner of the "words" at words[i], the "in" before it and the phrase's last word; null when it is not one. */
function ownerOf(text: string, words: Word[], i: number): { speakerSpan: Span; inAt: number; lastWord: number } | null {
  // "in the words of one official,"
  if (
    /^(?:words|view|opinion)$/.test(words[i]!.bare) &&
    /^the$/i.test(words[i - 1]!.bare) &&
    /^in$/i.test(words[i - 2]!.bare)
  ) {
    if (words[i + 1]?.bare !== 'of' || endsClause(words[i]!)) return null;
    const np = phraseStartingAt(words, i + 2);
    return np ? { speakerSpan: phraseSpan(words, np.first, np.last), inAt: i - 2, lastWord: np.last } : null;
  }
  // "In Dr. Shadlen's (own) words,", "in his words"
  const owner = /^own$/i.test(words[i - 1]!.bare) ? i - 2 : i - 1;
  const w = words[owner];
  if (!w || endsClause(w)) return null;
  if (/^(?:his|her|its|their)$/i.test(w.bare)) {
    if (!/^in$/i.test(words[owner - 1]?.bare ?? '')) return null;
    return { speakerSpan: { start: w.start, end: w.start + w.bare.length }, inAt: owner - 1, lastWord: i };
  }
  if (!/['’]s?$/.test(w.bare) && !/s['’]$/.test(w.raw)) return null;
  const np = phraseEndingAt(words, owner);
  if (!np || np.first === 0 || !/^in$/i.test(words[np.first - 1]!.bare.replace(/^\(/, ''))) return null;
  const span = phraseSpan(words, np.first, np.last);
  const end = text.slice(span.start, span.end).replace(/['’]s?$/, '').length + span.start;
  return { speakerSpan: { start: span.start, end }, inAt: np.first - 1, lastWord: i };
}
