/**
 * Datelines at the head of the first paragraph: "PYONGYANG —", "Pyongyang :", "WASHINGTON (Reuters) -".
 * (Interface fixed by the foundation.)
 */
import type { Dateline } from '../../vocabulary.js';

export interface DatelineSplit {
  dateline: Dateline | null;
  /** The paragraph with the dateline removed. */
  rest: string;
}

export function splitDateline(paragraph: string): DatelineSplit {
  return { dateline: null, rest: paragraph };
}
