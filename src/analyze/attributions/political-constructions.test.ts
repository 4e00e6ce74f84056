import { describe, expect, it } from 'vitest';
import { judgeSuite, loadConstructionSuite, printReport } from './testing/construction-suite.js';

/**
 * The construction suite: invented political-news passages (fixtures/political-constructions.json), judged by
 * testing/construction-suite.ts. The ids that pass are pinned in fixtures/political-constructions.passing.json: a
 * pinned case that fails is a regression; a case that starts passing is printed, to be pinned.
 */
const suite = loadConstructionSuite('political-constructions');

describe('political-news construction suite', () => {
  const report = judgeSuite(suite);

  it('has at least 80 invented cases with unique ids', () => {
    expect(suite.cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(suite.cases.map((c) => c.id)).size).toBe(suite.cases.length);
  });

  it('keeps every pinned case passing', () => {
    printReport(report);
    expect(report.regressed).toEqual([]);
  });
});
