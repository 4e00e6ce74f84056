/**
 * Generates a near-duplicate evaluation set from real article bodies, in memory (never committed): syndicated
 * copies with the edits outlets make, and hard negatives that share much with an original but are not copies.
 * Copies: trimmed endings, a new headline, the outlet's boilerplate before/after (shared across that outlet's
 * copies, as on real sites), typos, a rewritten dateline. Negatives: another report on the same story reusing
 * some of the original's sentences, a close rewrite (every fifth word changed), a follow-up opening with the
 * original's lead.
 */
import { seededRandom, shuffled } from './rng.js';

export interface SourceArticle {
  id: string;
  title: string;
  body: string;
}

export interface GeneratedText {
  id: string;
  title: string;
  text: string;
  outlet: string;
  /** Gold group: the original's id for the original and its copies, the text's own id otherwise. */
  group: string;
  kind: 'original' | 'copy' | 'negative';
}

/** Boilerplate per outlet: what sites wrap around wire copy. */
const OUTLETS: readonly { name: string; before: string; after: string }[] = [
  {
    name: 'daily-courier',
    before: 'Advertisement. Sign up for our morning newsletter and get the day’s top stories in your inbox.',
    after:
      'Copyright The Associated Press. All rights reserved. This material may not be published, broadcast, ' +
      'rewritten or redistributed without permission. Read more: our coverage of the region.',
  },
  {
    name: 'metro-herald',
    before: 'Share this article on Facebook, Twitter, WhatsApp or by email. Follow us for breaking news alerts.',
    after: 'This story was originally published by Reuters. Our journalists added reporting. Comments are closed.',
  },
  {
    name: 'valley-times',
    before: 'Subscribe now for unlimited access to trusted local journalism, starting at one dollar a week.',
    after: 'Related stories: what we know so far; timeline of events; photo gallery of the scene today.',
  },
  { name: 'plain-wire', before: '', after: '' },
];

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** A wire copy of `a` as run by `outlet`. */
function copyOf(a: SourceArticle, outlet: (typeof OUTLETS)[number], random: () => number): string {
  let words = a.body.split(/\s+/).filter(Boolean);
  const keep = 0.4 + 0.6 * random(); // trimmed to 40–100 %
  words = words.slice(0, Math.max(30, Math.round(words.length * keep)));
  words = words.map((w) => (random() < 0.03 ? typo(w, random) : w));
  const dateline = random() < 0.5 ? 'NEW YORK (AP) — ' : '';
  return [outlet.before, dateline + words.join(' '), outlet.after].filter(Boolean).join('\n\n');
}

/** Sentences of a filler article: even ones for one negative, odd ones for another, so negatives share none. */
const fillerSentences = (b: SourceArticle, parity: 0 | 1): string[] =>
  sentencesOf(b.body).filter((_, i) => i % 2 === parity);

function sameStoryReport(a: SourceArticle, b: SourceArticle, random: () => number): string {
  // Some of the original's sentences (quotes and facts reused), at most 30 % of the original and 40 % of the
  // other outlet's own text: a report that is mostly the original would be a copy.
  const other = fillerSentences(b, 0);
  const budget = Math.min(0.4 * other.join(' ').split(/\s+/).length, 0.3 * a.body.split(/\s+/).length);
  let used = 0;
  const own = sentencesOf(a.body).filter((sentence) => {
    const n = sentence.split(/\s+/).length;
    if (random() >= 0.3 || used + n > budget) return false;
    used += n;
    return true;
  });
  const out: string[] = [];
  for (let i = 0; i < Math.max(own.length, other.length); i++) {
    if (other[i]) out.push(other[i]!);
    if (own[i]) out.push(own[i]!);
  }
  return out.join(' ');
}

function closeRewrite(a: SourceArticle, b: SourceArticle): string {
  const pool = b.body.split(/\s+/).filter(Boolean).reverse();
  return a.body
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i % 5 === 2 ? (pool[i % pool.length] ?? w) : w))
    .join(' ');
}

function followUp(a: SourceArticle, b: SourceArticle): string | null {
  const lead = a.body.split(/\n\n+/)[0] ?? '';
  const leadWords = lead.split(/\s+/).length;
  const rest = fillerSentences(b, 1).join(' ').split(/\s+/);
  // A follow-up recaps the lead and then reports something new, at least three times as long.
  if (rest.length < 3 * leadWords) return null;
  return `${lead}\n\n${rest.slice(0, Math.max(120, leadWords * 5)).join(' ')}`;
}

/**
 * The evaluation set: half the sources are originals, each with 2 copies and 1 negative of each kind; the other
 * half only lend their sentences to the negatives (so no negative is itself a copy of an article in the set).
 * Shuffled by the seed.
 */
export function generateWireCopies(sources: readonly SourceArticle[], seed: number): GeneratedText[] {
  const random = seededRandom(seed);
  const usable = shuffled(
    sources.filter((s) => s.body.split(/\s+/).length >= 80),
    random,
  );
  const half = Math.floor(usable.length / 2);
  const originals = usable.slice(0, half);
  const fillers = usable.slice(half);
  const out: GeneratedText[] = [];
  originals.forEach((a, i) => {
    const b = fillers[i % fillers.length]!;
    out.push({ id: a.id, title: a.title, text: a.body, outlet: 'origin', group: a.id, kind: 'original' });
    for (let k = 0; k < 2; k++) {
      const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
      const id = `${a.id}~copy${k}`;
      const title = `${outlet.name}: ${a.title.split(' ').reverse().join(' ')}`;
      out.push({ id, title, text: copyOf(a, outlet, random), outlet: outlet.name, group: a.id, kind: 'copy' });
    }
    const negatives: [string, string | null][] = [
      ['report', sameStoryReport(a, b, random)],
      ['rewrite', closeRewrite(a, b)],
      ['followup', followUp(a, b)],
    ];
    for (const [kind, text] of negatives) {
      if (text === null) continue;
      const id = `${a.id}~${kind}`;
      out.push({ id, title: a.title, text, outlet: kind, group: id, kind: 'negative' });
    }
  });
  // Shuffle so copies sometimes arrive before their original (the canonical must still be the earliest).
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
