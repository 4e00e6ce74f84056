/** Listens on a port with the app; used by `dateline serve`, `dateline demo`, browser tests and the benchmark. */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
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
  let app: Hono | null = null;
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: (request, env) => (app ? app.fetch(request, env) : new Response('starting', { status: 503 })),
        hostname: listen.host,
        port: listen.port,
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = listen.host === '0.0.0.0' || listen.host === '::' ? 'localhost' : listen.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  app = createApp(depsFor(url));
  return {
    url,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
