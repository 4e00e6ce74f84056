/** The HTML pages: front, article, search, outlet, entity and story. */
import { Hono, type Context } from 'hono';
import { resolveStory } from '../stories/resolve-story.js';
import { paths } from './urls.js';
import type { AppDeps } from './deps.js';
import { requestHeader } from './request-header.js';
import { securedResponse, withSecurityHeaders } from './security-headers.js';
import { SearchCache } from './search-cache.js';
import { StoredPages } from './stored-pages.js';
import { ttlMemo } from './ttl-memo.js';
import { entityPage } from './pages/entity-page.js';
import { errorPage } from './pages/error-page.js';
import { frontPage } from './pages/front-page.js';
import { movingStories } from './pages/moving-stories.js';
import { outletPage } from './pages/outlet-page.js';
import { searchPage } from './pages/search-page.js';
import { storyPage } from './pages/story-page.js';
import { intParam, languageParam, shown, type ParamCheck } from './params/param-check.js';
import { checkSearch, hasCriteria, searchFormOf } from './search/parse-query.js';
import { onlyStopWords } from '../store/search-text.js';

/** How long the outlet list (for filters) is reused. */
const OUTLETS_TTL_MS = 30_000;
/** Last page of a list (front, outlet) a reader can ask for; beyond it the offset would only cost the store. */
const MAX_LIST_PAGE = 10_000;
/** Last page of search results shown: a deep FTS offset costs more than anyone reads. */
const MAX_SEARCH_PAGE = 500;
/** A page number: any whole number from 1 (past the last page, pages say so); absent is page 1. */
const PAGE_RANGE = { min: 1, max: 1_000_000, fallback: 1 };
/** Most articles loaded to draw one story page. */
const STORY_ARTICLE_LIMIT = 60;

const SEARCH_PAGE_HEADERS = withSecurityHeaders({ 'content-type': 'text/html; charset=UTF-8' });
const encoder = new TextEncoder();

/** The 404 page, saying what was looked for (`an article with id "x"`) when a route knows. */
function notFound(c: Context, deps: AppDeps, missing?: string) {
  return c.html(errorPage(deps.config, 404, missing), 404);
}

/** The first parameter problem among the checks, if any. */
function firstProblem(...checks: ParamCheck<unknown>[]): { param: string; message: string } | undefined {
  for (const check of checks) if (!check.ok) return { param: check.param, message: check.message };
  return undefined;
}

