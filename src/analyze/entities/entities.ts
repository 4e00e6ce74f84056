/**
 * Named entities (person, organization, place, other) merged by alias, places geocoded offline. Stages:
 *   1. tokenize   — word tokens with offsets (`tokenize.ts`);
 *   2. rules      — name candidates by rules over lexicons and the gazetteer (`rules.ts`);
 *   3. tag        — a perceptron tagger trained on GUM re-reads the tokens with the rules as evidence
 *                   (`features.ts`, `tagger.ts`);
 *   4. combine    — strong rule evidence corrects and completes the tagger's spans, a person is split from the
 *                   affiliation after "of"/"for", spans are cleaned of courtesies and run-together names, capitalised
 *                   praise and headings are no names ("Great Neighborhood Hangout", `headings.ts`), a surname
 *                   before "administration" is a person ("the Bush administration", `administrations.ts`), the
 *                   authors of an author-year citation are people ("(Li, Polat, & Bavelier, 2010)",
 *                   `citations.ts`), and every recurrence of a found name becomes a mention (`spans.ts`); a
 *                   plural demonym is a person ("the Palestinians", `groups.ts`); places inside longer names
 *                   become nested mentions (`nested.ts`), a body named after its city is found again without it after
 *                   "the" ("the Boston Red Sox" … "the Red Sox", `place-led-names.ts`), an office of a place is a
 *                   person ("Emperor of the United States", `offices.ts`), an acronym the text defines after lower-case words is a
 *                   term, no name ("sea surface salinity (SSS)", `terms.ts`), a locator joins the mention
 *                   before it ("Sydney, Australia", `locators.ts`), and words inside an e-mail or web address or a
 *                   file name are no mentions ("Lisa_resume.doc", `addresses.ts`). Web text and e-mail: a name after
 *                   a greeting or sign-off is a person ("Thanks Josh!", `sign-offs.ts`), signature names run
 *                   together are cut apart ("Mike Michael J. McDermott", `run-on-names.ts`), a blog footer's blog
 *                   is no person (`blog-footers.ts`), a lower-case given name in a sentence without capitals is a
 *                   person ("unless lisa comes", `lower-people.ts`), a lone head word and a name opening with praise
 *                   are no names ("Union chair …", "Excellent Pizza!!", `generic-heads.ts`, `praise.ts`), a brand
 *                   owned is a product ("your PayPal account", `owned-brands.ts`). Places: names joined by hyphens
 *                   around a joining word ("Bouches-du-Rhône", `hyphen-places.ts`), organizations named by one
 *                   hyphen compound ("Météo-France", "Rolls-Royce", `hyphen-orgs.ts`), towns the tagger took for
 *                   people (`towns-as-people.ts`), unknown words listed with places ("Mosul, Baiji, and Tuz",
 *                   `place-lists.ts`), cities that beat each other, which are teams (`city-teams.ts`); an unknown
 *                   word at someone's work is no place but a company ("five years at Azurix", `workplaces.ts`),
 *                   nor is one opening a sentence before shares, a spokesperson … ("Brevanix shares fell",
 *                   `company-heads.ts`), nor one a common noun opening a sentence before officials, workers … ("Port
 *                   officials said", `common-modifiers.ts`); a name of no kind given as one's own is a
 *                   person ("My name is Orvil Dantzmark", a quoted e-mail sender, `self-named.ts`), and so is a name
 *                   after "appointed", "nominated" or "a guy named" (`person-cues.ts`); a numbered part of a
 *                   document is no place ("at Tab 3", `document-parts.ts`); a name coordinated with a given name or
 *                   "I" is a person ("Mercedes and Dan", `coordinated-people.ts`), and so is a name of no kind that owns kin
 *                   or a life ("Sungjoo's resume", `personal-possessions.ts`); a sender glued to an office mail
 *                   system's address is a person ("Traci Warner@ENRON", `notes-senders.ts`); a clause shouted in
 *                   capitals is no name ("WILL SOMEONE HELP ME", `shouted-clauses.ts`), nor is the half of the day or
 *                   time zone after a clock time ("07:12 PM", "9 a.m. (CST)", `clock-times.ts`), nor a country's
 *                   letters glued to a currency sign ("US$ 20,000", `currency-marks.ts`), nor a day of the week
 *                   beside another or a date ("Mon, Wed or Fri", `weekdays.ts`); a state's
 *                   postal code after a town and a comma is a place ("Dunmore, OH", `state-codes.ts`), and a US
 *                   town and state without one are two ("Fresno Ca", `town-states.ts`). Lower-case
 *                   Arabic names ("al-Qaida", `article-names.ts`), a person's surname opened by particles ("Pieter van
 *                   der Berg", `name-particles.ts`), a storm's other names ("T C Phailin",
 *                   `storms.ts`), a company's legal form after a comma, which joins its name ("CCNG, Inc.",
 *                   `corporate-suffixes.ts`), names joined by "&", which are one firm ("Quayle & Marsh",
 *                   `ampersand-names.ts`), a line of business right after a name, which joins it as a company
 *                   ("Carr Futures", `business-lines.ts`), a salon or studio named head first, which is the
 *                   business ("Salon Marisa", `head-first-firms.ts`), an owner's possessive and a trade, which are one
 *                   firm ("Dobson's Plumbing", `possessive-firms.ts`), unknown names listed with companies, which are
 *                   companies ("Hobby Lobby, Walmart, and …", `company-lists.ts`), a company's first word said alone,
 *                   which is
 *                   that company
 *                   ("Mozilla" after "Mozilla Foundation", `short-company-names.ts`), and initials before a
 *                   person's name, which join it ("K. Michael Stevens", `initials.ts`), but a writer's initials
 *                   before their signature are a person of their own ("jt Jana Tollen", `initials-sign-offs.ts`), and
 *                   a town or an acronym before a role is that place or organization ("Leeds Consultant",
 *                   `role-tails.ts`); a person named only by common English words is none ("Buyer Beware",
 *                   "Gas Desk", `word-people.ts`); a capital "The" inside a sentence joins the name after it
 *                   ("from The Mozilla Foundation", `capital-the.ts`), and a place's head word in lower case after it joins it
 *                   ("the Gaza strip", `lower-heads.ts`); a name after "St" joins it as a site or a body named after a
 *                   saint ("St Pancras station", `saints.ts`); a name runs no further than its company's legal form
 *                   ("Huber Corporation Guaranty", `legal-forms.ts`), a signature's person is cut from the company after
 *                   it ("Vangie McGilloway Constellation Power Source, Inc.", `signature-firms.ts`), and a name alone
 *                   after the text's last sentence is its writer ("… as well. Mo", `closing-names.ts`); a name said to be
 *                   a country, town or village is a place wherever printed ("Iguazu is NOT a country", `said-places.ts`),
 *                   and a name of no kind right after "near" or "outside" is a place ("near Hilla", `near-places.ts`); a
 *                   name said to be someone's trade or tie is a person ("Cécile is a hairdresser", `said-people.ts`), one
 *                   said to be a company or a store an organization ("Kliotech A company which …"), and
 *                   one called "it" after a verb is a body ("Marathon shut its plant", `it-orgs.ts`);
 *   5. merge      — alias merging into entities with stable ids, nominal roles ("the leader") (`chains.ts`);
 *   6. extra      — names from the title, caption and credit join as aliases or mention-less entities;
 *   7. geocode    — places resolved against the offline gazetteer in the article's context (`places/`).
 */
