/**
 * One page job through the stages: fetch (when it is a URL) → extract (the feed entry's content as the
 * fallback) → skip if stored unchanged → analyze → store → afterStore. Never throws: every miss comes back as
 * a status with a reason, so one bad page never stops the batch.
 */
import type { RawPage, Store } from '../../store/port.js';
import type { Sketch } from '../../stories/near-duplicates/minhash.js';
import type { Analysis, Article, ExtractInput, ExtractOutcome, RawDocument } from '../../vocabulary.js';
import { notAPageTypeMessage } from '../detect/page-type.js';
import type { PoliteFetch } from '../polite/polite-fetcher.js';
import { entryDocument } from './entry-document.js';
import type { ArticleWriter } from './group-commit.js';
import type { DocumentProcessor, IngestDeps, PageJob, PageStatus, StoredEvent } from './ingest-types.js';

export interface JobResult {
  source: string;
  status: PageStatus;
  reason?: string;
  message?: string;
  /** The HTTP status of a failed fetch, when there was an answer. */
  httpStatus?: number;
  created?: boolean;
}

export interface JobContext {
  store: Store;
  processor: DocumentProcessor;
  fetch: PoliteFetch | null;
  now: () => Date;
  refetch: boolean;
  afterStore?: IngestDeps['afterStore'];
  /** How a page is stored (a batch ingest groups commits: `groupCommit`); `store.upsertArticle` by default. */
  write?: ArticleWriter;
}

type Loaded = { ok: true; raw: RawDocument } | { ok: false; result: JobResult };

const fail = (source: string, reason: string, message: string, httpStatus?: number): JobResult => ({
  source,
  status: 'failed',
  reason,
  message,
  ...(httpStatus !== undefined ? { httpStatus } : {}),
});

/**
 * A WARC record never changes once archived: when the article stored under its URL came from this very record,
 * there is nothing to redo, and the resume skips it without extracting.
 */
async function archivedAndStored(job: PageJob, ctx: JobContext): Promise<boolean> {
  if (ctx.refetch || !job.raw?.url || !job.source.startsWith('warc:')) return false;
  const id = await ctx.store.findArticleId(job.raw.url);
  const stored = id ? await ctx.store.getArticle(id) : null;
  return !!stored && stored.source === job.source && stored.analysis !== null;
}

async function load(job: PageJob, ctx: JobContext): Promise<Loaded> {
  if (await archivedAndStored(job, ctx))
    return { ok: false, result: { source: job.source, status: 'unchanged', reason: 'already-stored' } };
  if (job.raw) return { ok: true, raw: job.raw };
  const url = job.url!;
  if (!ctx.refetch && (await ctx.store.findArticleId(url)))
    return { ok: false, result: { source: job.source, status: 'unchanged', reason: 'already-stored' } };
  if (!ctx.fetch)
    return { ok: false, result: fail(job.source, 'no-fetcher', `ingest: ${url}: fetching is not available`) };
  const out = await ctx.fetch(url);
  // An entry's link to a picture, a PDF or a script is no page: the entry's own content stands in for it.
  const notPage = out.ok && !out.notModified ? notAPageTypeMessage(url, out.headers['content-type']) : null;
  if (out.ok && !out.notModified && !notPage) {
    const fetchedAt = ctx.now().toISOString();
    return { ok: true, raw: { source: job.source, url: out.url, fetchedAt, headers: out.headers, bytes: out.bytes } };
  }
  const reason = notPage ? 'not-html' : out.ok ? 'not-modified' : out.reason;
  const message = notPage ?? (out.ok ? `fetch: ${url}: not modified` : out.message);
  // The page could not be had; the entry's own content stands in for it.
  const fallback = job.entry ? entryDocument(job.entry, job.source, ctx.now().toISOString()) : null;
  if (fallback) return { ok: true, raw: fallback };
  if (reason === 'robots-disallowed')
    return { ok: false, result: { source: job.source, status: 'skipped', reason, message } };
  return {
    ok: false,
    result: fail(job.source, reason, message, out.ok || !('status' in out) ? undefined : out.status),
  };
}

function extractInput(raw: RawDocument, published: string | null | undefined): ExtractInput {
  const input: ExtractInput = { html: raw.html, text: raw.text, bytes: raw.bytes, url: raw.url, headers: raw.headers };
  if (published) input.published = published;
  return input;
}

async function extractWithFallback(
  job: PageJob,
  raw: RawDocument,
  ctx: JobContext,
): Promise<{ raw: RawDocument; outcome: ExtractOutcome }> {
  const outcome = await ctx.processor.extract(extractInput(raw, job.published));
  if (outcome.ok || !job.entry) return { raw, outcome };
  const fallback = entryDocument(job.entry, job.source, raw.fetchedAt ?? ctx.now().toISOString());
  if (!fallback) return { raw, outcome };
  const second = await ctx.processor.extract(extractInput(fallback, job.published));
  return second.ok ? { raw: fallback, outcome: second } : { raw, outcome };
}