/** Builds the HTML routes over the dependencies (the article pages given, to share them with a fast path). */
export function webRoutes(deps: AppDeps, pages: StoredPages = new StoredPages(deps)): Hono {
  const { store, config } = deps;
  const app = new Hono();
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
    // A bad parameter is named on the page (400) and left out of the list, never silently swapped for another.
    const languageCheck = languageParam('language', c.req.query('language'));
    const pageCheck = intParam('page', c.req.query('page'), PAGE_RANGE);
    const problem = firstProblem(languageCheck, pageCheck);
    const language = languageCheck.ok ? languageCheck.value : undefined;
    const page = pageCheck.ok ? pageCheck.value : 1;
    const filtered = !!(outlet || language) || page > 1;
    const [articles, outlets, stories] = await Promise.all([
      listPage(outlet, language, page),
      outletList(),
      filtered ? Promise.resolve([]) : movingStories(store, deps.clock(), 6),
    ]);
    return c.html(
      frontPage({ config, stories, articles, outlets, filters: { outlet, language }, page, problem }),
      problem ? 400 : 200,
    );
  });

  app.get('/article/:id', async (c) => {
    const page = await pages.get(c.req.param('id'));
    if (!page) return notFound(c, deps, `article with id ${shown(c.req.param('id'))}`);
    // The same answer as the fast path gives (article-fast-path.ts): stored or rendered bytes, gzip when taken.
    const answer = page.answer(requestHeader(c, 'if-none-match'), requestHeader(c, 'accept-encoding'));
    return securedResponse(answer.body, answer.status, answer.headers);
  });

  app.get('/search', async (c) => {
    const form = searchFormOf((name) => c.req.query(name));
    const pageCheck = intParam('page', c.req.query('page'), PAGE_RANGE);
    const checked = checkSearch(form.q, form);
    const problem = firstProblem(checked, pageCheck);
    if (problem || !checked.ok || !pageCheck.ok) {
      // Not cached: a mistyped form is rare, and its page must answer 400 with the problem named.
      const page = encoder.encode(
        searchPage({
          config,
          form,
          results: null,
          outlets: await outletList(),
          page: 1,
          problem,
          maxPage: MAX_SEARCH_PAGE,
        }),
      );
      return securedResponse(page, 400, SEARCH_PAGE_HEADERS);
    }
    const page = pageCheck.value;
    const parsed = checked.value;
    const rendered = await searchPages.get({ ...form, page }, deps.clock().getTime(), async () => {
      // Past the pages search shows, ask only for the count (offset 0) and show no items.
      const beyond = page > MAX_SEARCH_PAGE;
      const query = { ...parsed, limit: size, offset: beyond ? 0 : (page - 1) * size };
      const [outlets, found] = await Promise.all([
        outletList(),
        hasCriteria(parsed) ? store.search(query) : Promise.resolve(null),
      ]);
      const results = found && beyond ? { ...found, items: [] } : found;
      // The store ranks a search with words by relevance (unless asked for date) and lists one of operators and
      // filters alone newest first.
      const order = parsed.sort !== 'date' && parsed.text && !onlyStopWords(parsed.text) ? 'relevance' : 'newest';
      return encoder.encode(searchPage({ config, form, results, outlets, page, maxPage: MAX_SEARCH_PAGE, order }));
    });
    return securedResponse(rendered, 200, SEARCH_PAGE_HEADERS);
  });

  app.get('/outlet/:name', async (c) => {
    const outlet = c.req.param('name');
    const pageCheck = intParam('page', c.req.query('page'), PAGE_RANGE);
    const page = pageCheck.ok ? pageCheck.value : 1;
    const articles = await listPage(outlet, undefined, page);
    if (!articles.total) return notFound(c, deps, `outlet named ${shown(outlet)}`);
    const problem = firstProblem(pageCheck);
    return c.html(outletPage(config, outlet, articles, page, problem), problem ? 400 : 200);
  });

  /** One page of a list; past MAX_LIST_PAGE only the count is asked for, and the page says it is past the end. */
  function listPage(outlet: string | undefined, language: string | undefined, page: number) {
    const beyond = page > MAX_LIST_PAGE;
    return store
      .listArticles({ outlet, language, limit: beyond ? 1 : size, offset: beyond ? 0 : (page - 1) * size })
      .then((found) => (beyond ? { ...found, items: [] } : found));
  }

  app.get('/entity/:kind/:name', async (c) => {
    const found = await store.entity(c.req.param('kind'), c.req.param('name'));
    if (!found) {
      const kind = c.req.param('kind');
      const noun = ['person', 'organization', 'place'].includes(kind) ? kind : 'entity';
      return notFound(c, deps, `${noun} named ${shown(c.req.param('name'))}`);
    }
    return c.html(entityPage(config, found.ref, found.articles));
  });

  app.get('/story/:id', async (c) => {
    // A story merged away answers with a permanent redirect to the story that holds its articles now.
    const found = await resolveStory(store, c.req.param('id'));
    if (found.kind === 'moved') return c.redirect(paths.story(found.storyId), 301);
    if (found.kind === 'missing') return notFound(c, deps, `story with id ${shown(c.req.param('id'))}`);
    const { story } = found;
    const loaded = await store.getArticles(story.articleIds.slice(0, STORY_ARTICLE_LIMIT));
    return c.html(storyPage(config, story, loaded));
  });

  return app;
}
