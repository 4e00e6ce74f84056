import { describeConstructionSuite } from './testing/describe-suite.js';

/**
 * The reporting-verb construction suite: invented sentences of political news, one reporting or cognition
 * construction each (fixtures/reporting-verb-constructions.json): the common reporting and cognition verbs in their
 * past, present, inverted, perfect and participle forms, noun cues, "according to", chains, and the non-speech uses
 * of the same verbs that must give nothing. Judged by testing/construction-suite.ts; the ids that pass are pinned in
 * fixtures/reporting-verb-constructions.passing.json.
 */
describeConstructionSuite('reporting-verb-constructions', 'reporting-verb construction suite', {
  minCases: 180,
  familyAndGenre: false,
});
