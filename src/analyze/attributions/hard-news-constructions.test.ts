import { describeConstructionSuite } from './testing/describe-suite.js';

/**
 * The hard-news construction suite: invented passages of courts and police, business and earnings, local government,
 * health and science, disasters and weather, sports and foreign wire copy, weighted to relayed chains, indirect
 * speech running over several sentences, paraphrase cues, speakers named after the quote, pronoun and role-noun
 * speakers across paragraphs, nested quotes, anonymous sources and negatives (fixtures/hard-news-constructions.json).
 * Written blind and committed before the analyzer was run on them (fixtures/README.md gives that first score).
 * Judged by testing/construction-suite.ts; the ids that pass are pinned in fixtures/hard-news-constructions.passing.json.
 */
describeConstructionSuite('hard-news-constructions', 'hard-news construction suite', {
  minCases: 120,
  familyAndGenre: true,
});
