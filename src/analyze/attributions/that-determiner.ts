/**
 * "knew that man well", "charged that fee to the account", "noted that bill in his speech": a "that" right after a
 * cue is a determiner, not a complementizer, when no verb follows it in the rest of the clause. compromise's
 * lexicon knows the verb forms (irregular pasts like "grew" and "won" included), which a suffix test would miss.
 */
import { lexiconTags } from '../entities/wordinfo.js';
import type { Word } from './words.js';

/** Lexicon tags that mark a word as a verb form able to head the clause "that" would open. */
const VERB_TAGS: ReadonlySet<string> = new Set([
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Copula',
  'Modal',
  'Auxiliary',
  'Verb',
  'Participle',
  'PerfectTense',
  'Gerund',
]);

const ARTICLE = /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your)$/i;

const PRONOUN = /^(?:i|we|you|he|she|it|they|there|one|someone|nobody|everyone)$/i;

/** How many words after "that" are read; a longer rest is taken for a clause (a verb the lexicon lacks). */
const REACH = 8;

function verbLike(bare: string): boolean {
  const lower = bare.toLowerCase();
  // Regular pasts and -ing forms the lexicon may lack ("plummeted", "surging"), and contractions ("won't").
  if (/(?:ed|ing|n't|n’t)$/.test(lower)) return true;
  return lexiconTags(lower).some((t) => VERB_TAGS.has(t));
}

/** Whether the "that" at `at` only points at a noun: a few words follow it to the sentence end, none a verb. */
export function thatIsDeterminer(words: readonly Word[], at: number): boolean {
  const rest = words.slice(at + 1);
  if (rest.length === 0 || rest.length > REACH) return false;
  // A quotation, a name or an article after "that" opens a clause ("said that “…”", "reveal that the game runs").
  const first = rest[0]!;
  if (/^["“‘']/.test(first.raw) || /^\p{Lu}/u.test(first.bare) || ARTICLE.test(first.bare)) return false;
  // The determiner takes a singular noun: "that consumers pay", "that we won" are clauses.
  if (/[^s]s$/i.test(first.bare) || PRONOUN.test(first.bare)) return false;
  // After the noun "that" points at, a word in -s may be a verb the lexicon files as a plural ("runs", "plans").
  return !rest.some((w, i) => verbLike(w.bare) || (i > 0 && /[^s]s$/i.test(w.bare)));
}
