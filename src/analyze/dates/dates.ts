/** Date mentions (placeholder until the chrono-node stage lands). */
import type { DateMention, Sentence } from '../../vocabulary.js';

/** Date mentions in `text`, resolved against `reference` when given. */
export function findDates(_text: string, _sentences: readonly Sentence[], _reference: string | null): DateMention[] {
  return [];
}