import type { Entity, Sentence } from '../../vocabulary.js';
import { geocodePlaces } from '../places/geocode.js';
import { mergeCandidates, nameKey } from './chains.js';
import { aliasIndex } from './lookup.js';
import { ruleLabels, tokenFeatures, type TokenFeatures } from './features.js';
import { findNameCandidates, sentenceStarts, type NameCandidate } from './rules.js';
import { nestedPlaces } from './nested.js';
import { placeLedNames } from './place-led-names.js';
import { officesOf } from './offices.js';
import { schoolsByName } from './schools.js';
import { attachLocators } from './locators.js';
import { possessiveBusinesses } from './businesses.js';
import { withoutAddresses } from './addresses.js';
import { withoutTerms } from './terms.js';
import { citedAuthors } from './citations.js';
import { peoples } from './groups.js';
import { lowerCasePlaces } from './lower-places.js';
import { planetsAsNoPlaces } from './planets.js';
import { withoutFieldLabels } from './labels.js';
import { withoutHeadings } from './headings.js';
import { withoutGenericHeads } from './generic-heads.js';
import { hyphenatedPlaces } from './hyphen-places.js';
import { hyphenatedOrgs } from './hyphen-orgs.js';
import { signOffNames } from './sign-offs.js';
import { blogFooters } from './blog-footers.js';
import { lowerCasePeople } from './lower-people.js';
import { runOnNames } from './run-on-names.js';
import { listedPlaces } from './place-lists.js';
import { townsReadAsPeople } from './towns-as-people.js';
import { workplaces } from './workplaces.js';
import { companyHeads } from './company-heads.js';
import { commonModifiers } from './common-modifiers.js';
import { selfNamed } from './self-named.js';
import { personCues } from './person-cues.js';
import { documentParts } from './document-parts.js';
import { coordinatedPeople } from './coordinated-people.js';
import { personalPossessions } from './personal-possessions.js';
import { notesSenders } from './notes-senders.js';
import { withoutShoutedClauses } from './shouted-clauses.js';
import { withoutClockTimes } from './clock-times.js';
import { withoutCurrencyMarks } from './currency-marks.js';
import { withoutWeekdays } from './weekdays.js';
import { stateCodes } from './state-codes.js';
import { townStates } from './town-states.js';
import { ownedBrands } from './owned-brands.js';
import { articleNames } from './article-names.js';
import { particleSurnames } from './name-particles.js';
import { withoutPraise } from './praise.js';
import { withoutWordPeople } from './word-people.js';
import { stormNames } from './storms.js';
import { corporateForms } from './corporate-suffixes.js';
import { legalForms } from './legal-forms.js';
import { signatureFirms } from './signature-firms.js';
import { closingNames } from './closing-names.js';
import { saidPlaces } from './said-places.js';
import { nearPlaces } from './near-places.js';
import { saidFirms, saidPeople } from './said-people.js';
import { apposedNames } from './apposed-names.js';
import { itOrgs } from './it-orgs.js';
import { businessLines } from './business-lines.js';
import { ampersandNames } from './ampersand-names.js';
import { headFirstFirms } from './head-first-firms.js';
import { possessiveFirms } from './possessive-firms.js';
import { companyLists } from './company-lists.js';
import { cityTeams } from './city-teams.js';
import { shortCompanyNames } from './short-company-names.js';
import { initialsOfPeople } from './initials.js';
import { initialsSignOffs } from './initials-sign-offs.js';
import { roleTails } from './role-tails.js';
import { capitalThe } from './capital-the.js';
import { saintsNames } from './saints.js';
import { lowerCaseHeads } from './lower-heads.js';
import { leadersOfAdministrations } from './administrations.js';
import {
  candidatesFromTags,
  cleanSpans,
  combine,
  kindBySuffix,
  pluralPossessiveOrgs,
  propagate,
  teamsInSport,
  withoutCreditLabels,
} from './spans.js';
import { decode, shippedScorer, type Scorer } from './tagger.js';
import { tokenize, type Token } from './tokenize.js';

