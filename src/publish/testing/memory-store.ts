/**
 * An in-memory `Store` for the web edition's tests: enough behaviour (filters, naive search with escaped
 * `<mark>` snippets, entities, stories) to render every page, with no database.
 */
import { createHash } from 'node:crypto';
import type {
  ArticlePageLookup,
  ArticlePageWrite,
  ArticleSummary,
  EntityRef,
  FeedSubscription,
  Page,
  RawPage,
  SearchHit,
  SearchQuery,
  SketchRow,
  Store,
  StoredArticle,
  StoredPage,
  StoryFiling,
  UnrenderedStep,
  UpsertInput,
  UpsertResult,
} from '../../store/port.js';
import type { Analysis, Story } from '../../vocabulary.js';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function summary(s: StoredArticle): ArticleSummary {
  const a = s.article;
  return {
    id: a.id,
    url: a.url ?? a.canonicalUrl,
    title: a.title,
    description: a.description,
    outlet: s.outlet,
    authors: a.authors,
    publishedAt: a.publishedAt,
    language: a.language,
    leadImageUrl: a.leadImage?.url ?? null,
    storyId: s.storyId,
    ingestedAt: s.ingestedAt,
  };
}

function outletOf(input: UpsertInput): string {
  if (input.article.siteName) return input.article.siteName;
  try {
    if (input.article.url) return new URL(input.article.url).host;
  } catch {
    /* not a URL: fall through */
  }
  return input.source;
}

export class MemoryStore implements Store {
  private readonly articles = new Map<string, StoredArticle>();
  private readonly stories = new Map<string, Story>();
  private readonly feeds = new Map<string, FeedSubscription>();
  private tick = 0;
  /** Revisions and stored pages as the SQL stores keep them: any change of an article moves its revision. */
  private readonly revisions = new Map<string, number>();
  private readonly pages = new Map<string, StoredPage>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async migrate(): Promise<void> {}
  async close(): Promise<void> {}

  async upsertArticle(input: UpsertInput): Promise<UpsertResult> {
    const existing = this.articles.get(input.article.id);
    const at = new Date(this.now().getTime() + this.tick++).toISOString();
    this.articles.set(input.article.id, {
      article: input.article,
      analysis: input.analysis ?? existing?.analysis ?? null,
      outlet: outletOf(input),
      source: input.source,
      ingestedAt: existing?.ingestedAt ?? at,
      updatedAt: at,
      storyId: existing?.storyId ?? null,
      duplicateOf: existing?.duplicateOf ?? null,
    });
    if (existing) this.changed(input.article.id);
    return { id: input.article.id, created: !existing };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.articles.get(id) ?? null;
  }

