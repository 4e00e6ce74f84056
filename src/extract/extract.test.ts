import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

const article = (body: string): string =>
  `<html><head><title>T</title></head><body><article><h1>Headline here</h1>${body}</article></body></html>`;
const para =
  '<p>The council met on Tuesday evening to discuss the budget for next year, and agreed to spend more on roads, schools and the library.</p>';

describe('extract', () => {
  it('returns typed reasons, never throws, on bad input', () => {
    expect(extract({})).toMatchObject({ ok: false, reason: 'empty' });
    expect(extract({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) })).toMatchObject({ ok: false, reason: 'not-html' }); // prettier-ignore
    expect(extract({ html: '<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>' })).toMatchObject({ ok: false, reason: 'not-an-article' }); // prettier-ignore
    expect(extract({ html: article(para) }, { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('weighs a short Japanese or Chinese article by what its characters carry, not by their number', () => {
    const ja = extract({ html: '<html><body><article><p>東京では今日、晴れの天気が続いていますが、週末には雨が降る見込みです。</p></article></body></html>' }); // prettier-ignore
    expect(ja).toMatchObject({ ok: true, article: { wordCount: 32 } });
    const tooShort = extract({ html: '<html><body><article><p>東京は晴れ。</p></article></body></html>' });
    expect(tooShort).toMatchObject({ ok: false, reason: 'not-an-article' });
  });

  it('survives hostile nesting and attributes', () => {
    const deep = '<div>'.repeat(20000) + para + '</div>'.repeat(20000);
    expect(() => extract({ html: deep })).not.toThrow();
    const attrs = `<div class="${'x '.repeat(100000)}">${para}</div>`;
    expect(extract({ html: article(attrs) }).ok).toBe(true);
  });

  it('keeps script, handlers and javascript: URLs out of the body HTML', () => {
    const r = extract({
      html: article(`${para}<p onclick="steal()">Read <a href="javascript:alert(1)">this</a> and <a href="/next">that</a>.<script>alert(1)</script><img src=x onerror=alert(1)></p>`), // prettier-ignore
      url: 'https://news.example.com/a/1',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.body.html).not.toMatch(/onclick|onerror|javascript:|<script/);
    expect(r.article.body.html).toContain('href="https://news.example.com/next"');
    expect(r.article.body.text.startsWith('Headline here')).toBe(false);
  });

  it('derives a stable id from the canonical URL and a content hash from normalised text', () => {
    const a = extract({ html: article(para), url: 'https://x.example/a?utm=1' });
    const b = extract({ html: article(para.replace('Tuesday', 'Tuesday ')), url: 'https://x.example/a?utm=1' });
    if (!a.ok || !b.ok) throw new Error('no article');
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.contentHash).toBe(b.article.contentHash);
    expect(a.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
