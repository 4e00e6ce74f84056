/**
 * Loads the Scrapinghub development pages and their ground truth. Pages stay gzip-compressed in memory
 * (≈ 3 MB instead of ≈ 30 MB of strings) and are decompressed on each read of `html`, so a benchmark's peak RSS
 * measures the extractor rather than the corpus it holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
export const SCRAPINGHUB_DIR = join(SHARED_DATA, 'scrapinghub-dev');

export interface ShPage {
  id: string;
  url: string;
  /** The page, decompressed anew on every read: read it once per use. */
  readonly html: string;
  truth: string;
}

export function loadScrapinghub(dir = SCRAPINGHUB_DIR): ShPage[] | null {
  const gt = join(dir, 'ground-truth.json');
  if (!existsSync(gt)) return null;
  const truth = JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => {
      const gz = readFileSync(join(dir, 'html', `${id}.html.gz`));
      return {
        id,
        url: t.url,
        truth: t.articleBody,
        get html(): string {
          return gunzipSync(gz).toString('utf8');
        },
      };
    });
}
