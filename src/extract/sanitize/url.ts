/** URL checks for sanitized HTML: absolute, and only schemes that cannot run code. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** data: is allowed for raster images only (SVG can carry script). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/**
 * Resolves `raw` against `base` and returns it when its scheme is safe, else null.
 * `image` allows raster data: URLs (for inline images).
 */
export function safeUrl(raw: string, base: string | null, image = false): string | null {
  // Browsers strip ASCII whitespace and control characters before parsing, so "java\tscript:" is javascript:.
  const s = raw.replace(/[\u0000-\u0020]+/g, (m, i: number) => (i === 0 ? '' : m.includes(' ') ? '%20' : ''));
  if (!s) return null;
  if (/^data:/i.test(s)) return image && SAFE_DATA_IMAGE.test(s) ? s : null;
  let u: URL;
  try {
    u = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(u.protocol) ? u.href : null;
}
