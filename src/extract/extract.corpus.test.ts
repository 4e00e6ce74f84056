/** One test per folder of test/corpus/extract/: source.html | source.txt | source.bin (+ input.json) → expected.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractInput } from '../vocabulary.js';
import { checkExtraction, type ExpectedExtraction } from './corpus-check.js';
import { extract } from './extract.js';

const dir = fileURLToPath(new URL('../../test/corpus/extract', import.meta.url));
const cases = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'expected.json'))) : [];

function inputOf(caseDir: string): ExtractInput {
  const extra = existsSync(join(caseDir, 'input.json'))
    ? (JSON.parse(readFileSync(join(caseDir, 'input.json'), 'utf8')) as ExtractInput)
    : {};
  if (existsSync(join(caseDir, 'source.bin'))) return { ...extra, bytes: readFileSync(join(caseDir, 'source.bin')) };
  if (existsSync(join(caseDir, 'source.txt')))
    return { ...extra, text: readFileSync(join(caseDir, 'source.txt'), 'utf8') };
  return { ...extra, html: readFileSync(join(caseDir, 'source.html'), 'utf8') };
}

describe('extract golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases)
    it(name, () => {
      const caseDir = join(dir, name);
      const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as ExpectedExtraction;
      const out = extract(inputOf(caseDir), { now: new Date('2027-01-01T00:00:00Z') });
      expect(checkExtraction(out, expected), `case ${name}`).toEqual([]);
    });
});
