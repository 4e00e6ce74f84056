/**
 * Participle cues ("…, saying …", "…, adding that …", "with officials saying …"): the speaker is a draft's, the
 * sentence subject's, or the noun phrase after "with". Run after the verb patterns, over their drafts.
 */
import type { Span } from '../../vocabulary.js';
import { PARTICIPLE_CUES } from './cues.js';
import { trimContent, type Draft } from './draft.js';
import { directiveInfinitive } from './directives.js';
import { DOCUMENT_NOUNS } from './party-kinds.js';
import { phraseEndingAt, phraseSpan, phraseStartingAt } from './noun-phrase.js';
import { speakerLike } from './speaker-like.js';
import { CLAUSE_OPENER, endsClause, thatWithin, type Word } from './words.js';

/** Words that open a sentence with an adverbial before its subject. */
const LEADING_ADVERBIAL =
  /^(?:After|Before|During|On|In|At|Later|Earlier|Following|Asked|Speaking|Meanwhile|Separately)$/;

/**
 * '"…," he says, boasting that …' and 'X said Monday, adding that …': a participle after a draft whose content
 * does not reach it speaks for that draft's speaker.
 */
export function trailingParticiples(text: string, words: Word[], verbs: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 1; i < words.length; i++) {
    const lemma = PARTICIPLE_CUES.get(words[i]!.bare);
    // "… all they get is a message stating, “…”": a document's participle speaks for the document, wherever it sits.
    const document = lemma ? documentSpeaking(text, words, i) : null;
    if (document) {
      out.push(document);
      continue;
    }
    if (!lemma || !setOff(words, i)) continue;
    const at = words[i]!.start;
    const host = verbs.find((d) => d.content && at >= d.content.start && at < d.content.end);
    // "urged Yoon to step down, telling reporters that …": a participle right after what its speaker's demand asks
    // is a statement of its own; the demand ends at the comma.
    if (host && !(DEMAND.test(host.cue) && host.cueSpan.end <= host.content!.start && SECOND_STATEMENT.test(lemma)))
      continue;
    const owner = host ?? [...verbs].reverse().find((d) => d.cueSpan.end <= at);
    if (!owner) continue;
    const content = participleContent(text, words, i);
    if (!content) continue;
    if (host) {
      const cut = trimContent(text, host.content!.start, words[i - 1]!.end);
      if (!cut || host.content!.end < content.end) continue;
      host.content = cut;
    }
    out.push({ kind: 'verb', cue: lemma, cueSpan: cueOf(words[i]!), speakerSpan: owner.speakerSpan, content });
  }
  return out;
}

/**
 * Participles that add a statement of their own after a demand or a commitment: "urged Yoon to step down, telling
 * reporters that …". After a statement ("said that …, adding that …") the participle goes on with the same record.
 */
const DEMAND = /^(?:urged|asked|promised)$/;
/** Participles of a statement. */
const SECOND_STATEMENT = /^(?:telling|adding|saying|insisting|arguing|warning|noting|stressing)$/;

/** Most words of a dateline before its dash: "TARN, May 2 (Coast Wire) -". */
const MAX_DATELINE = 8;

/** The index of a lead's first word past its dateline (a place in capitals, then a dash), or 0 when there is none. */
function datelineEnd(words: Word[]): number {
  if (!/^\p{Lu}{2,}[\p{Lu},.]*$/u.test(words[0]!.raw)) return 0;
  const dash = words.findIndex((w, k) => k > 0 && k < MAX_DATELINE && /^[—–-]$/.test(w.raw));
  return dash > 0 ? dash + 1 : 0;
}

