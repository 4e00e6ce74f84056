import type { Article } from '../../vocabulary.js';

export function toText(a: Article): string {
  const head = [a.title, a.authors.length ? `By ${a.authors.join(', ')}` : null, a.publishedAt]
    .filter(Boolean)
    .join('\n');
  return `${head ? head + '\n\n' : ''}${a.body.text}\n\n`;
}
