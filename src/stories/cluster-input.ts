/**
 * Decodes one line of `dateline cluster` input: `{id, title, text, publishedAt?, outlet?, url?, entities?}`
 * (`snippet` is read when `text` is absent, for pre-processed short-text sets). Outcomes are values.
 */
import type { ClusterItem } from '../vocabulary.js';

export type ClusterInputOutcome = { ok: true; item: ClusterItem } | { ok: false; reason: string };

/** Longest line accepted: a JSON article far larger than any real one is refused, not parsed. */
export const MAX_LINE_CHARS = 4_000_000;

const optionalString = (v: unknown): v is string | null | undefined =>
  v === undefined || v === null || typeof v === 'string';

/** Parses and validates one JSONL line. */
export function decodeClusterLine(line: string): ClusterInputOutcome {
  if (line.length > MAX_LINE_CHARS) return { ok: false, reason: `line longer than ${MAX_LINE_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, reason: `not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'number' ? String(o.id) : o.id;
  if (typeof id !== 'string' || id === '') return { ok: false, reason: 'missing "id"' };
  const text = o.text ?? o.snippet;
  if (typeof o.title !== 'string' && typeof text !== 'string')
    return { ok: false, reason: 'needs a "title" or a "text" string' };
  if (!optionalString(o.title) || !optionalString(text)) return { ok: false, reason: '"title"/"text" must be strings' };
  for (const k of ['publishedAt', 'outlet', 'url'] as const)
    if (!optionalString(o[k])) return { ok: false, reason: `"${k}" must be a string` };
  if (typeof o.publishedAt === 'string' && Number.isNaN(Date.parse(o.publishedAt)))
    return { ok: false, reason: `"publishedAt" is not a date: ${JSON.stringify(o.publishedAt).slice(0, 60)}` };
  const entities = o.entities;
  if (entities !== undefined && !(Array.isArray(entities) && entities.every((e) => typeof e === 'string')))
    return { ok: false, reason: '"entities" must be an array of strings' };
  return {
    ok: true,
    item: {
      id,
      title: (o.title as string | null | undefined) ?? '',
      text: (text as string | null | undefined) ?? '',
      publishedAt: (o.publishedAt as string | null | undefined) ?? null,
      outlet: (o.outlet as string | null | undefined) ?? null,
      url: (o.url as string | null | undefined) ?? null,
      ...(entities ? { entities: entities as string[] } : {}),
    },
  };
}
