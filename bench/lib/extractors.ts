/** The extractors compared side by side: Dateline, and Mozilla Readability on linkedom and on jsdom. */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/extract/extract.js';
import type { Found } from './metadata-agreement.js';

export interface Extracted {
  text: string;
  meta: Found;
}

export interface Extractor {
  name: string;
  run(html: string, url: string | null): Extracted;
}

const NONE: Found = { title: null, byline: null, excerpt: null, siteName: null, publishedTime: null };

export const dateline: Extractor = {
  name: 'dateline',
  run(html, url) {
    const r = extract({ html, url: url ?? undefined });
    if (!r.ok) return { text: '', meta: NONE };
    const a = r.article;
    return {
      text: a.body.text,
      meta: {
        title: a.title,
        byline: a.authors.join(', ') || null,
        excerpt: a.description,
        siteName: a.siteName,
        publishedTime: a.publishedAt,
      },
    };
  },
};

function fromReadability(doc: Document): Extracted {
  const r = new Readability(doc).parse();
  if (!r) return { text: '', meta: NONE };
  return {
    text: r.textContent ?? '',
    meta: {
      title: r.title ?? null,
      byline: r.byline ?? null,
      excerpt: r.excerpt ?? null,
      siteName: r.siteName ?? null,
      publishedTime: r.publishedTime ?? null,
    },
  };
}

export const readabilityLinkedom: Extractor = {
  name: 'readability+linkedom',
  run(html) {
    return fromReadability(parseHTML(html).document as unknown as Document);
  },
};

export const readabilityJsdom: Extractor = {
  name: 'readability+jsdom',
  run(html, url) {
    const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
    try {
      return fromReadability(dom.window.document);
    } finally {
      dom.window.close();
    }
  },
};
