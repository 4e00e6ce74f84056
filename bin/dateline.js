#!/usr/bin/env -S node --max-semi-space-size=64 --min-semi-space-size=32
// The `dateline` command: runs the compiled CLI (built by `npm install` through the prepare script).
// The flags give V8 semi-spaces of 32-64 MB instead of its default (8 MB new space here, growing only when much
// survives): a server rendering pages at random allocates tens of MB a second, mostly short-lived, and with small
// semi-spaces the objects of requests still in flight survive two scavenges and are promoted, so old-generation
// collections (pauses of 2-10 ms) followed every few hundred ms. Measured on `npm run bench:serve`'s random-article route (100,000 articles, 50
// connections, same run, medians of 4 rounds): p99 29 -> 25 ms, server CPU 244 -> 231 µs a request.
// Batch work gains too (bench:ingest, same machine minutes apart: bare extraction 114 -> 162 pages/s, ingest 51 ->
// 65). `bench/serve.ts` and `bench/ingest.ts` run with the same flags, read from this line.
import('../dist/cli/main.js')
  .then((m) => m.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
      console.error('dateline: not built yet; run `npm install` (or `npm run build`) first');
      process.exitCode = 2;
      return;
    }
    console.error(err);
    process.exitCode = 1;
  });
