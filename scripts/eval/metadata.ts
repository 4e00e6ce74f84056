/**
 * Metadata gate: our metadata, bylines and dates against Readability's expected metadata on its test pages
 * (shared/data/readability-test-pages, 130 pages). Every metric is an agreement rate in 0…1:
 *
 * - title, excerpt (our description), site_name: equal after trimming and collapsing white space; a missing
 *   value and "" are the same. Our titles strip " | Site" suffixes that Readability keeps, so title < 1 by design.
 * - byline: Readability's bylines are raw page text ("By Nathan Willis\n March 25, 2015"), ours are names, so
 *   both sides go through the same rule: the expected byline is cleaned with `cleanByline` (given the expected
 *   site name) and joined with ", "; our `authors` are joined with ", "; equal strings agree (both empty too).
 * - published_day: on the pages whose expected `publishedTime` is known (33), the day part (first 10
 *   characters) of our `publishedAt` equals that of the expected value.
 *
 * Skipped when the data is absent.
 */
import { loadReadabilityPages } from '../../bench/lib/readability-pages.js';
import type { Gate, GateResult } from '../eval.js';
import { cleanByline } from '../../src/extract/byline/byline.js';
import { findDates } from '../../src/extract/dates/dates.js';
import { parseDocument } from '../../src/extract/dom/tree.js';
import { extractMetadata } from '../../src/extract/metadata/metadata.js';

/** The URL the upstream tests give every page. */
const PAGE_URL = 'http://fakehost/test/page.html';
/** The data's commit date: a fixed clock keeps the "not in the future" check reproducible. */
const NOW = new Date('2026-07-09T00:00:00Z');

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

export const gate: Gate = {
  name: 'metadata',
  async run(): Promise<GateResult> {
    const corpus = loadReadabilityPages();
    if (!corpus) return { metrics: {}, skipped: 'shared/data/readability-test-pages not found' };
    const agree = { title: 0, byline: 0, excerpt: 0, siteName: 0, day: 0 };
    let pages = 0;
    let dated = 0;
    for (const page of corpus) {
      const want = page.expected;
      const doc = parseDocument(page.html);
      const meta = extractMetadata(doc, PAGE_URL);
      pages++;
      if (norm(meta.title) === norm(want.title)) agree.title++;
      if (norm(meta.description) === norm(want.excerpt)) agree.excerpt++;
      if (norm(meta.siteName) === norm(want.siteName)) agree.siteName++;
      const wantAuthors = want.byline ? cleanByline(want.byline, { siteName: want.siteName }).join(', ') : '';
      if (meta.authors.join(', ') === wantAuthors) agree.byline++;
      if (want.publishedTime) {
        dated++;
        const got = findDates(doc, meta, PAGE_URL, { now: NOW }).publishedAt;
        if (got?.slice(0, 10) === want.publishedTime.slice(0, 10)) agree.day++;
      }
    }
    if (!pages) return { metrics: {}, skipped: 'no pages in readability-test-pages' };
    return {
      metrics: {
        title: agree.title / pages,
        byline: agree.byline / pages,
        excerpt: agree.excerpt / pages,
        site_name: agree.siteName / pages,
        published_day: dated ? agree.day / dated : 0,
      },
    };
  },
};
