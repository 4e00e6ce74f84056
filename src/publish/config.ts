/** What the web edition needs to know about where and how it runs; parsed once by the composition root. */
export interface PublishConfig {
  /** Shown in the masthead, titles and feeds. */
  siteName: string;
  /** Absolute origin used for feeds, canonical links and share links, e.g. "http://localhost:8080". */
  baseUrl: string;
  /** Bearer token for `POST /api/v1/ingest`; null disables ingest over HTTP. */
  token: string | null;
  /** Articles per list page. */
  pageSize: number;
}

/** Defaults for tests and the demo; the CLI overrides baseUrl and token. */
export function publishConfig(overrides: Partial<PublishConfig> = {}): PublishConfig {
  const config: PublishConfig = {
    siteName: 'Dateline',
    baseUrl: 'http://localhost:8080',
    token: null,
    pageSize: 20,
    ...overrides,
  };
  return { ...config, baseUrl: config.baseUrl.replace(/\/+$/, '') };
}
