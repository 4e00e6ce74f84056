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
  /**
   * With a short object then this word, the object and its complement are the content, quoted or not:
   * "called the process a sham" (a/an), "sees it as a test" (as).
   */
  readonly complement?: 'a' | 'as' | 'among' | 'to';
  /** Advice: an -ing clause right after the cue is the content ("recommends wiring the Chromecast …"). */
  readonly gerund?: boolean;
  /** A commitment: a to-infinitive right after the cue is the content ("vowed to keep trying"). */
  readonly infinitive?: boolean;
  /** Speech to an addressee, who sits between the cue and the content: "assured the public … that …". */
  readonly addressee?: boolean;
  /** A plural present counts with its object then "of" the charge in the same clause: "accuse X of …". */
  readonly ofCharge?: boolean;
  /** Only with an object then "for" the fault, or "for" right after in a relative clause: "blame X for …". */
  readonly forCharge?: boolean;
  /** A forecast: a figure in the object is the content, with no clause ("analysts expected $2.52 a share"). */
  readonly figure?: boolean;
  /** Only with "that" or a colon right after: "the study found that …" (the verb has other senses). */
  readonly thatOnly?: boolean;
  /** The word right after the cue that belongs to it: "pointed out that …", "voiced concern that …". */
  readonly particle?: RegExp;
  /**
   * "disputed the notion that …", "have challenged the idea that …": the clause after "the idea/notion/claim … that" is
   * the content; "only" when the verb counts in no other reading.
   */
  readonly notion?: 'only' | 'also';
  /** With the plural present, an object then its to-infinitive is the content: "analysts expect the bank to cut rates". */
  readonly objectInfinitive?: boolean;
  /** Only with a document as the subject: "the statement read", "the letter reads: …" ("she read a book" is none). */
  readonly documentSubject?: boolean;
  /** Only in an "as" clause before the cue's subject: "as the governor put it, …". */
  readonly asOnly?: boolean;
  /** Words of a fixed object between the cue and its "that" (PHRASAL_CUES): 3 for "came to the conclusion that". */
  readonly object?: number;
  /** An indirect question may be the content: "asked whether …", "wondered what …". */
  readonly question?: boolean;
  /** A demand with "on", its addressee and a to-infinitive: "called on the government to release …". */
  readonly demandOn?: boolean;
  /**
   * A request or a demand: an addressee then a to-infinitive, which is the content ("asked the board not to delay
   * the vote", "encouraged voters to register", "pleaded with him to resign"). 'party': only when the addressee reads
   * as a party ("ordered the agency to …"), the verb having other senses with an object ("ordered a copy to read").
   */
  readonly directive?: boolean | 'party';
  /**
   * Plural-present forms ("analysts argue", "tests reveal"). They double as nouns and infinitives ("a claim",
   * "will announce"), so they count only with "that" right after and no modal or "to" before.
   */
  readonly base?: readonly string[];
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
  {
    forms: ['told', 'tells'],
    lemma: 'told',
    bare: true,
    addressee: true,
    base: ['tell'],
    reason: 'speech to an addressee: "X told Reuters …"',
  },
  {
    forms: ['announced', 'announces'],
    lemma: 'announced',
    bare: true,
    base: ['announce'],
    reason: 'official statements',
  },
  {
    forms: ['reported', 'reports'],
    lemma: 'reported',
    bare: true,
    inverts: true,
    base: ['report'],
    reason: 'news outlets relaying facts',
  },
  {
    forms: ['stated', 'states'],
    lemma: 'stated',
    bare: true,
    inverts: true,
    base: ['state'],
    reason: 'formal statements',
  },
  {
    forms: ['confirmed', 'confirms'],
    lemma: 'confirmed',
    bare: true,
    base: ['confirm'],
    reason: 'official confirmation of a fact',
  },
  { forms: ['indicated', 'indicates'], lemma: 'indicated', base: ['indicate'], reason: 'agency wording for a hint' },
  { forms: ['added', 'adds'], lemma: 'added', inverts: true, base: ['add'], reason: 'continuation of a statement' },
  {
    forms: ['noted', 'notes'],
    lemma: 'noted',
    inverts: true,
    question: true,
    base: ['note'],
    reason: 'speech verb; "noted how the plan had failed"',
  },
  {
    forms: ['explained', 'explains', 'elaborated'],
    lemma: 'explained',
    inverts: true,
    question: true,
    base: ['explain'],
    reason: 'speech verb; "he elaborated that …"',
  },
  {
    forms: ['warned', 'warns'],
    lemma: 'warned',
    bare: true,
    base: ['warn'],
    reason: 'a warning: "warned people to stay away", "warned of dangerous consequences"',
  },
  {
    forms: ['claimed', 'claims'],
    lemma: 'claimed',
    base: ['claim'],
    infinitive: true,
    reason: 'contested statement; "claimed to have met him", "claims to be a doctor" (not "claimed victory")',
  },
  { forms: ['insisted', 'insists'], lemma: 'insisted', base: ['insist'], reason: 'speech verb' },
  {
    forms: ['argued', 'argues', 'reasoned'],
    lemma: 'argued',
    base: ['argue'],
    reason: 'speech verb; "the city reasoned that …" (not "reasons", a noun far more often)',
  },
  {
    forms: ['wrote', 'writes', 'written'],
    lemma: 'wrote',
    inverts: true,
    base: ['write'],
    reason: 'written statement, letters, posts; "has written" after a quotation',
  },
  { forms: ['tweeted'], lemma: 'tweeted', reason: 'statement on social media' },
  {
    forms: ['read', 'reads'],
    lemma: 'read',
    inverts: true,
    quoteOnly: true,
    documentSubject: true,
    reason: 'a document\'s words quoted: "“We are disappointed,” the statement read", "The letter reads: “…”"',
  },
  {
    forms: ['posted'],
    lemma: 'posted',
    thatOnly: true,
    reason: 'a statement on social media, with "that" or a colon: "posted on Truth Social: …" (not "posted a photo")',
  },
  { forms: ['declared', 'declares'], lemma: 'declared', base: ['declare'], reason: 'formal statement' },
  {
    forms: ['acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes'],
    lemma: 'acknowledged',
    base: ['acknowledge', 'admit', 'concede'],
    reason: 'admission',
  },
  {
    forms: ['denied', 'denies'],
    lemma: 'denied',
    bare: true,
    base: ['deny'],
    reason: 'denial: the content is what was denied',
  },
  {
    forms: ['asserted', 'asserts', 'maintained', 'contended', 'contends'],
    lemma: 'asserted',
    base: ['assert', 'maintain', 'contend'],
    reason: 'speech verb',
  },
  {
    forms: ['stressed', 'emphasized', 'emphasised', 'underlined'],
    lemma: 'stressed',
    base: ['stress', 'emphasize', 'emphasise'],
    reason: 'speech verb',
  },
  {
    forms: ['revealed', 'disclosed', 'divulged'],
    lemma: 'revealed',
    base: ['reveal', 'disclose', 'divulge'],
    question: true,
    reason: 'disclosure',
  },
  { forms: ['alleged', 'alleges'], lemma: 'alleged', base: ['allege'], reason: 'allegation' },
  {
    forms: ['estimated', 'estimates', 'predicted', 'predicts', 'projected', 'projects', 'forecast', 'forecasts'],
    lemma: 'estimated',
    base: ['estimate', 'predict', 'project'],
    figure: true,
    reason: 'a stated figure or forecast: "the CBO projects that …"',
  },
  {
    forms: ['suggested', 'suggests'],
    lemma: 'suggested',
    base: ['suggest'],
    gerund: true,
    reason: 'speech verb; advice: "suggests having a year of expenses in cash"',
  },
  {
    forms: ['recommended', 'recommends', 'encouraged', 'encourages', 'advised', 'advises', 'proposed', 'proposes'],
    lemma: 'recommended',
    base: ['recommend', 'advise', 'propose'],
    gerund: true,
    directive: true,
    reason: 'advice: "recommends wiring it up", "encourages taking up a side hustle", or with "that"',
  },
  {
    forms: ['shared'],
    lemma: 'shared',
    thatOnly: true,
    addressee: true,
    reason: 'a statement to someone: "shared with AutoIndustriya.com that …" (only with "that": "shared a photo")',
  },
  {
    forms: ['charged', 'charges'],
    lemma: 'charged',
    thatOnly: true,
    base: ['charge'],
    reason: 'an accusation with "that" ("Reddick charged that the plan …"); "charged with a crime" is not one',
  },
  {
    forms: ['knows', 'knew'],
    lemma: 'knows',
    thatOnly: true,
    base: ['know'],
    reason: 'knowledge attributed to its holder, with "that" ("knew the area well" is not)',
  },
  { forms: ['replied', 'responded', 'answered'], lemma: 'replied', inverts: true, reason: 'speech in reply' },
  { forms: ['commented', 'remarked'], lemma: 'commented', inverts: true, reason: 'speech verb' },
  {
    forms: ['asked', 'asks'],
    lemma: 'asked',
    inverts: true,
    question: true,
    directive: true,
    reason: 'quoted or indirect questions; a request: "asked the board not to delay the vote"',
  },
  {
    forms: ['pleaded', 'pleads', 'begged', 'begs', 'implored', 'implores', 'beseeched'],
    lemma: 'pleaded',
    directive: true,
    reason:
      'an entreaty with its addressee and a to-infinitive: "pleaded with him to resign" ("pleaded guilty" is none)',
  },
  {
    forms: ['pressed', 'presses'],
    lemma: 'pressed',
    thatOnly: true,
    directive: 'party',
    reason:
      'a demand with an addressee that reads as a party and a to-infinitive: "diplomats pressed both governments to ' +
      'accept a monitoring mission" (not "pressed the button to open the gate", nor "pressed for talks")',
  },
  {
    forms: ['invited', 'invites'],
    lemma: 'invited',
    directive: true,
    reason: 'a request with its addressee and a to-infinitive: "invited me to join" (not "invited them to dinner")',
  },
  {
    forms: ['wondered', 'wonders', 'questioned', 'questions'],
    lemma: 'wondered',
    question: true,
    thatOnly: true,
    reason: 'a question held or put: "wondered whether …", "questioned whether …" (not "questioned the suspect")',
  },
  {
    forms: ['detailed', 'details'],
    lemma: 'detailed',
    question: true,
    thatOnly: true,
    base: ['detail'],
    reason: 'an account given: "they detail how the man fell ill" (only with a question word or "that")',
  },
  {
    forms: ['voiced', 'voices', 'expressed', 'expresses', 'raised', 'raises'],
    lemma: 'voiced',
    particle:
      /^(?:concerns?|fears?|doubts?|worries|hopes?|confidence|optimism|skepticism|scepticism|frustration|alarm|regret)$/,
    thatOnly: true,
    base: ['voice', 'express', 'raise'],
    reason: 'a stance stated: "voiced concern that …", "expressed confidence that …" (only with its noun and "that")',
  },
  {
    forms: ['pointed', 'points'],
    lemma: 'pointed out',
    particle: /^out$/,
    thatOnly: true,
    base: ['point'],
    reason: 'a statement of a fact: "has pointed out that …" (only with "out" and "that")',
  },
  {
    forms: ['weighed', 'weighs'],
    lemma: 'weighed in',
    particle: /^in$/,
    inverts: true,
    reason: 'an opinion offered: "“…,” Smith weighed in." (only with "in")',
  },
  {
    forms: ['made', 'makes'],
    lemma: 'made clear',
    particle: /^clear$/,
    thatOnly: true,
    base: ['make'],
    reason: 'a firm statement: "made clear that …" (only with "clear" and "that")',
  },
  {
    forms: ['recalled', 'recalls', 'remembered', 'remembers'],
    lemma: 'recalled',
    base: ['recall'],
    question: true,
    gerund: true,
    reason: 'speech about the past; "she recalls rushing over at 3 a.m."',
  },
  { forms: ['concluded', 'concludes'], lemma: 'concluded', base: ['conclude'], reason: 'a finding stated' },
  { forms: ['continued'], lemma: 'continued', inverts: true, reason: '"…," Smith continued.' },
  { forms: ['reiterated', 'reiterates'], lemma: 'reiterated', base: ['reiterate'], reason: 'speech verb' },
  {
    forms: [
      'presented',
      'presents',
      'portrayed',
      'portrays',
      'characterized',
      'characterised',
      'characterizes',
      'depicted',
      'depicts',
      'touted',
      'touts',
      'pitched',
      'framed',
    ],
    lemma: 'portrayed',
    complement: 'as',
    reason: 'a judgement of something as something: "presented itself as an alternative", "touted the deal as …"',
  },
  {
    forms: [
      'denounced',
      'denounces',
      'hailed',
      'hails',
      'slammed',
      'slams',
      'blasted',
      'blasts',
      'derided',
      'derides',
      'decried',
      'decries',
      'lauded',
      'lauds',
      'shrugged',
      // Praise and criticism with a verdict: "praised the ruling as a victory", "criticized the budget as a giveaway".
      'praised',
      'praises',
      'criticized',
      'criticised',
      'criticizes',
      'criticises',
      'attacked',
      'attacks',
      'welcomed',
      'welcomes',
      'cited',
      'cites',
    ],
    lemma: 'denounced',
    complement: 'as',
    reason:
      'a verdict on something as something: "denounced the ruling as an attack on the courts", "shrugged them off ' +
      'as noise" (without "as" these verbs name an act, not a claim)',
  },
  {
    forms: ['hinted', 'hints'],
    lemma: 'hinted',
    base: ['hint'],
    reason: 'indirect statement; "officials hint that …"',
  },
  { forms: ['urged', 'urges'], lemma: 'urged', bare: true, reason: 'a demand: the content is what was urged' },
  {
    forms: ['accused', 'accuses'],
    lemma: 'accused',
    bare: true,
    base: ['accuse'],
    ofCharge: true,
    reason: 'an accusation; "Critics accuse the government of …" names its target, then "of" its charge',
  },
  { forms: ['condemned', 'condemns'], lemma: 'condemned', bare: true, reason: 'a condemnation' },
  {
    forms: ['blamed', 'blames'],
    lemma: 'blamed',
    bare: true,
    forCharge: true,
    base: ['blame'],
    reason:
      'a fault laid on someone: "critics blame the rules for the drop", "the hostility that critics blame for …" ' +
      '(only with "for"; "was blamed" is passive, "the blame" a noun)',
  },
  {
    forms: ['called', 'calls'],
    lemma: 'called',
    quoteOnly: true,
    complement: 'a',
    demandOn: true,
    reason: 'naming: called it a "sham", called the process a sham',
  },
  {
    forms: ['described', 'describes'],
    lemma: 'described',
    quoteOnly: true,
    complement: 'as',
    question: true,
    base: ['describe'],
    reason: 'described as "…", or an object and its complement: "described it as a stable but declining resource"',
  },
  {
    forms: ['branded', 'brands', 'labeled', 'labelled', 'labels'],
    lemma: 'branded',
    quoteOnly: true,
    complement: 'a',
    reason:
      'a verdict put as a name: branded the plan "reckless", labelled him a traitor (as "called"; not "branded goods")',
  },
  {
    forms: ['dubbed'],
    lemma: 'dubbed',
    quoteOnly: true,
    reason: 'naming in quotes: "the new Gannett," as Reed dubbed it',
  },
  {
    forms: ['quipped', 'joked', 'shouted', 'shouts', 'yelled', 'exclaimed'],
    lemma: 'quipped',
    inverts: true,
    reason: 'manner of speaking; "the mayor exclaimed: “…”"',
  },
  {
    forms: ['instructed'],
    lemma: 'instructed',
    inverts: true,
    reason:
      'an instruction quoted: "“Don’t get nervous,” instructed the supervisor" ("instructed X to" is not content)',
  },
  { forms: ['testified', 'testifies'], lemma: 'testified', base: ['testify'], reason: 'sworn statement' },
  {
    forms: ['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges'],
    lemma: 'promised',
    base: ['promise', 'vow', 'pledge'],
    infinitive: true,
    addressee: true,
    reason:
      'a commitment stated, with a clause or a to-infinitive: "has pledged to punish the Authority", "promised the ' +
      'state that it will cap prices"',
  },
  {
    forms: ['threatened', 'threatens'],
    lemma: 'threatened',
    thatOnly: true,
    reason:
      'a threat stated with "that" ("threatened that the party would walk out"); not its to-infinitive, an act as ' +
      'often as words in crime news ("charges he threatened to kill …")',
  },
  {
    forms: ['put', 'puts'],
    lemma: 'put it',
    particle: /^it$/,
    asOnly: true,
    reason: 'a way of saying, in an "as" clause only: "as the governor put it, …" ("she put it on the table" is none)',
  },
  {
    forms: ['complained', 'complains', 'cautioned', 'cautions', 'countered', 'counters', 'lamented', 'laments'],
    lemma: 'complained',
    inverts: true,
    base: ['complain', 'caution'],
    reason: 'manner of a statement',
  },
  {
    forms: ['assured', 'assures', 'reassured', 'reassures', 'reminded', 'informed'],
    lemma: 'assured',
    addressee: true,
    reason: 'speech to an addressee: "assured the public on Weibo that …"',
  },
  {
    forms: ['rejected', 'rejects', 'dismissed', 'dismisses'],
    lemma: 'rejected',
    quoteOnly: true,
    reason:
      'a rejection in quoted words: rejected the claims as "patently false" (not with an "as" alone: "rejected its ' +
      'role as a mediator")',
  },
  {
    forms: ['disputed', 'disputes'],
    lemma: 'disputed',
    base: ['dispute'],
    notion: 'also',
    reason:
      'a denial in other words: "disputed that he had been a participant" (with a clause, not "disputed the bill")',
  },
  {
    forms: ['challenged', 'challenges'],
    lemma: 'challenged',
    notion: 'only',
    reason: 'a stance against a claim: "have challenged the idea that …" (not "challenged the ruling")',
  },
  {
    forms: ['ordered', 'orders', 'commanded'],
    lemma: 'ordered',
    inverts: true,
    quoteOnly: true,
    directive: 'party',
    reason:
      'an order in quoted words: "“Hands up!” an officer ordered." (not "ordered pizza", "Whoever ordered that sample"), ' +
      'or an addressee that reads as a party and its to-infinitive: "the court ordered the commission to suspend the ' +
      'purge" (not "ordered a copy to read on the train")',
  },
  { forms: ['boasted', 'boasts', 'bragged'], lemma: 'boasted', base: ['boast'], reason: 'speech verb' },
  // Cognition: PolNeAR-style guidelines attribute beliefs as well as speech ("NASA believes …").
  {
    forms: ['believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'reckons', 'reckoned'],
    lemma: 'believes',
    base: ['believe', 'think', 'feel', 'reckon'],
    reason: 'a belief attributed to its holder ("reckons the incumbent is ahead" as "thinks")',
  },
  {
    forms: [
      'figured',
      'suspected',
      'suspects',
      'assumed',
      'assumes',
      'surmised',
      'speculated',
      'speculates',
      'realized',
      'realised',
      'realizes',
      'recognized',
      'recognised',
      'recognizes',
    ],
    lemma: 'suspected',
    thatOnly: true,
    base: ['suspect', 'assume', 'speculate', 'realize', 'recognize'],
    reason: 'a belief or realization attributed to its holder, only with "that" ("suspected militants" is not one)',
  },
  {
    forms: [
      'observed',
      'observes',
      'mentioned',
      'mentions',
      'signaled',
      'signalled',
      'signals',
      'agreed',
      'agrees',
      'implied',
      'implies',
      'demanded',
      'demands',
      'determined',
      'ruled',
      'rules',
      'figured',
    ],
    lemma: 'observed',
    thatOnly: true,
    base: ['observe', 'mention', 'signal', 'agree', 'imply', 'demand', 'determine', 'rule'],
    reason:
      'statements, agreements, demands, rulings and reckonings, only with "that": "the court ruled that …", ' +
      '"officials agreed that …", "they figured that …" ("agreed to a deal", "ruled out", "figured out" are not; ' +
      '"held that" is left out: "held that post for years"; no plural present "figure", which makes every "figure" ' +
      "a cue word to test, 12% of the stage's CPU time)",
  },
  {
    forms: [
      'affirmed',
      'affirms',
      'confessed',
      'confided',
      'objected',
      'opined',
      'proclaimed',
      'protested',
      'recounted',
      'swore',
      'underscored',
      'highlighted',
      'clarified',
      'guaranteed',
      'hypothesized',
      'theorized',
      'posited',
      'guessed',
      'stipulated',
      'specified',
      'attested',
      'certified',
      'anticipated',
      'anticipates',
      'retorted',
      'mused',
    ],
    lemma: 'affirmed',
    thatOnly: true,
    base: ['affirm', 'hypothesize', 'theorize', 'posit', 'anticipate'],
    reason:
      'reporting and stance verbs of a clause, only with "that" or a colon: "she confided that …", "aides ' +
      'protested that …", "she confided that …" ("protested the ruling", "highlighted the risks" are no claims; ' +
      'hopes are left out with wants and plans)',
  },
  {
    forms: ['doubted', 'doubts'],
    lemma: 'doubted',
    base: ['doubt'],
    question: true,
    reason:
      'a doubt held, with a clause ("analysts doubted the bill would survive") or a question ("doubts whether …"); ' +
      '"doubted his sincerity" names no claim',
  },
  {
    forms: ['sees', 'saw', 'views', 'viewed', 'regards', 'regarded', 'considers', 'considered'],
    lemma: 'sees',
    complement: 'as',
    base: ['see', 'view', 'regard', 'consider'],
    reason:
      'a view attributed to its holder, with "as": "sees the lineup as its Achilles heel", "opponents saw the move ' +
      'as hypocritical", "they consider modernity as their enemy" (judgements.ts folds one with the same ' +
      "subject's other cues of the sentence into one record)",
  },
  {
    forms: ['compared', 'compares', 'likened', 'likens'],
    lemma: 'compared',
    complement: 'to',
    reason:
      'a judgement by likeness, with an object then "to": "compared the budget to a shell game" (not "compared ' +
      'with last year", nor "compared the plans to see …")',
  },
  {
    forms: ['rates', 'rated', 'ranks', 'ranked'],
    lemma: 'rates',
    complement: 'among',
    base: ['rate', 'rank'],
    reason:
      'a judgement attributed to its holder, with an object then "among" or "as": "the UN rates the group among the ' +
      'most persecuted" (not "the port ranks among the busiest", "rated R")',
  },
  {
    forms: ['expects', 'expected'],
    lemma: 'expects',
    thatOnly: true,
    figure: true,
    objectInfinitive: true,
    base: ['expect'],
    reason:
      'an expectation attributed to its holder (with a clause, or in the plural present an object and its infinitive: "analysts expect the bank to cut rates"; not "expected to")',
  },
  {
    forms: ['fears', 'feared', 'worries', 'worried'],
    lemma: 'fears',
    base: ['fear', 'worry'],
    reason: 'a concern attributed to its holder',
  },
  {
    forms: ['found', 'finds', 'showed', 'shows', 'shown'],
    lemma: 'found',
    base: ['find', 'show'],
    reason: 'findings of a study or an inquiry: "the review found that …"',
  },
];

