/** A local HTTP server for queue tests: routes answer as each test says, and every request is logged with its time. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  base: string;
  /** Paths requested, in order, with the time they came in (ms since the epoch). */
  requests: { path: string; at: number }[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:`port`; unknown paths (robots.txt included) answer 404. */
export async function startPageServer(port: number): Promise<PageServer> {
  const routes = new Map<string, Route>();
  const requests: { path: string; at: number }[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, at: Date.now() });
    const route = routes.get(path);
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    routes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route serving `html` as a page. */
export const servePage =
  (html: string): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };
