import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { parseTextDump } from './textdump.js';
import { isShareLine } from './share-lines.js';

const seed = fileURLToPath(new URL('../../../../shared/data/seed/kim-putin-train.txt', import.meta.url));

describe('text dumps', () => {
  it('recognises share-bar lines but not sentences that mention a network', () => {
    expect(isShareLine('  • Facebook')).toBe(true);
    expect(isShareLine('WhatsApp')).toBe(true);
    expect(isShareLine('•')).toBe(true);
    expect(isShareLine('He posted the video on Facebook.')).toBe(false);
  });

  it('takes the first line as title, lifts a credited caption, and joins wrapped lines', () => {
    const d = parseTextDump(
      'Town hall reopens\n\n• Twitter\nThe hall in spring (Photo: A. Berg)\n\nThe town hall\nreopened on Friday.\n\nIt had been shut for a year.\nThe hall in spring (Photo: A. Berg)',
    );
    expect(d.title).toBe('Town hall reopens');
    expect(d.leadImage?.caption).toBe('The hall in spring');
    expect(d.leadImage?.credit).toBe('A. Berg');
    expect(d.paragraphs).toEqual(['The town hall reopened on Friday.', 'It had been shut for a year.']);
  });

  it('treats every line as a paragraph when the dump has no blank lines', () => {
    expect(parseTextDump('Title\nFirst paragraph here.\nSecond paragraph here.').paragraphs).toEqual([
      'First paragraph here.',
      'Second paragraph here.',
    ]);
  });

  it.skipIf(!existsSync(seed))('extracts every field expected.md asks of the reference dump', () => {
    const r = extract({ text: readFileSync(seed, 'utf8') });
    if (!r.ok) throw new Error(r.message);
    const a = r.article;
    expect(a.title).toBe('Kim Jong Un leaves North Korea on train to meet Putin, US warns against weapon selling');
    expect(a.leadImage?.caption).toBe(a.title);
    expect(a.leadImage?.credit).toBe('KCNA/Kyodo');
    expect(a.dateline?.place).toBe('Pyongyang');
    expect(a.publishedAt).toBeNull();
    expect(a.body.paragraphs).toHaveLength(8);
    expect(a.body.paragraphs[0]).toMatch(/^Kim Jong Un, the leader of North Korea/);
    expect(a.body.paragraphs[7]).toMatch(/refrain from selling arms to Russia\."$/);
    expect(a.body.text).not.toMatch(/^\s*•?\s*(Facebook|Twitter|Reddit|Flipboard|Email|WhatsApp)\s*$/m);
    expect(a.body.text).not.toContain('(Image: KCNA/Kyodo)');
    expect(Math.abs(a.wordCount - 485)).toBeLessThanOrEqual(3);
  });
});
