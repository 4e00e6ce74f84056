import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../store/port.js';
import type { Analysis, Article } from '../../vocabulary.js';
import { publishConfig } from '../config.js';
import { makeAnalysis, makeArticle } from '../testing/fixtures.js';
import { articlePage } from './article-page.js';

function page(article: Article, analysis: Analysis | null = null): string {
  const stored: StoredArticle = {
    article,
    analysis,
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

describe('articlePage: entities the text never names', () => {
  it('marks an agency named only in the photo credit as such, not as one the article mentions', () => {
    const analysis = makeAnalysis();
    analysis.entities.push(
      { id: 'o3', kind: 'organization', name: 'Lindqvist Press', aliases: [], mentions: [] },
      { id: 'o4', kind: 'organization', name: 'Harwood Group', aliases: [], mentions: [] },
    );
    const article = makeArticle({
      id: 'a',
      leadImage: { url: null, caption: 'A quay at dawn', credit: 'Photo: Lindqvist Press/Pool', alt: null },
    });
    const html = page(article, analysis);
    const chip = (name: string) => new RegExp(`>${name}(?: <span class="meta">[^<]*</span>)?</a`).exec(html)?.[0];
    expect(chip('Lindqvist Press')).toBe('>Lindqvist Press <span class="meta">(photo credit only)</span></a');
    expect(chip('Harwood Group')).toBe('>Harwood Group <span class="meta">(not named in the text)</span></a');
    // A name the body prints keeps a plain chip.
    expect(chip('TASS')).toBe('>TASS</a');
  });
});
