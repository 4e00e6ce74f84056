import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.js';

const MB = 1024 * 1024;

describe('decode', () => {
  it('gunzips, and refuses a gzip bomb as too large', () => {
    const ok = decode({ bytes: gzipSync(Buffer.from('<p>hello</p>')) }, MB);
    expect(ok).toMatchObject({ ok: true, kind: 'html', text: '<p>hello</p>' });
    const bomb = gzipSync(Buffer.alloc(4 * MB, 0x20));
    expect(decode({ bytes: bomb }, MB)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses binary formats by magic number or NUL bytes', () => {
    expect(decode({ bytes: Buffer.from('%PDF-1.7\n...') }, MB)).toMatchObject({ ok: false, reason: 'not-html' });
    expect(decode({ bytes: Buffer.from([0x41, 0, 0x42, 0x43]) }, MB)).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('follows BOM, then the content-type charset, then <meta>, then UTF-8 validity', () => {
    const ru = iconv.encode('<p>Привет</p>', 'windows-1251');
    expect(decode({ bytes: ru, headers: { 'content-type': 'text/html; charset=windows-1251' } }, MB)).toMatchObject({ text: '<p>Привет</p>' }); // prettier-ignore
    const sjis = iconv.encode('<meta charset="shift_jis"><p>日本語</p>', 'shift_jis');
    expect(decode({ bytes: sjis }, MB)).toMatchObject({ ok: true, text: '<meta charset="shift_jis"><p>日本語</p>' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>é</p>')]);
    expect(decode({ bytes: bom, headers: { 'content-type': 'text/html; charset=iso-8859-1' } }, MB)).toMatchObject({ text: '<p>é</p>' }); // prettier-ignore
    expect(decode({ bytes: Buffer.from('<p>café</p>') }, MB)).toMatchObject({ charset: 'utf-8', text: '<p>café</p>' });
    expect(decode({ bytes: Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c]) }, MB)).toMatchObject({ charset: 'windows-1252', text: '<p>é<' }); // prettier-ignore
  });

  it('sniffs the charset of undeclared non-UTF-8 bytes, and falls back to windows-1252 when unsure', () => {
    const ja = '<p>東京では今日、晴れの天気が続いています。明日も晴れる見込みです。</p>';
    expect(decode({ bytes: iconv.encode(ja, 'shift_jis') }, MB)).toMatchObject({ charset: 'shift_jis', text: ja });
    const ru = '<p>В Москве сегодня солнечная погода, температура поднимется до двадцати градусов.</p>';
    expect(decode({ bytes: iconv.encode(ru, 'windows-1251') }, MB)).toMatchObject({ charset: 'windows-1251', text: ru }); // prettier-ignore
    // Two kanji are too little to judge: the spec's default, not a crash and not a wild guess.
    expect(decode({ bytes: iconv.encode('<p>東京</p>', 'shift_jis') }, MB)).toMatchObject({ ok: true, charset: 'windows-1252' }); // prettier-ignore
    // A declaration still wins over the sniffer, even where the sniffer would disagree.
    const declared = decode({ bytes: iconv.encode(ja, 'shift_jis'), headers: { 'content-type': 'text/html; charset=windows-1252' } }, MB); // prettier-ignore
    expect(declared).toMatchObject({ charset: 'windows-1252' });
  });

  it('does not trust a UTF-8 label over bytes that are mostly not UTF-8, and keeps UTF-8 with a stray byte', () => {
    const fr = '<p>Le député a déclaré que la réforme « protège » les élèves — et leurs écoles.</p>';
    const utf8Header = { 'content-type': 'text/html; charset=utf-8' };
    const legacy = iconv.encode(`<meta charset="utf-8">${fr}`, 'windows-1252');
    const out = decode({ bytes: legacy, headers: utf8Header }, MB);
    expect(out).toMatchObject({ ok: true, charset: 'windows-1252', text: `<meta charset="utf-8">${fr}` });
    expect(JSON.stringify(out)).not.toContain('\ufffd');
    // Header says UTF-8, <meta> names the real charset: the meta's claim is used.
    const ru = '<meta charset="windows-1251"><p>В городе открыли новый мост через реку.</p>';
    expect(decode({ bytes: iconv.encode(ru, 'windows-1251'), headers: utf8Header }, MB)).toMatchObject({ charset: 'windows-1251', text: ru }); // prettier-ignore
    // A real UTF-8 page with one stray Latin-1 byte stays UTF-8: one U+FFFD, the accents intact.
    const stray = Buffer.concat([Buffer.from('<p>Le député a déclaré '), Buffer.from([0xa0]), Buffer.from('à l’école.</p>')]); // prettier-ignore
    expect(decode({ bytes: stray, headers: utf8Header }, MB)).toMatchObject({ charset: 'utf-8', text: '<p>Le député a déclaré \ufffdà l’école.</p>' }); // prettier-ignore
    // Valid UTF-8 under a UTF-8 label is untouched.
    expect(decode({ bytes: Buffer.from(fr), headers: utf8Header }, MB)).toMatchObject({ charset: 'utf-8', text: fr });
  });

  it('sends text and markup-free strings to the text-dump path, and refuses empty input', () => {
    expect(decode({ html: 'Just a headline\n\nAnd a paragraph.' }, MB)).toMatchObject({ ok: true, kind: 'text' });
    expect(decode({ text: '<p>not parsed</p>' }, MB)).toMatchObject({ ok: true, kind: 'text' });
    expect(decode({ html: '  \n ' }, MB)).toMatchObject({ ok: false, reason: 'empty' });
    expect(decode({ html: '  \n ' }, MB)).toMatchObject({ message: 'decode: the input holds nothing but white space' });
    expect(decode({ bytes: new Uint8Array(0) }, MB)).toMatchObject({
      ok: false,
      reason: 'empty',
      message: 'decode: the input is empty (0 bytes)',
    });
    expect(decode({ html: 'x'.repeat(100) }, 10)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
