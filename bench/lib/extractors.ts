/**
 * The extractors compared side by side: Dateline, and Mozilla Readability on linkedom and on jsdom. The peers
 * are imported only when asked for (`loadPeers`), so Dateline's phase of a benchmark runs in a process that has
 * not yet loaded jsdom or linkedom and its peak RSS is its own.
 */
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

export const READABILITY_LINKEDOM = 'readability+linkedom';
export const READABILITY_JSDOM = 'readability+jsdom';

/** Readability on linkedom, then (unless skipped) on jsdom; their modules are loaded by this call. */
export async function loadPeers(withJsdom: boolean): Promise<Extractor[]> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const fromReadability = (doc: Document): Extracted => {
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
  };
  const peers: Extractor[] = [
    {
      name: READABILITY_LINKEDOM,
      run: (html) => fromReadability(parseHTML(html).document as unknown as Document),
    },
  ];
  if (withJsdom) {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    peers.push({
      name: READABILITY_JSDOM,
      run(html, url) {
        const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
        try {
          return fromReadability(dom.window.document);
        } finally {
          dom.window.close();
        }
      },
    });
  }
  return peers;
}
