/**
 * Ranks a story's entities by how central they are to its coverage, not by name.
 *
 * Stages:
 * 1. `articleSalience`: per article, each person / organization / place the text actually mentions, scored by its
 *    mentions, a headline mention, a lead mention and the attributions it speaks.
 * 2. `rankEntities`: across the story, by the number of independent articles mentioning it (syndicated copies
 *    count once), then by the summed score, then by name (code-unit order, so no locale changes the result).
 */
import type { StoredArticle } from '../store/port.js';
import type { Analysis, Entity, EntityKind } from '../vocabulary.js';

/** Kinds a reader recognises as the story's actors and places; `other` (events, diseases, products) is noise here. */
const RANKED_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organization', 'place']);

/** Score added to an article's mention count; each entry says why. */
const WEIGHTS = {
  /** The headline names what the story is about: worth a few passing mentions. */
  title: 3,
  /** News writing puts the who and where in the first sentences (inverted pyramid). */
  lead: 2,
  /** A speaker is an actor in the story, not only a name in it: per attribution. */
  speaker: 1,
} as const;

/** Sentences taken as the lead: the dateline sentence and the one after it. */
const LEAD_SENTENCES = 2;
/** Lead length when the analysis has no sentences: about two sentences of news prose. */
const LEAD_CHARS = 400;

/** One entity's weight in one article. */
interface ArticleEntityScore {
  name: string;
  score: number;
}

/** Where the lead of an analysed body ends (offset into `body.text`). */
function leadEnd(analysis: Analysis): number {
  const { sentences } = analysis;
  if (!sentences.length) return LEAD_CHARS;
  return sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]!.end;
}

/** A letter or digit: what may not touch a name for it to count as a whole word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `form` occurs in `title` as a whole word (no letter or digit on either side). */
function hasWholeWord(title: string, form: string): boolean {
  for (let at = title.indexOf(form); at >= 0; at = title.indexOf(form, at + 1)) {
    const before = at > 0 ? title[at - 1]! : '';
    const after = title[at + form.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/**
 * Whether the headline names the entity by any of its surface forms, as a whole word. A plain scan, not a
 * regex built per form: this runs for every entity of every member each time a story is assembled.
 */
function inTitle(title: string, entity: Entity): boolean {
  if (!title) return false;
  const forms = new Set([entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)]);
  for (const form of forms) {
    const trimmed = form.trim();
    if (trimmed.length >= 2 && hasWholeWord(title, trimmed)) return true;
  }
  return false;
}

/** Stage 1: the ranked entities one article mentions, with their score there. Entities never mentioned are left out. */
export function articleSalience(member: StoredArticle): ArticleEntityScore[] {
  const analysis = member.analysis;
  if (!analysis) return [];
  const title = member.article.title ?? '';
  const lead = leadEnd(analysis);
  const spoken = new Map<string, number>();
  for (const a of analysis.attributions) {
    const speaker = a.speaker?.entityId;
    if (speaker) spoken.set(speaker, (spoken.get(speaker) ?? 0) + 1);
  }
  const scores = new Map<string, number>();
  for (const e of analysis.entities) {
    if (!RANKED_KINDS.has(e.kind) || !e.mentions.length) continue;
    const score =
      e.mentions.length +
      (inTitle(title, e) ? WEIGHTS.title : 0) +
      (e.mentions.some((m) => m.start < lead) ? WEIGHTS.lead : 0) +
      (spoken.get(e.id) ?? 0) * WEIGHTS.speaker;
    // Two entities of one name (a person and a place) are one name to the reader: keep the stronger.
    scores.set(e.name, Math.max(scores.get(e.name) ?? 0, score));
  }
  return [...scores].map(([name, score]) => ({ name, score }));
}

/** Stage 2: the `limit` most salient entity names across `members`; `canonicalOf` folds syndicated copies. */
export function rankEntities(
  members: readonly StoredArticle[],
  canonicalOf: (articleId: string) => string,
  limit: number,
): string[] {
  const totals = new Map<string, { articles: Set<string>; score: number }>();
  for (const m of members)
    for (const { name, score } of articleSalience(m)) {
      const t = totals.get(name) ?? { articles: new Set<string>(), score: 0 };
      t.articles.add(canonicalOf(m.article.id));
      t.score += score;
      totals.set(name, t);
    }
  return [...totals]
    .sort(
      ([an, a], [bn, b]) => b.articles.size - a.articles.size || b.score - a.score || (an < bn ? -1 : an > bn ? 1 : 0),
    )
    .slice(0, limit)
    .map(([name]) => name);
}
