/**
 * Golden cases for the metadata stage (STYLE.md §10): each folder under test/corpus/metadata holds a page
 * (`source.html`) and the fields it must yield (`expected.json`); only the fields listed are checked, each as
 * its own assertion so a failure names the case and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../byline/byline.js';
import { findDates } from '../dates/dates.js';
import { splitDateline } from '../dateline/dateline.js';
import { elementsByTag, normalizeSpace, parseDocument, textContent } from '../dom/tree.js';
import { captionFromFigure } from '../images/credit.js';
import { extractMetadata, type PageMetadata } from './metadata.js';

interface Expected {
  url: string | null;
  now: string;
  published?: string | null;
  metadata?: Partial<Record<keyof PageMetadata, unknown>>;
  dates?: { publishedAt?: string | null; modifiedAt?: string | null };
  dateline?: { place: string; raw: string; agency: string | null } | null;
  figure?: { caption: string | null; credit: string | null };
}

const root = new URL('../../../test/corpus/metadata/', import.meta.url);
const cases = existsSync(root) ? readdirSync(root).filter((d) => existsSync(new URL(`${d}/expected.json`, root))) : [];

describe('metadata corpus', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  describe.each(cases)('%s', (name) => {
    const html = readFileSync(new URL(`${name}/source.html`, root), 'utf8');
    const want = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8')) as Expected;
    const doc = parseDocument(html);
    const meta = extractMetadata(doc, want.url);

    for (const [field, value] of Object.entries(want.metadata ?? {})) {
      it(`metadata.${field}`, () => {
        const got = meta[field as keyof PageMetadata];
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          expect(got, `${name}: metadata.${field}`).toMatchObject(value);
        } else {
          expect(got, `${name}: metadata.${field}`).toEqual(value);
        }
      });
    }

    for (const [field, value] of Object.entries(want.dates ?? {})) {
      it(`dates.${field}`, () => {
        const dates = findDates(doc, meta, want.url, { now: new Date(want.now), published: want.published ?? null });
        expect(dates[field as 'publishedAt' | 'modifiedAt'], `${name}: dates.${field}`).toBe(value);
      });
    }

    if (want.dateline !== undefined) {
      it('dateline of the first paragraph', () => {
        const first = elementsByTag(doc, 'p').map((p) => normalizeSpace(textContent(p)))[0] ?? '';
        expect(splitDateline(first).dateline, `${name}: dateline`).toEqual(want.dateline);
      });
    }

    if (want.figure) {
      it('caption and credit of the first figure', () => {
        const figure = elementsByTag(doc, 'figure')[0];
        expect(figure, `${name}: no <figure>`).toBeDefined();
        expect(captionFromFigure(figure!), `${name}: figure`).toEqual(want.figure);
      });
    }

    it('authors are clean names (idempotent under cleanByline)', () => {
      for (const a of meta.authors) expect(cleanByline(a), `${name}: author ${a}`).toEqual([a]);
    });
  });
});
