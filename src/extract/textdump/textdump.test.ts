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

  describe('site name', () => {
    const body = '\n\nThe town hall reopened on Friday.\n\nIt had been shut for a year.\n';
    it('takes the owner of a copyright line, and drops the line from the body', () => {
      for (const line of [
        '© 2026 Northline Wire. All rights reserved.',
        'Copyright (c) 2019-2026 Northline Wire',
        '(c) Northline Wire 2026',
      ]) {
        const d = parseTextDump(`Town hall reopens${body}\n${line}\n`);
        expect(d.siteName, line).toBe('Northline Wire');
        expect(d.paragraphs, line).toEqual(['The town hall reopened on Friday.', 'It had been shut for a year.']);
      }
    });

    it('does not take a bare photo credit or a sentence for the site', () => {
      expect(parseTextDump(`Town hall reopens${body}\n© Reuters\n`).siteName).toBeNull();
      expect(
        parseTextDump(`Town hall reopens${body}\n© 2026 the council said it would reopen the hall in the spring.\n`)
          .siteName,
      ).toBeNull();
      expect(parseTextDump(`Town hall reopens${body}`).siteName).toBeNull();
    });

    it('reads a masthead above the headline only when other evidence spells the same name', () => {
      const d = parseTextDump(`NORTHLINE WIRE\n\nTown hall reopens${body}\n© 2026 Northline Wire\n`);
      expect(d.title).toBe('Town hall reopens');
      expect(d.siteName).toBe('Northline Wire');
      const byHost = parseTextDump(`The Valley Ledger\nTown hall reopens${body}`, 'https://www.valleyledger.example/a');
      expect([byHost.title, byHost.siteName]).toEqual(['Town hall reopens', 'The Valley Ledger']);
      // With nothing to confirm it, a short first line is the headline.
      expect(parseTextDump(`Valley Ledger\nTown hall reopens${body}`).title).toBe('Valley Ledger');
    });

    it('takes a URL line at the head of the dump as the address, and a matching title tail as the name', () => {
      const d = parseTextDump(`https://riverbendpost.example/town/hall\nTown hall reopens | Riverbend Post${body}`);
      expect(d.url).toBe('https://riverbendpost.example/town/hall');
      expect(d.title).toBe('Town hall reopens');
      expect(d.siteName).toBe('Riverbend Post');
      // A tail that names nothing the dump confirms stays in the headline.
      expect(parseTextDump(`Town hall reopens | Part two${body}`).title).toBe('Town hall reopens | Part two');
    });

    it('names the outlet of an extracted dump, and uses a URL line as its address', () => {
      const out = extract({
        text: `https://riverbendpost.example/town/hall\nTown hall reopens${body}\n© 2026 Riverbend Post\n`,
      });
      expect(out.ok && [out.article.siteName, out.article.url, out.article.title]).toEqual([
        'Riverbend Post',
        'https://riverbendpost.example/town/hall',
        'Town hall reopens',
      ]);
    });
  });
});

describe('a dump of one line', () => {
  const sentence = 'The ferry to Hollin Isle ran late all week because the new pier was still being built. ';
  it('is a one-paragraph article without a title when the line is longer than a title', () => {
    const line = sentence.repeat(6).trim();
    const r = extract({ text: line });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.title).toBeNull();
    expect(r.article.body.paragraphs).toEqual([line]);
    expect(r.article.wordCount).toBeGreaterThan(90);
    expect(extract({ text: `\n${line}\n\n` }).ok).toBe(true);
  });

  it('says why not when the line is short enough to be a title', () => {
    const r = extract({ text: 'Ferry to Hollin Isle runs late' });
    expect(r).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(!r.ok && r.message).toMatch(/single line of 6 words, read as a title; a line longer than 200 characters/);
  });

  it('says why not when the long line has no sentences (a run of letters, tags or numbers)', () => {
    for (const junk of ['a '.repeat(5000), '<div><span>x</span></div> '.repeat(40), '12 34 56 78 '.repeat(40)]) {
      const r = extract({ text: junk });
      expect(r).toMatchObject({ ok: false, reason: 'not-an-article' });
      expect(!r.ok && r.message).toMatch(/single line of \d+ words with fewer than two sentences in it/);
    }
  });

  it('keeps a long first line as the title when more lines follow', () => {
    const d = parseTextDump(`${sentence.repeat(3)}\n\n${sentence}`);
    expect(d.title).toBe(sentence.repeat(3).trim());
    expect(d.paragraphs).toEqual([sentence.trim()]);
  });
});
