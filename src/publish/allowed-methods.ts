/**
 * The methods a path answers, read from the app's own routes, so that a request with another method gets
 * 405 and an `Allow` header (RFC 9110 §15.5.6) rather than a 404 saying the address does not exist.
 */
import type { Hono } from 'hono';

/** Methods the app registers routes for; HEAD is answered by every GET route. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods with a route of their own at this path (`app.use` middleware and `app.all` fallbacks are no
 * route of a method), HEAD after GET; empty when no route matches the path at all.
 */
export function allowedMethods(app: Hono, path: string): string[] {
  const allowed: string[] = [];
  for (const method of METHODS) {
    const [matches] = app.router.match(method, path);
    if (matches.some(([[, route]]) => route.method === method)) allowed.push(method);
    if (method === 'GET' && allowed.includes('GET')) allowed.push('HEAD');
  }
  return allowed;
}
