import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom/tree.js';
import { extractMetadata } from '../metadata/metadata.js';
import { findDates } from './dates.js';
import { parseTextDates } from './parse-text.js';
import { parseMachineDate } from './parse-machine.js';
import { formatIso } from './parts.js';

const now = new Date('2024-06-01T12:00:00Z');

function datesOf(html: string, url: string | null = null, published?: string) {
  const doc = parseDocument(html);
  return findDates(doc, extractMetadata(doc, url), url, { now, published: published ?? null });
}

describe('parseMachineDate', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2024-06-25', '2024-06-25'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13T21:30:09-05:00'],
  ])('keeps the publisher’s offset in %j', (raw, iso) => {
    expect(formatIso(parseMachineDate(raw)!)).toBe(iso);
  });
});

describe('parseTextDates', () => {
  it.each([
    ['Published March 3, 2024', 'en', '2024-03-03'],
    ['3 March 2024', 'en', '2024-03-03'],
    ['03.04.2024', 'de', '2024-04-03'],
    ['3. März 2024', 'de', '2024-03-03'],
    ['12 mars 2024', 'fr', '2024-03-12'],
    ['3 de marzo de 2024', 'es', '2024-03-03'],
    ['2024年3月3日', 'ja', '2024-03-03'],
    ['3 marca 2024', 'pl', '2024-03-03'],
    ['3. března 2024', null, '2024-03-03'],
    ['12 mars 2024', null, '2024-03-12'],
    ['2024년 3월 3일', null, '2024-03-03'],
    ['2024. 3. 3. 오후 2:02', 'ko', '2024-03-03'],
    ['2024.03.03 14:02', null, '2024-03-03'],
    ['3 tháng 3 năm 2024', 'vi', '2024-03-03'],
    ['3 марта 2024 года', null, '2024-03-03'],
    ['Mar 3 Sun 2024 10:05', 'en', '2024-03-03'],
    ['Sunday, 3 March 2024, 10:05', 'en', '2024-03-03'],
    ['3 مارس 2024', 'ar', '2024-03-03'],
    ['٣ آذار ٢٠٢٤', 'ar', '2024-03-03'],
    ['3 مارس 2024', null, '2024-03-03'],
  ] as const)('reads %j', (text, lang, day) => {
    expect(formatIso(parseTextDates(text, lang)[0]!.parts).slice(0, 10)).toBe(day);
  });
  it('ignores dates that need a reference ("on Monday", "2 hours ago", "March 3")', () => {
    expect(parseTextDates('on Monday, 2 hours ago, and on March 3', 'en')).toEqual([]);
  });
});

describe('findDates', () => {
  it('prefers JSON-LD datePublished and keeps its offset', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-03T23:30:00-05:00","dateModified":"2024-03-04T08:00:00-05:00"}</script>`;
    expect(datesOf(html)).toMatchObject({
      publishedAt: '2024-03-03T23:30:00-05:00',
      modifiedAt: '2024-03-04T08:00:00-05:00',
    });
  });
  it('rejects a date in the future and falls through to the next source', () => {
    const html = `<meta property="article:published_time" content="2031-01-01T00:00:00Z"><article><h1>T</h1><time datetime="2024-05-30">May 30</time></article>`;
    expect(datesOf(html).publishedAt).toBe('2024-05-30');
  });
  it('rejects dates before 1995', () => {
    expect(datesOf('<meta name="date" content="1970-01-01">').publishedAt).toBeNull();
  });
  it('reads the byline block under the headline and skips the update', () => {
    const html =
      '<article><h1>Headline</h1><p class="x">Updated March 5, 2024. Published 4 March 2024</p><p>Body</p></article>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2024-03-04' });
  });
  it('ignores dates in comments and related lists', () => {
    const html =
      '<article><h1>Headline</h1><p>No date here.</p></article><div class="comments"><time datetime="2024-01-02">x</time></div>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
  it('falls back to the URL, then to the caller', () => {
    expect(datesOf('<p>x</p>', 'https://news.test/2024/03/03/slug').publishedAt).toBe('2024-03-03');
    expect(datesOf('<p>x</p>', 'https://news.test/a', '2023-09-11').publishedAt).toBe('2023-09-11');
    expect(datesOf('<p>x</p>', 'https://news.test/a').publishedAt).toBeNull();
  });
  it('uses the caller’s date only when the page has none', () => {
    expect(datesOf('<meta name="date" content="2024-02-02">', null, '2023-09-11').publishedAt).toBe('2024-02-02');
  });
  it('prefers the same instant with the publisher’s offset over UTC', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-02-24T01:18:13Z"}</script><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`;
    expect(datesOf(html).publishedAt).toBe('2017-02-23T17:18:13-08:00');
  });
  it('completes a floating time with the offset another tag gives for the same wall-clock time', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-04-30T07:19:58"}</script><meta property="article:published_time" content="2015-04-30T07:19:58+02:00">`;
    expect(datesOf(html).publishedAt).toBe('2015-04-30T07:19:58+02:00');
  });
  it('works without a document (text dumps)', () => {
    expect(findDates(null, null, null, { now }).publishedAt).toBeNull();
  });
});

