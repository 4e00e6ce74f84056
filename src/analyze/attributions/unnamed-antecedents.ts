/**
 * 'The minister said the talks had collapsed. He blamed the opposition …'; 'The report found …. It also found …':
 * when no named antecedent fits a pronoun (pronouns.ts), it goes on with the latest speaker if that speaker is an
 * unnamed description of the same sort, singular and nearby: "he"/"she" a person named by a role ("the minister", "a
 * witness"), "it" a document or a body ("the report", "the ministry"). Left unresolved, the record names no one.
 */
import type { PronounSite } from './pronouns.js';
import type { ResolvedParty } from './parties.js';
import { DOCUMENT_NOUNS, ORGANIZATION_HINT } from './party-kinds.js';
import { speakerLike } from './speaker-like.js';

/** How far back (characters) the description may have spoken: a pronoun goes on with a speaker just quoted. */
const REACH = 600;

/** The latest speaker, when it is an unnamed singular description "he", "she" or "it" can stand for; else null. */
export function unnamedAntecedent(site: PronounSite, history: readonly ResolvedParty[]): ResolvedParty | null {
  const h = [...history].reverse().find((x) => x.at < site.at);
  if (!h || site.at - h.at > REACH || h.kind !== 'description' || h.party.entityId) return null;
  const head = /(\p{Ll}+)$/u.exec(h.party.name)?.[1];
  // A plural ("officials", "residents") is "they"; a singular noun ends in "ss" or "us" when it ends in "s".
  if (!head || (/s$/.test(head) && !/(?:ss|us)$/.test(head))) return null;
  const body = DOCUMENT_NOUNS.has(head) || ORGANIZATION_HINT.test(head);
  const it = site.text.toLowerCase() === 'it';
  if (it ? !body : body || !speakerLike(`the ${head}`, false, true)) return null;
  return { party: { ...h.party, text: site.text }, kind: it ? 'organization' : 'person', at: site.at };
}
