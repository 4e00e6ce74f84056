import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * One request header. Under @hono/node-server it is read from Node's already-parsed `IncomingMessage`, which
 * spares building a fetch `Headers` from the raw headers on every request (measured on the cached article
 * page); under `app.request()` in tests, from the standard request.
 */
export function requestHeader(c: Context, name: Lowercase<string>): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return c.req.header(name);
}
