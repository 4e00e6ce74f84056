/** Small value helpers shared by the metadata adapters. */
import { normalizeSpace, parseHtmlFragment, textContent } from '../dom/tree.js';

/**
 * A metadata string as a reader would see it: entities decoded (many sites escape twice, "&amp;#39;"), tags
 * dropped, white space collapsed; null when empty. parse5 does the decoding so every HTML5 entity is known.
 */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return null;
  let s = value;
  if (/[&<]/.test(s)) s = textContent(parseHtmlFragment(s));
  s = normalizeSpace(s);
  return s || null;
}

/** The first non-null value. */
export function first<T>(...values: Array<T | null | undefined>): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}

/** Resolves a possibly relative URL against the page; null for unusable or non-http(s) values. */
export function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  const v = value?.trim();
  if (!v) return null;
  try {
    const u = base ? new URL(v, base) : new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Splits a keywords value given as "a, b; c" or an array into distinct trimmed tags. */
export function splitTags(value: unknown): string[] {
  const raw: unknown[] = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const s = cleanText(item);
    if (!s) continue;
    for (const tag of s.split(/\s*[,;]\s*/)) {
      const t = tag.trim();
      if (t && t.length <= 80 && !seen.has(t.toLowerCase())) {
        seen.add(t.toLowerCase());
        out.push(t);
      }
    }
  }
  return out;
}

/** Positive integer dimensions ("1200", 1200, "1200px"); null otherwise. */
export function dimension(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? parseInt(value, 10) : NaN;
  return Number.isFinite(n) && n > 0 && n < 100_000 ? Math.round(n) : null;
}
