/**
 * analyze: Article → Analysis. Pure and offline. Stages: sentences → entities (+ places) → attributions →
 * quantities → dates. (Skeleton from the foundation commit.)
 */
import type { Analysis, AnalyzeOptions, Article } from '../vocabulary.js';
import { findEntities } from './entities/entities.js';
import { splitSentences } from './sentences/sentences.js';

export const ANALYZER_VERSION = '0.1.0';

export function analyze(article: Article, _options: AnalyzeOptions = {}): Analysis {
  const sentences = splitSentences(article.body.text);
  const entities = findEntities(article.body.text, sentences);
  return { version: ANALYZER_VERSION, sentences, entities, attributions: [], quantities: [], dates: [] };
}
