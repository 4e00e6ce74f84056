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

/** The word alternative of `TOKEN` alone, anchored where it is tried. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.,&][\p{L}\p{N}]+)*/uy;

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** The characters `\s` matches below 128. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The raw matches of `TOKEN` over `text`, passed to `visit` with their offsets. ASCII text is scanned by hand:
 * every alternative before the word one needs a letter followed by a period, so an ASCII run of letters and
 * digits not followed by "." or a non-ASCII character is a word; a space matches nothing and other ASCII is a
 * one-character token. Anything else goes to the full expression, which scanning each word with its abbreviation
 * list and look-behind made a tenth of the entity stage's time.
 */
function scan(text: string, visit: (word: string, start: number, bare: boolean) => void): void {
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (isAsciiSpace(c)) {
        p++;
        continue;
      }
      if (!isAsciiAlnum(c)) {
        visit(text[p]!, p, true);
        p++;
        continue;
      }
      let q = p + 1;
      while (q < n && isAsciiAlnum(text.charCodeAt(q))) q++;
      const after = q < n ? text.charCodeAt(q) : 32;
      if (after !== 46 && after < 128 && after !== 45 && after !== 39 && after !== 44 && after !== 38) {
        visit(text.slice(p, q), p, true); // no joiner ("-", "'", ",", "&") after the run: the run is the word
        p = q;
        continue;
      }
      if (after !== 46 && after < 128) {
        WORD.lastIndex = p;
        const m = WORD.exec(text)!;
        visit(m[0], p, false);
        p += m[0].length;
        continue;
      }
    }
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (!m) return;
    visit(m[0], m.index, false);
    p = m.index + m[0].length;
  }
}

/**
 * Lower-case words that make an adjective of the name before a hyphen ("a Toronto-based firm", "Nokia-backed",
 * "a Kafka-like plot"); the name is then a word of its own, as UD tokenises it, and can be found.
 */
// prettier-ignore
const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'based', 'led', 'backed', 'born', 'owned', 'run', 'made', 'built', 'related', 'inspired', 'provoked', 'linked',
  'allied', 'aligned', 'affiliated', 'funded', 'sponsored', 'controlled', 'dominated', 'held', 'occupied',
  'brokered', 'bound', 'like', 'style', 'era', 'area', 'themed', 'centric', 'friendly', 'focused', 'specific',
  'wide', 'listed', 'registered', 'headquartered', 'operated', 'produced', 'trained', 'educated', 'bred',
  'sized', 'esque', 'ish', 'free', 'approved', 'certified', 'oriented', 'speaking', 'language',
]);
/**
 * Push a capitalised word and such a suffix joined by a hyphen as three tokens ("Toronto" "-" "based"); false
 * (nothing pushed) for any other hyphenated word ("Son-hui", "Coca-Cola", "well-known", "pro-Beijing").
 */
function splitAffix(word: string, start: number, out: Token[]): boolean {
  const cut = word.lastIndexOf('-');
  if (!NAME_SUFFIXES.has(word.slice(cut + 1)) || !/^\p{Lu}/u.test(word)) return false;
  out.push({ start, end: start + cut, text: word.slice(0, cut) });
  out.push({ start: start + cut, end: start + cut + 1, text: '-' });
  out.push({ start: start + cut + 1, end: start + word.length, text: word.slice(cut + 1) });
  return true;
}

/** Split `text` into tokens; offsets index into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scan(text, (matched, start, bare) => {
    // A bare run of ASCII letters and digits, or one other character, holds no period, comma or apostrophe: it is
    // the token as it stands, without the tests below (most tokens are).
    if (bare) {
      out.push({ start, end: start + matched.length, text: matched });
      return;
    }
    let word = matched;
    // "1,000" and "3.5" keep their separators, but "Moscow,Kim" or "end.Next" split; capitals joined by periods
    // stay whole without the last one too, as web text writes them ("the U.S economy", "D.C").
    if (
      word.length > 1 &&
      (word.includes('.') || word.includes(',')) &&
      /[.,]./.test(word) &&
      !/^[\p{N}.,]+$/u.test(word) &&
      !/^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)
    ) {
      let at = start;
      for (const part of word.split(/([.,])/)) {
        if (part) out.push({ start: at, end: at + part.length, text: part });
        at += part.length;
      }
      return;
    }
    if (word.includes('-') && splitAffix(word, start, out)) return; // "Toronto-based"
    // Every clitic has an apostrophe: most words skip the regex.
    const clitic = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
    if (clitic && clitic.index > 0) {
      const cut = start + clitic.index;
      out.push({ start, end: cut, text: text.slice(start, cut) });
      word = clitic[0];
      out.push({ start: cut, end: cut + word.length, text: word });
      return;
    }
    out.push({ start, end: start + word.length, text: word });
  });
  return out;
}
