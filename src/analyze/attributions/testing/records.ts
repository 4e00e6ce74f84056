/**
 * The attributions of an invented passage as "speaker: content" lines (with " via …" after the speaker when
 * `via` is asked for), through the whole path the analyzer runs: sentences, entities, attributions. Shared by
 * the rule tests, so each pins what a reader sees in the sources panel in one line per record.
 */
import { findEntities } from '../../entities/entities.js';
import { splitSentences } from '../../sentences/sentences.js';
import { findAttributions } from '../attributions.js';

export function speakerRecords(text: string, options: { via?: boolean } = {}): string[] {
  const sentences = splitSentences(text);
  return findAttributions(text, sentences, findEntities(text, sentences))
    .filter((a) => a.speaker)
    .map((a) => {
      const via = options.via && a.via.length ? ` via ${a.via.map((v) => v.name).join(', ')}` : '';
      return `${a.speaker!.name}${via}: ${a.content}`;
    });
}