/**
 * A verb and a fixed object that together state a claim, with "that" right after: "came to the conclusion that …",
 * "made the case that …". The lemma is the single verb that says the same.
 */
export const PHRASAL_CUES: readonly {
  readonly verb: RegExp;
  readonly object: readonly RegExp[];
  readonly lemma: string;
  readonly reason: string;
}[] = [
  {
    verb: /^(?:came|come|comes|coming)$/,
    object: [/^to$/, /^(?:the|a)$/, /^conclusion$/],
    lemma: 'concluded',
    reason: 'a finding reached: "came to the conclusion that the claims were lies"',
  },
  {
    verb: /^(?:reached|reach|reaches|drew|draws)$/,
    object: [/^(?:the|a)$/, /^conclusion$/],
    lemma: 'concluded',
    reason: 'a finding reached: "the panel reached the conclusion that …"',
  },
  {
    verb: /^(?:made|make|makes|making)$/,
    object: [/^(?:the|a)$/, /^(?:case|point|argument)$/],
    lemma: 'argued',
    reason: 'an argument put: "made the case that the tax is overdue"',
  },
  {
    verb: /^(?:took|take|takes|held|holds)$/,
    object: [/^the$/, /^(?:view|position|stance)$/],
    lemma: 'believes',
    reason: 'a view held: "the court took the view that …"',
  },
  {
    verb: /^(?:raised|raises)$/,
    object: [/^the$/, /^possibility$/],
    lemma: 'suggested',
    reason: 'a possibility put forward: "raised the possibility that the vote would be delayed"',
  },
  {
    verb: /^(?:made|make|makes|making)$/,
    object: [/^it$/, /^(?:clear|plain)$/],
    lemma: 'stressed',
    reason: 'a point pressed: "the minister made it clear that the plant would close", "has made it plain that …"',
  },
  {
    verb: /^(?:made|make|makes|making)$/,
    object: [/^it$/, /^(?:abundantly|very|quite|perfectly|crystal|absolutely|entirely)$/, /^(?:clear|plain)$/],
    lemma: 'stressed',
    reason: 'the same with a word of degree: "the court has made it abundantly clear that …"',
  },
  {
    verb: /^(?:issued|issues|issue|issuing|gave|gives|give|giving|sounded|sounds|sound|sounding)$/,
    object: [/^(?:a|an|the)$/, /^warnings?$/],
    lemma: 'warned',
    reason: 'a warning given: "the ministry issued a warning that any incursion would be met with force"',
  },
  {
    verb: /^(?:issued|issues|issue|issuing|gave|gives|give|giving|sounded|sounds|sound|sounding)$/,
    object: [/^(?:a|an)$/, /^\p{Ll}+$/u, /^warning$/],
    lemma: 'warned',
    reason: 'the same with a word of manner: "the central bank issued a stark warning that inflation would rise"',
  },
  {
    verb: /^been$/,
    object: [/^(?:clear|plain)$/],
    lemma: 'stressed',
    reason:
      'a position stated firmly: "the minister has been clear that the border stays shut" (only after "been": "it is ' +
      'clear that" is the writer\'s own voice)',
  },
  {
    verb: /^been$/,
    object: [/^(?:abundantly|very|quite|perfectly|crystal|absolutely|entirely|equally)$/, /^(?:clear|plain)$/],
    lemma: 'stressed',
    reason: 'the same with a word of degree: "the governor has been very clear that the bridge will reopen"',
  },
  {
    verb: /^(?:shot|shoots|fired|fires|hit|hits)$/,
    object: [/^back$/],
    lemma: 'replied',
    reason:
      'a retort with its clause: "the senator shot back that the figures were invented", "fired back that …" (a ' +
      'participle after "hit back," is read in participles.ts)',
  },
  {
    verb: /^(?:came|come|comes|coming)$/,
    object: [/^to$/, /^(?:believe|think|feel|suspect|see|understand)$/],
    lemma: 'believes',
    reason: 'a belief reached over time: "she came to believe that the tax was unfair" (not "came to see the mayor")',
  },
  {
    verb: /^(?:came|come|comes|coming)$/,
    object: [/^to$/, /^(?:acknowledge|accept|admit|recognize|recognise|realize|realise)$/],
    lemma: 'acknowledged',
    reason: 'an admission reached over time: "by 1965 he had come to acknowledge that semantics matters"',
  },
];

