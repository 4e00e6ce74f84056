/** Outgoing feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) for the front page, each outlet, any search and each story. */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { ArticleSummary } from '../store/port.js';
import { resolveStory } from '../stories/resolve-story.js';
import type { AppDeps } from './deps.js';
import { feedItems, type FeedDoc } from './feeds/feed-model.js';
import { isFeedFormat, renderFeed } from './feeds/render-feed.js';
import { apiError, badParam } from './api/api-error.js';
import { ifNoneMatch } from './if-none-match.js';
import { languageParam } from './params/param-check.js';
import { checkSearch, hasCriteria, searchFormOf } from './search/parse-query.js';
import { searchLabel } from './search/search-label.js';
import { absolute, paths, withQuery } from './urls.js';

/** Items per feed: enough for a reader polling hourly. */
const FEED_SIZE = 50;

/** Builds the feed routes. */
export function feedRoutes(deps: AppDeps): Hono {
  const { store, config } = deps;
  const app = new Hono();

  const send = async (
    c: Context,
    meta: { title: string; description: string; home: string; self: string },
    items: readonly ArticleSummary[],
  ) => {
    const format = c.req.param('format') ?? '';
    if (!isFeedFormat(format))
      return apiError(
        c,
        404,
        'not-found',
        `unknown feed format ${JSON.stringify(format.slice(0, 20))}; use rss, atom or json`,
      );
    // The items' analyses (and first paragraphs, for items without a description) ride along in every format.
    const stored = new Map((await store.getArticles(items.map((i) => i.id))).map((s) => [s.article.id, s]));
    const feedItemsList = feedItems(config.baseUrl, items, stored);
    const doc: FeedDoc = {
      title: meta.title,
      description: meta.description,
      homeUrl: absolute(config.baseUrl, meta.home),
      feedUrl: absolute(config.baseUrl, meta.self.replace(':format', format)),
      updated:
        feedItemsList
          .map((i) => i.published ?? i.seen)
          .sort()
          .at(-1) ?? deps.clock().toISOString(),
      items: feedItemsList,
    };
    const { body, contentType } = renderFeed(format, doc);
    c.header('Cache-Control', 'public, max-age=300');
    // Feed readers poll: one that sends back the tag of what it has gets a 304 until the feed changes, as
    // Dateline's own refresh asks of the feeds it follows. No Last-Modified: the newest item's date can stand
    // still while the feed changes (an old article ingested late).
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    c.header('ETag', etag);
    if (ifNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': contentType });
  };

  app.get('/feed/:format', async (c) => {
    const outlet = c.req.query('outlet') || undefined;
    // A bad filter is a 400, not the unfiltered feed: a reader subscribing would otherwise follow everything.
    const checked = languageParam('language', c.req.query('language'));
    if (!checked.ok) return badParam(c, checked);
    const language = checked.value;
    const page = await store.listArticles({ outlet, language, limit: FEED_SIZE });
    const q = withQuery('', { outlet, language });
    return send(
      c,
      {
        title: config.siteName,
        description: `Latest articles on ${config.siteName}`,
        home: `/${q}`,
        self: `/feed/:format${q}`,
      },
      page.items,
    );
  });

  app.get('/outlet/:name/feed/:format', async (c) => {
    const outlet = c.req.param('name');
    const page = await store.listArticles({ outlet, limit: FEED_SIZE });
    // Like the outlet page: no such outlet is a 404, not an empty feed a reader would poll forever.
    if (!page.total) return apiError(c, 404, 'not-found', 'no articles from this outlet');
    const home = paths.outlet(outlet);
    return send(
      c,
      {
        title: `${outlet} · ${config.siteName}`,
        description: `Articles from ${outlet}`,
        home,
        self: `${home}/feed/:format`,
      },
      page.items,
    );
  });

  app.get('/search/feed/:format', async (c) => {
    const form = searchFormOf((name) => c.req.query(name));
    const checked = checkSearch(form.q, form);
    if (!checked.ok) return badParam(c, checked);
    const parsed = checked.value;
    // Like the API: a feed of no search at all would be an empty feed that never fills.
    if (!hasCriteria(parsed)) return badParam(c, { param: 'q', message: 'give q or at least one filter' });
    const hits = (await store.search({ ...parsed, limit: FEED_SIZE })).items;
    const q = withQuery('', form);
    return send(
      c,
      {
        title: `Search: ${searchLabel(form)} · ${config.siteName}`,
        description: `Articles matching ${searchLabel(form)}`,
        home: `/search${q}`,
        self: `/search/feed/:format${q}`,
      },
      hits,
    );
  });

  app.get('/story/:id/feed/:format', async (c) => {
    // Like the story page: a story merged away moves its feed too (301), so subscribers follow the coverage.
    const found = await resolveStory(store, c.req.param('id'));
    if (found.kind === 'moved') return c.redirect(`${paths.story(found.storyId)}/feed/${c.req.param('format')}`, 301);
    if (found.kind === 'missing') return apiError(c, 404, 'not-found', 'no such story');
    const { story } = found;
    const page = await store.listArticles({ storyId: story.id, limit: FEED_SIZE });
    const home = paths.story(story.id);
    return send(
      c,
      {
        title: `${story.title} · ${config.siteName}`,
        description: `Coverage of: ${story.title}`,
        home,
        self: `${home}/feed/:format`,
      },
      page.items,
    );
  });

  return app;
}
