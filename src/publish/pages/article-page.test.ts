import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../store/port.js';
import type { Article } from '../../vocabulary.js';
import { publishConfig } from '../config.js';
import { makeArticle } from '../testing/fixtures.js';
import { articlePage } from './article-page.js';

function page(article: Article): string {
  const stored: StoredArticle = {
    article,
    analysis: null,
    outlet: 'Example News',
    source: 'saved/page.html',
    ingestedAt: '2023-09-11T12:00:00.000Z',
    updatedAt: '2023-09-11T12:00:00.000Z',
    storyId: null,
    duplicateOf: null,
  };
  return articlePage(stored, publishConfig({ baseUrl: 'https://desk.example' })).value;
}

describe('articlePage: the link to the original', () => {
  it('links where the article was fetched', () => {
    const html = page(makeArticle({ id: 'a', url: 'https://news.example/fetched', canonicalUrl: null }));
    expect(html).toContain('<a href="https://news.example/fetched" rel="noopener noreferrer">Read the original');
  });

  it("links a saved page's canonical address when it was never fetched", () => {
    const html = page(makeArticle({ id: 'a', url: null, canonicalUrl: 'https://news.example/story' }));
    expect(html).toContain('<a href="https://news.example/story" rel="noopener noreferrer">Read the original');
    expect(html).toContain('"isBasedOn":"https://news.example/story"');
  });

  it('shows no link for an address that is not http(s), or none at all', () => {
    expect(page(makeArticle({ id: 'a', url: null, canonicalUrl: 'javascript:alert(1)' }))).not.toContain(
      'Read the original',
    );
    expect(page(makeArticle({ id: 'a', url: null, canonicalUrl: null }))).not.toContain('Read the original');
  });
});