/** "…, with Audi suggesting that …", "with officials saying …": the noun phrase after "with" speaks. */
export function withParticiples(text: string, words: Word[], drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 2; i < words.length; i++) {
    const lemma = PARTICIPLE_CUES.get(words[i]!.bare);
    if (!lemma || endsClause(words[i - 1]!)) continue;
    const np = phraseEndingAt(words, i - 1);
    if (!np || np.first === 0 || words[np.first - 1]!.bare.toLowerCase() !== 'with') continue;
    const at = words[i]!.start;
    // Only with a reported clause: "with resolutions declaring settlements illegal" names no speech.
    // '…, with Boswell stating: “…”': a colon or a quotation right after the participle opens a clause too.
    const opens = /:$/.test(words[i]!.raw) || /^["“]/.test(words[i + 1]?.raw ?? '') || thatWithin(words, i, 1) > 0;
    if (drafts.some((d) => d.cueSpan.start === at) || (lemma !== 'saying' && !opens)) continue;
    const speakerSpan = phraseSpan(words, np.first, np.last);
    if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), false)) continue;
    const content = participleContent(text, words, i);
    if (content) out.push({ kind: 'verb', cue: lemma, cueSpan: cueOf(words[i]!), speakerSpan, content });
  }
  return out;
}

/**
 * "The minister was quoted as saying …", "Smith was quoted by Reuters as saying …": the subject speaks through
 * the participle; the outlet after "by" relays it (an 'according' draft, which the chain makes a via).
 */
export function quotedAsDrafts(text: string, words: Word[]): Draft[] {
  const out: Draft[] = [];
  for (let q = 1; q < words.length - 2; q++) {
    if (words[q]!.bare !== 'quoted') continue;
    const active = activeQuote(text, words, q);
    if (active) {
      out.push(...active);
      continue;
    }
    if (q < 2) continue;
    let be = q - 1;
    while (be > 0 && /^(?:also|widely|later|reportedly|once|then)$/i.test(words[be]!.bare)) be--;
    if (!/^(?:was|were|is|are|been)$/i.test(words[be]!.bare) || endsClause(words[be - 1]!)) continue;
    const subject = /^(?:has|have|had)$/i.test(words[be - 1]!.bare) && words[be]!.bare === 'been' ? be - 2 : be - 1;
    let k = q + 1;
    let relay: Draft | null = null;
    if (words[k]?.bare === 'by') {
      const by = phraseStartingAt(words, k + 1);
      if (!by) continue;
      const speakerSpan = phraseSpan(words, by.first, by.last);
      relay = { kind: 'according', cue: 'quoted', cueSpan: cueOf(words[k]!), speakerSpan, content: null };
      k = by.last + 1;
    }
    // "Okafor was quoted by the Ledger on the budget: “…”", "…; he was quoted by the Post on his rivals;" and a
    // quotation opening the next line: the subject's words, which the outlet after "by" relays.
    if (relay && words[k]?.bare !== 'as') {
      const framed = quotationAfterFrame(text, words, k);
      const np = framed && subject >= 0 && !endsClause(words[subject]!) ? phraseEndingAt(words, subject) : null;
      const speakerSpan = np ? phraseSpan(words, np.first, np.last) : null;
      if (framed && speakerSpan && speakerLike(text.slice(speakerSpan.start, speakerSpan.end), np!.first === 0))
        out.push({
          kind: 'verb',
          cue: 'quoted',
          cueSpan: cueOf(words[q]!),
          speakerSpan,
          content: framed,
          via: relay.speakerSpan,
        });
      continue;
    }
    const lemma = PARTICIPLE_CUES.get(words[k + 1]?.bare ?? '');
    if (words[k]?.bare !== 'as' || !lemma || subject < 0 || endsClause(words[subject]!)) continue;
    const np = phraseEndingAt(words, subject);
    if (!np) continue;
    const speakerSpan = phraseSpan(words, np.first, np.last);
    if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), np.first === 0)) continue;
    // "…, the Tuva government was quoted as saying late Thursday by the Interfax news agency.": nothing but a
    // setting and the relay after the participle, so the clause before the speaker is what was said.
    const late = relay ? null : relayAfter(words, k + 2);
    const before = np.first > 0 && words[np.first - 1]!.raw.endsWith(',');
    // "The plant will close, Marek Novak was quoted by Reuters as saying.": the participle ends the sentence.
    const content =
      late || k + 2 >= words.length
        ? before
          ? trimContent(text, words[0]!.start, words[np.first - 1]!.end)
          : null
        : participleContent(text, words, k + 1);
    if (!content) continue;
    const via = late ? { via: late.speakerSpan } : {};
    out.push({ kind: 'verb', cue: 'quoted', cueSpan: cueOf(words[q]!), speakerSpan, content, ...via });
    if (relay) out.push(relay);
  }
  return out;
}

