/**
 * A bare weekday in news copy ("on Sunday", "Sunday afternoon") means the most recent one, the reference day
 * included, as reports are written in the past tense; it means the next one after "until", "next", "by",
 * or in a sentence that speaks of the future ("will", "is due to").
 */
import type { Sentence, Span } from '../../vocabulary.js';

const FORWARD_BEFORE = /\b(?:until|till|through|by|next|this coming|coming|before)\s+$/i;
const FUTURE_SENTENCE =
  /\b(?:will|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|plans to)\b/i;

/** ISO date of the weekday (0 = Sunday) mentioned at `span`, relative to the reference instant. */
export function weekdayDate(
  text: string,
  span: Span,
  sentences: readonly Sentence[],
  ref: Date,
  weekday: number,
): string {
  const sentence = sentences.find((s) => s.start <= span.start && s.end >= span.end);
  const before = text.slice(Math.max(sentence?.start ?? 0, span.start - 20), span.start);
  const mention = text.slice(span.start, span.end);
  const forward =
    FORWARD_BEFORE.test(before) ||
    /^(?:next|this coming)\b/i.test(mention) ||
    FUTURE_SENTENCE.test(sentence?.text ?? '');
  const today = ref.getUTCDay();
  const delta = forward ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
  const d = new Date(ref.getTime() + delta * 86_400_000);
  return d.toISOString().slice(0, 10);
}
