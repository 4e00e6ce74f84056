import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom/tree.js';
import { extractMetadata } from '../metadata/metadata.js';
import { findDates } from './dates.js';
import { ownPartDate } from './title-date.js';
import { dayOf } from './parts.js';

const now = new Date('2024-06-01T12:00:00Z');
const dayIn = (text: string, lang: string | null = null): string | null => {
  const d = ownPartDate(text, lang);
  return d ? dayOf(d) : null;
};

describe('ownPartDate', () => {
  it.each([
    ['Harbour budget passes - 07.12.2017 - The Daily Post', '2017-12-07'],
    ['Field notes | 12 March 2019', '2019-03-12'],
    ['Field notes | Tuesday, 12 March 2019, 14:02', '2019-03-12'],
    ['12/03/2019: field notes from the coast', '2019-12-03'],
    ['Neue Brücke eröffnet (3. März 2021)', '2021-03-03'],
  ])('reads %j', (title, day) => {
    expect(dayIn(title)).toBe(day);
  });
  it.each([
    'What changed on 12 March 2019 | The Daily Post',
    'Weekly edition for March 26, 2015',
    'Field notes | Updated 12 March 2019',
    'Field notes | The March 2019 floods',
  ])('finds no date of its own in %j', (title) => {
    expect(dayIn(title)).toBeNull();
  });
});

describe('findDates with a date only in the title', () => {
  const datesOf = (html: string, url: string | null = null) => {
    const doc = parseDocument(html);
    return findDates(doc, extractMetadata(doc, url), url, { now });
  };
  it('reads the title’s date part when the page prints no other date', () => {
    const html =
      '<title>Harbour budget passes - 07.12.2017 - The Daily Post</title><h1>Harbour budget passes</h1><p>Text.</p>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2017-12-07', publishedVia: 'title' });
  });
  it('prefers the address’s date to the title’s', () => {
    const html = '<title>Notes | 12 March 2019</title><h1>Notes</h1><p>Text.</p>';
    expect(datesOf(html, 'https://example.org/2019/03/11/notes/').publishedAt).toBe('2019-03-11');
  });
});
