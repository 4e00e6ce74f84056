/**
 * The attribution cue lexicon: verbs and phrases that introduce reported speech, each with its lemma and the
 * reason it is a cue. Forms are matched as whole words outside quotations.
 */
export interface VerbCue {
  readonly forms: readonly string[];
  readonly lemma: string;
  /** The content may follow without "that", a colon or a quote ("KCNA reported Kim's departure"). */
  readonly bare?: boolean;
  /** The speaker may follow the cue: '"…," said Smith'. */
  readonly inverts?: boolean;
  /** Only with a quotation in the content: 'Noem called the campaign a "bold … effort"'. */
  readonly quoteOnly?: boolean;
  readonly reason: string;
}

/**
 * Verbs of other senses ("claimed victory", "the scan revealed", "added a dimension") count only with a clause
 * after them ("that", a colon, a quotation) or before them ("…, X added.").
 */
export const VERB_CUES: readonly VerbCue[] = [
  {
    forms: ['said', 'says', 'say'],
    lemma: 'said',
    bare: true,
    inverts: true,
    reason: 'the neutral speech verb of news style',
  },
  { forms: ['told', 'tells'], lemma: 'told', bare: true, reason: 'speech to an addressee: "X told Reuters …"' },
  { forms: ['announced', 'announces'], lemma: 'announced', bare: true, reason: 'official statements' },
  {
    forms: ['reported', 'reports'],
    lemma: 'reported',
    bare: true,
    inverts: true,
    reason: 'news outlets relaying facts',
  },
  { forms: ['stated', 'states'], lemma: 'stated', bare: true, inverts: true, reason: 'formal statements' },
  { forms: ['confirmed', 'confirms'], lemma: 'confirmed', bare: true, reason: 'official confirmation of a fact' },
  { forms: ['indicated', 'indicates'], lemma: 'indicated', reason: 'agency wording for a hint or statement' },
  { forms: ['added', 'adds'], lemma: 'added', inverts: true, reason: 'continuation of a statement' },
  { forms: ['noted', 'notes'], lemma: 'noted', inverts: true, reason: 'speech verb' },
  { forms: ['explained', 'explains'], lemma: 'explained', inverts: true, reason: 'speech verb' },
  { forms: ['warned', 'warns'], lemma: 'warned', reason: 'speech verb' },
  { forms: ['claimed', 'claims'], lemma: 'claimed', reason: 'contested statement' },
  { forms: ['insisted', 'insists'], lemma: 'insisted', reason: 'speech verb' },
  { forms: ['argued', 'argues'], lemma: 'argued', reason: 'speech verb' },
  { forms: ['wrote', 'writes'], lemma: 'wrote', inverts: true, reason: 'written statement, letters, posts' },
  { forms: ['tweeted'], lemma: 'tweeted', reason: 'statement on social media' },
  { forms: ['declared', 'declares'], lemma: 'declared', reason: 'formal statement' },
  { forms: ['acknowledged', 'acknowledges'], lemma: 'acknowledged', reason: 'admission' },
  { forms: ['denied', 'denies'], lemma: 'denied', bare: true, reason: 'denial: the content is what was denied' },
  { forms: ['asserted', 'asserts', 'maintained', 'contended'], lemma: 'asserted', reason: 'speech verb' },
  { forms: ['stressed', 'emphasized', 'emphasised', 'underlined'], lemma: 'stressed', reason: 'speech verb' },
  { forms: ['revealed', 'disclosed'], lemma: 'revealed', reason: 'disclosure of information' },
  { forms: ['alleged', 'alleges'], lemma: 'alleged', reason: 'allegation' },
  { forms: ['estimated', 'estimates', 'predicted', 'predicts'], lemma: 'estimated', reason: 'a stated figure' },
  { forms: ['suggested', 'suggests'], lemma: 'suggested', reason: 'speech verb' },
  { forms: ['replied', 'responded', 'answered'], lemma: 'replied', inverts: true, reason: 'speech in reply' },
  { forms: ['commented', 'remarked'], lemma: 'commented', inverts: true, reason: 'speech verb' },
  { forms: ['asked', 'asks'], lemma: 'asked', inverts: true, reason: 'quoted questions' },
  { forms: ['recalled', 'recalls'], lemma: 'recalled', reason: 'speech verb' },
  { forms: ['concluded', 'concludes'], lemma: 'concluded', reason: 'speech verb' },
  { forms: ['continued'], lemma: 'continued', inverts: true, reason: '"…," Smith continued.' },
  { forms: ['reiterated', 'reiterates'], lemma: 'reiterated', reason: 'speech verb' },
  { forms: ['hinted', 'hints'], lemma: 'hinted', reason: 'indirect statement' },
  { forms: ['urged', 'urges'], lemma: 'urged', bare: true, reason: 'a demand: the content is what was urged' },
  { forms: ['accused', 'accuses'], lemma: 'accused', bare: true, reason: 'an accusation' },
  { forms: ['condemned', 'condemns'], lemma: 'condemned', bare: true, reason: 'a condemnation' },
  { forms: ['called'], lemma: 'called', quoteOnly: true, reason: 'naming in quotes: called it a "sham"' },
  { forms: ['described', 'describes'], lemma: 'described', quoteOnly: true, reason: 'described as "…"' },
  { forms: ['quipped', 'shouted', 'shouts', 'yelled'], lemma: 'quipped', inverts: true, reason: 'manner of speaking' },
];

/** Cue lemma → its entry. */
export const CUE_BY_LEMMA: ReadonlyMap<string, VerbCue> = new Map(VERB_CUES.map((c) => [c.lemma, c]));

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
    phrase:
      /\b(?:as|(?:was|were|is|are|been)(?:\s+also)?)\s+(?:confirmed|reported|announced|stated|said|noted|quoted)\s+by\b/gi,
    cue: 'confirmed',
    kind: 'passive',
    reason: 'passive speech: "as confirmed by both nations"',
  },
];

/** Words that can sit between a subject and its cue: "KCNA also said", "X has reportedly said". */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'also',
  'twice',
  'always',
  'long',
  'still',
  'even',
  'too',
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

/** Participles that carry the main subject's words: "The US welcomed the exchange, saying …". */
export const PARTICIPLE_CUES: ReadonlyMap<string, string> = new Map([
  ['saying', 'saying'],
  ['adding', 'adding'],
  ['noting', 'noting'],
  ['warning', 'warning'],
  ['arguing', 'arguing'],
  ['claiming', 'claiming'],
  ['insisting', 'insisting'],
  ['stressing', 'stressing'],
  ['explaining', 'explaining'],
  ['declaring', 'declaring'],
  ['accusing', 'accusing'],
]);
