/**
 * Whether an `Accept-Encoding` header accepts gzip (RFC 9110 §12.5.3): `gzip` (or `x-gzip`), else `*`, with a
 * quality above 0. No header, or gzip refused (`gzip;q=0`), means the page is sent uncompressed.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star = false;
  for (const item of header.split(',')) {
    const semi = item.indexOf(';');
    const coding = (semi < 0 ? item : item.slice(0, semi)).trim().toLowerCase();
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') continue;
    const accepted = semi < 0 || qualityOf(item.slice(semi + 1)) > 0;
    if (coding === '*') star = accepted;
    else return accepted;
  }
  return star;
}

/** The `q` of a coding's parameters; 1 when absent; 0 when unreadable (not accepted). */
function qualityOf(params: string): number {
  const match = /(?:^|;)\s*q\s*=\s*([0-9.]+)\s*(?:;|$)/i.exec(params);
  if (!match) return /(?:^|;)\s*q\s*=/i.test(params) ? 0 : 1;
  const q = Number(match[1]);
  return Number.isFinite(q) ? q : 0;
}

/**
 * The coding to answer with for an `Accept-Encoding` header, of those this server writes: `br` or `gzip`, the one
 * with the higher quality (brotli on a tie: smaller for the same work at the quality we use), `*` standing for
 * any not named; null when neither is accepted (or no header: identity).
 */
export function preferredEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null;
  let br: number | null = null;
  let gzip: number | null = null;
  let star: number | null = null;
  for (const item of header.split(',')) {
    const semi = item.indexOf(';');
    const coding = (semi < 0 ? item : item.slice(0, semi)).trim().toLowerCase();
    const q = semi < 0 ? 1 : qualityOf(item.slice(semi + 1));
    if (coding === 'br') br = q;
    else if (coding === 'gzip' || coding === 'x-gzip') gzip = Math.max(gzip ?? 0, q);
    else if (coding === '*') star = q;
  }
  const brQ = br ?? star ?? 0;
  const gzipQ = gzip ?? star ?? 0;
  if (brQ <= 0 && gzipQ <= 0) return null;
  return brQ >= gzipQ ? 'br' : 'gzip';
}
