/**
 * People who name themselves: "My name is Orvil Dantzmark", and an e-mail sender's display name in quotation marks
 * before the address ("\"Quennel Traske\" <qtraske@example.com>"). The tagger finds the name but, its words unknown,
 * leaves it of no kind; both frames only ever hold a person's name. A name of no kind in either is a person, with
 * every mention of the same words in the text. A sender written surname first ("\"Traske, Quennel\" <…>") is one
 * person's name over the comma, whatever the tagger made of its two words.
 */
import { phraseOf, type NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her']);
const QUOTES = /^["“”]$/u;

/** "my name is" (or "his", "her") right before token `i`. */
function introduced(tokens: readonly Token[], i: number): boolean {
  const [owner, name, is] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]].map((t) => t?.text.toLowerCase() ?? '');
  return OWNERS.has(owner!) && name === 'name' && is === 'is';
}

/** The candidate is quoted and an address in angle brackets follows: an e-mail sender. */
function sender(tokens: readonly Token[], c: NameCandidate): boolean {
  const open = tokens[c.first - 1];
  const close = tokens[c.last];
  if (!open || !close || !QUOTES.test(open.text) || !QUOTES.test(close.text)) return false;
  if (tokens[c.last + 1]?.text !== '<') return false;
  for (let k = c.last + 2; k < Math.min(tokens.length, c.last + 12) && tokens[k]!.text !== '>'; k++)
    if (tokens[k]!.text.includes('@')) return true;
  return false;
}

const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;

/** Quoted senders written surname first ("\"Traske, Quennel\" <qtraske@example.com>"): [first, last) of the name. */
function invertedSenders(tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = [];
  for (let k = 1; k + 4 < tokens.length; k++) {
    if (!QUOTES.test(tokens[k - 1]!.text) || !QUOTES.test(tokens[k + 3]!.text) || tokens[k + 1]!.text !== ',') continue;
    if (!CAPITALISED.test(tokens[k]!.text) || !CAPITALISED.test(tokens[k + 2]!.text)) continue;
    if (sender(tokens, { first: k, last: k + 3, kind: 'other', titled: false })) found.push([k, k + 3]);
  }
  return found;
}

/** `candidates` with names of no kind a person names as their own made people. */
export function selfNamed(tokens: readonly Token[], given: readonly NameCandidate[]): NameCandidate[] {
  let candidates = given;
  for (const [first, last] of invertedSenders(tokens)) {
    // The surname and given name, whatever the tagger made of them, are one person's name.
    const inside = (c: NameCandidate) => c.first >= first && c.last <= last;
    if (candidates.some((c) => !inside(c) && c.first < last && c.last > first)) continue;
    const name: NameCandidate = { first, last, kind: 'person', titled: false };
    candidates = [...candidates.filter((c) => !inside(c)), name].sort((a, b) => a.first - b.first);
  }
  const people = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'other' && !c.nested && (introduced(tokens, c.first) || sender(tokens, c)))
      people.add(phraseOf(tokens, c.first, c.last));
  if (!people.size) return [...candidates];
  return candidates.map((c) =>
    c.kind === 'other' && !c.nested && people.has(phraseOf(tokens, c.first, c.last)) ? { ...c, kind: 'person' } : c,
  );
}
