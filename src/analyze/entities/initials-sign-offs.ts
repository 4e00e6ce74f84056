/**
 * E-mail writers sign with their initials before the full signature: "Let me know. jt Jana Tollen", "Thanks! JT
 * Jana Tollen". The initials are the writer, a person of their own (UNER EWT marks "jt" and "Jana Tollen" as two
 * people); the tagger left lower-case initials out and ran capital ones into the name. A word of two or three
 * letters right before a person's name, or opening it, that spells the initials of that name (every word's first
 * letter, or the first and the last word's), is made a person of its own. A word the lexicons know as a given name
 * or an ordinary word ("Jo Owen", "Al Ortiz", "An Ode") is left in the name.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { wordInfoOf } from './wordinfo.js';

const LETTERS = /^\p{L}{2,3}$/u;

/** The lower-case initials `word` may stand for in `tokens[first, last)`: every word's, and the first and last. */
function spells(word: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (!LETTERS.test(word)) return false;
  const lower = word.toLowerCase();
  const heads = tokens.slice(first, last).map((t) => t.text[0]!.toLowerCase());
  if (heads.length < 2) return false;
  const info = wordInfoOf(word);
  if (info.firstName || info.lastName || info.common || info.title) return false;
  return lower === heads.join('') || lower === heads[0]! + heads[heads.length - 1]!;
}

/** `candidates` with the writer's initials before their signature as a person of their own. */
export function initialsSignOffs(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const taken = new Set<number>();
  for (const c of candidates) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) taken.add(k);
  const out: NameCandidate[] = [];
  let changed = false;
  for (const c of candidates) {
    if (c.kind !== 'person' || c.titleFrom !== undefined) {
      out.push(c);
      continue;
    }
    // Capital initials run into the name: "JT Jana Tollen".
    if (c.last - c.first >= 3 && spells(tokens[c.first]!.text, tokens, c.first + 1, c.last)) {
      out.push({ first: c.first, last: c.first + 1, kind: 'person', titled: false }, { ...c, first: c.first + 1 });
      changed = true;
      continue;
    }
    const k = c.first - 1;
    if (k >= 0 && !taken.has(k) && spells(tokens[k]!.text, tokens, c.first, c.last)) {
      out.push({ first: k, last: k + 1, kind: 'person', titled: false });
      changed = true;
    }
    out.push(c);
  }
  return changed ? out : [...candidates];
}