/**
 * "Le Monde quoted the minister as saying …": the object of an active "quoted" speaks through the participle, and the
 * subject, which starts its clause, relays it.
 */
function activeQuote(text: string, words: Word[], q: number): Draft[] | null {
  if (endsClause(words[q - 1]!) || endsClause(words[q]!)) return null;
  const object = phraseStartingAt(words, q + 1);
  if (!object) return null;
  // "quoted the regional governor, Anton Pell, as saying …": an appositive between commas goes with the object.
  let last = object.last;
  if (words[last + 1]?.bare !== 'as' && words[last]!.raw.endsWith(',')) {
    const appositive = phraseStartingAt(words, last + 1);
    if (appositive && words[appositive.last]!.raw.endsWith(',') && words[appositive.last + 1]?.bare === 'as')
      last = appositive.last;
  }
  if (words[last + 1]?.bare !== 'as') return null;
  const at = last + 2;
  const lemma = PARTICIPLE_CUES.get(words[at]?.bare ?? '');
  // "…, first reported by The Ledger, which quoted a senior official as saying …": the relative pronoun's antecedent,
  // the outlet before its comma, relays the words. Only after the clause's own subject: a relative clause inside
  // the subject ("Reuters, which quoted …, said …") would run its participle's clause into the main verb's.
  const relative = q >= 2 && /^(?:which|who)$/.test(words[q - 1]!.raw) && words[q - 2]!.raw.endsWith(',');
  const subject = phraseEndingAt(words, relative ? q - 2 : q - 1);
  if (!lemma || !subject) return null;
  if (
    relative
      ? subject.first === 0 || endsClause(words[subject.first - 1]!)
      : subject.first > 0 && !endsClause(words[subject.first - 1]!)
  )
    return null;
  const relaySpan = phraseSpan(words, subject.first, subject.last);
  const speakerSpan = phraseSpan(words, object.first, last);
  if (!speakerLike(text.slice(relaySpan.start, relaySpan.end), subject.first === 0)) return null;
  if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), false)) return null;
  // '“The pass stays shut,” the Courier quoted Anton Pell as saying.': the participle ends the sentence, and the
  // quotation before the relay is what was said.
  const content =
    at === words.length - 1 && subject.first > 0 && /["”]$/.test(words[subject.first - 1]!.raw)
      ? trimContent(text, words[0]!.start, words[subject.first - 1]!.end)
      : participleContent(text, words, at);
  if (!content) return null;
  return [
    { kind: 'verb', cue: 'quoted', cueSpan: cueOf(words[q]!), speakerSpan, content },
    { kind: 'according', cue: 'quoted', cueSpan: cueOf(words[q]!), speakerSpan: relaySpan, content: null },
  ];
}

/** Most words of what a quotation is "quoted by X" on before its colon: "on his assessment of the ruling". */
const MAX_QUOTED_FRAME = 12;

/**
 * After "quoted by X" (from words[k]): a short frame with no cue, then a colon and a quotation that ends the
 * sentence, or a colon or semicolon that ends the line and a quotation that opens the next one (read up to its
 * closing mark or the line's end). Null otherwise.
 */
