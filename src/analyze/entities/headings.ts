/**
 * Capitals that prove nothing: web text capitalises headings and praise ("Great Neighborhood Hangout", "Excellent
 * Pizza!!", "Too Expensive"), and the tagger, reading capitals as names, took such runs for people. A run of
 * capitalised words that opens with an ordinary describing word (an adjective, adverb, determiner …, by compromise's
 * lexicon) and has no word that any lexicon or the gazetteer knows as a name is no name, unless the lexicon knows
 * the whole run as one ("United Nations").
 */
import { isCommonWord } from './common-words.js';
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, lexiconTags, wordInfoOf } from './wordinfo.js';

/** compromise tags of words that describe or point, and that open no name ("Great", "Too", "My", "Excellent"). */
// prettier-ignore
const DESCRIBING: ReadonlySet<string> = new Set([
  'Adjective', 'Adverb', 'Comparative', 'Superlative', 'Possessive', 'Determiner', 'Preposition', 'Conjunction',
  'Pronoun', 'Negative', 'QuestionWord',
]);

function describing(word: string): boolean {
  const info = wordInfoOf(word);
  return info.common && lexiconTags(word.toLowerCase()).some((t) => DESCRIBING.has(t));
}

/** A word some lexicon or the gazetteer knows as (part of) a name. */
function nameWord(word: string): boolean {
  const info = wordInfoOf(word);
  return (
    info.firstName ||
    info.lastName ||
    info.person ||
    info.place ||
    info.org ||
    info.demonym ||
    info.outlet ||
    info.institution ||
    info.orgSuffix ||
    info.placeSuffix ||
    bestPlace(word) !== null
  );
}

/**
 * Function words a Title-Cased line capitalises ("Thanks For The Prompt Service And Great Job You …", "The Panels On
 * The Roof"): inside no person's name ("the" and "a" left out for "Winnie The Pooh").
 */
// prettier-ignore
const TITLE_CASED: ReadonlySet<string> = new Set([
  'For', 'On', 'To', 'And', 'In', 'Is', 'You', 'Your', 'Our', 'We', 'With', 'At', 'By', 'Are', 'Have',
]);

/**
 * A word of three capitals or more that the lexicon knows as an ordinary word only, or that it does not know and the
 * word list does ("SERVERS"), and no place ("WILL", "FALL").
 */
function shouted(word: string): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word)) return false;
  const info = wordInfoOf(word);
  if (info.title || (!info.common && lexiconTags(word.toLowerCase()).length) || bestPlace(word)) return false;
  return info.common || isCommonWord(word.toLowerCase());
}

/**
 * `candidates` without runs of two words or more that open with a describing word and hold no name word, without
 * runs of shouted ordinary words ("YOU WILL FALL IN LOVE"), and without people whose span holds a Title-Cased
 * function word.
 */
export function withoutHeadings(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.filter((c) => {
    if (!c.strong && tokens.slice(c.first, c.last).every((t) => shouted(t.text))) return false;
    if (c.kind === 'person' && tokens.slice(c.first, c.last).some((t) => TITLE_CASED.has(t.text))) return false;
    // A title before it ("Interim Prime Minister …") is evidence of a person; a number of a name ("Super 8").
    if (c.strong || c.titled || c.last - c.first < 2) return true;
    const words = tokens.slice(c.first, c.last).map((t) => t.text);
    if (!describing(words[0]!) || words.some((w) => nameWord(w) || /\d/.test(w))) return true;
    // "the United Nations": compromise knows the whole phrase as a name, though no word of it.
    const whole = wordInfoOf(words.join(' '));
    if (whole.org || whole.person || whole.place || whole.body) return true;
    return bestPlace(words.join(' ')) !== null;
  });
}
