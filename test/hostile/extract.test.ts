/**
 * Hostile metadata through extract(): impossible and out-of-range dates, JSON-LD that cycles through @id or
 * nests 20,000 deep, thousands of JSON-LD blocks, megabyte attributes, script injection in metadata. Each page
 * finishes, keeps its body, never carries an impossible date, and never lets script through.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';

const paragraph = 'The council voted on Tuesday to reopen the harbour bridge after three months of repairs. ';
const body = `<article><h1>Harbour reopens</h1><p>${paragraph.repeat(10)}</p></article>`;
const page = (head: string, extraBody = '') =>
  `<html><head><title>Harbour reopens</title>${head}</head><body>${extraBody}${body}</body></html>`;
const ld = (json: unknown) =>
  `<script type="application/ld+json">${typeof json === 'string' ? json : JSON.stringify(json)}</script>`;

/** ISO 8601 with a four-digit year and a real calendar day, or date-only. */
function plausible(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === m[0];
}

const cases: readonly [string, string][] = [
  [
    'years 99999 and -44, extreme ECMAScript dates',
    page(
      '<meta property="article:published_time" content="99999-01-01T00:00:00Z"><meta name="date" content="-0044-03-15">' +
        ld({ '@type': 'NewsArticle', datePublished: '+275760-09-14T00:00:00Z', dateModified: '-271821-04-19' }),
    ),
  ],
  [
    'zero and impossible calendar days',
    page(
      '<meta property="article:published_time" content="0000-00-00T00:00:00Z"><meta itemprop="datePublished" content="2024-02-30">',
    ),
  ],
  [
    'dates of the wrong JSON type',
    page(
      ld({ '@type': 'NewsArticle', datePublished: 1e20, dateModified: ['x', null, 5] }) +
        ld({ '@type': 'NewsArticle', datePublished: { '@value': {} } }),
    ),
  ],
  [
    'an @id cycle through author, publisher and isPartOf',
    page(
      ld({
        '@graph': [
          {
            '@id': '#a',
            '@type': 'NewsArticle',
            author: { '@id': '#b' },
            isPartOf: { '@id': '#a' },
            publisher: { '@id': '#a' },
          },
          { '@id': '#b', '@type': 'Person', name: { '@id': '#b' }, worksFor: { '@id': '#a' } },
        ],
      }),
    ),
  ],
  [
    'JSON-LD objects nested 20,000 deep',
    page(ld('{"@type":"NewsArticle","author":'.repeat(20_000) + '{"name":"x"}' + '}'.repeat(20_000))),
  ],
  ['JSON-LD arrays nested 50,000 deep', page(ld('['.repeat(50_000) + '1' + ']'.repeat(50_000)))],
  ['truncated JSON-LD', page(ld('{"@type":"NewsArticle","headline":"Harb'))],
  [
    '2,000 JSON-LD blocks',
    page(
      Array.from({ length: 2_000 }, (_, i) =>
        ld({ '@type': 'NewsArticle', headline: `H${i}`, author: { '@type': 'Person', name: `Ann Lee ${i}` } }),
      ).join(''),
    ),
  ],
  [
    'a 50,000-author list',
    page(
      ld({
        '@type': 'NewsArticle',
        author: Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Person', name: `Person ${i}` })),
      }),
    ),
  ],
  [
    'megabyte meta attributes',
    page(
      `<meta name="author" content="${'A'.repeat(1_000_000)}"><meta property="og:title" content="${'T '.repeat(500_000)}">`,
    ),
  ],
  [
    'script in metadata and body',
    page(
      '<meta property="og:title" content="<script>alert(1)</script>"><meta name="author" content="javascript:alert(1)">' +
        ld({
          '@type': 'NewsArticle',
          headline: '</script><script>alert(1)</script>',
          image: 'javascript:alert(1)',
          url: 'javascript:alert(1)',
        }),
      '<p><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a><iframe src="http://169.254.169.254/"></iframe><svg onload="alert(1)"></svg></p>',
    ),
  ],
  [
    'runaway bylines and datelines',
    `<html><body><article><p class="byline">By ${'Smith, '.repeat(20_000)}</p><p class="dateline">${'LONDON, '.repeat(20_000)} — x</p>${body}</article></body></html>`,
  ],
];

describe('extract on hostile metadata', () => {
  it.each(cases)('%s: finishes with the body and sane metadata', (_name, html) => {
    const out = extract({ html, url: 'https://example.com/a' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const a = out.article;
    expect(a.body.text).toContain('harbour bridge');
    for (const date of [a.publishedAt, a.modifiedAt]) if (date !== null) expect(plausible(date), date).toBe(true);
    expect(a.body.html).not.toMatch(/<script|<iframe|\son\w+=|javascript:/i);
    for (const url of [a.url, a.canonicalUrl, a.leadImage?.url ?? null]) if (url) expect(url).toMatch(/^https?:\/\//);
    expect((a.title ?? '').length).toBeLessThan(2_000);
    for (const author of a.authors) expect(author.length).toBeLessThan(200);
    expect(a.authors.length).toBeLessThan(100);
  });
});

describe('extract under deep nesting', () => {
  const nested = (depth: number) =>
    `<html><body>${'<div>'.repeat(depth)}<article><p>${paragraph.repeat(8)}</p><p>${paragraph.repeat(6)}</p></article>${'</div>'.repeat(depth)}</body></html>`;

  it('finds the article inside 100 wrappers', () => {
    const out = extract({ html: nested(100) });
    expect(out.ok && out.article.body.text).toContain('harbour bridge');
  });

  it('finds the article inside 500 wrappers', () => {
    const out = extract({ html: nested(500) });
    expect(out.ok && out.article.body.text).toContain('harbour bridge');
  });

  it('100,000 wrappers end in a result, not a stack overflow', () => {
    const out = extract({ html: nested(100_000) });
    if (!out.ok) expect(out.message).toMatch(/^extract: /);
  });
});
