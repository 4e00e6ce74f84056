/**
 * Sentence splitting over body.text that survives abbreviations (U.S., Mr., Gen., Jan., No. 5, initials,
 * decimals) and quotations: a closing quote after the period stays with its sentence, a quotation that spans
 * sentences stays whole, and a line break always ends a sentence. Offsets are into the text given.
 * Hand-written because compromise's splitter costs milliseconds per article and drops offsets.
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { quoteRanges } from './quote-ranges.js';

/** A short speaker phrase and a speech verb right after a quotation. */
const SPEAKER_TAG =
  /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:\p{Ll}+ly\s+)?(?:said|says|asked|asks|added|shouted|shouts|wrote|writes|replied|told|tweeted|quipped|ordered|yelled|cried)\b/u;

/** Terminal punctuation, closing quotes/brackets after it, then whitespace. */
const CANDIDATE = /[.!?…]+["'”’)\]]*(?=\s)/g;

/** Splits `text` into sentences; every "\n" (paragraph or line break) ends one. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // The non-empty runs between line breaks, found with indexOf: matchAll(/[^\n]+/g) cloned an expression a call.
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (to > from) splitLine(text.slice(from, to), from, out);
    from = to + 1;
  }
  return out;
}

function splitLine(line: string, base: number, out: Sentence[]): void {
  // Read only once a boundary needs them: many lines (headings, one-sentence paragraphs) have none.
  let quotes: Span[] | null = null;
  let start = 0;
  // An exec loop on the shared expression: matchAll clones it, and this runs on every line.
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const end = m.index + m[0].length;
    if (!isBoundary(line, m.index, m[0], end)) continue;
    // A boundary inside an open quotation does not end the sentence unless the quote closes right here.
    quotes ??= quoteRanges(line);
    if (quotes.some((q) => q.start < m.index && q.end > end)) continue;
    push(line, base, start, end, out);
    start = end;
  }
  push(line, base, start, line.length, out);
}

function push(line: string, base: number, from: number, to: number, out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e, text: line.slice(s, e) });
}

function isBoundary(line: string, at: number, punct: string, end: number): boolean {
  const next = nextWord(line, end);
  if (next === null) return true;
  // A lower-case word continues the sentence: '"Why?" he asked', "approx. two", "e.g. this".
  if (/^[a-z]/.test(next)) return false;
  // '"Why?" Sanborn asked.': a quoted question or exclamation followed by its speaker and a speech verb.
  if (/[?!]["”’]$/.test(punct) && SPEAKER_TAG.test(line.slice(end, end + 60))) return false;
  if (punct !== '.') return true;
  const word = previousWord(line, at);
  if (TITLE_ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  // Dotted abbreviations (U.S., a.m.) end a sentence only before a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(next.replace(/\W.*$/u, '').toLowerCase());
  return true;
}

/** The word right before position `at` (letters and inner dots: "U.S", "Gen"). */
function previousWord(line: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1]!)) i--;
  return line.slice(i, at).replace(/^\.+/, '');
}

function nextWord(line: string, from: number): string | null {
  const m = /\S+/.exec(line.slice(from));
  if (!m) return null;
  return m[0].replace(/^["'“‘([]+/, '');
}