/** Cue lemma → its entry. */
export const CUE_BY_LEMMA: ReadonlyMap<string, VerbCue> = new Map(VERB_CUES.map((c) => [c.lemma, c]));

/** Verb form → lemma. */
export const VERB_FORMS: ReadonlyMap<string, string> = new Map(
  VERB_CUES.flatMap((c) => [...c.forms, ...(c.base ?? [])].map((f) => [f, c.lemma] as const)),
);

/** Plural-present forms, which count only with "that" right after (VerbCue.base). */
export const BASE_FORMS: ReadonlySet<string> = new Set(VERB_CUES.flatMap((c) => c.base ?? []));

/** Words before a base form that make it an infinitive or a modal phrase, not a report: "will announce". */
export const NOT_BEFORE_BASE: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'did',
  'does',
  'do',
  "don't",
  'not',
  'never',
  "didn't",
  "won't",
  'let',
  'please',
]);

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
    phrase: /\bper\b/g,
    cue: 'per',
    kind: 'according',
    reason: 'terse "according to": "…, per the WHO" (a name or a source must head the phrase: not "per share")',
  },
  {
    phrase: /\bciting\b/gi,
    cue: 'citing',
    kind: 'citing',
    reason: 'the outlet relays another source: "citing officials, TBS reported"',
  },
  {
    phrase:
      /\b(?:remarks|comments|an interview|interview|a statement|statement)\s+(?:reported|published|aired|broadcast)\s+by\b/gi,
    cue: 'according to',
    kind: 'according',
    reason: 'the outlet that relayed the words: "said in remarks reported by The Hill that …"',
  },
  {
    phrase: /(?<=,\s+)quoted\s+by\b/gi,
    cue: 'quoted',
    kind: 'according',
    reason: 'an outlet relaying the words, set off after the speaker: "Sorokov, quoted by Tessa, said …"',
  },
  {
    phrase: /\bquoting\b(?!\s+from\b)/gi,
    cue: 'citing',
    kind: 'citing',
    reason:
      'a relayed source, as "citing": "according to Yonhap, quoting the state news agency, …" ("quoting from the ' +
      'Bible" quotes a text, not a source)',
  },
  {
    phrase: /\b(?:which|who|that)\s+(?:had\s+)?cited\b/gi,
    cue: 'citing',
    kind: 'citing',
    reason: 'a relayed source in a relative clause: "according to Reuters, which cited two officials"',
  },
  {
    phrase:
      /\b(?:as|(?:was|were|is|are|been)(?:\s+also)?)\s+(?:(?:first|originally|earlier|previously)\s+)?(?:confirmed|reported|announced|stated|said|noted|quoted)\s+by\b/gi,
    cue: 'confirmed',
    kind: 'passive',
    reason: 'passive speech: "as confirmed by both nations", "as first reported by the Gazette"',
  },
  {
    phrase: /\b(?:was|were|is|are|been|being)(?:\s+also)?\s+told\s+by\b/gi,
    cue: 'told',
    kind: 'passive',
    reason:
      'speech to the subject, its speaker after "by": "Reporters were told by a senior aide that …" (not "the story, ' +
      'as told by his sister", a telling)',
  },
  {
    phrase:
      /\b(?:was|were|is|are|been|being)(?:\s+also)?\s+(?:described|called|labell?ed|dubbed|branded|hailed|characteri[sz]ed)\s+(?:as\s+)?["“][^"“”]*["”],?\s+by\b/gi,
    cue: 'described',
    kind: 'passive',
    reason:
      'a quoted verdict in the passive, its speaker after "by": "has been described as “heartbreaking” by the ' +
      'department" (a quotation must stand before "by": "was called by the court" is a summons)',
  },
  {
    phrase: /\b(?:was|were|is|are|been|being)(?:\s+also)?\s+(?:described|characteri[sz]ed)\s+by\b/gi,
    cue: 'described',
    kind: 'passive',
    reason:
      'a verdict in the passive with its speaker after "by" and "as" after it: "was described by aides as furious" ' +
      '(not "portrayed by", an actor\'s part; with no "as", no record)',
  },
  {
    phrase: /\b(?:was|were|is|are|been|being)(?:\s+also)?\s+accused\s+by\b/gi,
    cue: 'accused',
    kind: 'passive',
    reason:
      'an accusation in the passive, its accuser after "by" and the charge after "of": "has been accused by ' +
      'opposition lawmakers of misleading parliament" (with no "of" after the accuser, no record)',
  },
];

