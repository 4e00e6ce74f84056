/**
 * A quick count of the page files under the inputs (names only, nothing read), so a progress bar can show an
 * ETA while the inputs are still being expanded. A WARC file or a feed counts as one: their pages are only
 * known once read.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { kindFromName } from '../detect/input-kind.js';

/** Stops counting here: past this, an estimate is as good as exact for a progress bar and cheaper. */
const MAX_COUNT = 100_000;

async function countDir(dir: string, budget: { left: number }): Promise<number> {
  let n = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (budget.left <= 0) break;
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) n += await countDir(join(dir, e.name), budget);
    else if (e.isFile() && kindFromName(e.name)) {
      n++;
      budget.left--;
    }
  }
  return n;
}

export async function estimateTotal(inputs: readonly string[]): Promise<number> {
  const budget = { left: MAX_COUNT };
  let n = 0;
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      n++;
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) n += await countDir(input, budget);
    else n++;
  }
  return n;
}
