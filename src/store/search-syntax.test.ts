import { describe, expect, it } from 'vitest';
import { parseSearchSyntax } from './search-syntax.js';

describe('parseSearchSyntax', () => {
  it('takes filters out of the text, quoted values included', () => {
    expect(parseSearchSyntax('armoured train quoted:KCNA about:"Kim Jong Un" place:Vladivostok lang:en')).toEqual({
      text: 'armoured train',
      quoted: 'KCNA',
      about: 'Kim Jong Un',
      place: 'Vladivostok',
      language: 'en',
    });
    expect(parseSearchSyntax('from:2019-04-24 to:2019-04-25 outlet:"Yonhap News"')).toEqual({
      text: '',
      from: '2019-04-24',
      to: '2019-04-25',
      outlet: 'Yonhap News',
    });
  });

  it('leaves unknown prefixes, empty values and phrases in the text', () => {
    expect(parseSearchSyntax('Update: "summit talks" about:')).toEqual({ text: 'Update: "summit talks" about:' });
  });
});
