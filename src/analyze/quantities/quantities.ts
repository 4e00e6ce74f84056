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
  const said = `${q.value} ${q.unit.unit} = ${displayNormalized({ value: a, unit: q.unit.to })}`;
  return {
    ...merged,
    consistent: agrees,
    check: `${said} ${agrees ? '≈' : '≠'} ${displayNormalized({ value: b, unit: pair.unit.to })}`,
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

/**
 * Six significant digits, not a fixed number of decimals: 20 cm is 0.0002 km and 5 mg 0.000005 kg, which
 * rounding to thousandths made 0; -0 becomes 0.
 */
export function round(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  return Number(v.toPrecision(6)) || 0;
}

/** A value in a normalised unit for people: 3 significant digits (whole numbers from 100 on). */
function fmt(v: number): string {
  if (Math.abs(v) >= 100) return String(Math.round(v));
  return String(Number(v.toPrecision(3)) || 0);
}

/**
 * A normalised value shown in the unit of its size: km below 1 as m, cm or mm; kg below 1 as g or mg
 * ("0.0002 km" reads "20 cm"). Other units as they are.
 */
export function displayNormalized(n: { value: number; unit: string }): string {
  const scales: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
    km: [
      ['km', 1],
      ['m', 1e-3],
      ['cm', 1e-5],
      ['mm', 1e-6],
    ],
    kg: [
      ['kg', 1],
      ['g', 1e-3],
      ['mg', 1e-6],
    ],
  };
  const steps = scales[n.unit];
  const abs = Math.abs(n.value);
  const [unit, size] = (steps && abs > 0 && steps.find(([, f]) => abs >= f)) ||
    steps?.[steps.length - 1] || [n.unit, 1];
  return `${fmt(n.value / size)} ${unit}`;
}
