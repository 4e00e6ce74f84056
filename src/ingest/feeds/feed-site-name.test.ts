import { describe, expect, it } from 'vitest';
import { siteNameOfFeedTitle } from './feed-site-name.js';

describe('siteNameOfFeedTitle', () => {
  it.each([
    ['Riverbend Post — World', 'Riverbend Post'],
    ['Riverbend Post - Latest', 'Riverbend Post'],
    ['Riverbend Post: Home', 'Riverbend Post'],
    ['Riverbend Post | Top Stories', 'Riverbend Post'],
    ['Riverbend Post – World – Latest News', 'Riverbend Post'],
    ['Top stories - Google News', 'Google News'],
    ['Riverbend Post', 'Riverbend Post'],
    ['  Riverbend   Post  ', 'Riverbend Post'],
  ])('%j → %j', (title, site) => expect(siteNameOfFeedTitle(title)).toBe(site));

  it('keeps a title that is a name throughout, and gives none for a title that is all section', () => {
    expect(siteNameOfFeedTitle("Tom's Diner: Notes From the Counter")).toBe("Tom's Diner: Notes From the Counter");
    expect(siteNameOfFeedTitle('Wall-Street Gazette')).toBe('Wall-Street Gazette');
    expect(siteNameOfFeedTitle('Latest news')).toBeNull();
    expect(siteNameOfFeedTitle('World - Latest')).toBeNull();
    expect(siteNameOfFeedTitle('')).toBeNull();
    expect(siteNameOfFeedTitle(null)).toBeNull();
  });
});
