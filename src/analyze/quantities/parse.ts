/**
 * Raw quantity matches: a number with a unit after it ("425 miles", "32 °C", "5 million dollars") or a
 * currency sign before it ("$1.2 billion", "€40"). Hand-written: no maintained JS library reads units with
 * offsets into the text.
 */
import type { Quantity, Span } from '../../vocabulary.js';
import { CURRENCY_PREFIXES, MULTIPLIERS, UNITS, type Unit } from './units.js';

export interface RawQuantity extends Span {
  text: string;
  value: number;
  unit: Unit | { unit: string; kind: Quantity['kind']; to: string; factor: number; offset?: number };
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const MULT = [...MULTIPLIERS.keys()].filter((k) => k.length > 2).join('|');
const NAMES = UNITS.flatMap((u) => u.names.map((n) => ({ n, u }))).sort((a, b) => b.n.length - a.n.length);
const SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\d.,$€£¥])(${NUM})(?:\s?(${MULT}))?[\s-]?(${NAMES.map((x) => escape(x.n)).join('|')})(?![\p{L}\d])`,
  'giu',
);
const PREFIXED = new RegExp(
  String.raw`(${CURRENCY_PREFIXES.map((c) => escape(c.sign)).join('|')})\s?(${NUM})(?:\s?(${[...MULTIPLIERS.keys()].join('|')})\b)?`,
  'giu',
);

/** A minus sign or the word "minus" right before a number, not after a digit or letter (a range "10-20"). */
const MINUS = /(?:^|[^\p{L}\d.,])((?:[-\u2212]|minus\s+))$/iu;

const number = (s: string) => Number(s.replace(/,/g, ''));

/** All quantity matches in `text`, longest first where they overlap, in text order. */
export function rawQuantities(text: string): RawQuantity[] {
  const found: RawQuantity[] = [];
  for (const m of text.matchAll(PREFIXED)) {
    const sign = CURRENCY_PREFIXES.find((c) => c.sign.toLowerCase() === m[1]!.toLowerCase().replace(/\s+$/, ' '));
    if (!sign) continue;
    const value = number(m[2]!) * (m[3] ? (MULTIPLIERS.get(m[3].toLowerCase()) ?? 1) : 1);
    const unit = { unit: sign.currency, kind: 'money' as const, to: sign.currency, factor: 1 };
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, unit });
  }
  for (const m of text.matchAll(SUFFIXED)) {
    const name = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = NAMES.find((x) => x.n === name)?.u;
    if (!unit) continue;
    const value = number(m[1]!) * (m[2] ? (MULTIPLIERS.get(m[2].toLowerCase()) ?? 1) : 1);
    // A temperature below zero: "-5 °C", "−12 degrees Celsius", "minus 40 degrees Fahrenheit". Only for
    // temperatures: before a length or a sum the dash is a range's ("10-20 cm") or a compound's.
    const sign = unit.kind === 'temperature' ? MINUS.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
    const start = sign ? m.index - sign[1]!.length : m.index;
    found.push({
      start,
      end: m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
      value: sign ? -value : value,
      unit,
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawQuantity[] = [];
  // Sorted by start, longest first: a match overlaps a kept one only if it starts before the last kept end.
  for (const q of found) if (!out.length || q.start >= out[out.length - 1]!.end) out.push(q);
  return out;
}

/** The value in the normalised unit (km, kg, °C, the currency). */
export function normalise(q: RawQuantity): number {
  return (q.value + (q.unit.offset ?? 0)) * q.unit.factor;
}

/** Half the step of the last significant digit of a printed number ("680" → 5, "425" → 0.5, "1.6" → 0.05). */
export function halfStep(printed: string): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(printed);
  if (!digits) return 0;
  if (digits[2]) return 0.5 * 10 ** -digits[2].length;
  const zeros = /0*$/.exec(digits[1]!.replace(/,/g, ''))![0].length;
  return 0.5 * 10 ** zeros;
}
