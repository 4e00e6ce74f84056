import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom/tree.js';
import { extractMetadata } from '../metadata/metadata.js';
import { findDates } from './dates.js';

const now = new Date('2024-06-01T12:00:00Z');
const datesOf = (html: string) => {
  const doc = parseDocument(html);
  return findDates(doc, extractMetadata(doc, null), null, { now });
};

describe('a line that is only a date', () => {
  it('dates a post whose theme prints its date unmarked', () => {
    const html =
      '<div class="post"><h3>Walking the ridge</h3><p>03.03.2021</p><p>We set out early and walked all day.</p></div>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2021-03-03', publishedVia: 'line' });
  });
  it('reads a date beside a name after a separator, and a time', () => {
    const html = '<div class="post"><h3>Ridge</h3><div>Fern Ode | March 3, 2021 at 2:02 pm</div><p>Text.</p></div>';
    expect(datesOf(html).publishedAt).toBe('2021-03-03T14:02:00');
  });
  it.each([
    ['a date inside a sentence', '<p>The council met on March 3, 2021.</p>'],
    ['a table of fixtures', '<table><tr><td>03.03.2021</td><td>Rovers 2–1 United</td></tr></table>'],
    ['a sidebar', '<div class="sidebar"><p>03.03.2021</p></div>'],
    ['a comment', '<div class="comment"><p>03.03.2021</p><p>Nice walk!</p></div>'],
    ['the site header', '<header><p>Wednesday, 3 March 2021</p></header>'],
    ['an update', '<p>Updated 03.03.2021</p>'],
    ['a date-only element inside a sentence', '<p>Map, retrieved <span>2021-03-03</span>.</p>'],
  ])('takes no date from %s', (_, part) => {
    expect(datesOf(`<div class="post"><h3>Ridge</h3>${part}<p>We set out early.</p></div>`).publishedAt).toBeNull();
  });
});
