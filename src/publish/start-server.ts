/** Listens on a port with the app; used by `dateline serve`, `dateline demo`, browser tests and the benchmark. */
import { getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withArticleFastPath, type NodeListener } from './article-fast-path.js';
import { createWebEdition, type WebEdition } from './app.js';
import type { AppDeps } from './deps.js';
import { worldCountries } from './map/world-topology.js';

export interface RunningServer {
  /** Where it listens, e.g. "http://127.0.0.1:8080". */
  url: string;
  port: number;
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
  listener = withArticleFastPath(edition.articlePages, app);
  return {
    url,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
