import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { plainBylineNames } from './plain-byline.js';

describe('plainBylineNames', () => {
  it.each<[string, string]>([
    ['By Jane Roe', 'By Jane Roe'],
    ['BY JANE ROE', 'By JANE ROE'],
    ['By Jane Roe and Tom Quill', 'By Jane Roe and Tom Quill'],
    ['By Jane Roe and Tom Quill, Northline', 'By Jane Roe and Tom Quill'],
    ['By Jane Roe, staff writer', 'By Jane Roe'],
    ['By Anna van der Berg, special correspondent in Kyiv', 'By Anna van der Berg'],
    ['By J. R. Quill.', 'By J. R. Quill'],
  ])('reads %j as a byline', (line, names) => {
    expect(plainBylineNames(line)).toBe(names);
  });

  it.each([
    'By Tuesday the river had risen.',
    'By the end of the year, the ferry ran at a loss.',
    'By contrast, the council held firm.',
    'By New Year, fares had doubled',
    'By Monday Night, the pier was closed',
    'By Friday Evening Jane Roe had gone home',
    'By Jane Roe, who has covered the harbour board for a decade, with help from the night desk',
    'By',
    'Jane Roe',
  ])('does not read %j as a byline', (line) => {
    expect(plainBylineNames(line)).toBeNull();
  });
});

describe('plain paragraph bylines in a page', () => {
  const para = `<p>${'The ferry board met on a windy Tuesday to weigh the fare rise and the new timetable. '.repeat(8)}</p>`;
  const page = (head: string, tail = '') =>
    `<html><head><title>Ferry fares</title></head><body><h1>Ferry fares</h1><div class="story">${head}${para}${para}${tail}</div></body></html>`;

  it.each<[string, string, string, string[]]>([
    ['under the headline', '<p>By Jane Roe</p>', '', ['Jane Roe']],
    [
      'at the start of the text, two names and an outlet',
      '<p>By Jane Roe and Tom Quill, Northline</p>',
      '',
      ['Jane Roe', 'Tom Quill'],
    ],
    ['after a standfirst', '<p>The fare rise splits the board.</p><p>By Jane Roe, staff writer</p>', '', ['Jane Roe']],
    ['closing the text', '', '<p>By Jane Roe</p>', ['Jane Roe']],
  ])('finds the author %s', (_where, head, tail, names) => {
    const out = extract({ html: page(head, tail) });
    expect(out.ok && out.article.authors).toEqual(names);
    // Like a class-marked byline, the line is not left in the text.
    expect(out.ok && out.article.body.text).not.toMatch(/By Jane Roe/);
  });

  it.each(['<p>By Tuesday the river had risen.</p>', '<p>By contrast, the council held firm.</p>'])(
    'takes no author from %j and keeps it in the text',
    (head) => {
      const out = extract({ html: page(head) });
      expect(out.ok && out.article.authors).toEqual([]);
      expect(out.ok && out.article.body.text.startsWith(head.slice(3, -4))).toBe(true);
    },
  );

  it('does not read a "By" line in the middle of the text', () => {
    const out = extract({ html: page(`${para}${para}<p>By Jane Roe</p>`) });
    expect(out.ok && out.article.authors).toEqual([]);
  });

  it('prefers a class-marked byline', () => {
    const out = extract({ html: page('<p>By Jane Roe</p><span class="byline">Tam Quill</span>') });
    expect(out.ok && out.article.authors).toEqual(['Tam Quill']);
  });
});
