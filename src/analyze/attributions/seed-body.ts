/**
 * Test helper: the body of a plain-text page dump such as the reference input, read the way expected.md
 * describes (paragraphs after the repeated caption lines, the "Place :" dateline removed). Only for tests and
 * benchmarks until extraction handles text dumps.
 */
export function dumpBody(dump: string): string {
  const paragraphs = dump.split(/\n\s*\n/).map((p) => p.trim());
  const body = paragraphs.filter((p) => !/\n/.test(p) && p.split(/\s+/).length > 20);
  if (body[0]) body[0] = body[0].replace(/^[\p{Lu}][\p{L} ]{1,40}\s+:\s+/u, '');
  return body.join('\n\n');
}
