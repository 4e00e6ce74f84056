import { describe, expect, it } from 'vitest';
import { notAPageTypeMessage } from './page-type.js';

describe('notAPageTypeMessage', () => {
  it('names a URL whose Content-Type is a style sheet, script, JSON, picture or PDF', () => {
    expect(notAPageTypeMessage('https://news.example/site.css', 'text/css; charset=utf-8')).toBe(
      'fetch: https://news.example/site.css answered text/css, not a page',
    );
    for (const type of ['application/json', 'application/ld+json', 'TEXT/JAVASCRIPT', 'image/png', 'application/pdf'])
      expect(notAPageTypeMessage('https://news.example/x', type), type).toContain(`answered ${type.toLowerCase()}`);
  });

  it('leaves pages, text dumps, XML and unlabelled bodies to sniffing and extract', () => {
    for (const type of [
      undefined,
      '',
      'text/html; charset=utf-8',
      'application/xhtml+xml',
      'text/plain',
      'application/octet-stream',
      'text/xml',
    ])
      expect(notAPageTypeMessage('https://news.example/a', type), String(type)).toBeNull();
  });
});
