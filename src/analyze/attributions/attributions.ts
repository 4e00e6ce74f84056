/**
 * Who said what, according to whom. Stages, per sentence:
 *   1. drafts: reported-speech patterns around cues (patterns.ts), quotations masked;
 *   2. chain: a sentence's "according to X" / "citing X" joins its main attribution (via.ts);
 *   3. parties: speaker phrases read as entities, groups or descriptions, pronouns resolved (parties.ts);
 *   4. quotes: exact quoted words inside each content; a quote-only sentence continues the previous speaker;
 *   5. open quotes: a paragraph left inside a quotation belongs to whoever closes its run (open-quotes.ts);
 *   6. unmarked blocks: uncued first-person paragraphs after a named speaker's are theirs (unmarked-blocks.ts);
 * and, in a "Q:"/"A:" interview, each answer is the interviewee's (interviews.ts);
 * then every quotation left over is recorded with no speaker (scare quotes are never given to someone).
 */
import type { Attribution, AttributionParty, Entity, Sentence, Span } from '../../vocabulary.js';
import { quoteRanges } from '../sentences/quote-ranges.js';
import { findChannel } from './channels.js';
import { definedAbbreviations, readPhrase, type PartyContext, type ResolvedParty } from './parties.js';
import { trimContent } from './draft.js';
import { draftsIn } from './patterns.js';
import { VERB_FORMS } from './cues.js';
import { knownGenders, resolvePronoun, type Genders } from './pronouns.js';
import { openMark, ownOpenQuoteParagraphs } from './open-quotes.js';
import { carriedClose, repairedQuotes } from './carried-quotes.js';
import { chainDrafts, type Chained } from './via.js';
import { firstStartAtOrAfter } from './first-start-at.js';
import { titledPerson } from './titled-people.js';
import { antecedentByHead } from './head-antecedents.js';
import { doubledSingleQuotes } from './single-quotes.js';
import { introducedSpeaker } from './introduced-speakers.js';
import { quoteTag } from './quote-tags.js';
import { creditedPullQuote, labelledWords } from './pull-quotes.js';
import { findInterview, type InterviewAnswer } from './interviews.js';
import { unmarkedBlockQuotes } from './unmarked-blocks.js';
import { foldedJudgements } from './judgements.js';
import { splitSentences } from '../sentences/sentences.js';

/** Attributions in `body` (body.text), given its sentences and the entities found in it. */
export function findAttributions(body: string, given: readonly Sentence[], entities: readonly Entity[]): Attribution[] {
  // Single-quoted quotations are read as double-quoted ones (same offsets), and each record's words off `body`
  // (a quote is the words inside the marks, the same in both).
  const text = doubledSingleQuotes(body);
  if (text !== body)
    return readAttributions(text, splitSentences(text), entities).map((a) => ({
      ...a,
      content: body.slice(a.contentSpan.start, a.contentSpan.end),
    }));
  return readAttributions(text, given, entities);
}

