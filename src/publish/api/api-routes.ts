/** The JSON API under /api/v1: articles, search, outlets, stories, entities, and authenticated ingest. */
import { Hono, type Context } from 'hono';
import { resolveStory } from '../../stories/resolve-story.js';
import type { AppDeps } from '../deps.js';
import { intParam, languageParam, repeatedParam, shown, unknownParam, type ParamCheck } from '../params/param-check.js';
import type { EntityKind } from '../../vocabulary.js';
import { checkSearch, hasCriteria } from '../search/parse-query.js';
import { apiError, badParam } from './api-error.js';
import { checkBearer } from './bearer-auth.js';
import { API_LIMIT, API_OFFSET } from './api-params.js';

/** Largest ingest request body: pages are rarely above a few MB. */
const MAX_INGEST_BYTES = 10 * 1024 * 1024;

/** What each endpoint accepts; anything else is a 400, so a misspelt filter is never silently ignored. */
const ACCEPTS = {
  articles: ['outlet', 'language', 'story', 'limit', 'offset'],
  search: ['q', 'outlet', 'language', 'from', 'to', 'quoted', 'about', 'place', 'sort', 'limit', 'offset'],
  stories: ['limit', 'offset'],
  none: [],
} as const;

type Paging = { limit: number; offset: number };

/** Checks the query against what the endpoint accepts, then reads `limit` and `offset`. */
function paging(c: Context, accepts: readonly string[]): ParamCheck<Paging> {
  const queries = c.req.queries();
  const unknown = unknownParam(Object.keys(queries), accepts) ?? repeatedParam(queries);
  if (unknown) return unknown;
  const limit = intParam('limit', c.req.query('limit'), API_LIMIT);
  if (!limit.ok) return limit;
  const offset = intParam('offset', c.req.query('offset'), API_OFFSET);
  if (!offset.ok) return offset;
  return { ok: true, value: { limit: limit.value, offset: offset.value } };
}

/** The kinds an entity URL names (vocabulary.ts EntityKind). */
const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'other'];

