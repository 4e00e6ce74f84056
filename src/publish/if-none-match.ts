/**
 * Whether an `If-None-Match` header matches an entity tag, by the weak comparison RFC 9110 §13.1.2 asks for:
 * any listed tag equal to ours once `W/` is dropped, or `*`.
 */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true; // the common case: the validator we sent, sent back
  const opaque = stripWeak(etag);
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || stripWeak(t) === opaque;
  });
}

function stripWeak(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