function readAttributions(text: string, given: readonly Sentence[], entities: readonly Entity[]): Attribution[] {
  const sentences = withPostposedCues(text, unglued(given));
  // Both are read anew when a line carries on a quotation with no mark to reopen it (carried-quotes.ts).
  let quotes = quoteRanges(text);
  let masked = maskQuotes(text, quotes);
  const ctx: PartyContext = { text, entities, abbreviations: definedAbbreviations(text) };
  const history: ResolvedParty[] = [];
  const genders: Genders = knownGenders(text, entities);
  let out: Attribution[] = [];
  let lastSentence = -2;
  // "X said:" at a paragraph's end takes the next paragraph as its content: those sentences are read already.
  let claimedTo = 0;
  // The record whose cue ended its paragraph with a colon ("President Obama also said:"), while the paragraphs after
  // it read as the items of a list.
  let listHead: Attribution | null = null;
  const interview = findInterview(text, entities);
  const answers = new Map<number, InterviewAnswer>(interview?.answers.map((a) => [a.at, a]));
  // A labelled answer's own words are one record of its speaker; the people it reports ("Their governor admitted
  // that …", "according to the UNHCR") are records of their own, read sentence by sentence up to here.
  let answerEnd = -1;
  let answerLabel: Span | null = null;
  const reportsInAnswer = (s: Sentence): void => {
    for (const c of chainDrafts(text, s, draftsIn(text, masked, s))) {
      const who = text.slice(c.speakerSpan.start, c.speakerSpan.end);
      // The answerer's own "I think", "we believe" are the answer itself; so is a draft that reads the label.
      if (SPEAKING_PERSON.test(who) || (answerLabel && c.speakerSpan.start < answerLabel.end)) continue;
      if (c.content.start < s.start || c.content.end > answerEnd) continue;
      const speaker = party(ctx, c.speakerSpan, s.start, history, genders);
      const via = c.viaSpans.map((v) => party(ctx, v, s.start, history, genders).party);
      out.push(build(text, speaker.party, via, c, union([c.speakerSpan, c.cueSpan, c.content, ...c.viaSpans]), quotes));
    }
  };
  for (const [i, s] of sentences.entries()) {
    if (s.start < claimedTo) {
      if (s.start < answerEnd) reportsInAnswer(s);
      lastSentence = i;
      continue;
    }
    // 'the coach said, "We learned a lot.' then 'It was an emotional day." …': a line that closes the quotation the
    // line before left open goes on with its speaker, up to the closing mark.
    const before = out[out.length - 1];
    const lineStart = before?.speaker && paragraphStart(text, s.start) ? text.lastIndexOf('\n', s.start - 1) + 1 : -1;
    const close = lineStart >= 0 ? carriedClose(text, lineStart, before!.contentSpan) : -1;
    const content = close >= 0 ? trimContent(text, lineStart, close) : null;
    if (content) {
      quotes = repairedQuotes(text, quotes, lineStart, close);
      masked = maskQuotes(text, quotes);
      const words = text.slice(content.start, content.end);
      out.push({
        ...before!,
        content: words,
        quote: words,
        span: { start: lineStart, end: close + 1 },
        contentSpan: content,
      });
      claimedTo = close + 1;
      lastSentence = i;
      listHead = null;
      continue;
    }
    const credit = paragraphStart(text, s.start)
      ? (creditedQuote(text, s.start) ??
        creditedPullQuote(text, s.start, entities) ??
        labelledWords(text, s.start, entities))
      : null;
    if (credit) {
      const read = party(ctx, credit.speakerSpan, s.start, history, genders);
      const speaker = credit.labelFor
        ? { ...read, party: { ...read.party, entityId: credit.labelFor.id, name: credit.labelFor.name } }
        : read;
      history.push(speaker);
      out.push(build(text, speaker.party, [], credit, union([credit.content, credit.speakerSpan]), quotes));
      claimedTo = Math.max(credit.speakerSpan.end, credit.content.end);
      lastSentence = i;
      listHead = null;
      if (credit.cueSpan.end <= credit.content.start) {
        [answerEnd, answerLabel] = [credit.content.end, credit.speakerSpan];
        reportsInAnswer(s);
      }
      continue;
    }
    const answer =
      interview && paragraphStart(text, s.start) ? answers.get(text.lastIndexOf('\n', s.start - 1) + 1) : null;
    if (interview && answer) {
      const { interviewee: who, mention } = interview;
      const party = {
        entityId: who.id,
        name: who.name,
        text: text.slice(mention.start, mention.end),
        anonymous: false,
      };
      history.push({ party, kind: 'person', at: s.start });
      const label = { start: answer.at, end: answer.content.start };
      const c: Chained = { cue: '-', cueSpan: label, speakerSpan: label, viaSpans: [], content: answer.content };
      out.push(build(text, party, [], c, answer.content, quotes));
      claimedTo = answer.content.end;
      lastSentence = i;
      listHead = null;
      [answerEnd, answerLabel] = [answer.content.end, label];
      reportsInAnswer(s);
      continue;
    }
    const chained = chainDrafts(text, s, draftsIn(text, masked, s));
    const item = listHead && chained.length === 0 ? listItem(text, s, listHead, quotes) : null;
    // An item with a cue of its own ("He is confident the deal will pass") is read as it is, and the list goes on.
    const ownCue = chained.length > 0 && paragraphStart(text, s.start) && unpunctuatedParagraph(text, s);
    if (!item && !ownCue) listHead = null;
    if (item) {
      out.push(item);
      lastSentence = i;
      continue;
    }
    // '“It is over,” Brandt laughed.': a speech tag whose verb no cue table holds.
    const tag = chained.length === 0 ? quoteTag(text, s, quotes) : null;
    if (tag) chained.push(tag);
    if (chained.length === 0) {
      const prev = out[out.length - 1];
      if (i === lastSentence + 1 && prev && extendQuotation(text, s, prev, quotes)) {
        lastSentence = i;
        continue;
      }
      const next =
        i === lastSentence + 1 ||
        onlyFurnitureBetween(text, sentences, lastSentence, i) ||
        (i === lastSentence + 2 && narrativeBridge(text, sentences[i - 1]!, s, prev, quotes))
          ? continuation(text, s, prev, quotes)
          : null;
      const embedded =
        next ??
        (i === lastSentence + 1
          ? embeddedQuotation(text, s, prev, quotes)
          : i > lastSentence + 1
            ? continuation(
                text,
                s,
                namedInParagraphBefore(text, sentences[i - 1], s, out) ??
                  pronounParagraphBefore(text, sentences, lastSentence, i, prev),
                quotes,
              )
            : null);
      if (embedded) {
        out.push(embedded);
        lastSentence = i;
        continue;
      }
      // 'Osei was blunt. “We will not sign this deal.”': the narrative sentence before names who speaks.
      const introduced =
        i > lastSentence + 1 && i > 0 ? introducedSpeaker(text, sentences[i - 1]!, s, quotes, entities) : null;
      if (introduced) {
        const speaker = party(ctx, introduced.speakerSpan, sentences[i - 1]!.start, history, genders);
        history.push(speaker);
        out.push(
          build(text, speaker.party, [], introduced, union([introduced.speakerSpan, introduced.content]), quotes),
        );
        lastSentence = i;
      }
      continue;
    }
    lastSentence = i;
    const first = out.length;
    const subjects = new Map<Attribution, Span>();
    for (const c of chained) {
      const speaker = party(ctx, c.speakerSpan, s.start, history, genders);
      const via = c.viaSpans.map((v) => party(ctx, v, s.start, history, genders).party);
      const channel = channelOutside(text, s, c, chained, speaker.party.name);
      // "… in remarks aired by the broadcaster" is both a channel and a source phrase: one link, not two.
      if (channel && !c.viaSpans.some((v) => v.start < channel.span.end && channel.span.start < v.end))
        via.unshift(channel.party);
      history.push(speaker);
      const spans = [c.speakerSpan, c.cueSpan, c.content, ...c.viaSpans];
      const record = build(text, speaker.party, via, c, union(spans), quotes);
      out.push(record);
      subjects.set(record, c.speakerSpan);
      claimedTo = Math.max(claimedTo, c.content.end);
      if (c.content.start >= s.end && unpunctuatedParagraph(text, c.content)) listHead = record;
    }
    // 'Heald noted the findings show …. “An air-quality cleanup …”': the words that follow go on with the outer
    // speaker, so a source nested in another's words is not the last record of its sentence.
    const added = foldedJudgements(text, out.splice(first), subjects);
    const nested = (r: Attribution) =>
      added.some((o) => o !== r && o.contentSpan.start <= r.span.start && r.span.start < o.contentSpan.end);
    out.push(...added.filter(nested), ...added.filter((r) => !nested(r)));
  }
  out = ownOpenQuoteParagraphs(text, out);
  out.push(...unmarkedBlockQuotes(text, out));
  const covered = mergedSpans(out.map((a) => a.span));
  const spoken = out.filter((a) => a.speaker).sort((a, b) => a.span.start - b.span.start);
  let at = 0;
  for (const q of quotes) {
    while (at < covered.length && covered[at]!.end <= q.start) at++;
    if (q.end - q.start < 3 || (at < covered.length && covered[at]!.start < q.end)) continue;
    const inner = { start: q.start + 1, end: q.end - 1 };
    const words = text.slice(inner.start, inner.end);
    // One record for both halves, as one speaker said them under one cue.
    const owner = splitQuoteOwner(text, q, spoken);
    // '“This advice cannot replace an evaluation,” he wrote, “but I know …”': a first half that is a whole clause
    // is a record of its own, the rest after the cue another.
    const half = owner && wholeClause(words) ? trimContent(text, inner.start, inner.end) : null;
    if (owner && half) {
      const content = text.slice(half.start, half.end);
      out.push({ ...owner, content, quote: words, span: { start: q.start, end: q.end }, contentSpan: half });
    } else if (owner) {
      owner.contentSpan = { start: inner.start, end: owner.contentSpan.end };
      owner.content = text.slice(owner.contentSpan.start, owner.contentSpan.end);
      owner.quote = owner.quote ? `${words} … ${owner.quote}` : words;
      owner.span = { start: q.start, end: owner.span.end };
    } else
      out.push({ id: '', speaker: null, via: [], cue: '', content: words, quote: words, span: q, contentSpan: inner });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out.map((a, i) => ({ ...a, id: `a${i + 1}` }));
}

/**
 * '“So far, the voters: 1, the party: 0.” - Jane Doe': a paragraph that is one quotation credited to a name after a
 * dash, as a pull quote is printed; the name is the speaker and the dash the cue. A blurb or a testimonial adds where
 * the name is from after a comma ('— Harriet Lowe, The Northbridge Review', '— Priya Raman, Leeds').
 */
const CREDITED_QUOTE =
  /^["“]([^"“”\n]+)["”][ \t]*[-–—][ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?:,[ \t]*\p{Lu}[^\n,;:"“”]{0,60})?[ \t]*(?:\n|$)/u;

