import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize.js';
import { safeUrl } from './url.js';

describe('sanitize', () => {
  it('drops active content, handlers, styles and unsafe URLs', () => {
    const out = sanitizeHtml(
      `<p onclick="x()" style="color:red">Hi <a href="javascript:alert(1)">a</a> <a href=" java\tscript:alert(1)">b</a>
       <img src="x" onerror="alert(1)"><script>alert(1)</script><iframe src="https://evil"></iframe>
       <form><input name=q></form><svg><script>alert(2)</script></svg><object data="x.swf"></object>
       <a href="data:text/html,<script>alert(1)</script>">c</a><style>p{}</style></p>`,
      'https://news.example.com/a/b.html',
    );
    for (const bad of [
      'onclick',
      'onerror',
      'style',
      'javascript',
      '<script',
      '<iframe',
      '<form',
      '<input',
      '<svg',
      '<object',
      'data:text',
    ])
      expect(out).not.toContain(bad);
    expect(out).toContain('<img src="https://news.example.com/a/x">');
  });

  it('makes URLs absolute and keeps raster data: images only', () => {
    expect(sanitizeHtml('<a href="/x?y=1">l</a>', 'https://s.example/p/q')).toBe(
      '<a href="https://s.example/x?y=1" rel="nofollow noopener">l</a>',
    );
    expect(safeUrl('data:image/png;base64,AAAA', null, true)).toBe('data:image/png;base64,AAAA');
    expect(safeUrl('data:image/svg+xml;base64,AAAA', null, true)).toBeNull();
    expect(safeUrl('vbscript:msgbox', null)).toBeNull();
  });

  it('escapes text and attributes, and survives hostile nesting', () => {
    expect(sanitizeHtml('<p title="a&quot;b">1 &lt; 2 &amp; <b>"x"</b></p>', null)).toBe(
      '<p>1 &lt; 2 &amp; <b>"x"</b></p>',
    );
    const deep = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000);
    expect(() => sanitizeHtml(deep, null)).not.toThrow();
  });
});
