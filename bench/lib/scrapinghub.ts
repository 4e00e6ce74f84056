/** Loads the Scrapinghub development pages (gunzipped into memory) and their ground truth. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
export const SCRAPINGHUB_DIR = join(SHARED_DATA, 'scrapinghub-dev');

export interface ShPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function loadScrapinghub(dir = SCRAPINGHUB_DIR): ShPage[] | null {
  const gt = join(dir, 'ground-truth.json');
  if (!existsSync(gt)) return null;
  const truth = JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      id,
      url: t.url,
      truth: t.articleBody,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}
