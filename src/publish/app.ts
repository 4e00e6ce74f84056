/**
 * The web edition as a Hono app: pages, feeds, JSON API, OpenAPI document and static assets behind one set of
 * security headers. Building the app does no I/O; tests call `app.request(url)` without a server.
 */
import { Hono } from 'hono';
import { apiError } from './api/api-error.js';
import { compression } from './compress.js';
import { apiRoutes } from './api/api-routes.js';
import { allowedMethods } from './allowed-methods.js';
import { openApiDocument } from './api/openapi.js';
import type { AppDeps } from './deps.js';
import { feedRoutes } from './feed-routes.js';
import { errorPage } from './pages/error-page.js';
import { securityHeaders } from './security-headers.js';
import { staticRoutes } from './static-routes.js';
import { StoredPages } from './stored-pages.js';
import { webRoutes } from './web-routes.js';

/** The app and its article pages, which a Node server may also answer without the app (article-fast-path.ts). */
export interface WebEdition {
  app: Hono;
  articlePages: StoredPages;
}

/** Creates the application over its dependencies. */
export function createApp(deps: AppDeps): Hono {
  return createWebEdition(deps).app;
}

/** Creates the application and the article pages its route serves. */
export function createWebEdition(deps: AppDeps): WebEdition {
  const pages = new StoredPages(deps);
  const app = new Hono();
  app.use('*', securityHeaders());
  // Inside the security headers: they are set on the compressed answer.
  app.use('*', compression());

  app.route('/static', staticRoutes());
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(deps.config.baseUrl)));
  app.route('/api/v1', apiRoutes(deps));
  app.route('/', feedRoutes(deps));
  app.route('/', webRoutes(deps, pages));
  app.get('/healthz', (c) => c.text('ok'));
  // Asked for by browsers and feed readers whatever the page links; the icon is the SVG.
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301));

  app.notFound((c) => {
    const api = c.req.path.startsWith('/api/');
    // `/article/x/` (a link pasted with a slash, a reader's habit): 301 to the page without it.
    const url = new URL(c.req.url);
    const bare = url.pathname.replace(/\/+$/, '');
    // Never to `//host…`, which a browser reads as another site.
    if (bare && bare !== url.pathname && !bare.startsWith('//') && (c.req.method === 'GET' || c.req.method === 'HEAD'))
      if (allowedMethods(app, bare).includes('GET')) return c.redirect(`${bare}${url.search}`, 301);
    // A path that exists under another method: 405 with Allow (OPTIONS asks for just that), not "no such page".
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      c.header('Allow', [...allowed, 'OPTIONS'].join(', '));
      if (c.req.method === 'OPTIONS') return c.body(null, 204);
      const message = `${c.req.method} is not allowed here; this address answers ${allowed.join(', ')}`;
      return api ? apiError(c, 405, 'method-not-allowed', message) : c.html(errorPage(deps.config, 405), 405);
    }
    return api ? apiError(c, 404, 'not-found', 'no such API endpoint') : c.html(errorPage(deps.config, 404), 404);
  });
  app.onError((err, c) => {
    deps.logger.error({ err, path: c.req.path, method: c.req.method }, 'publish: request failed');
    return c.req.path.startsWith('/api/')
      ? apiError(c, 500, 'internal', 'the server could not answer this request')
      : c.html(errorPage(deps.config, 500), 500);
  });
  return { app, articlePages: pages };
}