  async articleIds(): Promise<string[]> {
    return [...this.articles.keys()];
  }
  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    return ids.flatMap((id) => this.articles.get(id) ?? []);
  }

  async findArticleId(url: string): Promise<string | null> {
    for (const s of this.articles.values())
      if (s.article.url === url || s.article.canonicalUrl === url) return s.article.id;
    return null;
  }

  private sorted(): StoredArticle[] {
    const key = (s: StoredArticle) => s.article.publishedAt ?? s.ingestedAt;
    return [...this.articles.values()].sort((a, b) => key(b).localeCompare(key(a)));
  }

  async listArticles(q: { outlet?: string; language?: string; storyId?: string; limit: number; offset?: number }) {
    const all = this.sorted().filter(
      (s) =>
        (!q.outlet || s.outlet === q.outlet) &&
        (!q.language || s.article.language === q.language) &&
        (!q.storyId || s.storyId === q.storyId),
    );
    const offset = q.offset ?? 0;
    return { items: all.slice(offset, offset + q.limit).map(summary), total: all.length };
  }

  async search(q: SearchQuery): Promise<Page<SearchHit>> {
    const terms = q.text.toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
    const has = (a: Analysis | null, pred: (name: string) => boolean, kinds?: string[]) =>
      !!a?.entities.some((e) => (!kinds || kinds.includes(e.kind)) && pred(e.name.toLowerCase()));
    const hits = this.sorted().filter((s) => {
      const text = `${s.article.title ?? ''} ${s.article.body.text}`.toLowerCase();
      const published = (s.article.publishedAt ?? s.ingestedAt).slice(0, 10);
      return (
        terms.every((t) => text.includes(t)) &&
        (!q.outlet || s.outlet === q.outlet) &&
        (!q.language || s.article.language === q.language) &&
        (!q.from || published >= q.from) &&
        (!q.to || published <= q.to) &&
        (!q.about || has(s.analysis, (n) => n === q.about!.toLowerCase())) &&
        (!q.place || has(s.analysis, (n) => n === q.place!.toLowerCase(), ['place'])) &&
        (!q.quoted ||
          !!s.analysis?.attributions.some((at) => at.speaker?.name.toLowerCase() === q.quoted!.toLowerCase()))
      );
    });
    const offset = q.offset ?? 0;
    return {
      total: hits.length,
      items: hits.slice(offset, offset + q.limit).map((s, i) => {
        let snippet = escape(s.article.body.text.slice(0, 200));
        for (const t of terms)
          snippet = snippet.replace(new RegExp(t.replace(/[^\w]/g, '\\$&'), 'gi'), (m) => `<mark>${m}</mark>`);
        return { ...summary(s), snippet, rank: i };
      }),
    };
  }

  async outlets() {
    const counts = new Map<string, number>();
    for (const s of this.articles.values()) counts.set(s.outlet, (counts.get(s.outlet) ?? 0) + 1);
    return [...counts].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count);
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.articles.delete(id);
  }

  async countArticles(): Promise<number> {
    return this.articles.size;
  }

  async *rawPages(): AsyncIterable<{ id: string; raw: RawPage }> {}

  async setAnalysis(id: string, analysis: Analysis): Promise<void> {
    const s = this.articles.get(id);
    if (s) s.analysis = analysis;
    if (s) this.changed(id);
  }

  async entity(kind: string, name: string): Promise<{ ref: EntityRef; articles: ArticleSummary[] } | null> {
    const articles = this.sorted().filter(
      (s) =>
        s.analysis?.entities.some((e) => e.kind === kind && e.name === name) ||
        s.analysis?.attributions.some((a) => a.speaker?.name === name),
    );
    if (!articles.length) return null;
    return { ref: { kind, name, articleCount: articles.length }, articles: articles.map(summary) };
  }

  async saveStory(story: Story): Promise<void> {
    this.stories.set(story.id, story);
  }
  async getStory(id: string): Promise<Story | null> {
    return this.stories.get(id) ?? null;
  }
  async deleteStory(id: string): Promise<void> {
    this.stories.delete(id);
  }
  async listStories(limit: number, offset = 0): Promise<Story[]> {
    return [...this.stories.values()]
      .sort((a, b) => (b.lastUpdated ?? '').localeCompare(a.lastUpdated ?? ''))
      .slice(offset, offset + limit);
  }
  async countStories(): Promise<number> {
    return this.stories.size;
  }
  async setStory(articleId: string, storyId: string | null, duplicateOf: string | null = null): Promise<void> {
    const s = this.articles.get(articleId);
    if (s && (s.storyId !== storyId || s.duplicateOf !== duplicateOf)) {
      Object.assign(s, { storyId, duplicateOf });
      this.changed(articleId);
    }
  }

  private changed(id: string): void {
    this.revisions.set(id, (this.revisions.get(id) ?? 0) + 1);
    this.pages.delete(id);
  }

  async articlePage(id: string, renderKey: string): Promise<ArticlePageLookup | null> {
    if (!this.articles.has(id)) return null;
    const page = this.pages.get(id);
    return { revision: this.revisions.get(id) ?? 0, page: page?.renderKey === renderKey ? page : null };
  }

  async putArticlePages(pages: readonly ArticlePageWrite[]): Promise<number> {
    let stored = 0;
    for (const { articleId, revision, ...page } of pages) {
      if (!this.articles.has(articleId) || (this.revisions.get(articleId) ?? 0) !== revision) continue;
      this.pages.set(articleId, page);
      stored++;
    }
    return stored;
  }

  async unrenderedArticles(renderKey: string, limit: number, from?: string): Promise<UnrenderedStep> {
    const ids = [...this.articles.keys()].reverse();
    const start = from === undefined ? 0 : Number(from);
    const step = ids.slice(start, start + Math.max(1, limit));
    return {
      articles: step
        .filter((id) => this.pages.get(id)?.renderKey !== renderKey)
        .map((id) => ({ id, revision: this.revisions.get(id) ?? 0 })),
      next: start + step.length < ids.length ? String(start + step.length) : null,
    };
  }

  async setStories(filings: readonly StoryFiling[]): Promise<void> {
    for (const f of filings) await this.setStory(f.articleId, f.storyId, f.duplicateOf);
  }

  private readonly sketchRows = new Map<string, { hash: string; sketch: string }>();
  async setSketches(rows: readonly SketchRow[]): Promise<void> {
    for (const r of rows) await this.setSketch(r.articleId, r.sketch);
  }
  async setSketch(articleId: string, sketch: string): Promise<void> {
    const s = this.articles.get(articleId);
    if (s) this.sketchRows.set(articleId, { hash: s.article.contentHash, sketch });
  }
  async sketches(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [id, row] of this.sketchRows)
      if (this.articles.get(id)?.article.contentHash === row.hash) out.set(id, row.sketch);
    return out;
  }

  async addFeed(url: string, title: string | null = null): Promise<void> {
    this.feeds.set(url, { url, title, etag: null, lastModified: null, lastFetchedAt: null, lastError: null });
  }
  async removeFeed(url: string): Promise<boolean> {
    return this.feeds.delete(url);
  }
  async listFeeds(): Promise<FeedSubscription[]> {
    return [...this.feeds.values()];
  }
  async updateFeed(url: string, patch: Partial<Omit<FeedSubscription, 'url'>>): Promise<void> {
    const f = this.feeds.get(url);
    if (f) Object.assign(f, patch);
  }
}

/** A content hash for fixtures. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
