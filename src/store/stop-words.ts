/**
 * Words too common to search for: PostgreSQL's `english` text-search configuration leaves them out of every
 * tsvector and tsquery (its snowball stop list, `tsearch_data/english.stop`, the 127 words below, as of
 * PostgreSQL 15). SQLite's FTS5 (unicode61 + porter) indexes them, so the shared parser (search-text.ts) drops them
 * from both backends' queries: a word PostgreSQL cannot find is not one SQLite alone requires, and `a OR`,
 * `train AND` or `the train` find the same articles in both.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers ' +
    'herself it its itself they them their theirs themselves what which who whom this that these those am is ' +
    'are was were be been being have has had having do does did doing a an the and but if or because as until ' +
    'while of at by for with about against between into through during before after above below to from up ' +
    'down in out on off over under again further then once here there when where why how all any both each few ' +
    'more most other some such no nor not only own same so than too very s t can will just don should now'
  ).split(' '),
);
