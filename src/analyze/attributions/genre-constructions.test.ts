import { describe, expect, it } from 'vitest';
import { judgeSuite, loadConstructionSuite, printReport } from './testing/construction-suite.js';

/**
 * The genre construction suite: invented passages of the genres other than plain hard news (interview transcripts,
 * profiles, obituaries, press releases, blogs and opinion, reviews, speeches and hearings, social media, science news,
 * event pages, FAQs and podcasts; fixtures/genre-constructions.json), written blind and committed before the analyzer
 * was run on them (fixtures/README.md gives that first score). Judged by testing/construction-suite.ts; the ids that
 * pass are pinned in fixtures/genre-constructions.passing.json.
 */
const suite = loadConstructionSuite('genre-constructions');

describe('genre construction suite', () => {
  const report = judgeSuite(suite);

  it('has at least 120 invented cases with unique ids, each with a family and a genre', () => {
    expect(suite.cases.length).toBeGreaterThanOrEqual(120);
    expect(new Set(suite.cases.map((c) => c.id)).size).toBe(suite.cases.length);
    expect(suite.cases.filter((c) => !c.family || !c.genre).map((c) => c.id)).toEqual([]);
  });

  it('keeps every pinned case passing', () => {
    printReport(report);
    expect(report.regressed).toEqual([]);
  });
});
