/** Word tokens with offsets, and the word classes the attribution patterns lean on. */
import { isSpaceCode } from '../../extract/body/word-count.js';

export interface Word {
  /** The token as printed, punctuation attached ("outlet,", "(KCNA)"). */
  raw: string;
  /** Letters, digits, hyphens and apostrophes only: "outlet", "KCNA", "Russia's". */
  bare: string;
  start: number;
  end: number;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** [A-Za-z0-9]: a plain word needs no Unicode regex for its bare form. */
function isPlain(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Whitespace-separated tokens of `text` from `from` to `to`, with offsets into `text`.
 * One pass over the characters (the tokens of /\S+/g, cut at `to`): it notes a quotation mark and a non-plain
 * character as it goes, so most words cost no regex at all; as regex match, two includes and a test a token it was 6%
 * of the attribution stage.
 */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const end = Math.min(to, text.length);
  let i = from;
  while (i < end) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    let plain = true;
    let quote = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) break;
      if (!isPlain(c)) {
        plain = false;
        if (c === 0x22 || c === 0x201c) quote = true;
      }
    }
    const token = text.slice(start, i);
    // 'said,"We …': a quotation glued to its cue's comma is a word of its own, as it is after a space.
    const cut = quote ? (GLUED_QUOTE.exec(token)?.index ?? 0) : 0;
    if (cut > 0) out.push(word(token.slice(0, cut), start, false));
    out.push(word(cut > 0 ? token.slice(cut) : token, start + cut, plain));
  }
  return out;
}

function word(raw: string, start: number, plain: boolean): Word {
  const bare = plain ? raw : raw.replace(EDGE_PUNCTUATION, '');
  return { raw, bare, start, end: start + raw.length };
}

/**
 * An opening quotation mark right after a word's comma or colon: a curly one, or a straight one before a capital or
 * a masked interior ('said,"We', 'said,"___'); 'Friday,"officials' closes a quotation instead.
 */
const GLUED_QUOTE = /(?<=\p{L}[,:])(?=“|"[\p{Lu}_])/u;

/** A word that ends its clause: "outlet," "said:" "fight,”". */
export function endsClause(w: Word): boolean {
  // A word ending in a letter or digit ends no clause (every test below reads a mark at the end); most words do, and
  // the patterns ask this of the same words again and again (endsClause and its tests were 3% of the stage's profile).
  if (isPlain(w.raw.charCodeAt(w.raw.length - 1))) return false;
  if (isParenthetical(w)) return /[,;:]$/.test(w.raw);
  if (TITLE_ABBREVIATION.test(w.raw)) return false;
  return /[,;:"“”)(\]–—]$/.test(w.raw) || (/[.!?]["”’]?$/.test(w.raw) && !/^(\p{L}\.)+$/u.test(w.raw));
}

/** Titles and suffixes whose full stop ends no sentence: "Dr. Luz Contreras Arroyo", "Cmdr. Sean Robertson". */
const TITLE_ABBREVIATION =
  /^(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Cmdr|Capt|Maj|Prof|Rev|Adm|Supt|Det|Insp|Atty|Jr|Sr|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Inc|Ltd|Corp|Co)\.$/;

/** A word that opens a clause after its own punctuation: "“We", "(KCNA". */
export function opensClause(w: Word): boolean {
  if (isParenthetical(w)) return false;
  return /^["“([–—]/.test(w.raw);
}

export const PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'plural'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'thing'],
  ['they', 'plural'],
]);

/** Words that never belong to a speaker's noun phrase: verbs of the clause, subordinators, prepositions. */
export const NOT_IN_NOUN_PHRASE: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'after',
  'before',
  'because',
  'since',
  'if',
  'as',
  'to',
  'into',
  'with',
  'without',
  'by',
  'at',
  'on',
  'than',
  'but',
  'or',
  'nor',
  'so',
  'yet',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'not',
  'never',
  'always',
  'often',
  'also',
  'however',
  'there',
  'here',
  'this',
  'these',
  'those',
  'about',
  'over',
  'under',
  'between',
  'during',
  'through',
  'until',
  'against',
  'i',
  'you',
  'me',
  'him',
  'us',
  'them',
  'what',
  'how',
  'why',
  'said',
  'says',
  'told',
  'then',
  'very',
  'just',
  'only',
  'even',
  'still',
  'up',
  'down',
  'out',
  'off',
  'all',
  'each',
  'every',
  'now',
  'meanwhile',
  'separately',
  'earlier',
  'later',
  'instead',
  'though',
  'although',
  'despite',
  'whenever',
  'wherever',
  'unless',
  'whether',
  'yesterday',
  'today',
  'tonight',
  'previously',
  'recently',
  'again',
  // Irregular pasts, which no "-ed" ending marks as verbs: "The campaign sent an email …", "The party ran an ad …".
  'sent',
  'ran',
  'gave',
  'took',
  'made',
  'wrote',
  'spoke',
  'held',
  'met',
  'sought',
  'brought',
  'began',
  'went',
  'came',
  'kept',
  'drew',
  'struck',
  'knew',
  'saw',
  'got',
  'found',
]);

/** Words allowed inside a speaker phrase although they are function words: "a spokesman for the ministry". */
export const INSIDE_NOUN_PHRASE: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'from',
  'in',
  'and',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'two',
  'three',
  'several',
  'some',
  'many',
  'both',
  'senior',
  'top',
  '&',
]);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/** A whole parenthesised token such as "(KCNA)" or "(KCNA),": part of the phrase before it. */
function isParenthetical(w: Word): boolean {
  return /^\([^()\s]+\)[,;:.]?$/.test(w.raw);
}

/**
 * Nouns that end in "-ly" like adverbs: "Epstein's family suggested", "a U.S. ally said"; and the adjectives of how
 * often, which head or modify nouns as "daily" does: "its latest quarterly filing", "a monthly report".
 */
export const LY_NOUN =
  /^(?:family|ally|assembly|rally|monopoly|supply|daily|weekly|monthly|quarterly|yearly|nightly|hourly|bully|anomaly)$/i;

/** An adverb by its ending ("reportedly", "quickly"), not one of the nouns in -ly. */
export function lyAdverb(word: string): boolean {
  return /ly$/i.test(word) && !LY_NOUN.test(word);
}

/** Subjects that open a reported clause without "that". */
export const CLAUSE_OPENER = /^(?:he|she|it|they|we|i|you|there)$/i;

/** Index of "that" among the `reach` words after words[i], or -1: bounded, a sentence can be a whole table. */
export function thatWithin(words: Word[], i: number, reach: number): number {
  for (let n = i + 1; n < words.length && n <= i + reach; n++) if (words[n]!.bare.toLowerCase() === 'that') return n;
  return -1;
}
