import { describe, it, expect } from 'vitest';
import { hasCriteria, parseSearch, searchQuery } from './parse-query.js';

describe('parseSearch', () => {
  it('moves operators into query fields and keeps the rest as text', () => {
    expect(parseSearch('train quoted:KCNA about:"Kim Jong Un" place:Vladivostok "warm farewell"')).toEqual({
      text: 'train "warm farewell"',
      quoted: 'KCNA',
      about: 'Kim Jong Un',
      place: 'Vladivostok',
    });
  });

  it('leaves unknown word: tokens in the text', () => {
    expect(parseSearch('https://x.example note:this')).toEqual({ text: 'https://x.example note:this' });
  });

  it('lets form filters win and drops malformed dates', () => {
    const q = searchQuery('lang:ko from:yesterday x', { language: 'en', to: '2023-09-11' });
    expect(q).toEqual({ text: 'x', language: 'en', to: '2023-09-11' });
    expect(hasCriteria(searchQuery('', {}))).toBe(false);
    expect(hasCriteria(searchQuery('', { outlet: 'Reuters' }))).toBe(true);
  });
});