export interface FindEntitiesOptions {
  /** 'tagger' (default): rules + trained tagger; 'rules': the rules alone (for measurement). */
  method?: 'tagger' | 'rules';
  /**
   * Other texts of the same article — title, image caption, credit ("KCNA/Kyodo"). Their names join the
   * entities as aliases, or as entities of their own with no mentions (mentions index `text` only).
   */
  extra?: readonly string[];
  /** A tagger other than the shipped one (cross-validation in `scripts/train-entities.ts`). */
  scorer?: Scorer;
}

export interface TokenAnalysis {
  tokens: Token[];
  starts: Set<number>;
  candidates: NameCandidate[];
  features: TokenFeatures;
}

/** Tokens, rule candidates and tagger features of a text (shared with the training script). */
export function analyzeTokens(text: string): TokenAnalysis {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text, tokens);
  const candidates = findNameCandidates(text, tokens, starts);
  const features = tokenFeatures(text, tokens, ruleLabels(tokens, candidates), starts);
  return { tokens, starts, candidates, features };
}

/** Find the entities of `text` (offsets of mentions index into it). `sentences` is accepted for the stage API. */
export function findEntities(text: string, _sentences: Sentence[], options: FindEntitiesOptions = {}): Entity[] {
  const entities = entitiesOf(text, options);
  for (const extra of options.extra ?? []) addExtra(entities, entitiesOf(extra, options));
  return geocodePlaces(text, entities);
}

