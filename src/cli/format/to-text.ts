import type { Analysis, Article } from '../../vocabulary.js';
import { analysisSections } from './analysis-rows.js';

export function toText(a: Article, analysis?: Analysis): string {
  // The outlet and the original's address, as the Markdown form gives them: whose article it is, and where.
  const head = [a.title, a.authors.length ? `By ${a.authors.join(', ')}` : null, a.siteName, a.publishedAt]
    .filter(Boolean)
    .join('\n');
  const source = a.url ? `Source: ${a.url}\n\n` : '';
  // One line per row, the header's names as labels, so the text stays greppable.
  const tail = (analysis ? analysisSections(analysis, a.leadImage?.credit ?? null) : [])
    .map(
      (s) =>
        `${s.title}\n${s.rows
          .map(
            (row) =>
              '  ' +
              row
                .map((v, i) => (v ? `${s.header[i]}: ${v}` : ''))
                .filter(Boolean)
                .join(' | '),
          )
          .join('\n')}\n\n`,
    )
    .join('');
  return `${head ? head + '\n\n' : ''}${a.body.text}\n\n${source}${tail}`;
}
