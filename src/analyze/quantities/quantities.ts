/**
 * Quantities with units. Stages: raw matches (parse.ts) → paired units "425 miles (680 kilometers)" merged
 * into one quantity with a unit check → a stated distance between two geocoded places in the same sentence
 * checked against the great-circle distance.
 */
import type { Entity, Quantity, Sentence } from '../../vocabulary.js';
import { greatCircleKm } from '../gazetteer/distance.js';
import { halfStep, normalise, rawQuantities, type RawQuantity } from './parse.js';

/** Paired units agree within 3% or the rounding of the printed numbers, whichever is looser. */
const PAIR_TOLERANCE = 0.03;
/** A stated distance agrees with the great circle within 15% (or 10 km): news rounds, roads wind. */
const DISTANCE_TOLERANCE = 0.15;
const PAIR_GAP = /^\s*\(\s*(?:about|approximately|approx\.|roughly|some|nearly|around|almost|over|more than)?\s*$/i;

/** Quantities in `text`, with unit and distance checks. */
export function findQuantities(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): Quantity[] {
  const raw = rawQuantities(text);
  const out: Quantity[] = [];
  for (let i = 0; i < raw.length; i++) {
    const q = raw[i]!;
    const next = raw[i + 1];
    const paired =
      next && PAIR_GAP.test(text.slice(q.end, next.start)) && /^\s*\)/.test(text.slice(next.end)) ? next : null;
    const quantity = toQuantity(text, q, paired && paired.unit.kind === q.unit.kind ? paired : null);
    if (paired && paired.unit.kind === q.unit.kind) i++;
    if (quantity.kind === 'distance') checkDistance(text, quantity, sentences, entities);
    out.push(quantity);
  }
  return out;
}

function toQuantity(text: string, q: RawQuantity, pair: RawQuantity | null): Quantity {
  const base: Quantity = {
    text: q.text,
    value: q.value,
    unit: q.unit.unit,
    kind: q.unit.kind,
    normalized: { value: round(normalise(q)), unit: q.unit.to },
    consistent: null,
    check: null,
    span: { start: q.start, end: q.end },
  };
  if (!pair) return base;
  const end = text.indexOf(')', pair.end) + 1;
  const merged = { ...base, text: text.slice(q.start, end), span: { start: q.start, end } };
  if (q.unit.kind === 'money' || q.unit.kind === 'other') return merged;
  const a = normalise(q);
  const b = normalise(pair);
  const slack = Math.max(
    PAIR_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)),
    halfStep(q.text) * q.unit.factor + halfStep(pair.text) * pair.unit.factor,
  );
  const agrees = Math.abs(a - b) <= slack;
  const said = `${q.value} ${q.unit.unit} = ${fmt(a)} ${q.unit.to}`;
  return {
    ...merged,
    consistent: agrees,
    check: `${said} ${agrees ? '≈' : '≠'} ${fmt(b)} ${pair.unit.to}`,
  };
}

/** Compares a distance with the great circle between the places named before and after it in its sentence. */
function checkDistance(text: string, q: Quantity, sentences: readonly Sentence[], entities: readonly Entity[]): void {
  const s = sentences.find((x) => x.start <= q.span.start && x.end >= q.span.end);
  if (!s || s.end - s.start > 3000) return;
  const places = entities.flatMap((e) =>
    e.kind === 'place' && e.lat != null && e.lon != null
      ? e.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ e, m }))
      : [],
  );
  const before = places.filter((p) => p.m.end <= q.span.start).sort((a, b) => b.m.end - a.m.end)[0];
  const after = places.filter((p) => p.m.start >= q.span.end).sort((a, b) => a.m.start - b.m.start)[0];
  if (!before || !after || before.e.id === after.e.id) return;
  // Only "X is N km (north) of / from Y" and the like state a distance between the two places.
  if (!/\b(?:of|from|away|to|between)\b/i.test(text.slice(q.span.end, after.m.start))) return;
  const gc = greatCircleKm({ lat: before.e.lat!, lon: before.e.lon! }, { lat: after.e.lat!, lon: after.e.lon! });
  const stated = q.normalized.value;
  const agrees = Math.abs(stated - gc) <= Math.max(DISTANCE_TOLERANCE * gc, 10);
  const note = `great-circle ${before.e.name}–${after.e.name} ${fmt(gc)} km ${agrees ? '≈' : '≠'} stated ${q.value} ${q.unit} (${fmt(stated)} km)`;
  q.consistent = q.consistent === false ? false : agrees;
  q.check = q.check ? `${q.check}; ${note}` : note;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
}
