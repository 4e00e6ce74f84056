/** Quantities with units (placeholder until the unit tables land). */
import type { Entity, Quantity, Sentence } from '../../vocabulary.js';

/** Quantities in `text`. */
export function findQuantities(
  _text: string,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): Quantity[] {
  return [];
}
