/**
 * The article's language (ISO 639-1, primary subtag only): what the page declares (metadata, then <html lang>),
 * else the HTTP Content-Language header, else a guess from the body text. A page that declares nothing (common
 * on small sites and in saved copies) otherwise had no language at all, and a language filter missed it.
 *
 * The guess is tinyld's: pure JavaScript with no dependencies, answers ISO 639-1 codes directly (franc answers
 * ISO 639-3 and needs a table to map back), and is fast on a few KiB (~1 ms). Like every n-gram detector it
 * is wild on a few words ("Home | News | Sport" came out Hindi), so it is asked only about a body with
 * MIN_LETTERS letters or more.
 */
import { detect } from 'tinyld';

/** Letters of body text needed before a guess: about twenty words of a Latin-script language, a sentence of CJK. */
const MIN_LETTERS = 150;
/** Text handed to the detector: the opening paragraphs say the language; the rest only costs time. */
const SAMPLE_CHARS = 2000;

const PRIMARY = /^([a-z]{2,3})(?:[-_]|$)/i;

/** "fr-FR", "fr_FR", "FR" → "fr"; a list ("fr, en") → its first; anything else → null. */
function primary(tag: string | undefined): string | null {
  const m = tag ? PRIMARY.exec(tag.split(',')[0]!.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The language of a body that declares none, or null when the text is too short to tell. */
export function languageOfText(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  return primary(detect(sample));
}

/** The declared language, else the Content-Language header's, else the body's. */
export function articleLanguage(
  declared: string | null,
  headers: Readonly<Record<string, string>> | undefined,
  text: string,
): string | null {
  return declared ?? primary(headers?.['content-language']) ?? languageOfText(text);
}
