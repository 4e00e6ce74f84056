import { describe, expect, it } from 'vitest';
import { publishConfig } from '../config.js';
import { makeStory } from '../testing/fixtures.js';
import { frontPage } from './front-page.js';

const outlets = ['North Wire', 'Bay Times', 'Hill Post', 'Dune Daily', 'Cape Ledger', 'Lake Herald'];

describe('front page story cards', () => {
  it('says what "new" counts (the moving window) and counts the outlets left off the card in the right number', () => {
    const story = makeStory('s1', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], outlets);
    const page = frontPage({
      config: publishConfig(),
      stories: [{ story, recent: 6 }],
      articles: { items: [], total: 0 },
      outlets: [],
      filters: {},
      page: 1,
    }).replace(/\s+/g, ' ');
    expect(page).toContain('6 articles from 6 outlets · 6 new in the last 48 hours');
    expect(page).not.toContain('new recently');
    expect(page).toContain('+1 more<span class="visually-hidden"> outlet</span>');
  });
});
