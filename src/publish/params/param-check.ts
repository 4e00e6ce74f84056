/**
 * Query parameters read strictly: a value that is present but wrong is a named problem, never silently replaced
 * by a default or dropped (a reader who typed `from=2019-13-01` must not get unfiltered results as if it applied).
 * Pages show the problem inline, the API and feeds answer 400 with it.
 */

/** A parameter's value, or what was wrong with it: the parameter's name and a sentence saying what it accepts. */
export type ParamCheck<T> = { ok: true; value: T } | ParamProblem;

/** What was wrong with a parameter. */
export type ParamProblem = { ok: false; param: string; message: string };

/** An integer parameter's accepted range and its value when absent. */
export interface IntRange {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

const ok = <T>(value: T): ParamCheck<T> => ({ ok: true, value });
const bad = (param: string, message: string): ParamProblem => ({ ok: false, param, message });

/** Quotes a reader's value in a message, cut short so a hostile value cannot flood it. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** A whole number within the range; absent or empty gives the fallback. */
export function intParam(param: string, raw: string | undefined, range: IntRange): ParamCheck<number> {
  if (raw === undefined || raw === '') return ok(range.fallback);
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= range.min && n <= range.max))
    return bad(param, `${param} must be a whole number from ${range.min} to ${range.max} (got ${shown(raw)})`);
  return ok(n);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (so 2019-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** An optional calendar day `YYYY-MM-DD`. */
export function dateParam(param: string, raw: string | undefined): ParamCheck<string | undefined> {
  if (raw === undefined || raw === '') return ok(undefined);
  return isIsoDate(raw) ? ok(raw) : bad(param, `${param} must be a date written YYYY-MM-DD (got ${shown(raw)})`);
}

/** A BCP 47 language tag as stored on articles: a 2–3 letter primary tag, optional subtags (`en`, `pt-BR`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** An optional language tag. */
export function languageParam(param: string, raw: string | undefined): ParamCheck<string | undefined> {
  if (raw === undefined || raw === '') return ok(undefined);
  return LANGUAGE_TAG.test(raw)
    ? ok(raw)
    : bad(param, `${param} must be a language tag such as en or pt-BR (got ${shown(raw)})`);
}

/** The first query parameter not in `allowed`, as a problem naming what the endpoint takes. */
export function unknownParam(names: Iterable<string>, allowed: readonly string[]): ParamProblem | null {
  for (const name of names)
    if (!allowed.includes(name))
      return bad(name, `unknown parameter ${shown(name)}; this endpoint takes ${allowed.join(', ') || 'none'}`);
  return null;
}

/** The first query parameter given more than once: only one value would be read, and the others silently lost. */
export function repeatedParam(queries: Record<string, readonly string[]>): ParamProblem | null {
  for (const [name, values] of Object.entries(queries))
    if (values.length > 1) return bad(name, `${name} is given ${values.length} times; give it once`);
  return null;
}
