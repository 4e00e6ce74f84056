/**
 * Whether a phrase before a cue can be a speaker: a name, a pronoun, or a description of people, an
 * institution or a document. Keeps "the scan revealed …" and "blood tests revealed …" out.
 */
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, ISSUED, ORGANIZATION_HINT } from './party-kinds.js';
import { PRONOUNS } from './words.js';

/** Lower-case heads that name people, groups of people or institutions, besides ANONYMOUS_HEADS and DOCUMENT_NOUNS. */
const HUMAN_HEADS: ReadonlySet<string> = new Set([
  'researchers',
  'researcher',
  'scientists',
  'scientist',
  'doctors',
  'doctor',
  'physicians',
  'physician',
  'prosecutors',
  'prosecutor',
  'lawyers',
  'lawyer',
  'attorneys',
  'attorney',
  'police',
  'authorities',
  'company',
  'firm',
  'agency',
  'ministry',
  'government',
  'administration',
  'court',
  'judge',
  'actor',
  'actress',
  'singer',
  'governor',
  'president',
  'minister',
  'users',
  'user',
  // People by no trait but that they spoke: "some individuals reported that …".
  'individual',
  // Local government, as news names it: "the city said", "the county argued".
  'city',
  'municipality',
  'county',
  'critics',
  'critic',
  'activists',
  'protesters',
  'group',
  'team',
  'union',
  'organization',
  'organisation',
  'department',
  'office',
  'council',
  'committee',
  'commission',
  'board',
  'paper',
  'authors',
  'author',
  'utility',
  'regulator',
  'regulators',
  'bank',
  'army',
  'military',
  // Armed and emergency services: "the navy said", "Ukraine's air force said", "citing the fire brigade".
  'navy',
  'force',
  'brigade',
  'guard',
  'corps',
  'families',
  'family',
  'parents',
  'students',
  'student',
  'teachers',
  'teacher',
  'players',
  'player',
  'coach',
  'manager',
  'fans',
  'man',
  'woman',
  'men',
  'women',
  'patient',
  'patients',
  'nurse',
  'victim',
  'suspect',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'friend',
  'friends',
  'neighbor',
  'neighbour',
  'owner',
  // "according to the hotel bosses that responded …", "union bosses said".
  'boss',
  'bosses',
  // A website speaking for its publisher: "the site noted that …", "the site said in a post".
  'site',
  'ceo',
  'chairman',
  'chairwoman',
  'founder',
  'leader',
  'leaders',
  'nations',
  'countries',
  'sides',
  'party',
  'parties',
  'host',
  'judges',
  'jury',
  'campaign',
  'club',
  'league',
  'school',
  'university',
  'hospital',
  'store',
  'retailer',
  'carrier',
  'airline',
  // Businesses as the business pages call them once named: "the lender said", "the insurer said".
  'lender',
  'insurer',
  // An arm of an organization: "the military’s media wing said", "the party’s youth wing".
  'wing',
  // The juror who speaks for a jury: "the jury foreperson told reporters".
  'foreperson',
  'foreman',
  'forewoman',
  'maker',
  'manufacturer',
  'giant',
  'startup',
  'network',
  'broadcaster',
  // A state's or a country's broadcaster named by its medium: "State television said", "Army radio reported".
  'television',
  'radio',
  'tv',
  'newspaper',
  'outlet',
  'media',
  'regime',
  'lawmakers',
  'senators',
  'governments',
  'states',
  'investors',
  'economists',
  'advocates',
  'organizers',
  'organisers',
  'agencies',
  'companies',
  'firms',
  // Groups of people by trade, place or stance.
  'settlers',
  'villagers',
  'voters',
  'advertisers',
  'workers',
  'farmers',
  'demonstrators',
  'troops',
  'soldiers',
  'providers',
  'historians',
  'academics',
  'commentators',
  'shoppers',
  'owners',
  'locals',
  'citizens',
  'scholars',
  'elders',
  // Trades whose members speak for themselves in tech and media news: "according to a computer programmer who …".
  'programmer',
  'programmers',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'writer',
  'writers',
  'reporter',
  'reporters',
  'editor',
  'editors',
  // Offices and bodies of political news: "the senator said", "the mayor argued", "the panel concluded".
  'senator',
  'mayor',
  'candidate',
  'congressman',
  'congresswoman',
  'legislator',
  'legislators',
  'delegate',
  'delegates',
  'ambassador',
  'envoy',
  'secretary',
  'chancellor',
  'premier',
  'commissioner',
  'sheriff',
  // Regional and local offices outside US politics: "the regional prefect said", "the county councillor told".
  'prefect',
  'prefecture',
  'councillor',
  'councilor',
  'councillors',
  'councilors',
  'alderman',
  'magistrate',
  'coroner',
  'ombudsman',
  'inspector',
  'superintendent',
  'commander',
  'commanders',
  'governors',
  'mayors',
  'ministers',
  'justice',
  'justices',
  'panel',
  'cabinet',
  'legislature',
  'parliament',
  'opposition',
  'coalition',
  'director',
  'negotiators',
  'rebels',
  'militants',
  'insurgents',
  'conservatives',
  'liberals',
  'progressives',
  'moderates',
  'republicans',
  'democrats',
  'watchdog',
  'monitors',
  'hawks',
  'doves',
  // People by what they do on a page, a market or a service: "one reader wrote", "a buyer told me".
  'reader',
  'readers',
  'commenter',
  'commenters',
  'buyer',
  'buyers',
  'seller',
  'sellers',
  'poster',
  'blogger',
  'bloggers',
  'tweeter',
  'viewer',
  'viewers',
  'caller',
  'callers',
  'listener',
  'listeners',
  'customer',
  'consumer',
  'passenger',
  'passengers',
  'driver',
  'drivers',
  'tenant',
  'tenants',
  'taxpayer',
  'taxpayers',
  'survivor',
  'survivors',
  'volunteer',
  'volunteers',
  'donor',
  'donors',
  'participant',
  'participants',
  'respondent',
  'respondents',
  'fan',
  // People by whom they knew: "according to his biographer", "a colleague said".
  'biographer',
  'colleague',
  'associate',
  'assistant',
  'relative',
  'acquaintance',
  'classmate',
  'roommate',
  // Those around a politician or an executive: "citing two of his advisers", "an ally said".
  'adviser',
  'advisor',
  'ally',
  'allies',
  'confidant',
  // Kin, as features, profiles and obituaries name the people they quote: "says her sister", "his widow recalled".
  'sister',
  'brother',
  'grandmother',
  'grandfather',
  'grandson',
  'granddaughter',
  'aunt',
  'uncle',
  'cousin',
  'niece',
  'nephew',
  'widow',
  'widower',
  'fiancee',
  'fiancé',
  'fiancée',
  'boyfriend',
  'girlfriend',
  'partner',
  // Trades and stations of the people such pieces quote: "a former accountant testified", "the chef said".
  'accountant',
  'bookkeeper',
  'clerk',
  'cashier',
  'plumber',
  'carpenter',
  'mechanic',
  'firefighter',
  'paramedic',
  'detective',
  'trainer',
  'instructor',
  'professor',
  'lecturer',
  'pastor',
  'priest',
  'rabbi',
  'imam',
  'chef',
  'baker',
  'waiter',
  'waitress',
  'bartender',
  'fisherman',
  'miner',
  'surgeon',
  'counselor',
  'counsellor',
  'architect',
  'painter',
  'poet',
  'composer',
  'producer',
  'dancer',
  'athlete',
  'sailor',
  'veteran',
  'landlord',
  'homeowner',
  'shopkeeper',
  'vendor',
  'entrepreneur',
  'banker',
  'trader',
  'supervisor',
  'staffer',
  'intern',
  'ranger',
  'caretaker',
  'curator',
  'mentor',
  'referee',
  'umpire',
  'presenter',
  'narrator',
  'influencer',
  'creator',
  'streamer',
  'podcaster',
  'reviewer',
  'publisher',
  'translator',
  'refugee',
  'migrant',
  'immigrant',
  'inmate',
  'prisoner',
  'defendant',
  'plaintiff',
  'juror',
  // Local offices and the small institutions of local and feature news: "the councilwoman tweeted", "the bakery
  // posted on its Instagram account", "the museum said".
  'councilwoman',
  'councilman',
  'councilmember',
  'assemblyman',
  'assemblywoman',
  'alderwoman',
  // Roles in a race, offices and bodies of political and government news, and the people around a campaign: "the
  // nominee said", "the whip told reporters", "the comptroller warned", "Democratic operatives say", "the emir said",
  // "the presidential palace said". A definite singular role stands for the person named before with it
  // (titled-people.ts), or stays a description. Not "junta": "The junta ruled the country as …" is then read as a
  // ruling (patterns.ts reads a clause after an object), as "the government ruled …" already is.
  'nominee',
  'incumbent',
  'challenger',
  'frontrunner',
  'front-runner',
  'speaker',
  'whip',
  'treasurer',
  'comptroller',
  'controller',
  'auditor',
  'deputy',
  'deputies',
  'pollster',
  'counsel',
  'chief',
  'operative',
  'consultant',
  'surrogate',
  'strategist',
  'correspondent',
  'king',
  'queen',
  'prince',
  'princess',
  'monarch',
  'emir',
  'sultan',
  'sheikh',
  'cleric',
  'clerics',
  'spokesmen',
  'spokeswomen',
  'embassy',
  'embassies',
  'consulate',
  'ministries',
  'senate',
  'chamber',
  'assembly',
  'palace',
  'caucus',
  'delegation',
  'tribunal',
  'bakery',
  'restaurant',
  'cafe',
  'shop',
  'brewery',
  'gallery',
  'museum',
  'library',
  'theater',
  'theatre',
  'hotel',
  'clinic',
  'charity',
  'foundation',
  'nonprofit',
  'church',
  'parish',
  'zoo',
]);

