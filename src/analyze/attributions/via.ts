/**
 * The chain of reporting inside one sentence. A sentence's main attribution takes its "according to X" as
 * the outlet relaying it (via X) and its "citing X" as the true speaker (X, via the main subject); a phrase cue
 * with no main attribution is an attribution of its own ("…, according to Yonhap").
 */
import type { Sentence, Span } from '../../vocabulary.js';
import { trimContent, type Draft } from './draft.js';
import { PARTICIPLE_CUES } from './cues.js';

export interface Chained {
  cue: string;
  cueSpan: Span;
  speakerSpan: Span;
  /** Outermost last. */
  viaSpans: Span[];
  content: Span;
  /**
   * The person a transcript's short label stands for ("SM" or "MORROW" for Susan Morrow), read by name, not by the
   * label.
   */
  labelFor?: { id: string; name: string };
}

/** Joins a sentence's drafts into attributions with their chains. */
export function chainDrafts(text: string, sentence: Sentence, drafts: readonly Draft[]): Chained[] {
  const verbs = drafts.filter((d) => d.kind === 'verb');
  const phrases = drafts.filter((d) => d.kind !== 'verb');
  const main = verbs[0];
  const out: Chained[] = verbs.map((v) => ({
    cue: v.cue,
    cueSpan: v.cueSpan,
    speakerSpan: v.speakerSpan,
    viaSpans: v.via ? [v.via] : [],
    content: v.content!,
  }));
  const host = out[0];
  let cited: Span | null = null;
  for (const p of host ? phrases : relayedCitations(text, sentence, phrases, out)) {
    // '… was described as “heartbreaking” by the department': the phrase holds its own content, the quoted verdict.
    if (p.content) {
      out.push({ cue: p.cue, cueSpan: p.cueSpan, speakerSpan: p.speakerSpan, viaSpans: [], content: p.content });
      continue;
    }
    // "…, which said in remarks aired by Radio Nord that …": a source phrase between a later record's cue and its
    // content is that record's link, not the first record's.
    const framed = out.find(
      (o) => o !== host && o.cueSpan.end <= p.cueSpan.start && p.speakerSpan.end <= o.content.start,
    );
    if (framed && p.kind !== 'citing') {
      framed.viaSpans.push(p.speakerSpan);
      continue;
    }
    if (host && main) {
      if (p.cueSpan.start > host.content.start && p.cueSpan.start < host.content.end) {
        const cut = trimContent(text, host.content.start, p.cueSpan.start);
        if (cut) host.content = cut;
      }
      // "The mayor postponed the vote, according to two aides, after the whip told him …": the source also reports
      // the main clause before the subordinate clause its host speaks in.
      const before = p.kind === 'according' ? clauseBeforeSubordinateHost(text, sentence, host, p) : null;
      if (before)
        out.push({ cue: p.cue, cueSpan: p.cueSpan, speakerSpan: p.speakerSpan, viaSpans: [], content: before });
      const tail = p.kind === 'according' ? sourcedTail(text, sentence, host, p) : null;
      if (tail) {
        host.content = tail.rest;
        out.push({ cue: p.cue, cueSpan: p.cueSpan, speakerSpan: p.speakerSpan, viaSpans: [], content: tail.tail });
        continue;
      }
      // "X told aides …, the Times reported, citing two people": the outlet's sources relay X's words to it.
      const relay = host.viaSpans[host.viaSpans.length - 1];
      if (p.kind === 'citing' && relay && relay.end <= p.cueSpan.start && main.via) {
        host.viaSpans.splice(host.viaSpans.length - 1, 0, p.speakerSpan);
        continue;
      }
      // "… reported by the Ledger, which quoted an aide as saying …": the outlet already relays the host's words.
      if (p.kind !== 'citing' && host.viaSpans.some((v) => sameSpan(v, p.speakerSpan))) continue;
      if (p.kind === 'citing') {
        host.viaSpans.unshift(host.speakerSpan);
        host.speakerSpan = p.speakerSpan;
        cited = p.speakerSpan;
      } else host.viaSpans.push(p.speakerSpan);
      // "According to Yonhap, Kim said …" is cued by the phrase; "Sorokov, quoted by Tessa, said …" by its verb.
      if (p.cueSpan.start < host.cueSpan.start && p.cue !== 'quoted') host.cue = p.cue;
      continue;
    }
    // "were told by a senior aide that the president …": the clause after the speaker, past its "that".
    const opening = openingEnd(text, p.speakerSpan.end, sentence.end);
    const that = p.kind === 'passive' ? /^\s*that\s/.exec(text.slice(opening, sentence.end)) : null;
    const after = trimContent(text, opening + (that ? that[0].length : 0), sentence.end);
    const before = trimContent(text, sentence.start, p.cueSpan.start);
    // "The goal, according to the change log, is to …": a phrase set off inside its clause reports all of it.
    // "The storm eased overnight, according to the bureau, and the ferries sailed": a conjunction after the phrase
    // opens a clause of its own, so the phrase closes a whole clause before it and reports only that.
    const closes = before && after && COORDINATOR.test(text.slice(after.start, after.end));
    // "…, according to the hotel bosses that responded to a thread": a relative clause after the source describes it,
    // and so does a participle: "…, according to a statement carried by Tass", "a study published in the Lancet".
    const describes = after && DESCRIBES_SOURCE.test(text.slice(after.start, after.end));
    const inside =
      before && after && !closes && !describes && SPLIT_SUBJECT.test(text.slice(sentence.start, p.cueSpan.start));
    // "… a policy which, according to AFP, the UN has criticised": the source reports the relative clause after it.
    const relative = after && /\b(?:which|who|whom|that),?\s*$/i.test(text.slice(sentence.start, p.cueSpan.start));
    // "According to Smith, who ran the mill for years, the closure was inevitable.": past the relative clause.
    const comma = describes && after && !before ? text.indexOf(',', after.start) : -1;
    const past = after && comma > 0 && comma < after.end ? trimContent(text, comma + 1, after.end) : null;
    const content = past
      ? past
      : relative
        ? after
        : inside
          ? { start: before.start, end: after.end }
          : before && (!after || closes || describes || before.end - before.start >= after.end - after.start)
            ? before
            : after;
    if (content) out.push({ cue: p.cue, cueSpan: p.cueSpan, speakerSpan: p.speakerSpan, viaSpans: [], content });
  }
  // "…, Yonhap reported, citing the Joint Chiefs of Staff, which said it was monitoring …": the cited source's own
  // verb reaches the reader through the same outlets as the words it was cited for.
  for (const c of out) {
    if (host && cited && c !== host && sameSpan(c.speakerSpan, cited))
      c.viaSpans = [...c.viaSpans, ...host.viaSpans.filter((v) => !c.viaSpans.some((w) => sameSpan(v, w)))];
  }
  return out;
}

