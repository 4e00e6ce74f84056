import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom/tree.js';
import { extractMetadata } from '../metadata/metadata.js';
import { findDates } from './dates.js';
import { yearlessDates } from './yearless.js';

const now = new Date('2024-06-01T12:00:00Z');
const datesOf = (html: string, url: string | null = null) => {
  const doc = parseDocument(html);
  return findDates(doc, extractMetadata(doc, url), url, { now });
};
const page = (byline: string, foot = '© 2019 The Valley Courier') =>
  `<article><h1>Mill reopens</h1><div class="byline">${byline}</div><p>The old mill reopened.</p></article>` +
  `<footer>${foot}</footer>`;

describe('yearlessDates', () => {
  it.each([
    ['Posted March 3', 'en', { month: 3, day: 3, time: null }],
    ['March 18 at 3:57 PM', 'en', { month: 3, day: 18, time: { hour: 15, minute: 57, second: 0 } }],
    ['3/9(木) 18:45配信', 'ja', { month: 3, day: 9, time: { hour: 18, minute: 45, second: 0 } }],
    ['3月9日 18:45', null, { month: 3, day: 9, time: { hour: 18, minute: 45, second: 0 } }],
  ])('reads %j', (text, lang, want) => {
    expect(yearlessDates(text, lang)[0]).toMatchObject(want);
  });
  it.each(['today at 9:00', 'Monday', '2 days ago', 'March 3, 2019', '3/9 18:45'])('reads nothing in %j', (text) => {
    expect(yearlessDates(text, 'en')).toEqual([]);
  });
});

describe('findDates with a byline date without a year', () => {
  it('takes the copyright year when it is the only year the page names', () => {
    expect(datesOf(page('By Ann Lee · Posted March 3'))).toMatchObject({
      publishedAt: '2019-03-03',
      publishedVia: 'yearless',
    });
  });
  it('reads an East Asian byline with its time', () => {
    const html = page('<p class="source">Valley News 3/9(木) 18:45配信</p>', 'Copyright (C) 2017 Valley News');
    expect(datesOf(html).publishedAt).toBe('2017-03-09T18:45:00');
  });
  it('prefers the address’s year to the copyright’s', () => {
    expect(datesOf(page('Posted March 3'), 'https://example.org/2018/mill-reopens').publishedAt).toBe('2018-03-03');
  });
  it('gives no date when the address names another month', () => {
    expect(datesOf(page('Posted March 3'), 'https://example.org/2018/04/mill-reopens').publishedAt).toBeNull();
  });
  it('gives no date when the copyright and the modification name different years', () => {
    const html = '<meta property="article:modified_time" content="2018-11-02T10:00:00Z">' + page('Posted March 3');
    expect(datesOf(html).publishedAt).toBeNull();
  });
  it('gives no date when the result would come after the modification', () => {
    const html = '<meta property="article:modified_time" content="2019-02-01T10:00:00Z">' + page('Posted March 3');
    expect(datesOf(html).publishedAt).toBeNull();
  });
  it('gives no date without a year on the page, or for an update', () => {
    expect(datesOf(page('Posted March 3', 'The Valley Courier')).publishedAt).toBeNull();
    expect(datesOf(page('Updated March 3')).publishedAt).toBeNull();
  });
  it('does not read the date of the day in the site’s header', () => {
    const html =
      '<header><div class="date">Monday, June 3</div></header>' +
      '<article><h1>Mill reopens</h1><p>The old mill reopened.</p></article><footer>© 2019 Courier</footer>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
  it('does not read the story’s own "on March 3" as the byline', () => {
    const html =
      '<article><h1>Mill reopens</h1><p>The council voted on March 3 to reopen the mill.</p></article>' +
      '<footer>© 2019 The Valley Courier</footer>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
});
