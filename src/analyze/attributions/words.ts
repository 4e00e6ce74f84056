/** Word tokens with offsets, and the word classes the attribution patterns lean on. */

export interface Word {
  /** The token as printed, punctuation attached ("outlet,", "(KCNA)"). */
  raw: string;
  /** Letters, digits, hyphens and apostrophes only: "outlet", "KCNA", "Russia's". */
  bare: string;
  start: number;
  end: number;
}

const PLAIN = /^[A-Za-z0-9]+$/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Whitespace-separated tokens of `text` from `from` to `to`, with offsets into `text`. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const token = m[0].slice(0, Math.max(0, to - m.index));
    // 'said,"We …': a quotation glued to its cue's comma is a word of its own, as it is after a space.
    const cut = token.includes('"') || token.includes('“') ? (GLUED_QUOTE.exec(token)?.index ?? 0) : 0;
    if (cut > 0) out.push(word(token.slice(0, cut), m.index));
    out.push(word(token.slice(cut), m.index + cut));
  }
  return out;
}

function word(raw: string, start: number): Word {
  // Most tokens are plain words: skip the Unicode regex for them.
  const bare = PLAIN.test(raw) ? raw : raw.replace(EDGE_PUNCTUATION, '');
  return { raw, bare, start, end: start + raw.length };
}

/**
 * An opening quotation mark right after a word's comma or colon: a curly one, or a straight one before a capital or
 * a masked interior ('said,"We', 'said,"___'); 'Friday,"officials' closes a quotation instead.
 */
const GLUED_QUOTE = /(?<=\p{L}[,:])(?=“|"[\p{Lu}_])/u;

/** A word that ends its clause: "outlet," "said:" "fight,”". */
export function endsClause(w: Word): boolean {
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
