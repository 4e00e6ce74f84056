/** The static assets, with long-lived validators: an ETag from the content and a day of caching. */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { FAVICON_SVG } from './assets/favicon-svg.js';
import { SHARE_JS } from './assets/share-js.js';
import { STYLE_CSS } from './assets/style-css.js';
import { ifNoneMatch } from './if-none-match.js';

const ASSETS: Readonly<Record<string, { body: string; type: string }>> = {
  'style.css': { body: STYLE_CSS, type: 'text/css; charset=utf-8' },
  'share.js': { body: SHARE_JS, type: 'text/javascript; charset=utf-8' },
  'favicon.svg': { body: FAVICON_SVG, type: 'image/svg+xml' },
};

/** Builds the /static routes. */
export function staticRoutes(): Hono {
  const app = new Hono();
  const etags = new Map<string, string>();
  app.get('/:file', (c) => {
    const file = c.req.param('file');
    const asset = ASSETS[file];
    if (!asset) return c.text('not found', 404);
    let etag = etags.get(file);
    if (!etag) {
      etag = `"${createHash('sha1').update(asset.body).digest('base64url')}"`;
      etags.set(file, etag);
    }
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=86400');
    // Weakly (its compressed answer carries the ETag weakened, compress.ts).
    if (ifNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
  return app;
}