/** Kept in the raw page's headers so `reprocess` can pass the feed's date to extract again. */
export const PUBLISHED_HEADER = 'x-dateline-published';
/** Kept in the raw page's headers so `reprocess` can name the site again from the feed's title. */
export const FEED_SITE_HEADER = 'x-dateline-feed-site';

/** The feed's site name for a page that names no site of its own (the page's own metadata always wins). */
export function withFeedSite(article: Article, feedSite: string | null | undefined): Article {
  return feedSite && !article.siteName?.trim() ? { ...article, siteName: feedSite } : article;
}

function rawPage(
  raw: RawDocument,
  fetchedAt: string,
  published: string | null | undefined,
  site?: string | null,
): RawPage {
  const bytes = raw.bytes ?? Buffer.from(raw.html ?? raw.text ?? '', 'utf8');
  let headers = published ? { ...raw.headers, [PUBLISHED_HEADER]: published } : raw.headers;
  if (site) headers = { ...headers, [FEED_SITE_HEADER]: site };
  return {
    source: raw.source,
    url: raw.url ?? null,
    contentType: raw.headers?.['content-type'] ?? null,
    ...(headers ? { headers } : {}),
    fetchedAt: raw.fetchedAt ?? fetchedAt,
    bytes,
  };
}

/** Stored with the same body and an analysis from this analyzer: nothing to do. */
async function storedUnchanged(article: Article, ctx: JobContext): Promise<boolean> {
  // A copy of a page queued for the same commit batch is looked up once that batch is written.
  await ctx.write?.queued?.(article);
  const url = article.canonicalUrl ?? article.url;
  const id = (url ? await ctx.store.findArticleId(url) : null) ?? article.id;
  const stored = await ctx.store.getArticle(id);
  return !!stored && stored.article.contentHash === article.contentHash && stored.analysis !== null;
}

/** A page extracted and analysed, to be stored (`storeJob`). */
export interface ReadyJob {
  job: PageJob;
  raw: RawDocument;
  article: Article;
  analysis: Analysis;
  sketch?: Sketch;
}

/** The result of the stages before storing: the page's final result, or the page ready to store. */
export type PreparedJob = { result: JobResult } | { ready: ReadyJob };

/** A failure of an internal stage: a bug or a store error costs this page only; the message names the stage. */
const internalError = (job: PageJob, err: unknown): JobResult =>
  fail(job.source, 'internal-error', `ingest: ${job.source}: ${(err as Error).message}`);

/**
 * An extract failure names the page's address when the source does not (a WARC record `warc:crawl.warc.gz#6`, a
 * feed file's entry `feed.xml#3`, a redirect): "the page has no article body" said of a record number left the
 * reader to dig through the archive for which page it was.
 */
function withPageUrl(message: string, job: PageJob, raw: RawDocument): string {
  return raw.url && raw.url !== job.source && !message.includes(raw.url) ? `${message} (${raw.url})` : message;
}

/** The stages up to storing: fetch, extract, skip if stored unchanged, analyze. Never throws. */
export async function prepareJob(job: PageJob, ctx: JobContext): Promise<PreparedJob> {
  try {
    const loaded = await load(job, ctx);
    if (!loaded.ok) return { result: loaded.result };
    const { raw, outcome } = await extractWithFallback(job, loaded.raw, ctx);
    if (!outcome.ok) return { result: fail(job.source, outcome.reason, withPageUrl(outcome.message, job, raw)) };
    const article = withFeedSite(outcome.article, job.entry?.siteName ?? null);
    if (await storedUnchanged(article, ctx)) return { result: { source: job.source, status: 'unchanged' } };
    const analyzed = ctx.processor.analyzeAndSketch
      ? await ctx.processor.analyzeAndSketch(article)
      : { analysis: await ctx.processor.analyze(article) };
    return { ready: { job, raw, article, ...analyzed } };
  } catch (err) {
    return { result: internalError(job, err) };
  }
}

/** Stores a prepared page, then runs afterStore. Never throws. */
export async function storeJob(ready: ReadyJob, ctx: JobContext): Promise<JobResult> {
  const { job, raw, article, analysis } = ready;
  try {
    const write = ctx.write ?? ((input) => ctx.store.upsertArticle(input));
    const stored = await write({
      article,
      analysis,
      raw: rawPage(raw, ctx.now().toISOString(), job.published, job.entry?.siteName ?? null),
      source: job.source,
    });
    if (ctx.afterStore) {
      try {
        const event: StoredEvent = { id: stored.id, created: stored.created, article, analysis, source: job.source };
        if (stored.stored) event.stored = stored.stored;
        if (ready.sketch) event.sketch = ready.sketch;
        await ctx.afterStore(event);
      } catch (err) {
        return fail(
          job.source,
          'after-store',
          `ingest: ${job.source}: stored, but the afterStore hook failed: ${(err as Error).message}`,
        );
      }
    }
    return { source: job.source, status: 'stored', created: stored.created };
  } catch (err) {
    return internalError(job, err);
  }
}

/** One page through every stage. Never throws. */
export async function processJob(job: PageJob, ctx: JobContext): Promise<JobResult> {
  const prepared = await prepareJob(job, ctx);
  return 'result' in prepared ? prepared.result : storeJob(prepared.ready, ctx);
}
