/** The queue tests' input files (test/corpus/queue). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const queueFixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/corpus/queue/${name}`, import.meta.url));

export const PAGES = ['bridge', 'harbour', 'library', 'orchard'].map((n) => queueFixture(`pages/${n}.html`));

export const pageHtml = (name: string): string => readFileSync(queueFixture(`pages/${name}.html`), 'utf8');