/** The credited pull quote whose paragraph opens at `at`, as a chained draft, or null. */
function creditedQuote(text: string, at: number): Chained | null {
  const m = CREDITED_QUOTE.exec(text.slice(at, at + 2000));
  if (!m) return null;
  const content = trimContent(text, at + 1, at + 1 + m[1]!.length);
  if (!content) return null;
  const name = at + m[0].indexOf(m[2]!, m[1]!.length + 2);
  const dash = at + m[0].search(/[-–—][ \t]*\p{Lu}/u);
  const speakerSpan = { start: name, end: name + m[2]!.length };
  return { cue: '-', cueSpan: { start: dash, end: dash + 1 }, speakerSpan, viaSpans: [], content };
}

/**
 * '“This advice cannot replace an evaluation,” he wrote, “but I know …”': a quotation closed on a comma right before a
 * record whose speaker and cue introduce the rest of the quotation is the first half of the same words, and the
 * record's content starts with it.
 */
function splitQuoteOwner(text: string, q: Span, spoken: readonly Attribution[]): Attribution | null {
  if (!/,["”]$/.test(text.slice(q.end - 2, q.end))) return null;
  const i = firstSpanAtOrAfter(spoken, q.end);
  const next = spoken[i];
  if (!next || !/^[\s,]*$/.test(text.slice(q.end, next.span.start)) || next.span.start - q.end > 3) return null;
  // The record's content is a quotation after its cue ('he wrote, “but …”'), not the clause before it.
  return next.contentSpan.start > next.span.start && /^["“]/.test(text.slice(next.contentSpan.start - 1).trimStart())
    ? next
    : null;
}

/** Words that open a clause that cannot stand alone: "When all the evidence is presented, …". */
const SUBORDINATE_OPENER =
  /^(?:When|If|As|Because|Although|Though|While|Since|Unless|After|Before|Once|Until|Whether|Even)\b/;
/** A finite verb: an auxiliary, a modal, a negation or a past in "-ed". */
const FINITE =
  /\b(?:is|are|was|were|am|has|have|had|will|would|can|cannot|could|should|must|do|does|did|\w+n['’]t|\w{3,}ed)\b/;

/** The first half of a split quotation is a whole clause: a finite verb, no subordinate opener. */
function wholeClause(words: string): boolean {
  const w = words.trim();
  return !SUBORDINATE_OPENER.test(w) && FINITE.test(w);
}

/** Index of the first record whose span starts at or after `at` (records sorted by span start). */
function firstSpanAtOrAfter(sorted: readonly Attribution[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function party(
  ctx: PartyContext,
  span: Span,
  sentenceStart: number,
  history: readonly ResolvedParty[],
  genders: Genders,
): ResolvedParty {
  const text = ctx.text.slice(span.start, span.end);
  const titled = titledPerson(ctx.text, text, span.start, ctx.entities) ?? antecedentByHead(text, span.start, history);
  if (titled) return titled;
  const r = readPhrase(ctx, span);
  if (r && 'party' in r) return r;
  if (r) {
    const site = { pronoun: r.pronoun, text: r.text, at: span.start, sentenceStart, body: ctx.text };
    const resolved = resolvePronoun(site, history, ctx.entities, genders);
    if (resolved) return resolved;
  }
  // An unresolved "the company" stays a description of itself.
  const name = text.replace(/^(?:the|a|an)\s+/i, '');
  return { party: { entityId: null, name, text, anonymous: false }, kind: 'description', at: span.start };
}

/**
 * The channel of one record, searched outside its content but inside its own frame: "…, Yonhap reported, citing the
 * ministry, which said in a statement carried by KBS that …" gives KBS to the ministry's own words only, so the search
 * after the content stops at a later record's cue, and the one before it starts past an earlier record's content.
 */
function channelOutside(text: string, s: Sentence, c: Chained, chained: readonly Chained[], owner: string) {
  const others = chained.filter((o) => o !== c);
  const from = Math.max(s.start, ...others.map((o) => o.content.end).filter((end) => end <= c.cueSpan.start));
  const to = Math.min(
    s.end,
    ...others.map((o) => o.cueSpan.start).filter((at) => at >= c.content.end && at > c.cueSpan.end),
  );
  return (
    (from < c.content.start ? findChannel(text, from, c.content.start, owner) : null) ??
    (c.content.end < to ? findChannel(text, c.content.end, to, owner) : null)
  );
}

function build(
  text: string,
  speaker: AttributionParty,
  via: AttributionParty[],
  c: Chained,
  span: Span,
  quotes: readonly Span[],
): Attribution {
  const inside = quotesIn(quotes, c.content.start, c.content.end).filter(
    (q) => q.start < c.content.end && q.end > c.content.start,
  );
  const quote = inside.length ? inside.map((q) => text.slice(q.start + 1, q.end - 1)).join(' … ') : null;
  return {
    id: '',
    speaker,
    via,
    cue: c.cue,
    content: text.slice(c.content.start, c.content.end),
    quote,
    span: union([span, ...inside]),
    contentSpan: c.content,
  };
}

/**
 * A sentence that opens with a quotation, right after an attribution, continues it, in the same paragraph or
 * the next (news style reopens a quote at each paragraph of one speaker's words, and follows a paraphrase with
 * the quotation it sums up).
 */
function continuation(
  text: string,
  s: Sentence,
  prev: Attribution | undefined,
  quotes: readonly Span[],
): Attribution | null {
  // The previous sentence's speaker, quoted or not: 'Erekat said it was the latest move. "They wanted us …"'.
  if (!prev?.speaker || !/^["“]/.test(s.text)) return null;
  const content = trimContent(text, s.start, s.end);
  if (!content) return null;
  const q = quotesIn(quotes, s.start, s.end).filter((r) => r.start >= s.start && r.end <= s.end);
  // An unclosed quote runs on into the next paragraph: its words are the sentence after the mark.
  const quote = q.length
    ? q.map((r) => text.slice(r.start + 1, r.end - 1)).join(' … ')
    : text.slice(content.start, content.end).replace(/^["“]/, '');
  return {
    ...prev,
    content: text.slice(content.start, content.end),
    quote,
    span: { start: s.start, end: s.end },
    contentSpan: content,
  };
}

/**
 * '“Jesus … who is Ellen Fetter?” Rothman recalls thinking at the time.': a quotation that closes on a question or an
 * exclamation is split from the speaker and cue after it; a sentence that is one name (up to three capitalised words)
 * then a cue joins the quotation before it, as '“Why now?” he asked.' already is one sentence.
 */
function withPostposedCues(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const m = POSTPOSED_CUE.exec(s.text);
    if (
      prev &&
      m &&
      VERB_FORMS.has(m[1]!) &&
      /[?!]["”]$/.test(prev.text) &&
      /^[ \t]*$/.test(text.slice(prev.end, s.start))
    )
      out[out.length - 1] = { start: prev.start, end: s.end, text: text.slice(prev.start, s.end) };
    else out.push(s);
  }
  return out;
}

/** A name of one to three capitalised words, then a cue word: "Rothman recalls", "Mary Smith asked". */
const POSTPOSED_CUE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(\p{Ll}+)\b/u;

/**
 * A sentence end glued to what follows it with no space, as a photo credit or caption is printed after a caption's
 * sentence ("…, an official said.CreditMichael Appleton", "…, the agency said.(Oleg Urusov/ … photo via AP)"): a
 * word of two lower-case letters or more, its full stop, then a capital or an opening bracket. Abbreviations keep a
 * capital ("Mr.Smith", "U.S.Army") and domains a lower-case letter ("Snopes.com") after the stop.
 */
const GLUED_STOP = /[.!?](?=[(\p{Lu}“])/gu;
const TWO_LOWER = /\p{Ll}{2}$/u;

/**
 * Offsets just past each glued sentence end in `text` (the regex leads with the stop: the search stays cheap). An
 * exec loop on the one regex, not matchAll, which clones it every call: this runs on every sentence, and the loop
 * costs less than half (2.2 -> 0.9 ms over the 4,362 sentences of the Scrapinghub dev bodies).
 */
function gluedEnds(text: string): number[] {
  const out: number[] = [];
  GLUED_STOP.lastIndex = 0;
  for (let m = GLUED_STOP.exec(text); m; m = GLUED_STOP.exec(text))
    if (TWO_LOWER.test(text.slice(Math.max(0, m.index - 2), m.index))) out.push(m.index + 1);
  return out;
}

/** The sentences with each glued sentence end split off, so a caption's cue ends its own sentence. */
function unglued(sentences: readonly Sentence[]): readonly Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let at = 0;
    for (const end of gluedEnds(s.text)) {
      out.push({ start: s.start + at, end: s.start + end, text: s.text.slice(at, end) });
      at = end;
    }
    if (at === 0) out.push(s);
    else if (at < s.text.length) out.push({ start: s.start + at, end: s.end, text: s.text.slice(at) });
  }
  return out;
}

/**
 * A paragraph that ends without closing punctuation: the way a list item is printed once its bullet is gone ("The UK
 * must stay in the EU to have influence on the world stage"), as a caption or a heading is.
 */
function unpunctuatedParagraph(text: string, span: Span): boolean {
  const line = text.slice(span.start, span.end + 1).trim();
  // One line, not a signature or credit line ("— PFF CLE Browns (@PFF_Browns) November 15, 2019").
  if (line.includes('\n') || /^[—–-]/.test(line)) return false;
  return !/[.!?:;"”’)]$/.test(line) && /^[ \t]*(?:\n|$)/.test(text.slice(span.end));
}

/** Links of page furniture printed like a list item after it: "Read the full transcript of his interview". */
const CALL_TO_ACTION = /^(?:Read|Watch|See|Listen|Click|Follow|Sign up|Subscribe|Share|Download|Related)\b/;

/**
 * 'President Obama also said:' and a list, its items printed as paragraphs without closing punctuation: the first
 * item is the colon's content (patterns.ts), and each unpunctuated paragraph after it is one more item of the same
 * speaker, until a paragraph of prose.
 */
function listItem(text: string, s: Sentence, head: Attribution, quotes: readonly Span[]): Attribution | null {
  if (!paragraphStart(text, s.start)) return null;
  const content = trimContent(text, s.start, s.end);
  if (!content || !unpunctuatedParagraph(text, content) || CALL_TO_ACTION.test(text.slice(content.start))) return null;
  const inside = quotesIn(quotes, content.start, content.end).filter(
    (q) => q.start >= content.start && q.end <= content.end,
  );
  const quote = inside.length ? inside.map((q) => text.slice(q.start + 1, q.end - 1)).join(' … ') : null;
  return { ...head, content: text.slice(content.start, content.end), quote, span: content, contentSpan: content };
}

/** Most records back a narrative paragraph's name is looked up among. */
const MAX_NAMED_LOOKBACK = 12;

/**
 * 'But for Parata and his family the deaths are personal.' then a paragraph that is one quotation: news style gives
 * the quotation to the person the narrative paragraph before it is about. Only when that paragraph is one sentence
 * with no record of its own, every capitalised word past its first names the same earlier speaker, and the quotation
 * opens its own paragraph; the record is that speaker's latest.
 */
function namedInParagraphBefore(
  text: string,
  before: Sentence | undefined,
  s: Sentence,
  out: readonly Attribution[],
): Attribution | undefined {
  if (!before || !paragraphStart(text, s.start) || !paragraphStart(text, before.start)) return undefined;
  if (!/^[ \t]*\n/.test(text.slice(before.end, s.start)) || /["“”]/.test(before.text)) return undefined;
  // The names are read only once a named record is in reach: with none among the last ones (before an article's first
  // speaker, or after anonymous ones) the split, 2% of the stage's profile, is not needed.
  let names: string[] | null = null;
  for (let k = out.length - 1; k >= 0 && k >= out.length - MAX_NAMED_LOOKBACK; k--) {
    const speaker = out[k]!.speaker;
    if (!speaker || speaker.anonymous) continue;
    names ??= before.text
      .trim()
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.replace(/(?:['’]s)?[^\p{L}]*$/u, ''));
    if (names.length === 0) return undefined;
    const own = new Set(speaker.name.split(/\s+/));
    if (names.every((n) => own.has(n))) return out[k];
    if (names.some((n) => own.has(n))) return undefined;
  }
  return undefined;
}

/** Most sentences of narrative a quotation paragraph may continue its speaker across. */
const MAX_NARRATIVE_SENTENCES = 3;
/** Pronouns that refer back to a person: the narrative between is about the speaker. */
const PERSON_PRONOUN = /(?<![\p{L}'’])(?:he|she|his|her|him|He|She|His|Her)(?![\p{L}'’])/u;

/**
 * '“We lost everything,” said Hana Sato.' then 'The flood reached the second floor of her shop within an hour.' then a
 * paragraph that opens with a quotation and has no cue: news style gives it to the speaker the narrative paragraph
 * between goes on about. Only when the record ends the paragraph before that one (or is followed there by narrative
 * too), the narrative is at most three sentences with no quotation mark, names nobody (no capitalised word but a
 * sentence's first and the speaker's own names) and refers to the speaker by a pronoun of a person or by name.
 */
function pronounParagraphBefore(
  text: string,
  sentences: readonly Sentence[],
  last: number,
  i: number,
  prev: Attribution | undefined,
): Attribution | undefined {
  const s = sentences[i]!;
  if (!prev?.speaker || prev.speaker.anonymous || last < 0 || i - last - 1 > MAX_NARRATIVE_SENTENCES) return undefined;
  if (!paragraphStart(text, s.start) || !/^["“]/.test(s.text) || prev.span.end > s.start) return undefined;
  const bridge = text.slice(sentences[last]!.end, s.start);
  // The record's paragraph, then one paragraph of narrative, then the quotation's.
  if ((bridge.match(/\n[ \t]*(?:\n[ \t]*)*(?=\S)/g) ?? []).length !== 1 || !/\n\s*$/.test(bridge)) return undefined;
  // A narrative that ends on a colon introduces what follows as something else's words ("… the following statement:").
  if (/["“”]/.test(bridge) || /:\s*$/.test(bridge)) return undefined;
  const own = new Set(`${prev.speaker.name} ${prev.speaker.text}`.split(/[\s,]+/));
  for (let k = last + 1; k < i; k++) {
    const words = sentences[k]!.text.trim().split(/\s+/);
    if (words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !own.has(w.replace(/(?:['’]s)?[^\p{L}'’-]*$/u, ''))))
      return undefined;
  }
  const named = [...own].some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && new RegExp(`\\b${w}\\b`).test(bridge));
  return PERSON_PRONOUN.test(bridge) || named ? prev : undefined;
}

/** Fewest words of a quotation that ends a sentence continuing its speaker (not a title or a scare quote). */
const MIN_EMBEDDED_QUOTE_WORDS = 4;

/**
 * '“…,” says analyst Ken Doctor. That has produced a strategy of “continuous cost-cutting for a decade.”': a sentence
 * right after a speaker's record, in the same paragraph, that has no cue and ends on a quotation of four words or
 * more goes on with that speaker's words, the narrative around the quotation paraphrasing them. Not a title (every
 * word capitalised) and not a question.
 */
function embeddedQuotation(
  text: string,
  s: Sentence,
  prev: Attribution | undefined,
  quotes: readonly Span[],
): Attribution | null {
  if (!prev?.speaker || text.slice(prev.span.start, s.start).includes('\n')) return null;
  const inside = quotesIn(quotes, s.start, s.end).filter((r) => r.start >= s.start && r.end <= s.end);
  const q = inside[inside.length - 1];
  if (!q || q.start === s.start || !/^[\s.!)]*$/.test(text.slice(q.end, s.end))) return null;
  const words = text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .split(/\s+/);
  if (words.length < MIN_EMBEDDED_QUOTE_WORDS || words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  if (/\?["”]?\W*$/.test(text.slice(q.start, s.end))) return null;
  const content = trimContent(text, s.start, s.end);
  if (!content) return null;
  return {
    ...prev,
    content: text.slice(content.start, content.end),
    quote: inside.map((r) => text.slice(r.start + 1, r.end - 1)).join(' … '),
    span: { start: s.start, end: s.end },
    contentSpan: content,
  };
}

/** Most words of a narrative sentence a quotation may continue its speaker across. */
const MAX_BRIDGE_WORDS = 40;
/** Fewest words of a quotation that continues its speaker across a narrative sentence (not a title or a scare quote). */
const MIN_BRIDGED_QUOTE_WORDS = 3;

/**
 * '“The work is slow,” Ortiz says. But one moment is always a surprise. “Every sample is different.”': a sentence
 * that is one quotation, after a narrative sentence that follows a speaker's record in the same paragraph, goes on
 * with that speaker's words, as news style sets a quotation after a line of scene. Only when the sentence between
 * names nobody else (no capitalised word past its first but the speaker's own names, no quotation) and is a
 * statement, and the quotation is a sentence of its own words.
 */
function narrativeBridge(
  text: string,
  bridge: Sentence,
  s: Sentence,
  prev: Attribution | undefined,
  quotes: readonly Span[],
): boolean {
  if (!prev?.speaker || prev.contentSpan.end > bridge.start) return false;
  // The quotation may open the next paragraph when the line of scene ends the speaker's ('… Ortiz says. But one
  // moment is always a surprise.¶“Every sample is different.”'): news style reopens a speaker's words so.
  if (text.slice(prev.span.start, bridge.end).includes('\n')) return false;
  const between = text.slice(bridge.end, s.start);
  if (!/^[ \t]*(?:\n[ \t]*){0,2}$/.test(between)) return false;
  // Across the break, a line whose subject is "he"/"she" introduces the speaker itself (introduced-speakers.ts).
  if (between.includes('\n') && /^(?:\p{Lu}\p{Ll}+,?\s+)?(?:he|she|He|She)\s/u.test(bridge.text)) return false;
  const line = bridge.text.trim();
  // 'Why did she so badly want to attend? “It's Warhol.”': a question about the speaker that the quotation answers.
  const asked = /\?$/.test(line) && PERSON_PRONOUN.test(line);
  if (/["“”]/.test(line) || !(/[.:]$/.test(line) || asked)) return false;
  const words = line.split(/\s+/);
  if (words.length > MAX_BRIDGE_WORDS) return false;
  const own = new Set(`${prev.speaker.name} ${prev.speaker.text}`.split(/[\s,]+/));
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !own.has(w.replace(/[^\p{L}’'-]+$/u, '')))) return false;
  const q = quotesIn(quotes, s.start, s.end).find((r) => r.start === s.start);
  if (!q || !/^[\s.!?]*$/.test(text.slice(q.end, s.end))) return false;
  return (
    text
      .slice(q.start + 1, q.end - 1)
      .trim()
      .split(/\s+/).length >= MIN_BRIDGED_QUOTE_WORDS
  );
}

/** Most paragraphs of page furniture a quotation may continue its speaker across. */
const MAX_FURNITURE = 2;

/**
 * A photo caption or a subheading ("Hori Parata at his Pātaua farm, the place where he was born", "Whale strandings")
 * printed between a speaker's paragraph and the quotation that goes on with their words: every sentence between
 * sentences `last` and `i` is a paragraph of its own with no closing punctuation, so not prose that could have
 * changed the speaker, and sentence `i` opens a paragraph.
 */
function onlyFurnitureBetween(text: string, sentences: readonly Sentence[], last: number, i: number): boolean {
  if (last < 0 || i - last - 1 > MAX_FURNITURE || i - last < 2 || !paragraphStart(text, sentences[i]!.start))
    return false;
  for (let k = last + 1; k < i; k++) {
    const s = sentences[k]!;
    const line = text.slice(s.start, s.end).trim();
    if (!paragraphStart(text, s.start) || !/^[ \t]*(?:\n|$)/.test(text.slice(s.end)) || /[.!?:"”’)]$/.test(line))
      return false;
  }
  return true;
}

/** `at` opens a paragraph: the text or a line break is all that comes before it on its line. */
function paragraphStart(text: string, at: number): boolean {
  // A backward scan over the spaces and tabs before `at`, within 80 characters (as /\n[ \t]*$/ on that window
  // read it): it is asked several times a sentence, and a slice and a regex each time cost 1% of the stage.
  const from = Math.max(0, at - 80);
  let k = at - 1;
  while (k >= from && (text[k] === ' ' || text[k] === '\t')) k--;
  return at === 0 || (k >= from && text[k] === '\n');
}

/**
 * '“As Eloise deteriorated, the staff did all they could. They were fighting an uphill battle.': a sentence that
 * starts inside the quotation the previous record's content is in goes on with the same words, so it extends that
 * record (one record per quotation, as one sentence of several would be) instead of being read alone, and the
 * sentence after it still counts as adjacent for a quotation reopened in the next paragraph.
 */
function extendQuotation(text: string, s: Sentence, prev: Attribution, quotes: readonly Span[]): boolean {
  if (!prev.speaker || /^["“]/.test(s.text) || prev.contentSpan.end > s.start) return false;
  const q = quotesIn(quotes, s.start, s.end).find((r) => r.start < s.start && r.end > s.start);
  // The quotation is a closed range, or a mark left open in this paragraph (quoteRanges keeps only closed ones).
  const open = q ? q.start : openMark(text, { start: text.lastIndexOf('\n', s.start - 1) + 1, end: s.start });
  if (open < 0 || prev.contentSpan.start < open || prev.contentSpan.start > open + 1) return false;
  const end = q ? Math.min(s.end, q.end) : s.end;
  const content = trimContent(text, prev.contentSpan.start, end);
  if (!content) return false;
  prev.contentSpan = content;
  prev.content = text.slice(content.start, content.end);
  prev.quote = text.slice(open + 1, q ? Math.min(q.end - 1, content.end) : content.end);
  prev.span = { start: prev.span.start, end: Math.max(prev.span.end, s.end) };
  return true;
}

/**
 * The quotations that may overlap [start, end), by binary search: quotations are sorted and disjoint, so only
 * the one before `start` and those starting inside can. A filter over every quotation per sentence was O(n²).
 */
function quotesIn(quotes: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = Math.max(0, firstStartAtOrAfter(quotes, start) - 1); i < quotes.length && quotes[i]!.start < end; i++)
    out.push(quotes[i]!);
  return out;
}

/** Disjoint, sorted cover of `spans`. */
function mergedSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The one answering, in their own words: "I", "we" (and "you" of the one asked). */
const SPEAKING_PERSON = /^(?:I|we|me|us|you)$/i;

function union(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Replaces quotation interiors with "_" so cue words and names inside quotes are not read as structure. */
function maskQuotes(text: string, quotes: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start + 1) + '_'.repeat(Math.max(0, q.end - q.start - 2));
    at = q.end - 1;
  }
  return out + text.slice(at);
}
