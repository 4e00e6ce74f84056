import { createHash } from 'node:crypto';
import type { Analysis, Article, Entity } from '../vocabulary.js';

/** Builds a valid Article for store tests; body text drives the content hash unless one is given. */
export function makeArticle(overrides: Partial<Article> & { text?: string } = {}): Article {
  const { text, ...rest } = overrides;
  const bodyText = text ?? rest.body?.text ?? 'A plain article body with nothing remarkable in it.';
  const paragraphs = bodyText.split('\n\n');
  const article: Article = {
    id: '',
    url: null,
    canonicalUrl: null,
    siteName: null,
    title: 'Untitled',
    description: null,
    authors: [],
    dateline: null,
    publishedAt: null,
    modifiedAt: null,
    language: 'en',
    section: null,
    tags: [],
    leadImage: null,
    images: [],
    body: { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text: bodyText, paragraphs },
    wordCount: bodyText.split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(bodyText).digest('hex'),
    ...rest,
  };
  if (!article.id)
    article.id = createHash('sha256')
      .update(article.canonicalUrl ?? article.url ?? article.contentHash)
      .digest('hex')
      .slice(0, 16);
  return article;
}

/** Builds an Analysis with the given entities and speakers (one attribution per speaker). */
export function makeAnalysis(
  entities: Array<Pick<Entity, 'kind' | 'name'> & { aliases?: string[] }>,
  speakers: string[] = [],
): Analysis {
  const full: Entity[] = entities.map((e, i) => ({
    id: `e${i}`,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases ?? [],
    mentions: [],
  }));
  return {
    version: 'test',
    sentences: [],
    entities: full,
    attributions: speakers.map((name, i) => {
      const entity = full.find((e) => e.name === name || e.aliases.includes(name));
      return {
        id: `a${i}`,
        speaker: { entityId: entity?.id ?? null, name, text: name, anonymous: false },
        via: [],
        cue: 'said',
        content: 'something',
        quote: null,
        span: { start: 0, end: 1 },
        contentSpan: { start: 0, end: 1 },
      };
    }),
    quantities: [],
    dates: [],
  };
}
