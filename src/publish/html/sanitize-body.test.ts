import { describe, it, expect } from 'vitest';
import { sanitizeBodyHtml } from './sanitize-body.js';
import { escapeHtml, html, safeUrl } from './safe-html.js';

describe('sanitizeBodyHtml', () => {
  it('drops scripts, handlers, frames, svg and javascript: URLs but keeps the text structure', () => {
    const out = sanitizeBodyHtml(
      '<p onclick="x()" style="color:red">Hi <a href="javascript:alert(1)">link</a> <a href="https://e.example/">ok</a></p>' +
        '<script>alert(1)</script><iframe srcdoc="<script>x</script>"></iframe><svg onload="x()"><circle/></svg>' +
        '<img src=x onerror="x()"><custom-el>kept text</custom-el><blockquote cite="javascript:x">q</blockquote>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|onload|iframe|svg|style=|javascript:/i);
    expect(out).toContain('<p>Hi <a rel="nofollow noopener noreferrer ugc">link</a>');
    expect(out).toContain('<a href="https://e.example/" rel="nofollow noopener noreferrer ugc">ok</a>');
    expect(out).toContain('kept text');
    expect(out).toContain('<blockquote>q</blockquote>');
  });

  it('neutralises mutation-XSS through foreign content', () => {
    const out = sanitizeBodyHtml(
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    );
    expect(out).not.toMatch(/onerror|<img/);
  });
});

describe('sanitizeBodyHtml lead image', () => {
  it('leaves the lead image out of the body, keeping other figures', () => {
    const out = sanitizeBodyHtml(
      '<figure><img src="https://i.example/lead.jpg"><figcaption>Lead</figcaption></figure><p>Text</p><figure><img src="https://i.example/2.jpg"></figure>',
      'https://i.example/lead.jpg',
    );
    expect(out).not.toContain('lead.jpg');
    expect(out).not.toContain('Lead');
    expect(out).toContain('2.jpg');
  });
});

describe('html template', () => {
  it('escapes every interpolation, including attribute-breaking quotes', () => {
    const value = `"><script>alert('x')</script>`;
    expect(html`<a title="${value}">${value}</a>`.value).toBe(
      `<a title="${escapeHtml(value)}">${escapeHtml(value)}</a>`,
    );
    expect(escapeHtml(value)).not.toMatch(/[<>"']/);
  });

  it('lets only http(s), mailto and site-relative URLs through', () => {
    expect(safeUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeUrl('/article/1')).toBe('/article/1');
    for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', '//evil.example/', 'vbscript:x'])
      expect(safeUrl(bad)).toBeNull();
  });
});
