/**
 * Word tokens with offsets, shaped like the Penn/UD tokenisation that GUM and UNER use, so that spans compare:
 * "Kim's" → "Kim" + "'s", "U.S." and "Dr." stay one token, "Choe Son-hui" keeps its hyphen, punctuation
 * stands alone.
 */
import type { Span } from '../../vocabulary.js';

export interface Token extends Span {
  text: string;
}

/** Abbreviations printed with a period before names; that period does not end a sentence. */
// prettier-ignore
const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt', 'Ft', 'Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj',
  'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'No', 'vs', 'etc',
  'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
];

// Alternatives in order of preference; the first that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.K.
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // an initial: "J. Lucero", "K. Michael Stevens"
    String.raw`\p{L}\.(?=\s+\p{Ll})`, // a one-letter abbreviation inside a sentence
    String.raw`(?<![\p{L}\p{N}])(?:${ABBREVIATIONS.join('|')})\.(?=\s)`, // Dr., St., Gen., Inc.
    String.raw`[\p{L}\p{N}]+(?:[-'’.,&][\p{L}\p{N}]+)*`, // words, with inner hyphens, apostrophes, decimals
    String.raw`[^\s\p{L}\p{N}]`, // any other character
  ].join('|'),
  'gu',
);
/** English clitics that UD splits off: possessive 's, n't, 're, 've, 'll, 'd, 'm. */
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

/** Split `text` into tokens; offsets index into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const start = m.index;
    // "1,000" and "3.5" keep their separators, but "Moscow,Kim" or "end.Next" split.
    if (word.length > 1 && /[.,]./.test(word) && !/^[\p{N}.,]+$/u.test(word) && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      let at = start;
      for (const part of word.split(/([.,])/)) {
        if (part) out.push({ start: at, end: at + part.length, text: part });
        at += part.length;
      }
      continue;
    }
    // Every clitic has an apostrophe: most words skip the regex.
    const clitic = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
    if (clitic && clitic.index > 0) {
      const cut = start + clitic.index;
      out.push({ start, end: cut, text: text.slice(start, cut) });
      word = clitic[0];
      out.push({ start: cut, end: cut + word.length, text: word });
      continue;
    }
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}
