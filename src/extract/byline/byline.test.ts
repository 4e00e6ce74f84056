import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { cleanByline } from './byline.js';

describe('cleanByline', () => {
  const cases: ReadonlyArray<[string, string[]]> = [
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe', ['Jane Doe', 'John Roe']],
    ['By JANE DOE | Reuters', ['Jane Doe']],
    ['Jane Doe • 3 min read', ['Jane Doe']],
    ['By Jane Doe Updated 3:45 PM EST, Mon March 4, 2024', ['Jane Doe']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Reporting by Jane Doe and Max Roe; Editing by Bob Smith', ['Jane Doe', 'Max Roe']],
    ['By Jane Doe jane.doe@example.com @janedoe', ['Jane Doe']],
    ['Jane Doe https://twitter.com/janedoe', ['Jane Doe']],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['By Brenda  Goodman, MA\n   WebMD Health News', ['Brenda Goodman']],
    ['Written by Rob Ewaschuk\n   Edited by Betsy Beyer', ['Rob Ewaschuk']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['肖春芳', ['肖春芳']],
    ['Jane Doe, The Guardian', ['Jane Doe']],
    ['By Jane Doe and jane doe', ['Jane Doe']],
    ['Ludwig van Beethoven', ['Ludwig van Beethoven']],
    // A surname that is a role word is not cut off, leaving the first name alone.
    ['By Bad Author', ['Bad Author']],
    ['Jane Writer and Tom Editor', ['Jane Writer', 'Tom Editor']],
    ['Mira Quell Author', ['Mira Quell']],
  ];
  it.each(cases)('cleans %j', (raw, names) => {
    expect(cleanByline(raw)).toEqual(names);
  });

  it.each([
    'April 28, 2019 at 6:01 am Updated April 29, 2019',
    'Last Updated: January 7, 2025',
    'BBC News',
    'Follow Author',
    '',
  ])('finds no author in %j', (raw) => {
    expect(cleanByline(raw)).toEqual([]);
  });

  // House bylines stay whole (an organization credit), never cut into a false person.
  it.each<[string, string[]]>([
    ['Northline staff', ['Northline staff']],
    ['By Northline staff · 2026-09-09', ['Northline staff']],
    ['AP staff', ['AP staff']],
    ['By the Metro Desk', ['Metro Desk']],
    ['By the Northline Desk', ['Northline Desk']],
    ['Northline Staff Writers', ['Northline Staff Writers']],
    ['NORTHLINE STAFF', ['Northline Staff']],
    ['Staff reporter', ['Staff reporter']],
    ['By Staff Writers | Northline Wire', ['Staff Writers']],
  ])('keeps the house byline %j', (raw, names) => {
    expect(cleanByline(raw, { siteName: 'Northline Wire' })).toEqual(names);
  });

  it.each<[string, string[]]>([
    ['Jane Doe, Northline Staff', ['Jane Doe']], // an affiliation when a person is named
    ['Jane Doe Staff Writer', ['Jane Doe']], // a singular title after a name is a role
    ['Senior Staff', []], // role words own nothing
    ['Our Foreign Staff', []],
  ])('does not take %j for a house byline', (raw, names) => {
    expect(cleanByline(raw)).toEqual(names);
  });

  it('drops the page’s own site name', () => {
    expect(cleanByline('Jane Doe | Acme Chronicle', { siteName: 'Acme Chronicle' })).toEqual(['Jane Doe']);
    expect(cleanByline('Acme Chronicle', { siteName: 'Acme Chronicle' })).toEqual([]);
  });
});

describe('bylines wrapped in bold or strong', () => {
  const para = `<p>${'The ferry board met on a windy Tuesday to weigh the fare rise and the new timetable. '.repeat(8)}</p>`;
  const page = (byline: string) =>
    `<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares</h1>${byline}${para}${para}</article></body></html>`;
  it.each<[string, string[]]>([
    ['<p class="byline">By <b>Bad Author</b></p>', ['Bad Author']],
    ['<p class="byline">By <b>Jane Roe</b></p>', ['Jane Roe']],
    ['<span class="author"><strong>Olu Writer</strong></span>', ['Olu Writer']],
    ['<div class="byline"><strong>Tam Quill</strong>, <b>Ade Editor</b></div>', ['Tam Quill', 'Ade Editor']],
  ])('reads the whole name in %j', (byline, names) => {
    const out = extract({ html: page(byline) });
    expect(out.ok && out.article.authors).toEqual(names);
  });
});