function quotationAfterFrame(text: string, words: Word[], k: number): Span | null {
  const last = words.length - 1;
  if (last - k > MAX_QUOTED_FRAME) return null;
  for (let j = k; j < last; j++) {
    if (PARTICIPLE_CUES.has(words[j]!.bare)) return null;
    if (/:$/.test(words[j]!.raw) && /^["“]/.test(words[j + 1]!.raw))
      return trimContent(text, words[j + 1]!.start, words[last]!.end);
  }
  if (!/[:;]$/.test(words[last]!.raw)) return null;
  const end = words[last]!.end;
  const line = text.indexOf('\n', end);
  if (line < 0 || /\S/.test(text.slice(end, line))) return null;
  let start = line;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  if (!/["“]/.test(text[start] ?? '')) return null;
  const next = text.indexOf('\n', start);
  const stop = next < 0 ? text.length : next;
  const close = text.slice(start + 1, stop).search(/["”]/);
  return trimContent(text, start, close < 0 ? stop : start + 2 + close);
}

/** Time words that may sit between "as saying" and a closing "by Y": "late Thursday", "on Monday". */
const SETTING =
  /^(?:on|late|early|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later)$/i;

/** From words[k]: a short setting, then "by" and a phrase that ends the sentence; the relay phrase, or null. */
function relayAfter(words: Word[], k: number): { speakerSpan: Span } | null {
  let by = k;
  while (by < words.length && by < k + 3 && SETTING.test(words[by]!.bare) && !endsClause(words[by]!)) by++;
  if (words[by]?.bare !== 'by') return null;
  const np = phraseStartingAt(words, by + 1);
  if (!np || np.last !== words.length - 1) return null;
  return { speakerSpan: phraseSpan(words, np.first, np.last) };
}

/**
 * "… Netanyahu's Likud party, which tried to rally support by saying that …": a participle after "by"/"while" in a
 * relative clause speaks for the noun the clause hangs on.
 */
function relativeHead(text: string, words: Word[], i: number): Span | null {
  if (words[i - 1]!.raw.endsWith(',')) return null;
  for (let k = i - 2; k > 0; k--) {
    if (/^(?:which|who)$/.test(words[k]!.raw)) {
      const np = phraseEndingAt(words, k - 1);
      if (!np) return null;
      const span = phraseSpan(words, np.first, np.last);
      return speakerLike(text.slice(span.start, span.end), np.first === 0) ? span : null;
    }
    if (endsClause(words[k]!)) return null;
  }
  return null;
}

/**
 * The participle at words[i] opens an adjunct of the clause before it: after a comma ("…, saying …"), or after "by"
 * or "while" / "whilst" ("responded by saying that …", "…, while claiming they …").
 */
function setOff(words: Word[], i: number): boolean {
  const prev = words[i - 1]!;
  return prev.raw.endsWith(',') || (/^(?:by|while|whilst)$/.test(prev.raw) && i > 2);
}

/** Documents that speak for whoever put them out: "issued a statement saying …", "posted a message … claiming …". */
const PUT_OUT =
  /^(?:statement|letter|message|tweet|post|email|e-mail|note|video|release|notice|memo|communique|lawsuit|suit|complaint|filing|motion|petition|ad|advert|advertisement|op-ed|editorial|report|resolution|speech)$/i;
/** Most words describing the document between its determiner and its noun: "a joint statement", "a federal lawsuit". */
const MAX_DOCUMENT_MODIFIERS = 2;
/** Most words of setting between the document and its participle: "a statement on Friday saying". */
const MAX_DOCUMENT_SETTING = 3;

/**
 * "The ministry released a statement saying …": the participle right after a document the subject put out (its object,
 * with a determiner), a short setting allowed between ("a message on Twitter saying").
 */
function documentBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k > 1 && i - k <= MAX_DOCUMENT_SETTING + 1; k--) {
    if (endsClause(words[k]!)) return false;
    if (PUT_OUT.test(words[k]!.bare))
      return STATEMENT_PARTICIPLE.test(words[i]!.bare)
        ? determinedDocument(words, k)
        : /^(?:a|an|the|its|his|her|their)$/i.test(words[k - 1]!.bare);
  }
  return false;
}

/**
 * Participles of a statement, which may follow a document described by a word or two ("a joint statement saying",
 * "a federal lawsuit alleging"). A request ("a statement urging …") keeps its determiner right before the document:
 * the reference article's "has issued an official statement urging …" is one record with the White House quotation
 * after it (expected.md), and no measured case asks for more.
 */
const STATEMENT_PARTICIPLE =
  /^(?:saying|claiming|alleging|stating|accusing|warning|arguing|insisting|declaring|announcing|denying|noting)$/;

/**
 * The document noun at words[k] has its determiner before it, past up to two words that describe it: "a statement",
 * "a joint statement", "a fundraising email", "its 40-page report".
 */
function determinedDocument(words: Word[], k: number): boolean {
  for (let d = k - 1; d >= 0 && d >= k - 1 - MAX_DOCUMENT_MODIFIERS; d--) {
    if (/^(?:a|an|the|its|his|her|their)$/i.test(words[d]!.bare)) return true;
    if (endsClause(words[d]!) || /^(?:by|of|in|on|to|and|or|that|which)$/i.test(words[d]!.bare)) return false;
  }
  return false;
}

/** Participles of a request, read with their addressee and infinitive. */
const REQUEST = /^(?:asking|encouraging|inviting)$/;
/** Words that open an indirect question: "asking whether …". */
const INDIRECT_QUESTION = /^(?:whether|if|what|why|how|who|when|where|which)$/;

/** Verbs of putting a document out, whose subject speaks through it. */
const ISSUED_BY_SUBJECT =
  /^(?:issued|issues|released|releases|posted|posts|sent|sends|published|put|shared|wrote|left|made|read|filed|files|ran|runs|aired|airs|gave|gives|delivered)$/i;

/**
 * "a message stating, “…”", "a notice saying the office is closed": a participle right after a document with its
 * article ("a"/"an": one not put out by the sentence's subject, whose own statement it would be) is the document's
 * record, the document as the speaker.
 */
function documentSpeaking(text: string, words: Word[], i: number): Draft | null {
  const noun = words[i - 1];
  if (!noun || i < 2 || !PUT_OUT.test(noun.raw.replace(/,$/, '')) || !/^(?:a|an)$/i.test(words[i - 2]!.bare))
    return null;
  if (!/^(?:stating|saying|reading|declaring|warning|announcing)$/.test(words[i]!.bare)) return null;
  // "The ministry said it issued a statement saying …": a document someone put out speaks for them.
  if (ISSUED_BY_SUBJECT.test(words[i - 3]?.bare ?? '')) return null;
  const content = participleContent(text, words, i);
  if (!content) return null;
  const speakerSpan = phraseSpan(words, i - 2, i - 1);
  return { kind: 'verb', cue: PARTICIPLE_CUES.get(words[i]!.bare)!, cueSpan: cueOf(words[i]!), speakerSpan, content };
}

function cueOf(w: Word): Span {
  return { start: w.start, end: w.start + w.bare.length };
}

/** What a participle introduces: past "that", and past the addressee of "telling lawmakers that …". */
function participleContent(text: string, words: Word[], i: number): Span | null {
  // "…, calling the ruling “a travesty.”": naming in quoted words only, as "called" (not "calling for …").
  if (words[i]!.bare === 'calling') {
    const quoted = words.slice(i + 2, i + 6).some((x) => /^["“]/.test(x.raw));
    if (!quoted || /^(?:for|on|up|off|out|in|back)$/.test(words[i + 1]?.bare ?? '')) return null;
  }
  // "…, asking the ministry to reverse the cuts": a request is its infinitive ("asking for donations" is none).
  if (REQUEST.test(words[i]!.bare)) {
    const asked = directiveInfinitive(words, i);
    const question = words[i]!.bare === 'asking' && INDIRECT_QUESTION.test(words[i + 1]?.bare ?? '');
    if (asked < 0 && !question) return null;
    return trimContent(text, words[asked < 0 ? i + 1 : asked]!.start, words[words.length - 1]!.end);
  }
  // "…, writing in a blog post “…”": writing reports words only with "that" or a quotation ("writing code" is none).
  if (words[i]!.bare === 'writing') return writtenWords(text, words, i);
  let k = i + 1;
  const that = thatWithin(words, i, 5);
  if (that > 0 && !words.slice(i + 1, that).some((x) => endsClause(x) && !x.raw.endsWith(','))) k = that + 1;
  else if (words[i]!.bare === 'telling') {
    while (k < words.length && k <= i + 4 && !endsClause(words[k - 1]!) && !CLAUSE_OPENER.test(words[k]!.bare)) k++;
    if (!words[k] || !(CLAUSE_OPENER.test(words[k]!.bare) || /^["“]/.test(words[k]!.raw))) return null;
  }
  return words[k] ? trimContent(text, words[k]!.start, words[words.length - 1]!.end) : null;
}

/** Most words of setting between "writing" and the quotation it introduces: "writing in a blog post". */
const MAX_WRITING_SETTING = 6;

/** What "writing" introduces: a "that" clause or a quotation after a short setting, or nothing. */
function writtenWords(text: string, words: Word[], i: number): Span | null {
  for (let k = i + 1; k < words.length && k <= i + 1 + MAX_WRITING_SETTING; k++) {
    const w = words[k]!;
    if (/^["“]/.test(w.raw) || w.bare === 'that') {
      const from = w.bare === 'that' ? words[k + 1] : w;
      return from ? trimContent(text, from.start, words[words.length - 1]!.end) : null;
    }
    if (endsClause(words[k - 1]!) && !/[,:]$/.test(words[k - 1]!.raw)) return null;
  }
  return null;
}

/**
 * "The minister hit back, saying …", "Cole shot back at critics, saying …": the phrase reader takes a verb of reply
 * before "back" ("hit", "shot") for part of the name; the subject ends before it.
 */
function respondedBack(words: Word[], np: { first: number; last: number } | null) {
  if (!np) return null;
  for (let k = np.first + 1; k <= np.last; k++)
    if (/^\p{Ll}+$/u.test(words[k]!.raw) && /^back\b/.test(words[k + 1]?.raw ?? ''))
      return { first: np.first, last: k - 1 };
  return np;
}

/** "The US welcomed the exchange, saying …": the sentence's subject speaks through the participle. */
export function participleDrafts(text: string, words: Word[]): Draft[] {
  const i = words.findIndex(
    (w, k) => k > 1 && PARTICIPLE_CUES.has(w.bare) && (setOff(words, k) || documentBefore(words, k)),
  );
  if (i < 0) return [];
  // "were charged with falsifying records, stating they had …": a participle after a gerund's or a preposition's bare
  // document object describes the documents, not the subject's words.
  const object = words[i - 1]!.bare.toLowerCase();
  const setOffObject = words[i - 1]!.raw.endsWith(',');
  if (setOffObject && DOCUMENT_NOUNS.has(object) && /^(?:\p{Ll}+ing|with|of|for)$/u.test(words[i - 2]!.bare)) return [];
  const relative = relativeHead(text, words, i);
  if (relative) {
    const content = participleContent(text, words, i);
    const cue = PARTICIPLE_CUES.get(words[i]!.bare)!;
    return content ? [{ kind: 'verb', cue, cueSpan: cueOf(words[i]!), speakerSpan: relative, content }] : [];
  }
  // "After the hearing, Hawk Sawyer issued a statement, saying …": the subject follows an opening adverbial.
  // "TARN — Health Minister Ana Ruiz defended …, telling …": past a wire lead's dateline.
  const lead = LEADING_ADVERBIAL.test(words[0]!.bare)
    ? words.findIndex((w) => w.raw.endsWith(',')) + 1
    : datelineEnd(words);
  const np = respondedBack(
    words,
    lead > 0 && lead < i ? phraseStartingAt(words, lead) : lead === 0 ? phraseStartingAt(words, 0) : null,
  );
  if (!np || np.last >= i - 1) return [];
  // The subject runs into its verb; a dateline ("WASHINGTON –") is followed by a dash instead.
  if (!words[np.last + 1]?.bare || endsClause(words[np.last]!)) return [];
  const speakerSpan = phraseSpan(words, np.first, np.last);
  if (!speakerLike(text.slice(speakerSpan.start, speakerSpan.end), true)) return [];
  const content = participleContent(text, words, i);
  if (!content) return [];
  return [{ kind: 'verb', cue: PARTICIPLE_CUES.get(words[i]!.bare)!, cueSpan: cueOf(words[i]!), speakerSpan, content }];
}
