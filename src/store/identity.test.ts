import { describe, expect, it } from 'vitest';
import { formerIdentityKey, identityKey } from './identity.js';
import { outletOf } from './outlet.js';

describe('identityKey', () => {
  it('is the canonical URL, else the URL, else the content hash', () => {
    expect(
      identityKey({ canonicalUrl: 'https://A.example/x#top', url: 'https://m.a.example/x', contentHash: 'h' }),
    ).toBe('https://a.example/x');
    expect(identityKey({ canonicalUrl: null, url: 'https://a.example/y?id=2', contentHash: 'h' })).toBe(
      'https://a.example/y?id=2',
    );
    expect(identityKey({ canonicalUrl: null, url: null, contentHash: 'abc' })).toBe('sha256:abc');
    expect(() => identityKey({ canonicalUrl: null, url: null, contentHash: '' })).toThrow(/^store:/);
  });

  it('remembers the URL an article had before it declared a canonical one', () => {
    expect(formerIdentityKey({ canonicalUrl: 'https://a.example/c', url: 'https://a.example/u' })).toBe(
      'https://a.example/u',
    );
    expect(formerIdentityKey({ canonicalUrl: 'https://a.example/c', url: 'https://a.example/c#x' })).toBeNull();
  });
});

describe('outletOf', () => {
  it('takes the site name, else the host without www, else the source', () => {
    expect(outletOf({ siteName: ' Yonhap ', canonicalUrl: null, url: 'https://www.yna.co.kr/a' }, 's')).toBe('Yonhap');
    expect(outletOf({ siteName: null, canonicalUrl: 'not a url', url: 'https://WWW.Tass.com/a' }, 's')).toBe(
      'tass.com',
    );
    expect(outletOf({ siteName: '', canonicalUrl: null, url: null }, '/home/me/dump.txt')).toBe('Unknown outlet');
    expect(outletOf({ siteName: null, canonicalUrl: null, url: null }, 'https://www.Example.org/x')).toBe(
      'example.org',
    );
  });
});
