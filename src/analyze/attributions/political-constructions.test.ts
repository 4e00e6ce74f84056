import { describeConstructionSuite } from './testing/describe-suite.js';

/**
 * The construction suite: invented political-news passages (fixtures/political-constructions.json), judged by
 * testing/construction-suite.ts. The ids that pass are pinned in fixtures/political-constructions.passing.json: a
 * pinned case that fails is a regression; a case that starts passing is printed, to be pinned.
 */
describeConstructionSuite('political-constructions', 'political-news construction suite', {
  minCases: 80,
  familyAndGenre: false,
});
