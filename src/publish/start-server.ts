/** Listens on a port with the app; used by `dateline serve`, `dateline demo`, browser tests and the benchmark. */
import { getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withArticleFastPath, type NodeListener } from './article-fast-path.js';
import { createWebEdition, type WebEdition } from './app.js';
import { answerClientError } from './client-error.js';
import type { AppDeps } from './deps.js';
import { worldCountries } from './map/world-topology.js';
import type { StoredPages } from './stored-pages.js';

export interface RunningServer {
  /** Where it listens, e.g. "http://127.0.0.1:8080". */
  url: string;
  port: number;
  /** The article pages it serves: `dateline serve` pre-renders them in the background. */
  articlePages: StoredPages;
  /** Stops listening, then stores the pages rendered on read that are still waiting. */
  close(): Promise<void>;
}

/**
 * Starts the server; port 0 picks a free one. The app is built once the address is known, so `depsFor` can
 * use it as the base URL. Loads the map outlines first so no reader waits for them.
 */
export async function startServer(
  depsFor: (listenUrl: string) => AppDeps,
  listen: { host: string; port: number },
): Promise<RunningServer> {
  worldCountries();
  let edition: WebEdition | null = null;
  const app = getRequestListener(
    (request, env) => (edition ? edition.app.fetch(request, env) : new Response('starting', { status: 503 })),
    { hostname: listen.host },
  );
  let listener: NodeListener = app;
  const server: Server = createServer((incoming, outgoing) => listener(incoming, outgoing));
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = listen.host === '0.0.0.0' || listen.host === '::' ? 'localhost' : listen.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  edition = createWebEdition(depsFor(url));
  const pages = edition.articlePages;
  listener = withArticleFastPath(pages, app);
  return {
    url,
    port,
    articlePages: pages,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
      await pages.flush();
    },
  };
}
