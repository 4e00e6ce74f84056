/**
 * The desk's analysis of an article as carried in the outgoing feeds: who and what it names (with each entity's
 * page), where (geocoded places) and who said what, according to whom. A reader following a search or a story
 * in a feed reader gets the same reporting structure the article page shows, without opening the page.
 */
import type { StoredArticle } from '../../store/port.js';
import type { Article, EntityKind } from '../../vocabulary.js';
import { leadParagraph } from '../components/article-meta.js';
import { absolute, paths } from '../urls.js';

export interface FeedEntity {
  kind: EntityKind;
  name: string;
  /** How often the text names it (0: named only outside the text, e.g. a photo credit). */
  mentions: number;
  /** Absolute URL of the entity's page on the desk. */
  url: string;
}

export interface FeedPlace {
  name: string;
  lat: number;
  lon: number;
  countryCode: string | null;
}

export interface FeedAttribution {
  /** null: a quoted phrase nobody is said to have said (unattributed). */
  speaker: string | null;
  anonymous: boolean;
  /** The chain of reporting, outermost last. */
  via: string[];
  cue: string;
  /** The reported content (the API's `content`, the page's "claim"). */
  content: string;
  quote: string | null;
}

export interface FeedAnalysis {
  /** Absolute URL of the article's story page, when it is filed in one. */
  story: string | null;
  entities: FeedEntity[];
  places: FeedPlace[];
  attributions: FeedAttribution[];
}

/** Longest lead paragraph given as an item's summary when the page has no description. */
const LEAD_MAX_CHARS = 300;

/** The stored analysis in feed shape; null when the article was stored without one. */
export function feedAnalysis(baseUrl: string, stored: StoredArticle): FeedAnalysis | null {
  const analysis = stored.analysis;
  if (!analysis) return null;
  const entities = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return {
    story: stored.storyId ? absolute(baseUrl, paths.story(stored.storyId)) : null,
    entities: entities.map((e) => ({
      kind: e.kind,
      name: e.name,
      mentions: e.mentions.length,
      url: absolute(baseUrl, paths.entity(e.kind, e.name)),
    })),
    places: entities.flatMap((e) =>
      e.kind === 'place' && typeof e.lat === 'number' && typeof e.lon === 'number'
        ? [{ name: e.name, lat: e.lat, lon: e.lon, countryCode: e.countryCode ?? null }]
        : [],
    ),
    attributions: analysis.attributions.map((a) => ({
      speaker: a.speaker?.name ?? null,
      anonymous: a.speaker?.anonymous ?? false,
      via: a.via.map((v) => v.name),
      cue: a.cue,
      content: a.content,
      quote: a.quote,
    })),
  };
}

/** The summary of an item whose page gave no description, which feed readers would otherwise show as a bare headline. */
export function leadText(article: Article): string | null {
  return leadParagraph(article, LEAD_MAX_CHARS) || null;
}
