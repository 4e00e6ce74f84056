/**
 * analyze: Article → Analysis. Pure and offline. Stages, in order:
 *   1. sentences   — splitSentences(body.text)
 *   2. entities    — findEntities(body.text, sentences): people, organizations, places (geocoded); the lead
 *                    image credit adds the agencies it names ("KCNA/Kyodo"), without mentions in the body
 *   3. attributions — findAttributions(body.text, sentences, entities): who said what, according to whom
 *   4. quantities  — findQuantities(body.text, sentences, entities): units, paired units, stated distances
 *   5. dates       — findDates(body.text, sentences, reference): resolved against the reference date
 * Offsets everywhere are into article.body.text.
 */
import type { Analysis, AnalyzeOptions, Article, Entity, Sentence } from '../vocabulary.js';
import { findAttributions } from './attributions/attributions.js';
import { findDates } from './dates/dates.js';
import { findEntities } from './entities/entities.js';
import { findQuantities } from './quantities/quantities.js';
import { splitSentences } from './sentences/sentences.js';

export const ANALYZER_VERSION = '0.2.0';

/** Analyses an article's body; relative dates resolve against options.referenceDate ?? article.publishedAt. */
export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  const text = article.body.text;
  const sentences = splitSentences(text);
  const entities = withCreditEntities(findEntities(text, sentences), article.leadImage?.credit ?? null);
  const attributions = findAttributions(text, sentences, entities);
  const quantities = findQuantities(text, sentences, entities);
  const reference = options.referenceDate !== undefined ? options.referenceDate : article.publishedAt;
  const dates = findDates(text, sentences, reference ?? null);
  return { version: ANALYZER_VERSION, sentences, entities, attributions, quantities, dates };
}

/** Organizations and people named only in the image credit join the entities with no body mentions. */
function withCreditEntities(entities: Entity[], credit: string | null): Entity[] {
  if (!credit) return entities;
  const known = new Set(
    entities.flatMap((e) => [e.id, e.name.toLowerCase(), ...e.aliases.map((a) => a.toLowerCase())]),
  );
  const sentence: Sentence = { start: 0, end: credit.length, text: credit };
  const extra = findEntities(credit, [sentence]).filter(
    (e) => e.kind !== 'place' && !known.has(e.id) && !known.has(e.name.toLowerCase()),
  );
  return extra.length ? [...entities, ...extra.map((e) => ({ ...e, mentions: [] }))] : entities;
}
