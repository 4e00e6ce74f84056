/** Atom 1.0 (RFC 4287). */
import { toDate, type FeedDoc } from './feed-model.js';
import { xmlEscape as x } from './xml-escape.js';
import { ANALYSIS_XMLNS, analysisXml, atomCategory } from './xml-analysis.js';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** Renders the feed document. */
export function renderAtom(doc: FeedDoc): string {
  const entries = doc.items
    .map((i) => {
      // <updated> is required: the publication time, else when the desk stored it; <published> only when known.
      const published = i.published ? toDate(i.published).toISOString() : null;
      const updated = published ?? toDate(i.seen).toISOString();
      const authors = i.authors.length ? i.authors : [i.outlet];
      return `<entry>
<id>${x(i.id)}</id>
<title>${x(i.title)}</title>
<link rel="alternate" type="text/html" href="${x(i.url)}"/>
${i.externalUrl ? `<link rel="related" type="text/html" href="${x(i.externalUrl)}"/>\n` : ''}${published ? `<published>${published}</published>\n` : ''}<updated>${updated}</updated>
${authors.map((a) => `<author><name>${x(a)}</name></author>`).join('\n')}
${i.summary ? `<summary>${x(i.summary)}</summary>\n` : ''}${analysisXml(i.analysis, atomCategory)}</entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" ${ANALYSIS_XMLNS}>
<id>${x(doc.feedUrl)}</id>
<title>${x(doc.title)}</title>
<subtitle>${x(doc.description)}</subtitle>
<link rel="self" type="application/atom+xml" href="${x(doc.feedUrl)}"/>
<link rel="alternate" type="text/html" href="${x(doc.homeUrl)}"/>
<updated>${toDate(doc.updated).toISOString()}</updated>
${entries}
</feed>
`;
}
