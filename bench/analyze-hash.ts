/**
 * `npx tsx bench/analyze-hash.ts`: one SHA-256 over analyze()'s output for every Scrapinghub development body and
 * every GUM train/dev document (shared data), plus the reference input's text. A speed change to the analyzer
 * claims "output identical"; this is how it shows it: the hash before and after must match. `--per-doc` prints
 * one short hash a document, to find which document a change moved.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { articleFromText } from './lib/article-from-text.js';
import { GROUND_TRUTH, GUM_DIR } from './lib/attributions-eval.js';

const perDoc = process.argv.includes('--per-doc');
const texts: [string, string][] = [];
if (existsSync(GROUND_TRUTH)) {
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  for (const [id, page] of Object.entries(truth)) texts.push([`scrapinghub/${id}`, page.articleBody]);
}
for (const genre of existsSync(GUM_DIR) ? readdirSync(GUM_DIR) : []) {
  for (const split of ['train', 'dev']) {
    const dir = join(GUM_DIR, genre, split);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text: string };
      texts.push([`gum/${genre}/${split}/${file}`, doc.text]);
    }
  }
}
if (texts.length === 0) {
  console.error('analyze-hash: no shared data found (../shared/data); nothing to hash');
  process.exit(1);
}
const all = createHash('sha256');
for (const [id, text] of texts) {
  const json = JSON.stringify(analyze(articleFromText(id, text, '2024-01-01T00:00:00Z')));
  all.update(json);
  if (perDoc) console.log(createHash('sha256').update(json).digest('hex').slice(0, 12), id);
}
console.log(`${all.digest('hex')}  analyze() over ${texts.length} documents`);
