/** The HTML pages: front, article, search, outlet, entity and story. */
import { Hono, type Context } from 'hono';
import type { StoredArticle } from '../store/port.js';
import { resolveStory } from '../stories/resolve-story.js';
import { paths } from './urls.js';
import { pageNumber } from './components/pager.js';
import type { AppDeps } from './deps.js';
import { ArticlePageCache, pageRevision } from './article-page-cache.js';
import { ifNoneMatch } from './if-none-match.js';
import { requestHeader } from './request-header.js';
import { securedResponse, withSecurityHeaders } from './security-headers.js';
import { SearchCache } from './search-cache.js';
import { ttlMemo } from './ttl-memo.js';
import { articlePage } from './pages/article-page.js';
import { entityPage } from './pages/entity-page.js';
import { errorPage } from './pages/error-page.js';
import { frontPage } from './pages/front-page.js';
import { movingStories } from './pages/moving-stories.js';
import { outletPage } from './pages/outlet-page.js';
import { searchPage } from './pages/search-page.js';
import { storyPage } from './pages/story-page.js';
import { hasCriteria, searchFormOf, searchQuery } from './search/parse-query.js';

/** Bumped when page markup changes, so ETags from an older build never match. */
const RENDER_VERSION = '1';
/** Articles kept rendered; a page is ~20–60 kB, so this is at most a few tens of MB. */
const ARTICLE_CACHE_SIZE = 1000;
/** How long the outlet list (for filters) is reused. */
const OUTLETS_TTL_MS = 30_000;
/** Most articles loaded to draw one story page. */
const STORY_ARTICLE_LIMIT = 60;

const SEARCH_PAGE_HEADERS = withSecurityHeaders({ 'content-type': 'text/html; charset=UTF-8' });
const encoder = new TextEncoder();

function notFound(c: Context, deps: AppDeps) {
  return c.html(errorPage(deps.config, 404), 404);
}

/** Builds the HTML routes over the dependencies. */
export function webRoutes(deps: AppDeps): Hono {
  const { store, config } = deps;
  const app = new Hono();
  const articleCache = new ArticlePageCache(ARTICLE_CACHE_SIZE, `${RENDER_VERSION}\u0000${config.baseUrl}`);
  const size = config.pageSize;
  // Whole rendered pages: a repeated search costs neither the store nor the template (see search-cache.ts).
  const searchPages = new SearchCache<Uint8Array>();
  const outletList = ttlMemo(
    () => store.outlets(),
    OUTLETS_TTL_MS,
    () => deps.clock().getTime(),
  );

  app.get('/', async (c) => {
    const outlet = c.req.query('outlet') || undefined;
    const language = c.req.query('language') || undefined;
    const page = pageNumber(c.req.query('page'));
    const filtered = !!(outlet || language) || page > 1;
    const [articles, outlets, stories] = await Promise.all([
      store.listArticles({ outlet, language, limit: size, offset: (page - 1) * size }),
      outletList(),
      filtered ? Promise.resolve([]) : movingStories(store, deps.clock(), 6),
    ]);
    return c.html(frontPage({ config, stories, articles, outlets, filters: { outlet, language }, page }));
  });

  app.get('/article/:id', async (c) => {
    const id = c.req.param('id');
    const now = deps.clock().getTime();
    let page = articleCache.fresh(id, now);
    if (!page) {
      const stored: StoredArticle | null = await store.getArticle(id);
      if (!stored) return notFound(c, deps);
      page =
        articleCache.current(id, pageRevision(stored), now) ??
        articleCache.put(id, stored, articlePage(stored, config), now);
    }
    // The hot path: bytes and headers built once per page, nothing else allocated but the response.
    return ifNoneMatch(requestHeader(c, 'if-none-match'), page.etag)
      ? securedResponse(null, 304, page.notModifiedHeaders)
      : securedResponse(page.bytes, 200, page.headers);
  });

  app.get('/search', async (c) => {
    const form = searchFormOf((name) => c.req.query(name));
    const page = pageNumber(c.req.query('page'), 500);
    const rendered = await searchPages.get({ ...form, page }, deps.clock().getTime(), async () => {
      const parsed = searchQuery(form.q, form);
      const query = { ...parsed, limit: size, offset: (page - 1) * size };
      const [outlets, results] = await Promise.all([
        outletList(),
        hasCriteria(parsed) ? store.search(query) : Promise.resolve(null),
      ]);
      return encoder.encode(searchPage({ config, form, results, outlets, page }));
    });
    return securedResponse(rendered, 200, SEARCH_PAGE_HEADERS);
  });

  app.get('/outlet/:name', async (c) => {
    const outlet = c.req.param('name');
    const page = pageNumber(c.req.query('page'));
    const articles = await store.listArticles({ outlet, limit: size, offset: (page - 1) * size });
    if (!articles.total && page === 1) return notFound(c, deps);
    return c.html(outletPage(config, outlet, articles, page));
  });

  app.get('/entity/:kind/:name', async (c) => {
    const found = await store.entity(c.req.param('kind'), c.req.param('name'));
    if (!found) return notFound(c, deps);
    return c.html(entityPage(config, found.ref, found.articles));
  });

  app.get('/story/:id', async (c) => {
    // A story merged away answers with a permanent redirect to the story that holds its articles now.
    const found = await resolveStory(store, c.req.param('id'));
    if (found.kind === 'moved') return c.redirect(paths.story(found.storyId), 301);
    if (found.kind === 'missing') return notFound(c, deps);
    const { story } = found;
    const loaded = await Promise.all(story.articleIds.slice(0, STORY_ARTICLE_LIMIT).map((id) => store.getArticle(id)));
    return c.html(
      storyPage(
        config,
        story,
        loaded.filter((a): a is StoredArticle => a !== null),
      ),
    );
  });

  return app;
}
