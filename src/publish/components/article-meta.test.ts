import { describe, expect, it } from 'vitest';
import { makeArticle } from '../testing/fixtures.js';
import { articleMeta, summaryOf } from './article-meta.js';

const meta = (overrides: Parameters<typeof makeArticle>[0]) =>
  articleMeta({
    article: makeArticle(overrides),
    outlet: 'Example News',
    pageUrl: 'https://desk.example/article/a1',
    siteName: 'Dateline',
  }).toString();

describe('article head metadata', () => {
  it("uses the publisher's description for search engines and share cards", () => {
    const head = meta({ id: 'a1' });
    expect(head).toContain('<meta name="description" content="The leader travels to Russia for a summit." />');
    expect(head).toContain('<meta property="og:description" content="The leader travels to Russia for a summit." />');
  });

  it('falls back to the first paragraph, cut at a word, when the page gave no description', () => {
    const long = `The ferry to the outer islands ran again on Tuesday, ${'after weeks of storms that kept it in port, '.repeat(6)}the operator said.`;
    const a = makeArticle({ id: 'a2', description: null, body: { html: '', text: long, paragraphs: ['', long] } });
    const summary = summaryOf(a);
    expect(summary.startsWith('The ferry to the outer islands ran again on Tuesday, after weeks')).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(201);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
    expect(summary).not.toMatch(/[ ,]…$/);
    const head = meta({ id: 'a2', description: null, body: { html: '', text: long, paragraphs: [long] } });
    expect(head).toContain(`<meta name="twitter:description" content="${summary}" />`);
    expect(head).not.toContain('content=""');
  });

  it('writes no description tags rather than empty ones for an article without text', () => {
    const head = meta({ id: 'a3', description: null, body: { html: '', text: '', paragraphs: [] } });
    expect(head).not.toContain('description');
  });
});
