/** The package's public API: `import { extract } from 'dateline'`. */
export { extract } from './extract/extract.js';
export type * from './vocabulary.js';
export { analyze } from './analyze/analyze.js';