/**
 * Agent nouns of people by their ending: "-ist" and "-ian" name a person by trade, field or stance ("politicians",
 * "physicians", "journalists", "economist"), so a description headed by one speaks for people even when the
 * tables above do not list it. Verbs in "-sist" ("insist", "resist") are not agents.
 */
const AGENT_NOUN = /^\p{Ll}{3,}(?:ist|ian)s?$/u;
// "-list" after a consonant is a list ("playlist", "checklist"); after a vowel, an agent ("journalist", "novelist",
// "specialist").
const NOT_AGENT = /(?:sists?|(?:^|[^aeiou])lists?|twists?|wrists?|median)$/;

/** A head noun of people, an institution or a document (singular, as listed). */
/**
 * Heads news uses for one person it has named, as "he" or "she" would: an age ("the 61-year-old"), a sports position
 * ("the striker"), and the calling profiles and reviews name their subject by ("the novelist says", "the director
 * says", "the executive acknowledged"). A definite one points back to the person named last (parties.ts).
 */
export const PERSON_ROLE =
  /^(?:\d{1,3}-year-old|striker|forward|midfielder|defender|goalkeeper|goalie|winger|quarterback|pitcher|novelist|author|writer|poet|playwright|artist|painter|sculptor|composer|filmmaker|director|actor|actress|singer|songwriter|musician|chef|designer|photographer|executive|entrepreneur)$/;

