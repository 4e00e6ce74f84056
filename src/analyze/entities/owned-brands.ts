/**
 * A brand owned by someone is a product, no organization: "deposited to your PayPal account", "log in to my Gmail
 * inbox", "charge your Tesla car". A name between a possessive determiner (my, your, his, her, our, their) and a noun
 * of a thing one has (an account, a card, a phone, a car …) names that thing, which neither GUM nor UNER marks as an
 * organization. Such an organization of one word becomes other. Other nouns say other things ("his Rice teammate":
 * the university he played for) and are left.
 */
import type { NameCandidate } from './rules.js';
import type { Token } from './tokenize.js';

const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
/** Nouns of things one has, named by their brand. */
// prettier-ignore
const OWNED: ReadonlySet<string> = new Set([
  'account', 'accounts', 'card', 'cards', 'phone', 'phones', 'car', 'cars', 'laptop', 'computer', 'tablet', 'device',
  'app', 'profile', 'inbox', 'password', 'login', 'subscription', 'wallet', 'balance', 'order', 'console', 'watch',
]);

/** `candidates` with one-word organizations after a possessive determiner made other. */
export function ownedBrands(tokens: readonly Token[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.map((c) =>
    c.kind === 'organization' &&
    c.last - c.first === 1 &&
    POSSESSIVES.has(tokens[c.first - 1]?.text.toLowerCase() ?? '') &&
    OWNED.has(tokens[c.last]?.text ?? '')
      ? { ...c, kind: 'other', strong: false }
      : c,
  );
}
