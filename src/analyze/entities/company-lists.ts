/**
 * Companies listed with companies: "We have Hobby Lobby, Walmart, and Fabric Barn", "They have acquired Urchin,
 * Zipdash, Applied Semantics, and satellite imaging company Keyhole". Store and brand names no lexicon knows were no
 * candidates, and the tagger read a name the lexicon knows weakly ("Walmart") as nothing beside them. In a list of
 * three or more capitalised names joined by commas (the last by "and" or "or", which may follow a few lower-case
 * words: "and satellite imaging company Keyhole"), where two members are organizations (found so, or known so to
 * the lexicon), or a company word or "acquired" stands right before the list ("companies like …"), every member nothing was
 * found in, or found as a name of no kind, becomes an organization. Members found as people or places stay; a list
 * with a place in it is left alone ("Dallas, Acme and Boeing" is no list of firms only). Companies given as examples
 * ("companies like Scharf Berger, QRBO, and smaller makers", "brands such as Pexley") are companies however few,
 * and so are the members read as people there.
 */
import { NEVER_NAMES } from './lexicon.js';
import { phraseOf, type NameCandidate } from './rules.js';
import { startsUpper } from './letter-case.js';
import type { Token } from './tokenize.js';
import { wordInfo } from './wordinfo.js';

const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{Lu}\d&.-]{0,5})$/u;
/** Words right before a list that say its members are companies ("companies like …", "acquired …"). */
// prettier-ignore
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'companies', 'firms', 'brands', 'stores', 'retailers', 'chains', 'sponsors', 'acquired', 'vendors', 'suppliers',
]);
/** The words between a list's members: a comma, "and" or "or", with a comma before them or not. */
const JOINS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** Lower-case words inside a member's name. */
const INNER: ReadonlySet<string> = new Set(['of', 'for', 'de', 'the', 'on']);

interface Member {
  first: number;
  last: number;
}

/**
 * The capitalised run that starts at `i` on one line (four words at most), as a member, or null. `cap[k]` is
 * CAPITALISED tested on token `k` (undefined past the end, read as false, as the test of '' is).
 */
function runAt(tokens: readonly Token[], cap: readonly boolean[], i: number): Member | null {
  let last = i;
  while (last < tokens.length && last - i < 5 && (last === i || tokens[last]!.start - tokens[last - 1]!.end <= 1)) {
    if (memberWord(tokens, cap, last)) last++;
    // "Just for Fun Fabrics", "Bank of America": a connector between capitalised words stays in the name.
    else if (last > i && INNER.has(tokens[last]?.text ?? '') && memberWord(tokens, cap, last + 1)) last += 2;
    else break;
  }
  if (last === i || cap[last] === true) return null;
  return { first: i, last };
}

/** Token `k` is capitalised and may be a name's word. A function of its own, not a closure made per run. */
function memberWord(tokens: readonly Token[], cap: readonly boolean[], k: number): boolean {
  return cap[k] === true && !NEVER_NAMES.has(tokens[k]!.text.toLowerCase());
}

/** The members of the list that starts at `i`, or fewer than three. */
function listAt(tokens: readonly Token[], cap: readonly boolean[], i: number): Member[] {
  const members: Member[] = [];
  let m = runAt(tokens, cap, i);
  while (m) {
    members.push(m);
    let k = m.last;
    if (tokens[k]?.text !== ',' && tokens[k]?.text !== 'and' && tokens[k]?.text !== 'or') break;
    let joined = false;
    while (JOINS.has(tokens[k]?.text ?? '')) {
      if (tokens[k]!.text !== ',') joined = true;
      k++;
    }
    // After the last join a few lower-case words may describe the member ("and satellite imaging company Keyhole").
    if (joined) for (let n = 0; n < 4 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? ''); n++) k++;
    m = runAt(tokens, cap, k);
    if (joined) {
      if (m) members.push(m);
      break;
    }
  }
  return members;
}

/**
 * A company word right before token `i` ('bare'), or two before with "like", "including" or "as" between
 * ('example': "companies like …", "brands such as …"), or none.
 */
function companyCue(tokens: readonly Token[], i: number): 'bare' | 'example' | null {
  const before = lowerAt(tokens, i - 1);
  if (COMPANY_WORDS.has(before)) return 'bare';
  if (!EXAMPLE_WORDS.has(before)) return null;
  const word2 = lowerAt(tokens, i - 2);
  return COMPANY_WORDS.has(word2) || (word2 === 'such' && COMPANY_WORDS.has(lowerAt(tokens, i - 3))) ? 'example' : null;
}

/** Words between a company word and its examples ("companies like …", "brands such as …"). */
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['like', 'including', 'as']);

/** Token `k`'s text in lower case, '' past either end. */
function lowerAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.text.toLowerCase() ?? '';
}

/** `candidates` with the unknown members of lists of companies added or retyped as organizations. */
export function companyLists(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
): NameCandidate[] {
  // The candidate over each token, by index (the last one listed over it, as a map set in order would keep).
  const at: (NameCandidate | undefined)[] = new Array<NameCandidate | undefined>(tokens.length);
  for (const c of candidates) for (let k = c.first; k < (c.mentionLast ?? c.last); k++) at[k] = c;
  const retyped = new Map<NameCandidate, NameCandidate>();
  const added: NameCandidate[] = [];
  // Each token's capital tested once: the scan below and the runs it reads asked the same expression of the same
  // token up to three times (the pass cost ~4% of the entity stage, mostly in that test).
  const cap = tokens.map((t) => startsUpper(t.text) && CAPITALISED.test(t.text)); // it opens with a capital
  for (let i = 0; i < tokens.length; i++) {
    if (!cap[i] || (i > 0 && cap[i - 1])) continue;
    const members = listAt(tokens, cap, i);
    // Companies given as examples ("companies like Varnholt Cacao and TCHO") are companies however few.
    const cue = companyCue(tokens, i);
    if (members.length < (cue === 'example' ? 1 : 3)) continue;
    // What was found in each member: one candidate spanning it exactly, nothing, or something else (mixed).
    const found = members.map((m) => {
      const inside = new Set<NameCandidate | undefined>();
      for (let k = m.first; k < m.last; k++) inside.add(at[k]);
      const [only] = inside;
      if (inside.size === 1 && only === undefined) return null;
      return inside.size === 1 && only && only.first === m.first && only.last === m.last ? only : 'mixed';
    });
    if (found.some((f) => f !== null && f !== 'mixed' && f.kind === 'place')) {
      i = members[members.length - 1]!.last - 1;
      continue;
    }
    const orgs = members.filter((m, n) => {
      const f = found[n]!;
      if (f === null) return wordInfo(phraseOf(tokens, m.first, m.last).toLowerCase()).org;
      if (f !== 'mixed') return f.kind === 'organization';
      for (let k = m.first; k < m.last; k++) if (at[k]?.kind === 'organization') return true;
      return false;
    }).length;
    if (orgs >= 2 || cue)
      members.forEach((m, n) => {
        const f = found[n]!;
        // A sentence's first word proves nothing by its capital: a member opening one is left alone.
        if (f === null && !starts.has(m.first))
          added.push({ first: m.first, last: m.last, kind: 'organization', titled: false });
        else if (f && f !== 'mixed' && (f.kind === 'other' || (cue === 'example' && f.kind === 'person')))
          retyped.set(f, { ...f, kind: 'organization' });
      });
    i = members[members.length - 1]!.last - 1;
  }
  if (!added.length && !retyped.size) return [...candidates];
  return [...candidates.map((c) => retyped.get(c) ?? c), ...added].sort((a, b) => a.first - b.first);
}
