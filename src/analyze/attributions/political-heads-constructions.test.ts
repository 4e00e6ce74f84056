import { describeConstructionSuite } from './testing/describe-suite.js';

/**
 * The political-heads construction suite: invented sentences of political and government news whose speaker is a
 * head such news uses all the time ("the nominee", "the whip", "operatives", "the embassy", "the junta"), a
 * definite singular role standing for the person named before, and negatives using the same words with no cue
 * (fixtures/political-heads-constructions.json). Judged by testing/construction-suite.ts; the ids that pass are
 * pinned in fixtures/political-heads-constructions.passing.json.
 */
describeConstructionSuite('political-heads-constructions', 'political-heads construction suite', {
  minCases: 45,
  familyAndGenre: false,
});
