/**
 * Finding entities again after analysis: by a span of the body (which entity does "KCNA" at 120–124 name?) and
 * by a name or alias ("Comrade Putin", "the Kremlin", "KCNA"), for the attribution and composition stages.
 */
import type { Entity, Span } from '../../vocabulary.js';
import { nameKey } from './chains.js';

/** The entity with a mention overlapping `span` the most, or null. */
export function entityAt(entities: readonly Entity[], span: Span): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of entities)
    for (const m of e.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
  return best;
}

/** A map from every normalised name and alias ("kcna", "comrade putin", "kremlin") to its entity. */
export function aliasIndex(entities: readonly Entity[]): Map<string, Entity> {
  const index = new Map<string, Entity>();
  for (const e of entities)
    for (const form of [e.name, ...e.aliases]) {
      const key = nameKey(form);
      if (key && !index.has(key)) index.set(key, e);
    }
  return index;
}

/** The entity a name refers to ("Putin", "the White House"), by alias, or null. */
export function resolveName(entities: readonly Entity[], name: string): Entity | null {
  return aliasIndex(entities).get(nameKey(name)) ?? null;
}
