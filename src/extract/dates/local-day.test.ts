import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom/tree.js';
import { extractMetadata } from '../metadata/metadata.js';
import { findDates } from './dates.js';
import { inZone, printedZone } from './local-day.js';
import { parseMachineDate } from './parse-machine.js';
import { formatIso } from './parts.js';

const now = new Date('2024-06-01T12:00:00Z');

function datesOf(html: string) {
  const doc = parseDocument(html);
  return findDates(doc, extractMetadata(doc, null), null, { now });
}

const ld = (published: string, modified?: string): string =>
  `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${published}"${
    modified ? `,"dateModified":"${modified}"` : ''
  }}</script>`;

describe('printedZone and inZone', () => {
  const utc = parseMachineDate('2021-05-04T04:40:12Z')!;
  it('learns a zone from a printed time without one, shifted by whole quarter hours', () => {
    expect(printedZone(utc, [parseMachineDate('2021-05-03 21:40')!])).toBe(-420);
    expect(printedZone(utc, [parseMachineDate('2021-05-03 21:47')!])).toBeNull();
  });
  it('takes the zone a printed time names', () => {
    expect(printedZone(utc, [parseMachineDate('2021-05-04T00:55:00-04:00')!])).toBe(-240);
  });
  it('moves the instant, not the wall-clock time', () => {
    expect(formatIso(inZone(utc, -420))).toBe('2021-05-03T21:40:12-07:00');
    expect(formatIso(inZone(utc, 330))).toBe('2021-05-04T10:10:12+05:30');
  });
});

describe('findDates: the publisher’s day for a UTC time', () => {
  it('uses the local time printed in the byline', () => {
    const html = `${ld('2021-05-04T04:40:12Z')}<h1>Harbour reopens</h1><p>By A. Reporter May 3, 2021 9:40 PM</p>`;
    expect(datesOf(html).publishedAt).toBe('2021-05-03T21:40:12-07:00');
  });
  it('uses the zone a <time> element prints, for the publication and the update', () => {
    const html =
      `${ld('2021-03-02T04:05:30Z', '2021-03-02T04:20:00Z')}<h1>Late vote</h1>` +
      '<p>Updated <time datetime="2021-03-02T04:20:00Z">11:20 pm EST, Monday, March 1, 2021</time></p>';
    expect(datesOf(html)).toMatchObject({
      publishedAt: '2021-03-01T23:05:30-05:00',
      modifiedAt: '2021-03-01T23:20:00-05:00',
    });
  });
  it('reads a local time from a meta tag written for people', () => {
    const html = `${ld('2021-03-08T03:12:44Z')}<meta name="article_date_original" content="Sunday, March 7, 2021, 10:12 PM"><h1>T</h1>`;
    expect(datesOf(html).publishedAt).toBe('2021-03-07T22:12:44-05:00');
  });
  it('does not take a UTC time written without its "Z" for a zone', () => {
    const html =
      `${ld('2021-05-04T04:40:12Z')}<meta property="article:published_time" content="2021-05-04T04:40:12">` +
      '<h1>Harbour reopens</h1><p>May 3, 2021 9:40 PM</p>';
    expect(datesOf(html).publishedAt).toBe('2021-05-03T21:40:12-07:00');
  });
  it('keeps UTC when the page prints GMT, and when it prints no time', () => {
    expect(datesOf(`${ld('2021-03-08T01:10:00Z')}<h1>T</h1><p>8 Mar 2021 01:10 GMT</p>`).publishedAt).toBe(
      '2021-03-08T01:10:00Z',
    );
    expect(datesOf(`${ld('2021-03-08T01:10:00Z')}<h1>T</h1><p>8 March 2021</p>`).publishedAt).toBe(
      '2021-03-08T01:10:00Z',
    );
  });
  it('leaves a UTC time whose day the address already gives', () => {
    const html = `${ld('2021-05-04T04:40:12Z')}<h1>Harbour reopens</h1><p>By A. Reporter May 4, 2021 6:40 AM</p>`;
    const doc = parseDocument(html);
    const url = 'https://paper.test/2021/05/04/harbour';
    expect(findDates(doc, extractMetadata(doc, url), url, { now }).publishedAt).toBe('2021-05-04T04:40:12Z');
  });
  it('takes the day a <time> element prints for its own UTC instant', () => {
    const html = '<h1>T</h1><p>By B. Writer <time datetime="2016-12-01T23:29:49Z">December 2, 2016</time></p>';
    expect(datesOf(html).publishedAt).toBe('2016-12-02');
  });
  it('reads the article’s header even when its class names look like furniture', () => {
    const html =
      `${ld('2021-03-02T06:07:01Z')}<h1>Site name</h1><article><header class="hdr hdr--no-promo"><h1>Story</h1>` +
      '<time datetime="2021-03-02T01:07:00-05:00">March 2, 2021 / 1:07 AM</time></header><p>Text.</p></article>';
    expect(datesOf(html).publishedAt).toBe('2021-03-02T01:07:01-05:00');
  });
});
