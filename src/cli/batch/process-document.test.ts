import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processDocument } from './process-document.js';

const story = readFileSync(fileURLToPath(new URL('../../../test/corpus/ingest/cli/story.html', import.meta.url)));

/** The story page padded past extract's 20 MiB default with a comment (a page bloated by inline data). */
function bloated(): Uint8Array {
  const padding = Buffer.from(`<!-- ${'x'.repeat(21 * 1024 * 1024)} -->`);
  const html = story.toString('utf8');
  const at = html.indexOf('</body>');
  return Buffer.concat([Buffer.from(html.slice(0, at)), padding, Buffer.from(html.slice(at))]);
}

describe('processDocument', () => {
  it('holds a page to the --max-bytes limit it is given, not to extract’s default', () => {
    const bytes = bloated();
    const raw = { source: 'big.html', bytes, fetchedAt: '2026-11-30T00:00:00Z' };
    const refused = processDocument(raw, { analyze: false });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'too-large' } });
    const read = processDocument(raw, { analyze: false, maxBytes: 32 * 1024 * 1024 });
    expect(read.ok).toBe(true);
  });
});
