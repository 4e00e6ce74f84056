/**
 * Golden extraction cases (test/corpus/extract/<case>/): `expected.json` lists only the fields that matter
 * for the case; each is compared on its own and a miss names the field, what was expected and what came out.
 */
import type { ExtractOutcome } from '../vocabulary.js';

export interface ExpectedExtraction {
  /** For inputs that must be refused. */
  reason?: string;
  title?: string | null;
  authors?: string[];
  datelinePlace?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  leadImage?: { url?: string | null; caption?: string | null; credit?: string | null; alt?: string | null } | null;
  imageUrls?: string[];
  paragraphs?: number;
  firstParagraphStartsWith?: string;
  lastParagraphEndsWith?: string;
  textIncludes?: string[];
  textExcludes?: string[];
  htmlIncludes?: string[];
  htmlExcludes?: string[];
  wordCount?: number;
  /** Allowed distance from wordCount. */
  wordCountTolerance?: number;
  liveBlog?: boolean;
  partial?: boolean;
}

/** Compares an outcome with the expectation; returns one message per wrong field (empty when all match). */
export function checkExtraction(out: ExtractOutcome, exp: ExpectedExtraction): string[] {
  const errors: string[] = [];
  const want = (field: string, ok: boolean, expected: unknown, got: unknown): void => {
    if (!ok) errors.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  };
  if (exp.reason !== undefined) {
    want('reason', !out.ok && out.reason === exp.reason, exp.reason, out.ok ? 'an article' : out.reason);
    return errors;
  }
  if (!out.ok) return [`extract failed: ${out.reason} (${out.message})`];
  const a = out.article;
  const paras = a.body.paragraphs;
  if (exp.title !== undefined) want('title', a.title === exp.title, exp.title, a.title);
  if (exp.authors !== undefined) want('authors', JSON.stringify(a.authors) === JSON.stringify(exp.authors), exp.authors, a.authors); // prettier-ignore
  if (exp.datelinePlace !== undefined) want('dateline.place', (a.dateline?.place ?? null) === exp.datelinePlace, exp.datelinePlace, a.dateline?.place ?? null); // prettier-ignore
  if (exp.publishedAt !== undefined)
    want('publishedAt', a.publishedAt === exp.publishedAt, exp.publishedAt, a.publishedAt);
  if (exp.language !== undefined) want('language', a.language === exp.language, exp.language, a.language);
  if (exp.leadImage === null) want('leadImage', a.leadImage === null, null, a.leadImage);
  else if (exp.leadImage)
    for (const [k, v] of Object.entries(exp.leadImage)) {
      const got = a.leadImage ? a.leadImage[k as keyof typeof exp.leadImage] : undefined;
      want(`leadImage.${k}`, got === v, v, got);
    }
  if (exp.imageUrls) for (const u of exp.imageUrls) want('images[].url', a.images.some((i) => i.url === u), u, a.images.map((i) => i.url)); // prettier-ignore
  if (exp.paragraphs !== undefined) want('paragraphs.length', paras.length === exp.paragraphs, exp.paragraphs, paras.length); // prettier-ignore
  if (exp.firstParagraphStartsWith !== undefined)
    want('paragraphs[0]', (paras[0] ?? '').startsWith(exp.firstParagraphStartsWith), `starts with ${exp.firstParagraphStartsWith}`, paras[0]); // prettier-ignore
  if (exp.lastParagraphEndsWith !== undefined)
    want('paragraphs[-1]', (paras[paras.length - 1] ?? '').endsWith(exp.lastParagraphEndsWith), `ends with ${exp.lastParagraphEndsWith}`, paras[paras.length - 1]); // prettier-ignore
  for (const s of exp.textIncludes ?? []) want('body.text', a.body.text.includes(s), `to include ${s}`, a.body.text.slice(0, 300)); // prettier-ignore
  for (const s of exp.textExcludes ?? []) want('body.text', !a.body.text.includes(s), `not to include ${s}`, 'it does'); // prettier-ignore
  for (const s of exp.htmlIncludes ?? []) want('body.html', a.body.html.includes(s), `to include ${s}`, a.body.html.slice(0, 400)); // prettier-ignore
  for (const s of exp.htmlExcludes ?? []) want('body.html', !a.body.html.includes(s), `not to include ${s}`, 'it does'); // prettier-ignore
  if (exp.wordCount !== undefined)
    want('wordCount', Math.abs(a.wordCount - exp.wordCount) <= (exp.wordCountTolerance ?? 0), exp.wordCount, a.wordCount); // prettier-ignore
  if (exp.liveBlog !== undefined) want('liveBlog', (a.liveBlog ?? false) === exp.liveBlog, exp.liveBlog, a.liveBlog ?? false); // prettier-ignore
  if (exp.partial !== undefined) want('partial', (a.partial ?? false) === exp.partial, exp.partial, a.partial ?? false);
  return errors;
}
