/**
 * Builds the `Story` the store keeps and the web renders from its member articles: title of the earliest
 * original, outlets, first seen / last updated, its most salient entities (`rank-entities.ts`), and merged claims.
 */
import type { StoredArticle } from '../store/port.js';
import type { Story } from '../vocabulary.js';
import { mergeClaims } from './claims/merge-claims.js';
import { rankEntities } from './rank-entities.js';

/** Entities shown for a story. */
const TOP_ENTITIES = 8;

/** When an article entered the news: its publication date, else when it was ingested. */
export function articleTime(a: StoredArticle): string {
  return a.article.publishedAt ?? a.ingestedAt;
}

const byTime = (x: StoredArticle, y: StoredArticle): number =>
  Date.parse(articleTime(x)) - Date.parse(articleTime(y)) || x.article.id.localeCompare(y.article.id);

/**
 * The story of `members` (any order). `canonicalOf` gives each article's syndicated-copy canonical (itself when
 * not a copy), so copies of one wire story count once for corroboration.
 */
export function assembleStory(
  id: string,
  members: readonly StoredArticle[],
  canonicalOf: (articleId: string) => string,
): Story {
  const sorted = [...members].sort(byTime);
  const original = sorted.find((m) => canonicalOf(m.article.id) === m.article.id) ?? sorted[0];
  const times = sorted.map(articleTime);
  return {
    id,
    title: original?.article.title ?? '',
    articleIds: sorted.map((m) => m.article.id),
    outlets: [...new Set(sorted.map((m) => m.outlet))],
    firstSeen: times[0] ?? null,
    lastUpdated: times.at(-1) ?? null,
    topEntities: rankEntities(sorted, canonicalOf, TOP_ENTITIES),
    claims: mergeClaims(
      sorted
        .filter((m) => m.analysis)
        .map((m) => ({
          articleId: m.article.id,
          outlet: m.outlet,
          publishedAt: m.article.publishedAt,
          canonicalId: canonicalOf(m.article.id),
          analysis: m.analysis!,
        })),
    ),
  };
}