/** Military ranks: "the colonel said" stands for the person named with that rank (titled-people.ts). */
const MILITARY_RANK = /^(?:general|colonel|lieutenant|sergeant|admiral|corporal|major|captain|commander)$/;

function isHumanHead(head: string): boolean {
  return (
    ANONYMOUS_HEADS.has(head) ||
    DOCUMENT_NOUNS.has(head) ||
    HUMAN_HEADS.has(head) ||
    (AGENT_NOUN.test(head) && !NOT_AGENT.test(head))
  );
}

/** A head the tables list (not one read off its ending: "median" is no singular of "-ians"). */
function listedHead(head: string): boolean {
  return ANONYMOUS_HEADS.has(head) || DOCUMENT_NOUNS.has(head) || HUMAN_HEADS.has(head);
}

/** A user name of a forum or a site: letters with digits or an underscore ("elmo666", "jay_k"), or "@name". */
export const HANDLE = /^(?:@[\w.]+|(?=[\p{L}\d_]*\p{L})(?=[\p{L}\d_]*[\d_])[\p{L}\d_]{3,})$/u;

/** Days and months are capitalised but speak for nobody: '…," said Tuesday at a conference'. */
export const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tonight)$/;

/**
 * Quantities whose "of" phrase is the real head: "a number of analysts", "dozens of residents", "some of them", "one of
 * them".
 */
const QUANTITY_OF =
  /^(?:one|each|two|three|body|number|series|handful|couple|majority|minority|dozen|dozens|hundreds|thousands|millions|lot|lots|few|many|some|most|several|all|both|none|half|plenty|score|scores|(?:[\p{L}]+-)?(?:thirds?|quarters?|fifths?|tenths?)|percent|\p{N}[\p{N}.,]*%)$/iu;

/** A share of a poll's people: "six in 10 voters", "one in five teachers". */
const SHARE_IN =
  /^(?:\p{N}+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\p{N}+|two|three|four|five|ten)\s+(.+)$/iu;

/** The people a poll asked, named by how: "those surveyed", "most of those polled". */
const THOSE_ASKED = /^(?:those|people|adults|voters)\s+(?:surveyed|polled|questioned|interviewed)$/i;

/** Indefinite pronouns of people, alone or after an approximator. */
const INDEFINITE_PEOPLE =
  /^(?:(?:just\s+about|nearly|almost|virtually|practically)\s+)?(?:everyone|everybody|anyone|anybody|somebody|someone)$/i;

