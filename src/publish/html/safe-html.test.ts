import { describe, expect, it } from 'vitest';
import { encodedHtml, escapeHtml, html, htmlBytes, trustedHtml } from './safe-html.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('html', () => {
  it('escapes interpolated text and composes nested results and arrays', () => {
    const item = (t: string) => html`<li>${t}</li>`;
    const [title, list] = ['a "b" & c', ['<x>', 'y'].map(item)];
    // Called by another name, so the formatter leaves the markup as written.
    const tag = html;
    const page = tag`<ul title="${title}">${list}${null}${false}${3}</ul>`;
    expect(page.value).toBe('<ul title="a &quot;b&quot; &amp; c"><li>&lt;x&gt;</li><li>y</li>3</ul>');
    expect(String(page)).toBe(page.value);
  });
});

describe('escapeHtml', () => {
  it('escapes every special character wherever it stands, and returns plain text as it is', () => {
    expect(escapeHtml('Ana Ruiz')).toBe('Ana Ruiz');
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml(`&<>"'\``)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;');
    expect(escapeHtml('?u=1&t=Tom\'s "pick" <b>')).toBe('?u=1&amp;t=Tom&#39;s &quot;pick&quot; &lt;b&gt;');
    expect(escapeHtml('ends with &')).toBe('ends with &amp;');
  });
});

describe('htmlBytes', () => {
  it('is the UTF-8 of the value, encoded pieces copied in place', () => {
    const map = encodedHtml(html`<svg aria-label="${'Map of Zürich — “Ost”'}"></svg>`);
    const page = html`<p>${'naïve → 東京'}</p>
      ${map}
      <p>${'after'}</p>
      ${map}`;
    expect(decode(htmlBytes(page))).toBe(page.value);
    expect(page.value).toContain('Zürich — “Ost”');
  });

  it('encodes a string, and a page longer than the room it starts with', () => {
    expect(decode(htmlBytes('<p>é</p>'))).toBe('<p>é</p>');
    const long = html`${Array.from({ length: 20_000 }, (_, i) => html`<p>${i} — ü</p>`)}${encodedHtml('<b>end</b>')}`;
    const bytes = htmlBytes(long);
    expect(bytes.byteLength).toBeGreaterThan(256 * 1024);
    expect(decode(bytes)).toBe(long.value);
  });

  it('encodes markup past Latin-1 and long pieces apart from the run around them, in order', () => {
    const body = trustedHtml(`<p>${'Zoë said “yes”. '.repeat(200)}</p>`);
    const row = (t: string) =>
      html`<td>${t}</td>
        <td><span class="meta">—</span></td>`;
    const page = html`<main>
      ${body}${['a', 'é', '東'].map(row)}
      <footer>Desk — ${'end'}</footer>
    </main>`;
    expect(decode(htmlBytes(page))).toBe(page.value);
    expect(decode(htmlBytes(html`${'x'.repeat(5000)}`))).toBe('x'.repeat(5000));
  });

  it('hands each caller its own copy', () => {
    const a = htmlBytes(trustedHtml('<p>a</p>'));
    const b = htmlBytes(trustedHtml('<p>b</p>'));
    expect(decode(a)).toBe('<p>a</p>');
    expect(decode(b)).toBe('<p>b</p>');
  });
});
