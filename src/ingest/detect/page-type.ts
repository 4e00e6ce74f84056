/**
 * Whether a fetched URL's Content-Type says it is no page at all, for `extract`/`analyze` and for `ingest` alike:
 * without it a style sheet's URL was stored as an "article" of CSS rules.
 */

/**
 * Media types a server labels as something other than a page: a style sheet, a script, JSON, a picture, sound,
 * video, a font, a PDF. Extracting them made a "page" of CSS rules (ok: true) or said "no paragraphs" about JSON.
 * Pages, text dumps, XML and unlabelled or octet-stream bodies are left to sniffing the bytes (input-kind.ts) and to
 * extract.
 */
const NOT_A_PAGE_TYPE = [
  /^(image|audio|video|font|model)\//, // media
  /^text\/(css|javascript|ecmascript|csv|calendar|vcard)$/, // assets and data files served as text
  /^application\/(json|[\w.+-]+\+json|javascript|ecmascript|pdf|wasm|zip)$/, // data, scripts, documents, archives
];

/** A message when a fetched URL's Content-Type says it is no page; null for a page or an unlabelled body. */
export function notAPageTypeMessage(url: string, contentType: string | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type || !NOT_A_PAGE_TYPE.some((re) => re.test(type))) return null;
  return `fetch: ${url} answered ${type}, not a page`;
}
