/** What one metadata format says about the page, before the formats are merged in order of trust. */
import type { PageMetadata } from './metadata.js';

export type MetadataCandidate = Partial<Omit<PageMetadata, 'title'>> & {
  /** Titles in this format's own order of preference (headline before name). */
  titles?: string[];
  /** Titles of a page-level node (WebPage name): often "Headline | Site", so read after every headline. */
  weakTitles?: string[];
};
