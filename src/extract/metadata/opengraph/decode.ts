/** Open Graph (ogp.me) decoding from the page's meta tags, in the protocol's own shape. */
import { metaValue, metaValues, type MetaTags } from '../meta-tags/decode.js';

export interface OgImage {
  url: string;
  secureUrl: string | null;
  alt: string | null;
  width: string | null;
  height: string | null;
}

export interface OpenGraph {
  title: string | null;
  description: string | null;
  siteName: string | null;
  type: string | null;
  url: string | null;
  locale: string | null;
  /** Each og:image (or og:image:url) starts a new image; its structured properties follow it (ogp.me "Arrays"). */
  images: OgImage[];
  article: {
    publishedTime: string | null;
    modifiedTime: string | null;
    /** Profile URLs or names. */
    authors: string[];
    section: string | null;
    tags: string[];
  };
}

function images(tags: MetaTags): OgImage[] {
  const out: OgImage[] = [];
  for (const { key, content } of tags.ordered) {
    if (key === 'og:image' || key === 'og:image:url') {
      // og:image followed by og:image:url with the same value is one image.
      if (key === 'og:image:url' && out.at(-1)?.url === content) continue;
      out.push({ url: content, secureUrl: null, alt: null, width: null, height: null });
      continue;
    }
    const last = out.at(-1);
    if (!last) continue;
    if (key === 'og:image:secure_url') last.secureUrl = content;
    else if (key === 'og:image:alt') last.alt = content;
    else if (key === 'og:image:width') last.width = content;
    else if (key === 'og:image:height') last.height = content;
  }
  return out;
}

export function decodeOpenGraph(tags: MetaTags): OpenGraph {
  return {
    title: metaValue(tags, 'og:title'),
    description: metaValue(tags, 'og:description'),
    siteName: metaValue(tags, 'og:site_name'),
    type: metaValue(tags, 'og:type'),
    url: metaValue(tags, 'og:url'),
    locale: metaValue(tags, 'og:locale'),
    images: images(tags),
    article: {
      publishedTime: metaValue(tags, 'article:published_time', 'og:article:published_time', 'og:published_time'),
      modifiedTime: metaValue(tags, 'article:modified_time', 'og:updated_time', 'og:article:modified_time'),
      authors: metaValues(tags, 'article:author', 'og:article:author'),
      section: metaValue(tags, 'article:section', 'og:article:section'),
      tags: metaValues(tags, 'article:tag', 'og:article:tag'),
    },
  };
}
