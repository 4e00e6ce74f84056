/**
 * The attribution cue lexicon: verbs and phrases that introduce reported speech, each with its lemma and the
 * reason it is a cue. Forms are matched as whole words outside quotations.
 */
export interface VerbCue {
  readonly forms: readonly string[];
  readonly lemma: string;
  readonly reason: string;
}

export const VERB_CUES: readonly VerbCue[] = [
  { forms: ['said', 'says', 'say'], lemma: 'said', reason: 'the neutral speech verb of news style' },
  { forms: ['told', 'tells'], lemma: 'told', reason: 'speech to an addressee: "X told Reuters …"' },
  { forms: ['announced', 'announces'], lemma: 'announced', reason: 'official statements' },
  { forms: ['reported', 'reports'], lemma: 'reported', reason: 'news outlets relaying facts' },
  { forms: ['stated', 'states'], lemma: 'stated', reason: 'formal statements' },
  { forms: ['confirmed', 'confirms'], lemma: 'confirmed', reason: 'official confirmation of a fact' },
  { forms: ['indicated', 'indicates'], lemma: 'indicated', reason: 'agency wording for a hint or statement' },
  { forms: ['added', 'adds'], lemma: 'added', reason: 'continuation of a statement' },
  { forms: ['noted', 'notes'], lemma: 'noted', reason: 'speech verb' },
  { forms: ['explained', 'explains'], lemma: 'explained', reason: 'speech verb' },
  { forms: ['warned', 'warns'], lemma: 'warned', reason: 'speech verb' },
  { forms: ['claimed', 'claims'], lemma: 'claimed', reason: 'contested statement' },
  { forms: ['insisted', 'insists'], lemma: 'insisted', reason: 'speech verb' },
  { forms: ['argued', 'argues'], lemma: 'argued', reason: 'speech verb' },
  { forms: ['wrote', 'writes'], lemma: 'wrote', reason: 'written statement, letters, posts' },
  { forms: ['tweeted', 'posted'], lemma: 'tweeted', reason: 'statement on social media' },
  { forms: ['declared', 'declares'], lemma: 'declared', reason: 'formal statement' },
  { forms: ['acknowledged', 'acknowledges', 'admitted', 'admits'], lemma: 'acknowledged', reason: 'admission' },
  { forms: ['denied', 'denies'], lemma: 'denied', reason: 'denial: the content is what was denied' },
  { forms: ['asserted', 'asserts', 'maintained', 'contended'], lemma: 'asserted', reason: 'speech verb' },
  { forms: ['stressed', 'emphasized', 'emphasised', 'underlined'], lemma: 'stressed', reason: 'speech verb' },
  { forms: ['revealed', 'disclosed'], lemma: 'revealed', reason: 'disclosure of information' },
  { forms: ['alleged', 'alleges'], lemma: 'alleged', reason: 'allegation' },
  {
    forms: ['estimated', 'estimates', 'predicted', 'predicts', 'forecast'],
    lemma: 'estimated',
    reason: 'a stated figure',
  },
  { forms: ['suggested', 'suggests'], lemma: 'suggested', reason: 'speech verb' },
  { forms: ['replied', 'responded', 'answered'], lemma: 'replied', reason: 'speech in reply' },
  { forms: ['commented', 'remarked', 'observed'], lemma: 'commented', reason: 'speech verb' },
  { forms: ['asked', 'asks'], lemma: 'asked', reason: 'quoted questions' },
  { forms: ['recalled', 'recalls'], lemma: 'recalled', reason: 'speech verb' },
  { forms: ['concluded', 'concludes'], lemma: 'concluded', reason: 'speech verb' },
  { forms: ['predicted'], lemma: 'predicted', reason: 'speech verb' },
];

/** Verb form → lemma. */
export const VERB_FORMS: ReadonlyMap<string, string> = new Map(
  VERB_CUES.flatMap((c) => c.forms.map((f) => [f, c.lemma] as const)),
);

/** Phrase cues: the party follows the phrase. */
export const PHRASE_CUES: readonly {
  readonly phrase: RegExp;
  readonly cue: string;
  readonly kind: 'according' | 'citing' | 'passive';
  readonly reason: string;
}[] = [
  {
    phrase: /\baccording to\b/gi,
    cue: 'according to',
    kind: 'according',
    reason: 'the source of a claim: "…, according to TASS"',
  },
  {
    phrase: /\bciting\b/gi,
    cue: 'citing',
    kind: 'citing',
    reason: 'the outlet relays another source: "citing officials, TBS reported"',
  },
  {
    phrase: /\b(?:as\s+)?(?:confirmed|reported|announced|stated|said|noted|quoted)\s+by\b/gi,
    cue: 'confirmed',
    kind: 'passive',
    reason: 'passive speech: "as confirmed by both nations"',
  },
];

/** Words that can sit between a subject and its cue: "KCNA also said", "X has reportedly said". */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'also',
  'officially',
  'reportedly',
  'previously',
  'earlier',
  'later',
  'again',
  'further',
  'then',
  'publicly',
  'separately',
  'repeatedly',
  'already',
  'recently',
  'just',
  'now',
  'once',
  'first',
  'finally',
  'initially',
  'subsequently',
  'today',
  'yesterday',
  'tonight',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'may',
  'might',
  'did',
  'does',
  'do',
  'not',
  'never',
  'had',
  'has',
  'clearly',
  'simply',
  'flatly',
  'quickly',
  'openly',
  'privately',
  'formally',
  'explicitly',
  'similarly',
  'likewise',
  'however',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'on',
  'late',
  'early',
]);
