/** Microdata items → metadata candidate: the first article-typed item (schema.org via itemprop). */
import type { MetadataCandidate } from '../candidate.js';
import { absoluteUrl, cleanText, splitTags } from '../text.js';
import type { MicrodataItem, MicrodataValue } from './decode.js';

/** Types that mark the article item; WebPage-level items are a fallback for dates and names. */
const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|TechArticle|ScholarlyArticle)$/;
const ORG_TYPE = /^(?:Organization|NewsMediaOrganization|Corporation)$/;

function findItem(items: MicrodataItem[], test: RegExp): MicrodataItem | null {
  const stack = [...items];
  while (stack.length) {
    const item = stack.shift()!;
    if (item.types.some((t) => test.test(t))) return item;
    for (const values of item.props.values()) for (const v of values) if (typeof v !== 'string') stack.push(v);
  }
  return null;
}

function text(values: MicrodataValue[] | undefined): string | null {
  for (const v of values ?? []) {
    const s = typeof v === 'string' ? cleanText(v) : text(v.props.get('name'));
    if (s) return s;
  }
  return null;
}

function names(values: MicrodataValue[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (typeof v !== 'string' && v.types.some((t) => ORG_TYPE.test(t))) continue;
    const s = typeof v === 'string' ? cleanText(v) : text(v.props.get('name'));
    if (s && !/^https?:\/\//.test(s)) out.push(s);
  }
  return out;
}

export function adaptMicrodata(items: MicrodataItem[], base: string | null): MetadataCandidate {
  const item = findItem(items, ARTICLE_TYPE) ?? findItem(items, /^WebPage$/);
  if (!item) return {};
  const p = item.props;
  const title = text(p.get('headline')) ?? text(p.get('name'));
  const imageValue = p.get('image')?.[0];
  const imageUrl =
    typeof imageValue === 'string'
      ? absoluteUrl(imageValue, base)
      : imageValue
        ? absoluteUrl(text(imageValue.props.get('url')) ?? text(imageValue.props.get('contentUrl')), base)
        : null;
  return {
    titles: title ? [title] : [],
    description: text(p.get('description')),
    authors: names(p.get('author') ?? p.get('creator')),
    publishedRaw: text(p.get('datePublished')),
    createdRaw: text(p.get('dateCreated')),
    modifiedRaw: text(p.get('dateModified')),
    language: text(p.get('inLanguage')),
    siteName: text(p.get('publisher')),
    section: text(p.get('articleSection')),
    tags: splitTags((p.get('keywords') ?? []).filter((v): v is string => typeof v === 'string')),
    image: imageUrl ? { url: imageUrl, caption: null, credit: null, alt: null, width: null, height: null } : null,
    articleBody: text(p.get('articleBody')),
    type: item.types[0]?.toLowerCase() ?? null,
  };
}
