/**
 * Senders in the headers of forwarded office mail, written as the mail system printed them: "Robert
 * Bryngelson@AZURIX 08/16/2000 12:05 PM", "Traci Warner@ENRON COMMUNICATIONS on …", "Rudwell Johnson/ENRON@enronXgate".
 * The name is glued to an internal address (an organization's code in capitals after "@", or a path after "/"), so
 * the address filter (`addresses.ts`) dropped it as part of an e-mail address. Such an address has no dot in it,
 * which tells it from an internet one ("kevin.boone@example.com"). Up to four capitalised words and initials glued to
 * "@CODE" are one person, the code included in the mention (Universal NER keeps the printed token whole); glued to
 * "/CODE…" the person is the name alone.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?|\p{Lu}\.?)$/u;
const CODE = /^\p{Lu}[\p{Lu}\d]+$/u;

const glued = (a: Token, b: Token): boolean => a.end === b.start;

/** The end (exclusive) of an internal address glued to token `k - 1` at token `k`, or -1; `keep` says @ or /. */
function internalAddress(text: string, tokens: readonly Token[], k: number): { end: number; keep: boolean } | null {
  const mark = tokens[k];
  const code = tokens[k + 1];
  if (!mark || !code || !glued(tokens[k - 1]!, mark) || !glued(mark, code)) return null;
  if (mark.text === '@' && CODE.test(code.text)) {
    const after = text[code.end] ?? ' ';
    return /\s/u.test(after) ? { end: k + 2, keep: true } : null; // "@ENRON.COM" is an internet address
  }
  if (mark.text === '/' && CODE.test(code.text)) {
    // "/ENRON@enronXgate", "/HOU/ECT@ECT": a path of codes up to the next space, no dot in it.
    let end = code.end;
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    return text.slice(mark.start, end).includes('.') ? null : { end: k, keep: false };
  }
  return null;
}

/** `candidates` with each sender glued to an internal address found as one person. */
export function notesSenders(
  text: string,
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
): NameCandidate[] {
  let out = [...candidates];
  for (let k = 2; k < tokens.length; k++) {
    // An internal address opens with "@" or "/" (internalAddress reads nothing else): testing that mark first spares
    // the name expressions on every other token (this pass cost 2% of the entity stage, almost all in those tests).
    const mark = tokens[k]!.text;
    if (mark !== '@' && mark !== '/') continue;
    if (!NAME_WORD.test(tokens[k - 1]!.text) || !/\p{Ll}/u.test(tokens[k - 1]!.text)) continue;
    const address = internalAddress(text, tokens, k);
    if (!address) continue;
    let first = k - 1;
    while (
      first > 0 &&
      k - first < 4 &&
      NAME_WORD.test(tokens[first - 1]!.text) &&
      !text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('\n')
    )
      first--;
    if (first === k - 1) continue; // a surname alone could be anything
    const last = address.end;
    const person: NameCandidate = { first, last, kind: 'person', titled: false, strong: true };
    out = [...out.filter((c) => c.last <= first || c.first >= last), person].sort((a, b) => a.first - b.first);
  }
  return out;
}
