import type { Attribution, Span } from '../../vocabulary.js';

/**
 * Judgement cues ("saw the boycott as hypocritical", "regards the port as the region's hub", "rates the group among
 * the most persecuted", cues.ts) within the records of one sentence:
 *   1. a judgement whose subject follows "what" ("came under fire for what many voters saw as a betrayal", "to fight
 *      what they saw as bloat") names a thing by someone's view of it inside a clause about something else: no claim
 *      of theirs is reported, so it makes no record (a relative "which" hangs the view on a noun the text names,
 *      "privacy, which the company views as a right", and is one);
 *   2. a judgement whose subject also speaks by another cue of the sentence ("Opponents saw the move as hypocritical
 *      and felt that …, and suspected that …") is one claim of theirs: the records become one, the content running
 *      from the first content's start to the last one's end.
 * Other records of one speaker stay apart: annotations of reported speech give each speech cue its own record.
 */
export function foldedJudgements(
  text: string,
  added: readonly Attribution[],
  subjects: ReadonlyMap<Attribution, Span>,
): Attribution[] {
  const kept = added.filter((r) => !JUDGEMENT_CUES.has(r.cue) || !afterRelative(text, subjects.get(r)));
  const judged = kept.filter((r) => JUDGEMENT_CUES.has(r.cue));
  if (judged.length === 0) return kept;
  const out = [...kept];
  for (const j of judged) {
    const subject = subjects.get(j);
    const same = out.filter((o) => o !== j && sameSpan(subjects.get(o), subject) && sameSpeaker(o, j));
    if (same.length === 0) continue;
    // The record kept is the first of the group in the text; the judgement and the others are folded into it.
    const group = [j, ...same].sort((a, b) => a.contentSpan.start - b.contentSpan.start);
    const merged = group.slice(1).reduce((a, b) => mergedRecord(text, a, b), group[0]!);
    const at = out.indexOf(group[0]!);
    for (const g of group) out.splice(out.indexOf(g), 1);
    out.splice(Math.min(at, out.length), 0, merged);
  }
  return out;
}

/** The lemmas of judgement cues (cues.ts): a view held of something, with its "as" or "among" complement. */
const JUDGEMENT_CUES: ReadonlySet<string> = new Set(['sees', 'rates']);

/** "what" right before the subject: "for what many voters saw as …". */
function afterRelative(text: string, subject: Span | undefined): boolean {
  return !!subject && /\b[Ww]hat\s+$/.test(text.slice(Math.max(0, subject.start - 8), subject.start));
}

function sameSpan(a: Span | undefined, b: Span | undefined): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

function sameSpeaker(a: Attribution, b: Attribution): boolean {
  const x = a.speaker;
  const y = b.speaker;
  if (!x || !y) return false;
  return x.entityId && y.entityId ? x.entityId === y.entityId : x.name.toLowerCase() === y.name.toLowerCase();
}

function mergedRecord(text: string, a: Attribution, b: Attribution): Attribution {
  const contentSpan: Span = {
    start: Math.min(a.contentSpan.start, b.contentSpan.start),
    end: Math.max(a.contentSpan.end, b.contentSpan.end),
  };
  const quote = a.quote && b.quote && a.quote !== b.quote ? `${a.quote} … ${b.quote}` : (a.quote ?? b.quote);
  const via = [...a.via, ...b.via.filter((v) => !a.via.some((w) => w.name === v.name))];
  return {
    ...a,
    via,
    quote,
    content: text.slice(contentSpan.start, contentSpan.end),
    contentSpan,
    span: { start: Math.min(a.span.start, b.span.start), end: Math.max(a.span.end, b.span.end) },
  };
}
