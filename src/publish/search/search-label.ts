/** A search in words, for feed titles. */

/**
 * What a search follows: the query and its filters ("strike · outlet Reuters · from 2023-09-01"), so a feed of
 * filters alone is not titled "Search: " in a reader's list of feeds.
 */
export function searchLabel(form: {
  q?: string;
  outlet?: string;
  language?: string;
  from?: string;
  to?: string;
  sort?: string;
}): string {
  const filters = (['outlet', 'language', 'from', 'to'] as const).flatMap((k) => (form[k] ? [`${k} ${form[k]}`] : []));
  return [form.q, ...filters, form.sort === 'date' ? 'newest first' : ''].filter(Boolean).join(' · ');
}