/** Words that can sit between a subject and its cue: "KCNA also said", "X has reportedly said". */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  // Reflexives that stress the subject: "Trump himself said", "The change log itself points out".
  'himself',
  'herself',
  'itself',
  'themselves',
  'also',
  'twice',
  'always',
  // "has often said that …", "sometimes says": how often the speaker says it.
  'often',
  'sometimes',
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
  // "has been saying that …": only before a progressive (verbDraft reads "been said" as a passive with no speaker).
  'been',
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
  'instead',
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

/**
 * Progressive forms after "is/are/was/were/been" and the cue lemma they stand for: "critics are arguing that …",
 * "he has been saying that …". Not "denying", whose progressive is mostly a refusal ("is denying vaccines to …").
 */
export const PROGRESSIVE_CUES: ReadonlyMap<string, string> = new Map([
  ['saying', 'said'],
  ['telling', 'told'],
  ['arguing', 'argued'],
  ['claiming', 'claimed'],
  ['insisting', 'insisted'],
  ['warning', 'warned'],
  ['suggesting', 'suggested'],
  ['urging', 'urged'],
  ['predicting', 'estimated'],
  // Only with a clause or a figure (VerbCue.figure): "analysts were expecting $2.52 a share", not "expecting a baby".
  ['expecting', 'expects'],
  ['forecasting', 'estimated'],
  ['projecting', 'estimated'],
  ['complaining', 'complained'],
  ['alleging', 'alleged'],
  ['asking', 'asked'],
  ['encouraging', 'recommended'],
  ['accusing', 'accused'],
  ['promising', 'promised'],
  ['vowing', 'promised'],
  ['stressing', 'stressed'],
  ['admitting', 'acknowledged'],
  ['reporting', 'reported'],
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
  ['telling', 'telling'],
  ['urging', 'urging'],
  ['stating', 'stating'],
  ['boasting', 'boasting'],
  ['alleging', 'alleging'],
  ['suggesting', 'suggesting'],
  ['predicting', 'predicting'],
  ['acknowledging', 'acknowledging'],
  ['admitting', 'admitting'],
  ['conceding', 'conceding'],
  ['promising', 'promising'],
  ['vowing', 'vowing'],
  ['complaining', 'complaining'],
  ['reporting', 'reporting'],
  ['announcing', 'announcing'],
  ['confirming', 'confirming'],
  ['denying', 'denying'],
  ['calling', 'calling'],
  // Requests, only with an addressee and a to-infinitive or a question (participles.ts): "asking the ministry to …".
  ['asking', 'asking'],
  ['encouraging', 'encouraging'],
  // "…, inviting reporters to tour the site": an invitation, with its addressee and infinitive.
  ['inviting', 'inviting'],
  // Only with "that" or a quotation (participles.ts): "…, writing in a blog post “…”".
  ['writing', 'writing'],
]);
