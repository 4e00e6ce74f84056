/** The HTML pages: front, article, search, outlet, entity and story. */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { StoredArticle } from '../store/port.js';
import { pageNumber } from './components/pager.js';
import type { AppDeps } from './deps.js';
import { LruCache } from './lru-cache.js';
import { articlePage } from './pages/article-page.js';
import { entityPage } from './pages/entity-page.js';
import { errorPage } from './pages/error-page.js';
import { frontPage } from './pages/front-page.js';
import { movingStories } from './pages/moving-stories.js';
import { outletPage } from './pages/outlet-page.js';
import { searchPage } from './pages/search-page.js';
import { storyPage } from './pages/story-page.js';
import { hasCriteria, searchQuery } from './search/parse-query.js';

/** Bumped when page markup changes, so ETags from an older build never match. */
const RENDER_VERSION = '1';
/** Articles kept rendered; a page is ~20–60 kB, so this is at most a few tens of MB. */
const ARTICLE_CACHE_SIZE = 1000;
/** Most articles loaded to draw one story page. */
const STORY_ARTICLE_LIMIT = 60;

interface Rendered {
  body: string;
  etag: string;
  lastModified: string;
}

function notFound(c: Context, deps: AppDeps) {
  return c.html(errorPage(deps.config, 404), 404);
}

function lastModified(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isFinite(t) ? t : 0).toUTCString();
}

/** Builds the HTML routes over the dependencies. */
export function webRoutes(deps: AppDeps): Hono {
  const { store, config } = deps;
  const app = new Hono();
  const articleCache = new LruCache<Rendered>(ARTICLE_CACHE_SIZE);
  const size = config.pageSize;

  app.get('/', async (c) => {
    const outlet = c.req.query('outlet') || undefined;
    const language = c.req.query('language') || undefined;
    const page = pageNumber(c.req.query('page'));
    const filtered = !!(outlet || language) || page > 1;
    const [articles, outlets, stories] = await Promise.all([
      store.listArticles({ outlet, language, limit: size, offset: (page - 1) * size }),
      store.outlets(),
      filtered ? Promise.resolve([]) : movingStories(store, deps.clock(), 6),
    ]);
    return c.html(frontPage({ config, stories, articles, outlets, filters: { outlet, language }, page }));
  });

  app.get('/article/:id', async (c) => {
    const id = c.req.param('id');
    const stored: StoredArticle | null = await store.getArticle(id);
    if (!stored) return notFound(c, deps);
    const key = `${id}\u0000${stored.updatedAt}`;
    let rendered = articleCache.get(key);
    if (!rendered) {
      const digest = createHash('sha1')
        .update(`${RENDER_VERSION}\u0000${config.baseUrl}\u0000${key}`)
        .digest('base64url');
      rendered = {
        body: articlePage(stored, config),
        etag: `W/"${digest}"`,
        lastModified: lastModified(stored.updatedAt),
      };
      articleCache.set(key, rendered);
    }
    c.header('ETag', rendered.etag);
    c.header('Last-Modified', rendered.lastModified);
    c.header('Cache-Control', 'public, max-age=60, must-revalidate');
    if (c.req.header('if-none-match') === rendered.etag) return c.body(null, 304);
    return c.html(rendered.body);
  });

  app.get('/search', async (c) => {
    const form = {
      q: c.req.query('q') ?? '',
      outlet: c.req.query('outlet') || undefined,
      language: c.req.query('language') || undefined,
      from: c.req.query('from') || undefined,
      to: c.req.query('to') || undefined,
    };
    const page = pageNumber(c.req.query('page'), 500);
    const parsed = searchQuery(form.q, form);
    const [outlets, results] = await Promise.all([
      store.outlets(),
      hasCriteria(parsed) ? store.search({ ...parsed, limit: size, offset: (page - 1) * size }) : Promise.resolve(null),
    ]);
    return c.html(searchPage({ config, form, results, outlets, page }));
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
    const story = await store.getStory(c.req.param('id'));
    if (!story) return notFound(c, deps);
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
