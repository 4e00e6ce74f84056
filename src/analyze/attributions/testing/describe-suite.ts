/**
 * The test every construction suite runs (news, political, genre, hard news): the suite is well formed and every
 * pinned case still passes, its report printed. One place, so the suites cannot drift apart in what they check.
 */
import { describe, expect, it } from 'vitest';
import { judgeSuite, loadConstructionSuite, printReport } from './construction-suite.js';

export interface SuiteShape {
  /** The fewest cases the suite may hold. */
  minCases: number;
  /** Whether every case must name its family and genre (the suites written with both). */
  familyAndGenre: boolean;
}

/** Registers `title`'s tests for fixtures/<name>.json and its pins. */
export function describeConstructionSuite(name: string, title: string, shape: SuiteShape): void {
  const suite = loadConstructionSuite(name);
  describe(title, () => {
    const report = judgeSuite(suite);

    const what = shape.familyAndGenre ? ', each with a family and a genre' : '';
    it(`has at least ${shape.minCases} invented cases with unique ids${what}`, () => {
      expect(suite.cases.length).toBeGreaterThanOrEqual(shape.minCases);
      expect(new Set(suite.cases.map((c) => c.id)).size).toBe(suite.cases.length);
      if (shape.familyAndGenre) expect(suite.cases.filter((c) => !c.family || !c.genre).map((c) => c.id)).toEqual([]);
    });

    it('keeps every pinned case passing', () => {
      printReport(report);
      expect(report.regressed).toEqual([]);
    });
  });
}
