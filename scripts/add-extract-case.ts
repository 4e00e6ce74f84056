/**
 * Creates a golden extraction case from a saved page or text dump:
 *   npx tsx scripts/add-extract-case.ts <name> <file> [--url URL]
 * Copies the file to test/corpus/extract/<name>/source.html (or source.txt for plain text, source.bin for
 * bytes that are not UTF-8 or are gzipped), writes input.json, and drafts expected.json from what extraction
 * gives today. Review and trim expected.json to the fields the case is about before committing.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.js';
import type { ExtractInput } from '../src/vocabulary.js';

function main(argv: string[]): number {
  const [name, file] = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url');
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? argv[urlAt + 1] : undefined;
  if (!name || !file || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    process.stderr.write('usage: add-extract-case <name: lower-case-with-dashes> <file> [--url URL]\n');
    return 2;
  }
  const dir = join(fileURLToPath(new URL('../test/corpus/extract', import.meta.url)), name);
  if (existsSync(dir)) {
    process.stderr.write(`add-extract-case: ${dir} exists\n`);
    return 1;
  }
  const bytes = readFileSync(file);
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = null;
  }
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const isText = utf8 !== null && !isGzip && (extname(file) === '.txt' || !/<[a-z!][^>]*>/i.test(utf8.slice(0, 65536)));
  const source = utf8 === null || isGzip ? 'source.bin' : isText ? 'source.txt' : 'source.html';
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, source));
  const input: ExtractInput = url ? { url } : {};
  writeFileSync(join(dir, 'input.json'), JSON.stringify(input, null, 2) + '\n');
  const payload: ExtractInput =
    source === 'source.bin'
      ? { ...input, bytes }
      : source === 'source.txt'
        ? { ...input, text: utf8! }
        : { ...input, html: utf8! };
  const out = extract(payload);
  const a = out.ok ? out.article : null;
  const expected = out.ok
    ? {
        title: a!.title,
        authors: a!.authors,
        datelinePlace: a!.dateline?.place ?? null,
        leadImage: a!.leadImage && {
          url: a!.leadImage.url,
          caption: a!.leadImage.caption,
          credit: a!.leadImage.credit,
        },
        paragraphs: a!.body.paragraphs.length,
        firstParagraphStartsWith: (a!.body.paragraphs[0] ?? '').slice(0, 60),
        lastParagraphEndsWith: (a!.body.paragraphs[a!.body.paragraphs.length - 1] ?? '').slice(-40),
      }
    : { reason: out.reason };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  process.stdout.write(`add-extract-case: wrote ${dir} (${source}); review expected.json\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
