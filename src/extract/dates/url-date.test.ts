import { describe, expect, it } from 'vitest';
import { urlDate, urlYear } from './url-date.js';

describe('urlYear', () => {
  it('reads a year segment, with its month', () => {
    expect(urlYear('https://example.org/news/2018/03/mill/')).toEqual({ year: 2018, month: 3 });
    expect(urlYear('https://example.org/2018/mill-reopens')).toEqual({ year: 2018, month: null });
    expect(urlYear('https://example.org/news/mill-2018')).toBeNull();
  });
});

describe('urlDate', () => {
  it('reads a dated path and leaves a year and month alone undated', () => {
    expect(urlDate('https://example.org/2024/03/09/mill/')).toMatchObject({ year: 2024, month: 3, day: 9 });
    expect(urlDate('https://example.org/2019/nov/18/mill')).toMatchObject({ year: 2019, month: 11, day: 18 });
    expect(urlDate('https://example.org/2024/03/mill/')).toBeNull();
    expect(urlDate('not a url')).toBeNull();
  });
});
