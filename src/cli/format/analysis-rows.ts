/**
 * The analysis as rows for the reading formats of `dateline analyze` (markdown, text, html): who said what
 * according to whom, entities, quantities and dates. Without it those formats printed the article alone, the
 * same as `dateline extract`, and the analysis was only in json/jsonl.
 */
import { displayNormalized } from '../../analyze/quantities/quantities.js';
import { notInTextNote } from '../../publish/components/entity-chips.js';
import type { Analysis, AttributionParty, Entity } from '../../vocabulary.js';

export interface AnalysisSection {
  title: string;
  header: string[];
  rows: string[][];
}

const party = (p: AttributionParty): string =>
  p.anonymous ? `${p.name} (anonymous)` : p.text && p.text !== p.name ? `${p.name} ("${p.text}")` : p.name;

const coords = (lat: number | null | undefined, lon: number | null | undefined): string =>
  typeof lat === 'number' && typeof lon === 'number' ? `${lat.toFixed(3)}, ${lon.toFixed(3)}` : '';

/** An entity's mentions in the body, and what it is when there are none (the web edition's chips say the same). */
function mentions(e: Entity, credit: string | null): string {
  const note = notInTextNote(e, credit);
  return note === null ? String(e.mentions.length) : `0 ${note}`;
}

/** The non-empty sections, in the order a reader wants them; `credit` is the lead image's. */
export function analysisSections(a: Analysis, credit: string | null = null): AnalysisSection[] {
  const sections: AnalysisSection[] = [
    {
      title: 'Who said what, according to whom',
      header: ['speaker', 'via', 'cue', 'claim', 'quote'],
      rows: a.attributions.map((x) => [
        x.speaker ? party(x.speaker) : '(unattributed)',
        x.via.map(party).join(' → '),
        x.cue,
        x.content,
        x.quote ?? '',
      ]),
    },
    {
      title: 'Entities',
      header: ['kind', 'name', 'aliases', 'mentions', 'coordinates', 'country'],
      rows: a.entities.map((e) => [
        e.kind,
        e.name,
        e.aliases.join(', '),
        mentions(e, credit),
        coords(e.lat, e.lon),
        e.countryCode ?? '',
      ]),
    },
    {
      title: 'Quantities',
      header: ['text', 'normalized', 'consistent', 'check'],
      rows: a.quantities.map((q) => [
        q.text,
        displayNormalized(q.normalized),
        q.consistent === null ? '' : q.consistent ? 'yes' : 'NO',
        q.check ?? '',
      ]),
    },
    {
      title: 'Dates',
      header: ['text', 'resolved'],
      rows: a.dates.map((d) => [d.text, d.resolved ?? '(no reference date)']),
    },
  ];
  return sections.filter((s) => s.rows.length > 0);
}