/** What opens a subordinate clause or an appositive's relative clause after a comma: "after", "a move that". */
const SUBORDINATE_LEAD =
  /^,\s*(?:after|before|when|while|because|since|although|though|until|once|(?:a|an|the)\s+\p{Ll}+\s+(?:that|which))(?:\s+(?:the|a|an|his|her|its|their)(?:\s+\p{Ll}+){1,3})?\s+$/iu;
/** Fewest words of a main clause an "according to" phrase reports besides its host's words. */
const MIN_MAIN_WORDS = 4;

/**
 * "The mayor postponed the vote, according to two aides, after the whip told him …", "The city will sell the pier, a
 * move that residents fear will …, according to officials": when the host speaks in a subordinate clause or a
 * relative clause of an appositive set off by a comma, the clause before that comma (and before the phrase) is the
 * source's too. Null when the host's speaker opens its sentence or no such clause stands before it.
 */
function clauseBeforeSubordinateHost(text: string, sentence: Sentence, host: Chained, p: Draft): Span | null {
  if (host.speakerSpan.start <= sentence.start || host.content.start < host.speakerSpan.start) return null;
  const lead = text.slice(sentence.start, host.speakerSpan.start);
  // "…, after the majority whip, Rep. Ana Ruiz, told him …": the subordinate clause may open before an appositive.
  let comma = lead.lastIndexOf(',');
  if (comma > 0 && !SUBORDINATE_LEAD.test(lead.slice(comma))) {
    const earlier = lead.lastIndexOf(',', comma - 1);
    comma = earlier >= 0 && SUBORDINATE_LEAD.test(`${lead.slice(earlier, comma)} `) ? earlier : -1;
  }
  if (comma < 0) return null;
  const end =
    p.cueSpan.start < host.speakerSpan.start
      ? Math.min(p.cueSpan.start, sentence.start + comma)
      : sentence.start + comma;
  if (p.cueSpan.start < host.speakerSpan.start && !/,\s*$/.test(text.slice(sentence.start, p.cueSpan.start)))
    return null;
  const main = trimContent(text, sentence.start, end);
  if (!main || text.slice(main.start, main.end).split(/\s+/).length < MIN_MAIN_WORDS) return null;
  return main;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** A relative clause or a participle phrase right after a source, which describes it rather than opening a clause. */
const DESCRIBES_SOURCE = /^(?:(?:that|who|whose)\s|(?:\p{Ll}+ed|broadcast|run|written|shown)\s+(?:by|on|in)\s)/iu;

/** Conjunctions that open a second clause after a source phrase set off by commas. */
const COORDINATOR = /^(?:and|but|while|whereas|so|yet)\s/i;

/** A short subject set off by a comma before a source phrase: "The goal, according to …". */
const SPLIT_SUBJECT = /^\s*(?:[^\s,;:.!?"“”]+\s+){0,5}[^\s,;:.!?"“”]+,\s*$/;

/** Most characters of the rest of an opening source phrase: "According to officials who spoke on condition of anonymity,". */
const MAX_OPENING_REST = 90;

/**
 * Where the main clause starts after an opening source phrase: past the comma that closes the phrase's rest ("According
 * to the minutes of the meeting, …", "According to an affidavit filed Monday, …"), or right after the phrase.
 */
function openingEnd(text: string, from: number, end: number): number {
  const rest = text.slice(from, Math.min(end, from + MAX_OPENING_REST));
  const comma = rest.search(/[,;:.!?"“”()]/);
  return comma > 0 && rest[comma] === ',' ? from + comma + 1 : from;
}

/**
 * "…, according to Reuters, which cited two officials" and "according to a Reuters report citing two officials",
 * with no main verb: the cited source speaks and the "according to" source relays it. Pushes those attributions
 * to `out` and returns the phrases left to read on their own.
 */
function relayedCitations(text: string, sentence: Sentence, phrases: readonly Draft[], out: Chained[]): Draft[] {
  const left = [...phrases];
  for (const c of phrases.filter((p) => p.kind === 'citing')) {
    const a = left.find(
      (p) =>
        p.kind === 'according' &&
        c.cueSpan.start >= p.speakerSpan.end &&
        /^[\s,]*$/.test(text.slice(p.speakerSpan.end, c.cueSpan.start)),
    );
    if (!a) continue;
    const before = trimContent(text, sentence.start, a.cueSpan.start);
    const after = trimContent(text, c.speakerSpan.end, sentence.end);
    const content = before ?? after;
    if (!content) continue;
    out.push({ cue: a.cue, cueSpan: a.cueSpan, speakerSpan: c.speakerSpan, viaSpans: [a.speakerSpan], content });
    left.splice(left.indexOf(a), 1);
    left.splice(left.indexOf(c), 1);
  }
  return left;
}

/**
 * Words that open a modifier set off at the end of a clause: "…, including a tremor that …", "…, with two dead",
 * "…, leaving 300 homes without power"; "-ing" words that are no participle ("during", "morning") do not.
 */
const TAIL_OPENER =
  /^(?:including|with|(?!(?:during|according|nothing|something|anything|everything|morning|evening)$)\p{Ll}{3,}ing)$/u;

/** Words of a news outlet's phrase, which relays the whole clause it follows ("according to state television"). */
const OUTLET_WORD =
  /\b(?:news|newspaper|broadcaster|television|tv|radio|wire|network|media|channel|magazine|daily|press|times|post|journal)\b/i;

/**
 * "The agency said aftershocks went on, including a tremor that stopped trains, according to the rail operator": a
 * source phrase closing the sentence after a modifier set off by a comma is the nearest thing's source, that
 * modifier's, not a relay of the speaker's words; the speaker keeps the clause before the modifier. An outlet
 * ("…, according to state television") relays all of it, and a speech participle ("…, adding that …") goes on
 * with the speaker's own words.
 */
function sourcedTail(text: string, sentence: Sentence, host: Chained, p: Draft): { rest: Span; tail: Span } | null {
  if (host.cueSpan.end > host.content.start || p.cueSpan.start < host.content.end) return null;
  if (!/^[\s.!?)]*$/.test(text.slice(p.speakerSpan.end, sentence.end))) return null;
  if (OUTLET_WORD.test(text.slice(p.speakerSpan.start, p.speakerSpan.end))) return null;
  const words = text.slice(host.content.start, host.content.end);
  for (const m of [...words.matchAll(/,\s+(\p{L}+)/gu)].reverse()) {
    const opener = m[1]!;
    if (!TAIL_OPENER.test(opener) || PARTICIPLE_CUES.has(opener)) continue;
    const comma = host.content.start + m.index;
    const rest = trimContent(text, host.content.start, comma);
    const tail = trimContent(text, comma + 1, host.content.end);
    return rest && tail ? { rest, tail } : null;
  }
  return null;
}
