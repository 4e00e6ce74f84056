/**
 * Organizations named by one hyphen-joined word: "Rolls-Royce", "Coca-Cola", "Hewlett-Packard", "Météo-France",
 * "Hydro-Québec". The tokenizer keeps the word whole; the rules could not type it (no lexicon lists it) and the
 * tagger, trained on GUM where such words are mostly double-barrelled surnames ("Morgan-Short", 2015), left it out
 * or read a person. A capitalised hyphen compound that stands alone (no capitalised word beside it, no demonym or
 * given name among its parts) is an organization when
 *   - it is a company the table below knows;
 *   - one part is a country or region and another a word that is no place ("Météo-France", "Radio-Canada"):
 *     people and places are not named so, national bodies and companies are;
 *   - a company noun stands before it ("the engine maker Rolls-Royce", "drinks giant Coca-Cola") or after it
 *     ("Coca-Cola corporation", "Hewlett-Packard's chief executive", "shares of Rolls-Royce").
 * Every occurrence of a word so found is then an organization, as `propagate` does for other names.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';
import { bestPlace, wordInfoOf } from './wordinfo.js';

/** Capitalised parts of two letters or more joined by hyphens ("Coca-Cola", "Météo-France"). */
const COMPOUND = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]+)+$/u;

/** Companies named by a hyphen compound, from the Fortune Global 500 and stock-index members of past and present. */
// prettier-ignore
const KNOWN: ReadonlySet<string> = new Set([
  'rolls-royce', 'coca-cola', 'pepsi-cola', 'hewlett-packard', 'mercedes-benz', 'daimler-benz', 'harley-davidson',
  'anheuser-busch', 'bristol-myers', 'rank-xerox', 'wal-mart', 'alfa-romeo', 'booz-allen', 'merrill-lynch',
  'sud-aviation', 'sikorsky-lockheed', 'thyssen-krupp', 'arcelor-mittal', 'pricewaterhouse-coopers',
]);

/**
 * First parts that make a compound an adjective or a span, no name: "Anglo-French", "Sino-Japanese",
 * "Pan-African", "Trans-Siberian", "Pro-Beijing", "Anti-Corruption", "All-Star".
 */
// prettier-ignore
const PREFIXES: ReadonlySet<string> = new Set([
  'anglo', 'sino', 'franco', 'indo', 'afro', 'euro', 'pan', 'trans', 'pro', 'anti', 'non', 'post', 'pre', 'ex',
  'neo', 'mid', 'all', 'inter', 'intra', 'ultra', 'super', 'co', 'semi', 'multi', 'sub', 'self', 'russo', 'greco',
  'austro', 'judeo', 'italo', 'hispano', 'luso', 'irano', 'arab', 'latino', 'north', 'south', 'east', 'west',
  // particles of Arabic and other personal names ("Al-Sadr", "Abu-Bakr", "Bin-Salman", "El-Hassan")
  'al', 'el', 'abu', 'abd', 'abdul', 'bin', 'ibn', 'ben', 'bint',
]);

/** Company nouns before the name, with at most one word between ("the engine maker Rolls-Royce"). */
// prettier-ignore
const COMPANY_BEFORE: ReadonlySet<string> = new Set([
  'company', 'firm', 'maker', 'carmaker', 'automaker', 'manufacturer', 'giant', 'retailer', 'brand', 'airline',
  'carrier', 'lender', 'insurer', 'conglomerate', 'chain', 'supplier', 'producer', 'forecaster', 'agency',
  'broadcaster', 'publisher', 'subsidiary', 'corporation', 'group', 'bottler', 'drugmaker', 'utility', 'operator',
  'contractor', 'shares', 'stake', 'acquired',
]);

/**
 * Company nouns right after the name or its possessive ("Coca-Cola corporation", "Rolls-Royce's shares"); none that
 * a person has too (a spokesman, a chief of staff, workers).
 */
