/**
 * XML text and attribute escaping for the feed writers. Hand-written because the feeds are a few fixed
 * elements; it also removes characters XML 1.0 forbids (control characters), which would make the feed invalid.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
