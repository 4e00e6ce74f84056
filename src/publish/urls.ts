/** Paths of the web edition, built in one place so pages, feeds and the API agree. */

const enc = encodeURIComponent;

export const paths = {
  front: () => '/',
  article: (id: string) => `/article/${enc(id)}`,
  outlet: (outlet: string) => `/outlet/${enc(outlet)}`,
  entity: (kind: string, name: string) => `/entity/${enc(kind)}/${enc(name)}`,
  story: (id: string) => `/story/${enc(id)}`,
  search: (params: Record<string, string | number | undefined | null> = {}) => withQuery('/search', params),
  css: () => '/static/style.css',
  js: () => '/static/share.js',
  favicon: () => '/static/favicon.svg',
} as const;

/** Appends the non-empty params as a query string. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** An absolute URL on this site. */
export function absolute(baseUrl: string, path: string): string {
  return baseUrl + path;
}
