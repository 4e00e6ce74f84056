/**
 * The search box and form: operators (`quoted:KCNA`, `about:"Kim Jong Un"`, `place:Vladivostok`, `outlet:`,
 * `lang:`, `from:`, `to:`) become the store's query fields, form filters override them; a bad date or language,
 * in a field or an operator, is a named problem rather than a filter silently dropped.
 */
import type { SearchQuery } from '../../store/port.js';
import { parseSearchSyntax, repeatedOperator, SEARCH_OPERATORS } from '../../store/search-syntax.js';
import { MAX_TERMS, onlyStopWords } from '../../store/search-text.js';
import { SEARCH_SORTS } from '../../store/search-plan.js';
import { dateParam, languageParam, shown, type ParamCheck, type ParamProblem } from '../params/param-check.js';

export type ParsedSearch = Omit<SearchQuery, 'limit' | 'offset'>;

/** Splits operators from free text with the store's own search syntax, so the box and the API agree. */
export function parseSearch(input: string): ParsedSearch {
  return parseSearchSyntax(input.slice(0, MAX_QUERY_LENGTH));
}

/** Longest search box text: longer is a paste gone wrong or a probe, and cut silently it would search for less. */
export const MAX_QUERY_LENGTH = 500;

/**
 * The search form's fields as a page or feed URL carries them; an empty filter is absent. A type, not an
 * interface, so that it passes as the string record `withQuery` takes.
 */
export type SearchForm = {
  q: string;
  outlet: string | undefined;
  language: string | undefined;
  from: string | undefined;
  to: string | undefined;
  /** `relevance` or `date` (newest first); absent: relevance when there are words. */
  sort: string | undefined;
};

/** Reads the search form from a request's query parameters (`param` returns undefined for a missing one). */
export function searchFormOf(param: (name: string) => string | undefined): SearchForm {
  return {
    q: param('q') ?? '',
    outlet: param('outlet') || undefined,
    language: param('language') || undefined,
    from: param('from') || undefined,
    to: param('to') || undefined,
    sort: param('sort') || undefined,
  };
}

/** An example value for each operator, shown when one is typed with nothing after its colon. */
const OPERATOR_EXAMPLE: Readonly<Record<string, string>> = {
  quoted: 'quoted:KCNA or quoted:"White House"',
  about: 'about:"Kim Jong Un"',
  place: 'place:Vladivostok',
  outlet: 'outlet:Reuters',
  lang: 'lang:en',
  from: 'from:2023-09-01',
  to: 'to:2023-09-30',
};

/**
 * A known operator with nothing after its colon (`quoted:`, `about:""`, `place: Vladivostok`), outside a quoted
 * phrase. Left in the text, it would search for the word itself ("about" matches most articles) as if it were
 * the filter asked for.
 */
const EMPTY_OPERATOR = new RegExp(`(?:^|\\s)(${Object.keys(SEARCH_OPERATORS).join('|')}):(?:""?)?(?=\\s|$)`, 'i');

