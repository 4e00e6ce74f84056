/**
 * Named entities (person, organization, place, other) merged by alias, places geocoded offline. Stages:
 *   1. tokenize   — word tokens with offsets (`tokenize.ts`);
 *   2. names      — name candidates by rules over lexicons and the gazetteer (`rules.ts`);
 *   3. merge      — alias merging into entities with stable ids (`chains.ts`);
 *   4. geocode    — places resolved against the offline gazetteer in the article's context (`places/`).
 */
import type { Entity, Sentence } from '../../vocabulary.js';
import { geocodePlaces } from '../places/geocode.js';
import { mergeCandidates } from './chains.js';
import { findNameCandidates } from './rules.js';
import { tokenize } from './tokenize.js';

/** Find the entities of `text` (offsets of mentions index into it). `sentences` is accepted for the stage API. */
export function findEntities(text: string, _sentences: Sentence[]): Entity[] {
  const tokens = tokenize(text);
  const candidates = findNameCandidates(text, tokens);
  const entities = mergeCandidates(text, tokens, candidates);
  return geocodePlaces(text, entities);
}
