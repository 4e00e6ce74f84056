import type { Analysis, Entity } from '../vocabulary.js';
import { cleanText } from './article-columns.js';
import { nameKey } from './name-key.js';

/** One searchable name of an entity in one article: its name or one of its aliases. */
export interface EntityRow {
  kind: string;
  /** The entity's display name (also for alias rows, so an alias finds the entity). */
  name: string;
  key: string;
}

/** One searchable name of a speaker quoted in one article. */
export interface SpeakerRow {
  name: string;
  key: string;
}

export interface AnalysisRows {
  entities: EntityRow[];
  speakers: SpeakerRow[];
}

/** Side-table rows that make `about:`, `place:`, `quoted:` and entity pages index lookups, not JSON scans. */
export function analysisRows(analysis: Analysis | null): AnalysisRows {
  if (!analysis) return { entities: [], speakers: [] };
  // A speaker's names are its entity's, once per attribution: each name is keyed once.
  const keys = new Map<string, string>();
  const keyOf = (alias: string): string => {
    let key = keys.get(alias);
    if (key === undefined) keys.set(alias, (key = nameKey(cleanText(alias) ?? '')));
    return key;
  };
  const entities = new Map<string, EntityRow>();
  const byId = new Map<string, Entity>();
  for (const entity of analysis.entities) {
    byId.set(entity.id, entity);
    const name = cleanText(entity.name)?.trim();
    if (!name) continue;
    for (const alias of [name, ...entity.aliases]) {
      const key = keyOf(alias);
      // First entity wins a shared alias within one article ("Kim" for two people): one row per (kind, key).
      if (key && !entities.has(`${entity.kind}\u0001${key}`)) {
        entities.set(`${entity.kind}\u0001${key}`, { kind: entity.kind, name, key });
      }
    }
  }
  const speakers = new Map<string, SpeakerRow>();
  for (const attribution of analysis.attributions) {
    const speaker = attribution.speaker;
    if (!speaker) continue;
    const entity = speaker.entityId ? byId.get(speaker.entityId) : undefined;
    const name = cleanText(entity?.name ?? speaker.name)?.trim();
    if (!name) continue;
    for (const alias of [name, speaker.name, ...(entity?.aliases ?? [])]) {
      const key = keyOf(alias);
      if (key && !speakers.has(key)) speakers.set(key, { name, key });
    }
  }
  return { entities: [...entities.values()], speakers: [...speakers.values()] };
}
