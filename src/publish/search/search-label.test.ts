import { describe, expect, it } from 'vitest';
import { searchLabel } from './search-label.js';

describe('searchLabel', () => {
  it('names the query and each filter, so a feed of filters alone has a title', () => {
    expect(searchLabel({ q: 'quoted:Holt' })).toBe('quoted:Holt');
    expect(searchLabel({ q: '', outlet: 'Harbour Gazette', from: '2026-11-01' })).toBe(
      'outlet Harbour Gazette · from 2026-11-01',
    );
    expect(searchLabel({ q: 'ferry', language: 'en', to: '2026-11-30' })).toBe('ferry · language en · to 2026-11-30');
  });
});
