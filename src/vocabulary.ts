/**
 * Dateline's shared vocabulary: every type that crosses a stage boundary lives here (DESIGN.md, "Vocabulary").
 * Stage-internal types stay in their stage. Dates are ISO 8601 strings that keep the publisher's own offset.
 */

// ---------------------------------------------------------------------------------------------------------------
// Ingest → extract

/** One fetched or read page, before extraction. Exactly one of html, text or bytes is the payload. */
export interface RawDocument {
  /** Where it came from: a URL, a file path, `-` for stdin, `warc:<file>#<record>`… */
  source: string;
  /** The page URL, when known (used to resolve relative links and as identity). */
  url?: string;
  /** ISO 8601 time of fetch or read. */
  fetchedAt?: string;
  /** HTTP-style headers (lower-case names), e.g. content-type with charset, last-modified. */
  headers?: Record<string, string>;
  html?: string;
  text?: string;
  bytes?: Uint8Array;
}

/** Input to `extract()`. */
export interface ExtractInput {
  html?: string;
  text?: string;
  bytes?: Uint8Array;
  url?: string;
  headers?: Record<string, string>;
  /** A publication date supplied by the caller (feed entry, sitemap, CLI flag); used when the page has none. */
  published?: string;
}

export interface ExtractOptions {
  /** Refuse inputs larger than this many bytes (default 20 MiB). */
  maxBytes?: number;
  /** The clock, for "never in the future" checks (default: now). */
  now?: Date;
}

/** Why extraction produced no article. String literals, never thrown (STYLE.md §7). */
export type ExtractFailureReason =
  | 'not-html' // binary or otherwise not a page
  | 'empty' // nothing but whitespace
  | 'not-an-article' // a page with no article body (index, login wall…)
  | 'too-large' // over maxBytes
  | 'undecodable'; // bytes in an encoding we cannot decode

export type ExtractOutcome =
  { ok: true; article: Article } | { ok: false; reason: ExtractFailureReason; message: string };

// ---------------------------------------------------------------------------------------------------------------
// Article

export interface Dateline {
  /** The place, as printed and title-cased: "Pyongyang", "Washington". */
  place: string;
  /** The dateline exactly as it stood in the text: "Pyongyang :", "WASHINGTON (Reuters) -". */
  raw: string;
  /** The agency named in the dateline, if any ("Reuters"). */
  agency?: string | null;
}

export interface ArticleImage {
  url: string | null;
  caption: string | null;
  credit: string | null;
  alt: string | null;
  width?: number | null;
  height?: number | null;
}

export interface ArticleBody {
  /** Sanitized HTML (allow-list; no script, handlers, forms or javascript: URLs; URLs absolute). */
  html: string;
  /** Plain text, paragraphs separated by a blank line ("\n\n"); never starts with the headline. */
  text: string;
  paragraphs: string[];
}

export interface Article {
  /** Stable id: derived from canonicalUrl, else url, else contentHash. */
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  title: string | null;
  description: string | null;
  authors: string[];
  dateline: Dateline | null;
  /** ISO 8601 keeping the publisher's offset, or date-only "YYYY-MM-DD"; null when unknown. Never invented. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** BCP 47 primary tag, e.g. "en". */
  language: string | null;
  section: string | null;
  tags: string[];
  leadImage: ArticleImage | null;
  images: ArticleImage[];
  body: ArticleBody;
  wordCount: number;
  /** sha256 hex of the normalised body text. */
  contentHash: string;
  /** True when the page shows only a teaser of a paywalled or truncated article. */
  partial?: boolean;
  /** True for live blogs (entries kept in order). */
  liveBlog?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export interface Span {
  /** Offsets into `article.body.text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** Places only, from the offline gazetteer. */
  lat?: number | null;
  lon?: number | null;
  countryCode?: string | null;
  /** Places only: the gazetteer's id, for disambiguation. */
  geonameId?: number | null;
}

/** A speaker or a link in the chain of reporting: an entity, or a description of one. */
export interface AttributionParty {
  /** Resolved entity id, when the party is a known entity. */
  entityId: string | null;
  /** Display name: the entity's name, or the description ("unnamed Russian regional officials"). */
  name: string;
  /** The words in the text that name the party in this attribution ("It", "KCNA", "both nations"). */
  text: string;
  anonymous: boolean;
}

export interface Attribution {
  id: string;
  /** null for a quoted phrase with no speaker (recorded as unattributed, never given to someone). */
  speaker: AttributionParty | null;
  /** The chain of reporting, outermost last: TASS relaying the Kremlin → via [TASS]. */
  via: AttributionParty[];
  /** The cue as printed, lower-cased lemma where obvious: said, announced, according to, citing… */
  cue: string;
  /** The claim: the reported content (paraphrase or the quoted words' clause). */
  content: string;
  /** The exact quoted words, when quoted. */
  quote: string | null;
  /** Span of the whole attribution in body.text. */
  span: Span;
  /** Offsets of the content within body.text. */
  contentSpan: Span;
}

export interface Quantity {
  text: string;
  value: number;
  unit: string;
  kind: 'distance' | 'weight' | 'temperature' | 'money' | 'other';
  /** SI-normalised value (km, kg, °C) or money in its currency. */
  normalized: { value: number; unit: string };
  /** true/false when a paired unit or a stated distance between geocoded places agrees/disagrees; null otherwise. */
  consistent: boolean | null;
  /** Why `consistent` is what it is ("425 mi = 684 km ≈ 680 km", "great-circle Pyongyang–Vladivostok 683 km"). */
  check?: string | null;
  span: Span;
}

export interface DateMention {
  text: string;
  span: Span;
  /** ISO date (or date-time) when it could be resolved; null when there is no reference date. */
  resolved: string | null;
  /** "absolute" (in 2019), "relative" (on Monday). */
  kind: 'absolute' | 'relative';
}

export interface Sentence extends Span {
  text: string;
}

export interface Analysis {
  /** The analyzer's version, so `reprocess` knows what is stale. */
  version: string;
  sentences: Sentence[];
  entities: Entity[];
  attributions: Attribution[];
  quantities: Quantity[];
  dates: DateMention[];
}

export interface AnalyzeOptions {
  /** Reference date for relative dates; defaults to article.publishedAt. None → left unresolved. */
  referenceDate?: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Stories

/** What clustering needs of an article; clustering takes candidates, it doesn't query (STYLE.md §3). */
export interface ClusterItem {
  id: string;
  title: string;
  text: string;
  publishedAt?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** Entity names from analysis, when available. */
  entities?: string[];
}

export interface Claim {
  id: string;
  speaker: string;
  content: string;
  /** Article ids carrying it. */
  articleIds: string[];
  outlets: string[];
  firstSeen: string | null;
  /** Independent outlets (syndicated copies count once) ≥ 2. */
  corroborated: boolean;
  /** Ids of claims that conflict with this one. */
  conflictsWith: string[];
}

export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  outlets: string[];
  firstSeen: string | null;
  lastUpdated: string | null;
  topEntities: string[];
  claims: Claim[];
}
