/** Twitter (X) card decoding from meta tags, in the card's own shape. Some sites use property=, hence both. */
import { metaValue, type MetaTags } from '../meta-tags/decode.js';

export interface TwitterCard {
  card: string | null;
  title: string | null;
  description: string | null;
  image: string | null;
  imageAlt: string | null;
  /** @handle of the site. */
  site: string | null;
  /** @handle of the author. */
  creator: string | null;
}

export function decodeTwitterCard(tags: MetaTags): TwitterCard {
  return {
    card: metaValue(tags, 'twitter:card'),
    title: metaValue(tags, 'twitter:title'),
    description: metaValue(tags, 'twitter:description'),
    image: metaValue(tags, 'twitter:image', 'twitter:image:src'),
    imageAlt: metaValue(tags, 'twitter:image:alt'),
    site: metaValue(tags, 'twitter:site'),
    creator: metaValue(tags, 'twitter:creator'),
  };
}
