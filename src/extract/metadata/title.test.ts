import { describe, expect, it } from 'vitest';
import type { PageFacts } from './page/decode.js';
import { chooseTitle, stripSiteName } from './title.js';

const page = (over: Partial<PageFacts>): PageFacts => ({
  title: null,
  h1: [],
  h2: [],
  canonical: null,
  lang: null,
  bylines: [],
  ...over,
});

describe('stripSiteName', () => {
  it('strips a suffix or prefix naming the site', () => {
    expect(stripSiteName('Rates rise again | The Daily Planet', 'The Daily Planet', null)).toBe('Rates rise again');
    expect(stripSiteName('Rates rise again - Daily Planet', 'The Daily Planet', null)).toBe('Rates rise again');
    expect(stripSiteName('BBC News - Rates rise again', null, 'www.bbc.co.uk')).toBe('Rates rise again');
  });
  it('keeps parts that do not name the site', () => {
    expect(stripSiteName('Kyiv - a city at war', 'The Daily Planet', null)).toBe('Kyiv - a city at war');
  });
});

describe('chooseTitle', () => {
  it('prefers a metadata headline over the <title>', () => {
    expect(chooseTitle(['Real headline'], page({ title: 'Short | Site' }), 'Site', null)).toBe('Real headline');
  });
  it('cuts the <title> at its separator when no metadata exists', () => {
    expect(chooseTitle([], page({ title: 'Kim leaves for Russia by train | Daily Planet' }), null, null)).toBe(
      'Kim leaves for Russia by train',
    );
  });
  it('uses a heading that matches a part of the <title>', () => {
    const p = page({ title: 'World: Kim leaves for Russia by train', h1: ['Kim leaves for Russia by train'] });
    expect(chooseTitle([], p, null, null)).toBe('Kim leaves for Russia by train');
  });
  it('completes a truncated metadata title from the heading', () => {
    const p = page({ h1: ['Kim leaves for Russia by armoured train'] });
    expect(chooseTitle(['Kim leaves for Russia by…'], p, null, null)).toBe('Kim leaves for Russia by armoured train');
  });
  it('ignores a URL given as a title', () => {
    expect(chooseTitle(['/news/2024/a-slug/'], page({ title: 'A real title for the page' }), null, null)).toBe(
      'A real title for the page',
    );
  });
});
