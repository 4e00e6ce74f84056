/**
 * ingestPage: one page by URL (fetched politely) or by URL and HTML (not fetched) → stored. What the web
 * server's `POST /api/v1/ingest` needs; the batch pipeline's per-page stages, without the expansion.
 */
import { fetchPage } from './fetch/fetch-page.js';
import { inProcessProcessor } from './pipeline/in-process.js';
import type { IngestDeps, PageJob } from './pipeline/ingest-types.js';
import { processJob } from './pipeline/process-job.js';
import { createPoliteFetch, type PoliteOptions } from './polite/polite-fetcher.js';

export type IngestPageOutcome =
  { ok: true; id: string; created: boolean } | { ok: false; reason: string; message: string };

export async function ingestPage(
  input: { url: string; html?: string },
  deps: IngestDeps,
  options: { allowPrivate?: boolean; polite?: PoliteOptions } = {},
): Promise<IngestPageOutcome> {
  if (!/^https?:\/\//i.test(input.url) || !URL.canParse(input.url))
    return { ok: false, reason: 'bad-url', message: `ingest: not an http(s) URL: ${input.url}` };
  const now = deps.now ?? (() => new Date());
  const job: PageJob =
    input.html !== undefined
      ? {
          source: input.url,
          raw: { source: input.url, url: input.url, html: input.html, fetchedAt: now().toISOString() },
        }
      : { source: input.url, url: input.url };
  const fetch = createPoliteFetch(deps.fetch ?? fetchPage, {
    ...options.polite,
    allowPrivate: options.allowPrivate ?? false,
  });
  const result = await processJob(job, {
    store: deps.store,
    processor: deps.processor ?? inProcessProcessor(now, options.polite?.maxBytes),
    fetch,
    now,
    // Asked for explicitly: fetch again even when stored.
    refetch: true,
    ...(deps.afterStore ? { afterStore: deps.afterStore } : {}),
  });
  if (result.status === 'stored' || result.status === 'unchanged') {
    const id = await deps.store.findArticleId(input.url);
    if (id) return { ok: true, id, created: result.created ?? false };
  }
  return {
    ok: false,
    reason: result.reason ?? result.status,
    message: result.message ?? `ingest: ${input.url}: ${result.status}`,
  };
}