/** "I" or "you" fused with an auxiliary: "I'll", "I'd", "You'll", "You've", "I'm". */
const FIRST_SECOND_CONTRACTION = /^(?:i|you)['’](?:ll|d|m|re|ve)$/i;

/** True when `phrase` can name a speaker; `sentenceStart` says its first capital proves nothing. */
export function speakerLike(phrase: string, sentenceStart: boolean, headMustFit = false): boolean {
  const words = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "Research conducted in mice": a document's phrase is headed before how it came out.
  const issued = words.findIndex(
    (w, i) => i > 0 && ISSUED.has(w.toLowerCase()) && DOCUMENT_NOUNS.has(words[i - 1]!.toLowerCase()),
  );
  if (issued > 0) return speakerLike(words.slice(0, issued).join(' '), sentenceStart, headMustFit);
  const share = SHARE_IN.exec(words.join(' '));
  if (share) return speakerLike(share[1]!, false, headMustFit);
  if (THOSE_ASKED.test(words.join(' '))) return true;
  const of = words.findIndex((w, i) => i > 0 && /^of$/i.test(w));
  if (of > 0 && of < words.length - 1 && QUANTITY_OF.test(words[of - 1]!) && of <= 3)
    return /^(?:them|us)$/i.test(words[of + 1]!) || speakerLike(words.slice(of + 1).join(' '), false, headMustFit);
  const cut = words.findIndex(
    (w, i) => i > 0 && /^(?:of|for|from|at|in|with|by|inside|outside|within|near|close|familiar|on)$/i.test(w),
  );
  const rawHead = (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
  const head = rawHead
    .toLowerCase()
    .replace(/[^\p{L}'’-]/gu, '')
    .replace(/['’]s$/, '');
  // A table lists a head in one number; the other number names the same people: "voters" and "one voter",
  // "settlers" and "a settler", "a critic" and "critics".
  // "the vice-president", "a co-founder": a hyphenated head is read by its last part too.
  const last = head.includes('-') ? head.slice(head.lastIndexOf('-') + 1) : '';
  const humanHead =
    isHumanHead(head) ||
    PERSON_ROLE.test(rawHead.toLowerCase()) ||
    // "As a general rule, we …": a general is a rank only in "the general".
    (MILITARY_RANK.test(head) && (head !== 'general' || /^the$/i.test(words[0]!))) ||
    (last.length > 2 && listedHead(last)) ||
    (/[^s]s$/.test(head) && isHumanHead(head.slice(0, -1))) ||
    (/\p{L}{3}[^s]$/u.test(head) && listedHead(`${head}s`));
  // After "citing" or "according to" a name must head the phrase: "citing Taliban violence" cites a reason.
  if (headMustFit) return humanHead || /^\p{Lu}/u.test(rawHead) || ORGANIZATION_HINT.test(head);
  if (words.length === 1 && TIME_WORD.test(words[0]!)) return false;
  // A share of a poll's people standing alone: "49% said they fear …", "About 40 percent said …".
  if (
    /^(?:(?:about|nearly|almost|roughly|some|over|just|only)\s+)?\p{N}[\p{N}.,]*(?:%|\s+percent)$/iu.test(
      words.join(' '),
    )
  )
    return true;
  // A quantifier standing alone for people: "many have voiced concerns that …" (not "what it most fears").
  if (words.length === 1 && /^(?:many|some|most)$/i.test(words[0]!)) return true;
  // Indefinite people, with an approximator or not: "everyone agreed", "just about everyone has urged me to …" (not
  // "everyone in the village", whose "called him the Professor" is a nickname).
  if (INDEFINITE_PEOPLE.test(words.join(' '))) return true;
  // One of a pair named before: "the former said …" (parties.ts).
  if (/^the\s+(?:former|latter)$/i.test(words.join(' '))) return true;
  // "some in the purchasing community", "many in Washington": a quantifier of the people in a place or a group.
  if (
    words.length > 2 &&
    /^(?:many|some|most|few|others|those)$/i.test(words[0]!) &&
    /^(?:in|among|within|inside)$/i.test(words[1]!)
  )
    return true;
  // "I" and "you" fused with an auxiliary speak for nobody named, as "I" and "you" alone do not: "The only thing I'll
  // say to this is …", "You'll note that …" ("He'd wondered whether …" is "he").
  if (words.length === 1 && FIRST_SECOND_CONTRACTION.test(words[0]!)) return false;
  if (words.length === 1 && (PRONOUNS.has(words[0]!.toLowerCase()) || /^\p{Lu}/u.test(words[0]!))) return true;
  // An online handle: "elmo666 wrote", "@jay_k said".
  if (words.length === 1 && HANDLE.test(words[0]!)) return true;
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && sentenceStart))) return true;
  return ORGANIZATION_HINT.test(phrase) || humanHead;
}
