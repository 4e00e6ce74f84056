/**
 * Whether a string is markup or a plain-text dump of a page: it is markup when its head holds a document or
 * common structural tag. Only the first 64 KiB are looked at, so a huge text costs nothing here.
 */
const MARKUP =
  /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|span|table|ul|ol|li|h[1-6]|br|a|script|link|img)\b[^<>]*>/i;

export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text.length > 65536 ? text.slice(0, 65536) : text);
}
