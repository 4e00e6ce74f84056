import { describe, it, expect } from 'vitest';
import { checkSearch, hasCriteria, parseSearch, type ParsedSearch } from './parse-query.js';

function valid(q: string, form: Parameters<typeof checkSearch>[1]): ParsedSearch {
  const checked = checkSearch(q, form);
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
}

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

  it('lets form filters win over operators', () => {
    const q = valid('lang:ko from:2023-01-01 x', { language: 'en', to: '2023-09-11' });
    expect(q).toEqual({ text: 'x', language: 'en', from: '2023-01-01', to: '2023-09-11' });
    expect(hasCriteria(valid('', {}))).toBe(false);
    expect(hasCriteria(valid('', { outlet: 'Reuters' }))).toBe(true);
  });

  it('names a malformed date or language instead of dropping the filter', () => {
    expect(checkSearch('x', { from: 'not-a-date' })).toMatchObject({ ok: false, param: 'from' });
    expect(checkSearch('x', { to: '2019-02-30' })).toMatchObject({ ok: false, param: 'to' });
    expect(checkSearch('x', { language: 'english!' })).toMatchObject({ ok: false, param: 'language' });
    const typed = checkSearch('x from:yesterday', {});
    expect(typed).toMatchObject({ ok: false, param: 'q' });
    expect(!typed.ok && typed.message).toContain('from:YYYY-MM-DD');
    // The form's valid value replaces a bad operator, so nothing is wrong.
    expect(checkSearch('from:yesterday x', { from: '2023-01-01' }).ok).toBe(true);
    expect(checkSearch('x', { from: '2023-02-01', to: '2023-01-01' })).toMatchObject({ ok: false, param: 'from' });
    expect(checkSearch('x from:2023-02-01', { to: '2023-01-01' })).toMatchObject({ ok: false, param: 'from' });
    expect(checkSearch('x from:2023-02-01 to:2023-01-01', {})).toEqual({
      ok: false,
      param: 'q',
      message: 'q: from:2023-02-01 must not be after to:2023-01-01',
    });
    // Cut to 500 characters it would search for less than was typed.
    expect(checkSearch('x'.repeat(501), {})).toMatchObject({ ok: false, param: 'q' });
    expect(checkSearch('x'.repeat(500), {}).ok).toBe(true);
  });

  it('names an operator typed with nothing after its colon instead of searching for its name', () => {
    for (const q of ['quoted:', 'dock about:""', 'place: Harwick', 'storm lang:', 'quoted:"'])
      expect(checkSearch(q, {}), q).toMatchObject({ ok: false, param: 'q' });
    const problem = checkSearch('flood about:', {});
    expect(!problem.ok && problem.message).toBe(
      'q: the about: operator needs a value right after the colon, e.g. about:"Kim Jong Un"',
    );
    // Inside a phrase, after another character, or unknown, a colon is only text.
    for (const q of ['"reply to: the mayor"', 'https://x.example', 'note: this', 'quoted:Harwick', 'to:2024-01-02'])
      expect(checkSearch(q, {}).ok, q).toBe(true);
  });

  it('names a word written to be left out (-word), which would otherwise be searched for', () => {
    const problem = checkSearch('harbour -storm', {});
    expect(problem).toMatchObject({ ok: false, param: 'q' });
    expect(!problem.ok && problem.message).toBe(
      'q: -storm: a word cannot be left out (there is no exclusion: every word is required); search without it',
    );
    expect(checkSearch('-Ferry quoted:Harwick', {}).ok).toBe(false);
    // A dash inside a word, before a number, alone, or inside a phrase is only text.
    for (const q of ['COVID-19 ward', 'well-known harbour', 'low of -5 degrees', 'harbour - storm', '"the -storm"'])
      expect(checkSearch(q, {}).ok, q).toBe(true);
  });

  it('names an operator typed twice with two values instead of searching for the last alone', () => {
    const problem = checkSearch('ferry about:Harwick place:Dunmore about:"Ola Brenn"', {});
    expect(problem).toEqual({
      ok: false,
      param: 'q',
      message: 'q: the about: operator is given twice (about:Harwick, about:"Ola Brenn"); it takes one value',
    });
    expect(checkSearch('lang:en LANG:de', {})).toMatchObject({ ok: false, param: 'q' });
    // The same value twice (case aside) asks for one thing: searched as typed once.
    expect(checkSearch('ferry about:Harwick About:harwick', {})).toMatchObject({
      ok: true,
      value: { text: 'ferry', about: 'harwick' },
    });
  });

  it('names a query of more words than the store searches instead of dropping the last ones', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(checkSearch(words(32), {}).ok).toBe(true);
    const over = checkSearch(words(33), {});
    expect(over).toMatchObject({ ok: false, param: 'q' });
    expect(!over.ok && over.message).toBe('q has 33 words; at most 32 are searched (a "quoted phrase" counts once)');
    // A quoted phrase is one term.
    expect(checkSearch(`"${words(10)}" ${words(31)}`, {}).ok).toBe(true);
  });

  it('names a query of punctuation alone rather than listing every article as a hit', () => {
    for (const q of ['*', ' - ', '()', '""']) {
      const checked = checkSearch(q, {});
      expect(checked, q).toMatchObject({ ok: false, param: 'q' });
      expect(!checked.ok && checked.message, q).toContain('q has no word to search for');
    }
    // With a filter beside it, the punctuation is only dropped.
    expect(valid('* outlet:Reuters', {})).toEqual({ text: '', outlet: 'Reuters' });
    expect(valid('*', { quoted: 'KCNA' })).toEqual({ text: '', quoted: 'KCNA' });
  });

  it('names a query of stop words alone (a dangling OR among them), which no backend searches for', () => {
    for (const q of ['a OR', 'OR', 'the "and"', 'NOT']) {
      const checked = checkSearch(q, {});
      expect(checked, q).toMatchObject({ ok: false, param: 'q' });
      expect(!checked.ok && checked.message, q).toContain('q has only words too common to search for');
    }
    expect(checkSearch('ferry OR', {}).ok).toBe(true);
    // With a filter beside them, the filter alone decides.
    expect(valid('a OR', { outlet: 'Reuters' })).toEqual({ text: 'a OR', outlet: 'Reuters' });
  });
});
