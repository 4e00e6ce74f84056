/**
 * A language spoken, taught or written in is no person, organization or place: "teaching English in Kushiro",
 * "said in French", "translated into Arabic". The tagger reads a lone capitalised word there as a name (it typed
 * "English" an organization on the demo desk); GUM keeps languages out of its person, place and organization
 * types and UNER leaves them unmarked. Only a one-word name with a language-use word right before it and no
 * capitalised word after it is read so: "English Heritage", "the French Open" and "French President Macron"
 * keep their readings, and a people ("the English") is left to the rules for peoples.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

// prettier-ignore
const LANGUAGES: ReadonlySet<string> = new Set([
  'English', 'French', 'Spanish', 'German', 'Italian', 'Portuguese', 'Russian', 'Chinese', 'Mandarin',
  'Cantonese', 'Japanese', 'Korean', 'Arabic', 'Hebrew', 'Hindi', 'Urdu', 'Bengali', 'Punjabi', 'Persian',
  'Farsi', 'Turkish', 'Dutch', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Polish', 'Czech', 'Greek', 'Latin',
  'Swahili', 'Ukrainian', 'Vietnamese', 'Thai', 'Indonesian', 'Malay', 'Tagalog', 'Tamil', 'Telugu', 'Gaelic',
  'Welsh', 'Catalan', 'Basque', 'Romanian', 'Hungarian', 'Serbian', 'Croatian', 'Yiddish', 'Esperanto',
  'Sanskrit', 'Afrikaans', 'Amharic', 'Pashto', 'Dari', 'Kurdish', 'Armenian', 'Georgian',
]);

/** Words right before a language used as one: speaking, teaching, learning, writing, translating in or into it. */
// prettier-ignore
const LANGUAGE_USE: ReadonlySet<string> = new Set([
  'in', 'into', 'speak', 'speaks', 'speaking', 'spoke', 'spoken', 'teach', 'teaches', 'teaching', 'taught',
  'learn', 'learns', 'learning', 'learned', 'learnt', 'study', 'studies', 'studying', 'studied', 'fluent',
  'read', 'reads', 'reading', 'write', 'writes', 'writing', 'wrote', 'written', 'translate', 'translated',
  'translating', 'understand', 'understands', 'native', 'broken', 'fluently',
]);

const CAPITALISED = /^\p{Lu}/u;

/** `candidates` with a language named as one made other. */
export function languagesAsNoNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.kind === 'other' || c.last - c.first !== 1 || !LANGUAGES.has(tokens[c.first]!.text)) return c;
    const before = tokens[c.first - 1]?.text.toLowerCase();
    const after = tokens[c.last]?.text;
    if (!before || !LANGUAGE_USE.has(before) || (after && CAPITALISED.test(after))) return c;
    return { ...c, kind: 'other', strong: false };
  });
}