describe('page regions', () => {
  it('does not discard the wrappers that hold the headline, whatever their class names', () => {
    const html =
      '<body class="nav-closed"><div id="pageWithSidebar" class="wrap ad_slot"><h1>Council backs the new bridge</h1>' +
      '<p>Tuesday 4 June 2019 by A. Writer</p><p>Body text.</p></div></body>';
    expect(datesOf(html).publishedAt).toBe('2019-06-04');
  });
  it('still discards a sidebar that does not hold the headline', () => {
    const html =
      '<div><h1>Council backs the new bridge</h1><p>No date printed.</p></div>' +
      '<div class="sidebar"><time datetime="2019-05-01">May 1</time></div>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
  it('reads the date in the article’s own footer, and an <abbr title> value', () => {
    const html =
      '<h1>My blog</h1><div itemscope itemtype="http://schema.org/BlogPosting"><h3>A walk by the lake</h3>' +
      '<p>Text of the post.</p><div class="post-footer widget">Posted at ' +
      '<abbr class="published" itemprop="datePublished" title="2016-04-02T09:15:00-07:00">9:15 AM</abbr></div>' +
      '<div class="comments"><abbr itemprop="datePublished" title="2016-04-09T10:00:00-07:00">x</abbr></div></div>';
    expect(datesOf(html).publishedAt).toBe('2016-04-02T09:15:00-07:00');
  });
  it('ignores the dates of embedded items that are not the story (a video, a comment)', () => {
    const html =
      '<h1>Harbour ferry returns</h1><div itemscope itemtype="https://schema.org/VideoObject">' +
      '<meta itemprop="datePublished" content="2017-02-11"><span itemprop="name">Ferry tour</span></div>' +
      '<p>The ferry runs again.</p><p>Published <time itemprop="datePublished" datetime="2019-08-30">Aug 30</time></p>';
    expect(datesOf(html).publishedAt).toBe('2019-08-30');
  });
  it('ignores the birthday or founding date of an infobox or hCard', () => {
    const html =
      '<h1>Acme Corporation</h1><table class="infobox"><tr><td>Founded <span class="published">2001-03-05</span></td></tr></table>' +
      '<p>Acme makes anvils. <span class="bday dtstart published">2001-03-05</span></p>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
});

describe('dates in addresses', () => {
  it('reads a month abbreviation in the path', () => {
    expect(datesOf('<p>x</p>', 'https://paper.test/world/2021/feb/07/a-story').publishedAt).toBe('2021-02-07');
  });
  it.each([
    ['https://paper.test/news/story-20210207.html', '2021-02-07'],
    ['https://paper.test/world/2021-02/07/c_112.htm', '2021-02-07'],
    ['https://paper.test/n1/2021/0207/c1001-3204.html', '2021-02-07'],
    ['https://paper.test/item/202102071234.html', null],
  ])('reads the compact and Chinese date paths of %s', (url, day) => {
    expect(datesOf('<p>x</p>', url).publishedAt).toBe(day);
  });
  it('falls back to the canonical link when the fetched address has no date', () => {
    const html = '<link rel="canonical" href="https://paper.test/local/2018/10/02/story.html"><p>x</p>';
    expect(datesOf(html, 'https://short.test/abc').publishedAt).toBe('2018-10-02');
  });
});

describe('byline cues anywhere in the page', () => {
  it('reads the date after "Posted by … on" when the headline is no <h1>', () => {
    const html =
      '<div class="post"><h2>Weekly notes #12</h2><div>Posted by Ann, Bo and Cy on 2021-06-04, ' +
      '<a href="/notes">all notes</a></div><p>Text of the notes.</p></div>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2021-06-04', publishedVia: 'cue' });
  });
  it('reads other languages’ cues', () => {
    const html = '<h2>Neue Brücke</h2><p>Veröffentlicht am 3. März 2024 von Eva Beispiel</p><p>Text.</p>';
    expect(datesOf(html).publishedAt).toBe('2024-03-03');
  });
  it('does not take an update for the publication', () => {
    const html = '<h2>Notes</h2><p>Posted here | Updated 5 May 2021</p><p>Text.</p>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
});

describe('more publication and modification tags', () => {
  it.each([
    ['<meta name="published" content="2019-11-18T11:30:00Z">', '2019-11-18T11:30:00Z'],
    ['<meta name="pub_date" content="2019-11-19T12:48:14+00:00">', '2019-11-19T12:48:14+00:00'],
    ['<meta name="DCSext.articleFirstPublished" content="2017-11-16 11:13">', '2017-11-16T11:13:00'],
    ['<meta name="ptime" content="20170113083004">', '2017-01-13T08:30:04'],
    ['<meta name="pdate" content="20170113">', '2017-01-13'],
  ])('reads %s', (html, iso) => {
    expect(datesOf(html).publishedAt).toBe(iso);
  });
  it('reads compact and plain modification tags', () => {
    const html = '<meta name="pdate" content="20170113"><meta name="utime" content="20170114093000">';
    expect(datesOf(html).modifiedAt).toBe('2017-01-14T09:30:00');
  });
});

describe('byline cues in prose', () => {
  it('ignores "published" in a paragraph of the story', () => {
    const html =
      '<h2>Sleep and memory</h2><p>Researchers have long suspected a link. The study, published March 3, 2019 in a ' +
      'journal of sleep medicine, followed two hundred volunteers over a year and found that those who slept ' +
      'longer remembered more of what they had read the day before, the authors said in a statement.</p>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
  it('reads a cue whose label and date sit in separate elements', () => {
    const html = '<h2>Notes</h2><div class="x"><span>Published:</span> <span>June 4, 2021</span></div><p>Text.</p>';
    expect(datesOf(html).publishedAt).toBe('2021-06-04');
  });
});

describe('dateCreated and uploadDate', () => {
  const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  it('reads a JSON-LD dateCreated only when no source gives a datePublished', () => {
    const created = ld({ '@type': 'NewsArticle', dateCreated: '2022-04-06T09:00:00Z' });
    expect(datesOf(created)).toMatchObject({ publishedAt: '2022-04-06T09:00:00Z', publishedVia: 'created' });
    const og = '<meta property="article:published_time" content="2022-04-05T18:00:00+02:00">';
    expect(datesOf(created + og).publishedAt).toBe('2022-04-05T18:00:00+02:00');
  });
  it('prefers the page’s itemprop datePublished to a JSON-LD dateCreated', () => {
    const html =
      ld({ '@type': 'NewsArticle', dateCreated: '2022-04-07T01:00:00Z' }) +
      '<article><h1>Ferry strike ends</h1><time itemprop="datePublished" datetime="2022-04-06">6 April 2022</time></article>';
    expect(datesOf(html).publishedAt).toBe('2022-04-06');
  });
  it('reads microdata dateCreated after datePublished', () => {
    const html =
      '<article itemscope itemtype="https://schema.org/Article"><h1>Harbour works</h1>' +
      '<meta itemprop="dateCreated" content="2022-04-01"><meta itemprop="datePublished" content="2022-04-03"></article>';
    expect(datesOf(html).publishedAt).toBe('2022-04-03');
  });
  it('dates a video page by its one video’s upload, not a page with several videos', () => {
    const video = (day: string) => ({ '@type': 'VideoObject', name: 'Flood footage', uploadDate: day });
    expect(datesOf(ld(video('2022-04-08'))).publishedAt).toBe('2022-04-08');
    expect(datesOf(ld({ '@graph': [video('2022-04-08'), video('2021-01-02')] })).publishedAt).toBeNull();
    const article = ld({ '@graph': [{ '@type': 'NewsArticle', headline: 'Flood' }, video('2021-01-02')] });
    expect(datesOf(article).publishedAt).toBeNull();
  });
});

describe('original publication over updates', () => {
  it('takes the first publication when the byline prints the update first', () => {
    const html =
      '<article><h1>Bridge reopens</h1><div class="meta">Updated 9 May 2021 · First published 3 May 2021</div>' +
      '<p>Text.</p></article>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2021-05-03', modifiedAt: '2021-05-09' });
  });
  it('takes a visible publication over a machine modification date', () => {
    const html =
      '<meta property="article:modified_time" content="2021-05-09T10:00:00Z">' +
      '<article><h1>Bridge reopens</h1><p class="byline">By Ann Lee, 3 May 2021</p><p>Text.</p></article>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2021-05-03', modifiedAt: '2021-05-09T10:00:00Z' });
  });
});

describe('bylines split across elements', () => {
  it('reads a date whose parts sit in adjacent spans, a weekday between day and year', () => {
    const html =
      '<h1>Autumn colours</h1><ul><li class="publish"><span class="month">Dec</span><span class="date">28</span>' +
      '<span class="day">Sat</span><span class="year">2013</span><span class="time">00:28</span></li></ul><p>Text.</p>';
    expect(datesOf(html).publishedAt).toBe('2013-12-28T00:28:00');
  });
  it('reads a weekday, day and time printed in separate elements', () => {
    const html =
      '<h1>Autumn colours</h1><div class="post-date"><span>Saturday,</span><span>28 December 2013,</span>' +
      '<b>14:02</b></div><p>Text.</p>';
    expect(datesOf(html).publishedAt?.slice(0, 10)).toBe('2013-12-28');
  });
});

describe('dates marked in other ways', () => {
  const page = (byline: string) => `<div class="post"><h2>Neue Brücke</h2>${byline}<p>Text.</p></div>`;
  it('reads a two-digit year in a marked date block only', () => {
    expect(datesOf(page('<div class="meta">03.03.21, 14:02 Uhr</div>')).publishedAt).toBe('2021-03-03');
    expect(datesOf(page('<div class="meta">Version 1.2.21</div>')).publishedAt).toBeNull();
    expect(datesOf(page('<p>Am 03.03.21 öffnete die Brücke.</p>')).publishedAt).toBeNull();
  });
  it('reads date blocks whose class names say "date" in German or Spanish', () => {
    expect(datesOf(page('<span class="datum">3. März 2021</span>')).publishedAt).toBe('2021-03-03');
    expect(datesOf(page('<span class="fecha">3 de marzo de 2021</span>')).publishedAt).toBe('2021-03-03');
  });
});

describe('a headline in <h2>', () => {
  it('reads the date under the <h2> the <title> repeats when the page has no <h1>', () => {
    const html =
      '<title>Walking the ridge | Fern’s notebook</title><div class="sidebar-box"><h2>Archive</h2></div>' +
      '<div class="post"><h2>Walking the ridge</h2><p>3 March 2021</p><p>We set out early.</p></div>';
    expect(datesOf(html)).toMatchObject({ publishedAt: '2021-03-03', publishedVia: 'headline' });
  });
  it('does not take an <h2> the <title> does not name for the headline', () => {
    const html =
      '<title>Fern’s notebook</title><div class="post"><h2>Walking the ridge</h2><p>We set out on 3 March 2021.</p></div>';
    expect(datesOf(html).publishedAt).toBeNull();
  });
});
