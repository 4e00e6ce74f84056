/** Twitter card → metadata candidate. Handles (@site, @creator) are not names, so they give no author or site. */
import type { MetadataCandidate } from '../candidate.js';
import { absoluteUrl, cleanText } from '../text.js';
import type { TwitterCard } from './decode.js';

export function adaptTwitterCard(card: TwitterCard, base: string | null): MetadataCandidate {
  const title = cleanText(card.title);
  const url = absoluteUrl(card.image, base);
  return {
    titles: title ? [title] : [],
    description: cleanText(card.description),
    image: url ? { url, caption: null, credit: null, alt: cleanText(card.imageAlt), width: null, height: null } : null,
  };
}