function entitiesOf(text: string, { method, scorer }: FindEntitiesOptions): Entity[] {
  let tokens: Token[];
  let candidates: NameCandidate[];
  if (method === 'rules') {
    tokens = tokenize(text);
    candidates = findNameCandidates(text, tokens);
  } else {
    const a = analyzeTokens(text);
    tokens = a.tokens;
    const tagged = candidatesFromTags(text, tokens, decode(a.features, scorer ?? shippedScorer()));
    const combined = teamsInSport(
      tokens,
      kindBySuffix(
        tokens,
        leadersOfAdministrations(
          tokens,
          citedAuthors(
            tokens,
            withoutHeadings(
              tokens,
              pluralPossessiveOrgs(
                tokens,
                withoutFieldLabels(tokens, cleanSpans(tokens, combine(tokens, tagged, a.candidates))),
              ),
            ),
          ),
        ),
      ),
    );
    // Passes over the names found and propagated, one rule each, in order.
    let found = propagate(tokens, signOffNames(text, tokens, runOnNames(tokens, combined)), a.starts);
    found = withoutCreditLabels(tokens, found);
    found = blogFooters(text, tokens, found);
    found = withoutGenericHeads(tokens, found);
    found = hyphenatedPlaces(tokens, found);
    found = hyphenatedOrgs(tokens, found, a.starts);
    found = townsReadAsPeople(tokens, found);
    found = workplaces(tokens, found);
    found = companyHeads(tokens, found, a.starts);
    found = commonModifiers(tokens, found, a.starts);
    found = selfNamed(tokens, found);
    found = personCues(tokens, found);
    found = documentParts(tokens, found);
    found = coordinatedPeople(tokens, found);
    found = personalPossessions(tokens, found);
    found = notesSenders(text, tokens, found);
    found = withoutShoutedClauses(tokens, found);
    found = withoutClockTimes(tokens, found);
    found = withoutCurrencyMarks(tokens, found);
    found = withoutWeekdays(tokens, found);
    found = ownedBrands(tokens, found);
    found = articleNames(tokens, found);
    found = particleSurnames(tokens, found);
    found = withoutPraise(tokens, found);
    found = stormNames(tokens, found);
    found = corporateForms(tokens, found);
    found = legalForms(tokens, found);
    found = signatureFirms(tokens, found);
    found = ampersandNames(tokens, found, a.starts);
    found = businessLines(tokens, found);
    found = headFirstFirms(tokens, found);
    found = possessiveFirms(tokens, found);
    found = companyLists(tokens, found, a.starts);
    found = shortCompanyNames(tokens, found);
    found = initialsOfPeople(tokens, found);
    found = initialsSignOffs(tokens, found);
    found = roleTails(tokens, found);
    found = withoutWordPeople(tokens, found);
    found = lowerCasePlaces(tokens, found);
    found = lowerCasePeople(text, tokens, found, a.starts);
    found = planetsAsNoPlaces(tokens, found);
    found = peoples(tokens, found);
    found = schoolsByName(tokens, found);
    found = officesOf(tokens, found);
    found = nestedPlaces(tokens, found);
    found = placeLedNames(tokens, found);
    found = withoutTerms(tokens, found);
    found = attachLocators(tokens, found);
    found = townStates(tokens, found);
    found = stateCodes(tokens, found);
    found = listedPlaces(tokens, found);
    found = cityTeams(tokens, found);
    found = saintsNames(tokens, found);
    found = closingNames(tokens, found);
    found = saidPlaces(tokens, found);
    found = nearPlaces(tokens, found);
    found = saidPeople(tokens, found);
    found = apposedNames(tokens, found);
    found = saidFirms(tokens, found);
    found = itOrgs(tokens, found);
    found = capitalThe(tokens, found);
    found = lowerCaseHeads(tokens, found);
    candidates = possessiveBusinesses(tokens, found);
  }
  return mergeCandidates(text, tokens, method === 'rules' ? candidates : withoutAddresses(text, tokens, candidates));
}

/** Names from other texts: aliases of a body entity they match, else entities without mentions. */
function addExtra(entities: Entity[], extra: readonly Entity[]): void {
  const index = aliasIndex(entities);
  for (const x of extra) {
    const known = [x.name, ...x.aliases].map((n) => index.get(nameKey(n))).find((e) => e !== undefined);
    if (known) {
      for (const a of [x.name, ...x.aliases]) if (a !== known.name && !known.aliases.includes(a)) known.aliases.push(a);
    } else if (x.kind !== 'other' && !entities.some((e) => e.id === x.id)) {
      entities.push({ ...x, mentions: [] });
    }
  }
}