// prettier-ignore
const COMPANY_AFTER: ReadonlySet<string> = new Set([
  'company', 'corporation', 'group', 'shares', 'stock', 'ceo', 'headquarters', 'factory', 'factories', 'plant',
  'plants', 'shareholders', 'profit', 'profits', 'revenue', 'subsidiary', 'dealership', 'dealerships',
]);

/** The word is a hyphen compound that can name an organization by its parts alone. */
function compoundName(word: string): boolean {
  if (!COMPOUND.test(word)) return false;
  const parts = word.split('-');
  const lower = word.toLowerCase();
  if (KNOWN.has(lower)) return true;
  if (bestPlace(word) || wordInfoOf(word).place || wordInfoOf(word).person) return false;
  return parts.every((p, k) => {
    const info = wordInfoOf(p);
    return !info.demonym && !(k === 0 && (info.firstName || PREFIXES.has(p.toLowerCase())));
  });
}

/** One part is a country or region, the others no place and no given name ("Météo-France", "Hydro-Québec"). */
function nationalBody(word: string): boolean {
  const parts = word.split('-');
  const national = parts.map((p) => {
    const place = bestPlace(p);
    // Three letters make an abbreviation more often than a region ("Mon-Fri" is no Mon State body).
    return p.length > 3 && place !== null && (place.kind === 'country' || place.kind === 'region');
  });
  if (!national.includes(true) || !national.includes(false)) return false; // "Austria-Hungary" is no body
  // A village's name is no bar ("Hydro" is a town in Oklahoma); a city's is ("Dallas-Texas" names no body).
  return parts.every(
    (p, k) =>
      national[k] || ((bestPlace(p)?.population ?? 0) < 100_000 && !wordInfoOf(p).place && !wordInfoOf(p).firstName),
  );
}

const lowerAt = (tokens: readonly Token[], k: number): string => tokens[k]?.text.toLowerCase() ?? '';
const isCapital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** A company noun stands before token `k` (one word may come between) or after it (past a possessive). */
function companyContext(tokens: readonly Token[], k: number): boolean {
  const before = [lowerAt(tokens, k - 1), lowerAt(tokens, k - 2)];
  if (COMPANY_BEFORE.has(before[0]!)) return true;
  if (COMPANY_BEFORE.has(before[1]!) && /^[\p{Ll}-]+$/u.test(tokens[k - 1]?.text ?? '')) return true;
  // "shares of Rolls-Royce", "a stake in Coca-Cola"
  if ((before[0] === 'of' || before[0] === 'in') && COMPANY_BEFORE.has(before[1]!)) return true;
  let after = k + 1;
  if (tokens[after]?.text === "'s" || tokens[after]?.text === '’s') after++;
  return COMPANY_AFTER.has(lowerAt(tokens, after));
}

/** The compound at `k` stands alone: no capitalised word right before (but at a sentence start) or after. */
function standsAlone(tokens: readonly Token[], k: number, starts: ReadonlySet<number>): boolean {
  if (isCapital(tokens[k + 1])) return false;
  return starts.has(k) || !isCapital(tokens[k - 1]);
}

/** `candidates` with hyphen-compound organizations added or retyped (every occurrence of one found). */
export function hyphenatedOrgs(
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  starts: ReadonlySet<number>,
): NameCandidate[] {
  const found = new Set<string>();
  const at: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (word.indexOf('-') < 1 || !standsAlone(tokens, k, starts) || !compoundName(word)) continue;
    at.push(k);
    if (KNOWN.has(word.toLowerCase()) || nationalBody(word) || companyContext(tokens, k)) found.add(word);
  }
  if (!found.size) return [...candidates];
  let out = [...candidates];
  for (const k of at) {
    if (!found.has(tokens[k]!.text)) continue;
    const host = out.find((c) => c.first <= k && c.last > k);
    if (host && (host.last - host.first > 1 || host.kind === 'organization' || host.kind === 'place')) continue;
    const org: NameCandidate = { first: k, last: k + 1, kind: 'organization', titled: false, strong: true };
    out = host ? out.map((c) => (c === host ? org : c)) : [...out, org].sort((a, b) => a.first - b.first);
  }
  return out;
}
