/** Page facts → metadata candidate (the least trusted source: used only where structured metadata is silent). */
import { cleanByline } from '../../byline/byline.js';
import type { MetadataCandidate } from '../candidate.js';
import { absoluteUrl } from '../text.js';
import type { PageFacts } from './decode.js';

/** "en-GB" → "en"; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | null): string | null {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function adaptPage(page: PageFacts, base: string | null): MetadataCandidate {
  let authors: string[] = [];
  for (const raw of page.bylines) {
    authors = cleanByline(raw);
    if (authors.length) break;
  }
  return {
    authors,
    language: primaryLanguage(page.lang),
    canonicalUrl: absoluteUrl(page.canonical, base),
  };
}
