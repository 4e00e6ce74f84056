/** Loads Mozilla Readability's test pages with their expected metadata; each page is read from disk on use. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA } from './scrapinghub.js';

export const READABILITY_DIR = join(SHARED_DATA, 'readability-test-pages');

export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface RtPage {
  name: string;
  /** Read from disk on every access: read it once per use. */
  readonly html: string;
  expected: ExpectedMetadata;
}

export function loadReadabilityPages(dir = READABILITY_DIR): RtPage[] | null {
  if (!existsSync(dir)) return null;
  const out: RtPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const src = join(dir, name, 'source.html');
    const meta = join(dir, name, 'expected-metadata.json');
    if (!existsSync(src) || !existsSync(meta)) continue;
    out.push({
      name,
      get html(): string {
        return readFileSync(src, 'utf8');
      },
      expected: JSON.parse(readFileSync(meta, 'utf8')) as ExpectedMetadata,
    });
  }
  return out;
}