const opt = (c: Context, name: string) => c.req.query(name) || undefined;

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Builds the API routes. */
export function apiRoutes(deps: AppDeps): Hono {
  const { store } = deps;
  const app = new Hono();

  app.get('/articles', async (c) => {
    const paged = paging(c, ACCEPTS.articles);
    if (!paged.ok) return badParam(c, paged);
    const { limit, offset } = paged.value;
    const language = languageParam('language', opt(c, 'language'));
    if (!language.ok) return badParam(c, language);
    const page = await store.listArticles({
      outlet: opt(c, 'outlet'),
      language: language.value,
      storyId: opt(c, 'story'),
      limit,
      offset,
    });
    return c.json({ ...page, limit, offset });
  });

  app.get('/articles/:id', async (c) => {
    const unknown = unknownParam(Object.keys(c.req.queries()), ACCEPTS.none);
    if (unknown) return badParam(c, unknown);
    const stored = await store.getArticle(c.req.param('id'));
    if (!stored) return apiError(c, 404, 'not-found', `no article with id ${shown(c.req.param('id'))}`);
    return c.json(stored);
  });

  app.get('/search', async (c) => {
    const paged = paging(c, ACCEPTS.search);
    if (!paged.ok) return badParam(c, paged);
    const { limit, offset } = paged.value;
    const checked = checkSearch(c.req.query('q') ?? '', {
      outlet: opt(c, 'outlet'),
      language: opt(c, 'language'),
      from: opt(c, 'from'),
      to: opt(c, 'to'),
      quoted: opt(c, 'quoted'),
      about: opt(c, 'about'),
      place: opt(c, 'place'),
      sort: opt(c, 'sort'),
    });
    if (!checked.ok) return badParam(c, checked);
    const parsed = checked.value;
    if (!hasCriteria(parsed)) return apiError(c, 400, 'bad-request', 'give q or at least one filter', 'q');
    const page = await store.search({ ...parsed, limit, offset });
    return c.json({ ...page, limit, offset, query: parsed });
  });

  app.get('/outlets', async (c) => {
    const unknown = unknownParam(Object.keys(c.req.queries()), ACCEPTS.none);
    if (unknown) return badParam(c, unknown);
    return c.json({ items: await store.outlets() });
  });

  app.get('/stories', async (c) => {
    const paged = paging(c, ACCEPTS.stories);
    if (!paged.ok) return badParam(c, paged);
    const { limit, offset } = paged.value;
    const [items, total] = await Promise.all([store.listStories(limit, offset), store.countStories()]);
    return c.json({ items, total, limit, offset });
  });

  app.get('/stories/:id', async (c) => {
    const unknown = unknownParam(Object.keys(c.req.queries()), ACCEPTS.none);
    if (unknown) return badParam(c, unknown);
    // A story merged away: 301 to the story that holds its articles now.
    const found = await resolveStory(store, c.req.param('id'));
    if (found.kind === 'moved') return c.redirect(`/api/v1/stories/${encodeURIComponent(found.storyId)}`, 301);
    if (found.kind === 'missing') return apiError(c, 404, 'not-found', `no story with id ${shown(c.req.param('id'))}`);
    return c.json(found.story);
  });

  app.get('/entities/:kind/:name', async (c) => {
    // No paging here: a `limit` or `offset` would be ignored unsaid, so like any parameter it is a 400.
    const unknown = unknownParam(Object.keys(c.req.queries()), ACCEPTS.none);
    if (unknown) return badParam(c, unknown);
    const kind = c.req.param('kind');
    if (!(ENTITY_KINDS as readonly string[]).includes(kind))
      return apiError(c, 404, 'not-found', `no entity kind ${shown(kind)}; kinds are ${ENTITY_KINDS.join(', ')}`);
    const found = await store.entity(kind, c.req.param('name'));
    if (!found) return apiError(c, 404, 'not-found', `no ${kind} named ${shown(c.req.param('name'))}`);
    return c.json(found);
  });

  app.post('/ingest', async (c) => {
    const auth = checkBearer(c.req.header('authorization'), deps.config.token);
    if (!auth.ok) {
      if (auth.status === 401) c.header('WWW-Authenticate', 'Bearer realm="dateline"');
      return apiError(c, auth.status, auth.code, auth.message);
    }
    if (!deps.ingest) return apiError(c, 501, 'not-implemented', 'this server has no ingest pipeline');
    const length = Number(c.req.header('content-length') ?? '0');
    if (length > MAX_INGEST_BYTES) return apiError(c, 413, 'payload-too-large', 'the body is over 10 MiB');
    let body: unknown;
    try {
      const text = await c.req.text();
      if (text.length > MAX_INGEST_BYTES) return apiError(c, 413, 'payload-too-large', 'the body is over 10 MiB');
      body = JSON.parse(text);
    } catch {
      return apiError(c, 400, 'bad-request', 'the body must be JSON: {"url"} or {"html", "url"}');
    }
    const { url, html } = (body ?? {}) as { url?: unknown; html?: unknown };
    if (!isHttpUrl(url)) return apiError(c, 400, 'bad-request', '"url" must be an http(s) URL');
    if (html !== undefined && typeof html !== 'string')
      return apiError(c, 400, 'bad-request', '"html" must be a string');
    const outcome = await deps.ingest(html === undefined ? { url } : { url, html });
    // The client cannot pass --allow-private; it can send the page itself, which is then not fetched.
    if (!outcome.ok)
      return apiError(
        c,
        422,
        outcome.reason,
        outcome.reason === 'blocked-address' && html === undefined
          ? `${outcome.message} (this server fetches no loopback, private or link-local address unless ` +
              'DATELINE_ALLOW_PRIVATE=true; or send the page as "html" with its "url", which is then not fetched)'
          : outcome.message,
      );
    deps.logger.info({ id: outcome.id, url, created: outcome.created }, 'api: ingested');
    return c.json(
      { id: outcome.id, created: outcome.created, url: `/api/v1/articles/${encodeURIComponent(outcome.id)}` },
      outcome.created ? 201 : 200,
    );
  });

  // No catch-all here: the app's not-found handler answers 404, or 405 for a path another method has.
  return app;
}
