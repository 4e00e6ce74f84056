/** A reported-speech draft (speaker phrase, cue, content spans) before it is resolved into an Attribution. */
import type { Span } from '../../vocabulary.js';

/** One pattern's find in a sentence: who (a phrase, not yet a party), the cue, and what was said. */
export interface Draft {
  kind: 'verb' | 'according' | 'citing' | 'passive';
  cue: string;
  cueSpan: Span;
  speakerSpan: Span;
  /** Null for a phrase cue that only names a source (it modifies the sentence's main attribution). */
  content: Span | null;
  /** "As X said, …": the content is the main clause, whose own clauses may carry other speakers' cues. */
  opening?: boolean;
  /**
   * "The source, who said he had spoken to people …, told …": the speaker is the noun an appositive relative clause
   * hangs on, so the content ends where that clause does, before the noun's own verb.
   */
  appositive?: boolean;
  /** The outlet that relays this draft's own words, when the pattern names it ("quoted as saying … by Interfax"). */
  via?: Span;
}

/** Trims spaces, edge punctuation and enclosing quote marks; null when fewer than two words remain. */
export function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,:;—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:!?—–-]/.test(text[end - 1]!)) end--;
  const m = text.slice(start, end);
  if (/^["“]/.test(m) && /["”]$/.test(m) && !/["“”]/.test(m.slice(1, -1))) {
    start++;
    end--;
    while (end > start && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
  }
  // Two words at least (checked on a bounded prefix: sentences can be whole tables).
  if (!/\S\s+\S/.test(text.slice(start, Math.min(end, start + 200))) && !/["“”]/.test(m.slice(0, 200))) return null;
  return { start, end };
}
