/**
 * Arabic names written with the article or "son of" in lower case: "to keep al-Qaida out", "according to az-Zaman",
 * "al-Sadr said", "look to bin Laden". The rules and the tagger read names by their capital, so these were no
 * candidates. A word of a lower-case Arabic article, a hyphen and a capitalised name ("al-", "el-", "az-", "ash-" …),
 * or "bin"/"ibn" before a capitalised name, is a name where nothing else lies: an organization when the lexicon knows
 * it as one ("al-Qaida"), a person when "said"/"says"/"told" follows or "bin"/"ibn" opens it, else left unread.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { DETERMINERS } from './lexicon.js';
import { wordInfo } from './wordinfo.js';

const ARTICLE_NAME = /^(?:al|el|an|ar|as|at|az|ash|ath|adh|ad|ud|ul)-\p{Lu}[\p{L}'’-]*$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const SAY: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'declared']);
/** `candidates` with lower-case Arabic names added where no candidate lies. */
export function articleNames(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) taken.fill(1, c.first, c.mentionLast ?? c.last);
  const added: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const word = tokens[i]!.text;
    // ARTICLE_NAME opens with "a", "e" or "u": that character test spares the expression on most words (a word
    // failing it fails the expression too, so the "bin" branch below sees the same words).
    const lead = word.charCodeAt(0);
    if ((lead === 97 || lead === 101 || lead === 117) && ARTICLE_NAME.test(word)) {
      const info = wordInfo(word.toLowerCase());
      const kind = info.org || info.outlet ? 'organization' : SAY.has(tokens[i + 1]?.text ?? '') ? 'person' : null;
      if (kind) added.push({ first: i, last: i + 1, kind, titled: false, strong: kind === 'organization' });
    } else if (
      (word === 'bin' || word === 'ibn') &&
      CAPITALISED.test(tokens[i + 1]?.text ?? '') &&
      !taken[i + 1] &&
      !DETERMINERS.has(tokens[i - 1]?.text.toLowerCase() ?? '')
    ) {
      added.push({ first: i, last: i + 2, kind: 'person', titled: false });
      i++;
    }
  }
  if (!added.length) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.first - b.first);
}