/** The problem with the first operator typed without a value, if any. */
function emptyOperator(text: string): ParamProblem | null {
  const m = EMPTY_OPERATOR.exec(text.replace(/"[^"]*"/g, ' '));
  if (!m) return null;
  const op = m[1]!.toLowerCase();
  const message = `q: the ${op}: operator needs a value right after the colon, e.g. ${OPERATOR_EXAMPLE[op] ?? `${op}:value`}`;
  return { ok: false, param: 'q', message };
}

/**
 * A word written to be left out (`-flood`, as web search engines take it), outside a quoted phrase. The store has
 * no exclusion: searched as the word, it found the articles that have it, the opposite of what was asked, unsaid.
 */
const EXCLUDED_WORD = /(?:^|\s)-(\p{L}[^\s"]*)/u;

/** The problem with the first word written to be left out, if any. */
function excludedWord(text: string): ParamProblem | null {
  const m = EXCLUDED_WORD.exec(text.replace(/"[^"]*"/g, ' '));
  if (!m) return null;
  const message = `q: -${m[1]}: a word cannot be left out (there is no exclusion: every word is required); search without it`;
  return { ok: false, param: 'q', message };
}

/** Most terms the store searches for (src/store/search-text.ts); it drops any more unsaid. */
export const MAX_QUERY_TERMS = MAX_TERMS;

/**
 * Terms as the store counts them (search-text.ts), stop words included: a quoted phrase is one, and so is a word
 * written with punctuation inside ("U.S.", "6.8"), between spaces.
 */
function termCount(text: string): number {
  return text.split('"').reduce((n, part, i) => {
    const chunks = part.split(/\s+/).filter((chunk) => /[\p{L}\p{N}\p{M}]/u.test(chunk)).length;
    return n + (i % 2 === 1 ? Math.min(chunks, 1) : chunks);
  }, 0);
}

/** The operator a reader types for each checked field, to name it when it came from the box. */
const OPERATOR_OF = { language: 'lang', from: 'from', to: 'to' } as const;

/**
 * Merges form filters (the API's `quoted`, `about`, `place` too) over parsed operators and checks them: dates are
 * `YYYY-MM-DD`, `from` is not after `to`, the language is a tag, no operator is empty, the text has at most
 * MAX_QUERY_TERMS terms and, when it is all there is, a word; `sort` is one of SEARCH_SORTS. A problem names the
 * form field, or `q` and the operator when it was typed in the box.
 */
export function checkSearch(
  q: string,
  form: Omit<ParsedSearch, 'text' | 'sort'> & { sort?: string | undefined },
): ParamCheck<ParsedSearch> {
  if (form.sort !== undefined && !(SEARCH_SORTS as readonly string[]).includes(form.sort))
    return { ok: false, param: 'sort', message: `sort must be ${SEARCH_SORTS.join(' or ')} (got ${shown(form.sort)})` };
  if (q.length > MAX_QUERY_LENGTH)
    return { ok: false, param: 'q', message: `q must be at most ${MAX_QUERY_LENGTH} characters (got ${q.length})` };
  const repeated = repeatedOperator(q.slice(0, MAX_QUERY_LENGTH));
  if (repeated) {
    const [first, second] = repeated.values.map((v) => `${repeated.name}:${/\s/.test(v) ? `"${v}"` : v}`);
    const message = `q: the ${repeated.name}: operator is given twice (${first}, ${second}); it takes one value`;
    return { ok: false, param: 'q', message };
  }
  const parsed = parseSearch(q);
  const empty = emptyOperator(parsed.text ?? '');
  if (empty) return empty;
  const excluded = excludedWord(parsed.text ?? '');
  if (excluded) return excluded;
  const terms = termCount(parsed.text ?? '');
  if (terms > MAX_QUERY_TERMS)
    return {
      ok: false,
      param: 'q',
      message: `q has ${terms} words; at most ${MAX_QUERY_TERMS} are searched (a "quoted phrase" counts once)`,
    };
  // Only punctuation ("*", "-", "()"): nothing to match, and left in, the store would list every article as a hit.
  const wordless = !!parsed.text && terms === 0;
  if (wordless) parsed.text = '';
  const fromForm = new Set<string>();
  for (const key of ['outlet', 'language', 'from', 'to', 'quoted', 'about', 'place'] as const) {
    const v = form[key]?.trim();
    if (v) {
      parsed[key] = v;
      fromForm.add(key);
    }
  }
  for (const key of ['language', 'from', 'to'] as const) {
    const value = parsed[key];
    const check = key === 'language' ? languageParam(key, value) : dateParam(key, value);
    if (check.ok) continue;
    if (fromForm.has(key)) return check;
    const op = OPERATOR_OF[key];
    const accepts = key === 'language' ? 'a language tag such as lang:en' : `a date written ${op}:YYYY-MM-DD`;
    return { ok: false, param: 'q', message: `q: the ${op}: operator takes ${accepts} (got ${shown(value ?? '')})` };
  }
  if (parsed.from && parsed.to && parsed.from > parsed.to) {
    // Named where it was typed: a form field, or the box when both came as operators.
    if (fromForm.has('from') || fromForm.has('to'))
      return { ok: false, param: 'from', message: `from (${parsed.from}) must not be after to (${parsed.to})` };
    return { ok: false, param: 'q', message: `q: from:${parsed.from} must not be after to:${parsed.to}` };
  }
  if (form.sort !== undefined) parsed.sort = form.sort as ParsedSearch['sort'];
  if (wordless && !hasCriteria(parsed))
    return { ok: false, param: 'q', message: `q has no word to search for (got ${shown(q.trim())})` };
  // `a OR`, `the`: every word a stop word, which no backend searches for (src/store/stop-words.ts).
  if (parsed.text && onlyStopWords(parsed.text) && !hasCriteria({ ...parsed, text: '' }))
    return {
      ok: false,
      param: 'q',
      message: `q has only words too common to search for, such as "the", "and", "or", "not" (got ${shown(q.trim())})`,
    };
  return { ok: true, value: parsed };
}

/** True when the query asks for anything at all. */
export function hasCriteria(q: ParsedSearch): boolean {
  return !!(q.text || q.quoted || q.about || q.place || q.outlet || q.language || q.from || q.to);
}
