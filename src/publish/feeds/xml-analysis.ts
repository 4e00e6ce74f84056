/**
 * The desk's analysis in RSS and Atom items: entities as the formats' own categories (a feed reader shows them
 * as tags; the domain or scheme is the entity kind's address on the desk), and places and attributions as
 * elements of the Dateline namespace, which readers that do not know it skip.
 */
import type { FeedAnalysis } from './feed-analysis.js';
import { xmlEscape as x } from './xml-escape.js';

/** The Dateline analysis namespace (also JSON Feed's `_dateline.about`); it names the vocabulary, nothing is fetched. */
export const ANALYSIS_NS = 'https://github.com/dateline/dateline/blob/main/README.md#feeds-out';

/** The namespace declaration for the root element. */
export const ANALYSIS_XMLNS = `xmlns:dateline="${ANALYSIS_NS}"`;

/** The category of an entity, in the format's syntax. */
type CategoryWriter = (name: string, scheme: string) => string;

export const rssCategory: CategoryWriter = (name, scheme) => `<category domain="${x(scheme)}">${x(name)}</category>`;
export const atomCategory: CategoryWriter = (name, scheme) =>
  `<category term="${x(name)}" scheme="${x(scheme)}" label="${x(name)}"/>`;

/** The lines an item carries for its analysis (none without one), each ending with a newline. */
export function analysisXml(analysis: FeedAnalysis | null, category: CategoryWriter): string {
  if (!analysis) return '';
  const lines: string[] = [];
  if (analysis.story) lines.push(`<dateline:story href="${x(analysis.story)}"/>`);
  for (const e of analysis.entities) lines.push(category(e.name, e.url.slice(0, e.url.lastIndexOf('/'))));
  for (const p of analysis.places)
    lines.push(
      `<dateline:place name="${x(p.name)}" lat="${p.lat}" lon="${p.lon}"${p.countryCode ? ` country="${x(p.countryCode)}"` : ''}/>`,
    );
  for (const a of analysis.attributions) {
    const speaker = a.speaker === null ? ' unattributed="true"' : ` speaker="${x(a.speaker)}"`;
    const anonymous = a.anonymous ? ' anonymous="true"' : '';
    const via = a.via.map((v) => `<dateline:via>${x(v)}</dateline:via>`).join('');
    const quote = a.quote === null ? '' : `<dateline:quote>${x(a.quote)}</dateline:quote>`;
    lines.push(
      `<dateline:attribution${speaker}${anonymous} cue="${x(a.cue)}">${via}<dateline:content>${x(a.content)}</dateline:content>${quote}</dateline:attribution>`,
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}
