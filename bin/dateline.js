#!/bin/sh
//usr/bin/env true; exec node --max-semi-space-size=64 --min-semi-space-size=32 "$0" "$@"
// The `dateline` command: runs the compiled CLI (built by `npm install` through the prepare script).
//
// The second line is read by two languages. Run as a program (npx dateline, ./bin/dateline.js), sh runs `true`
// and then execs node on this file with the flags; node skips the #! line and reads the second as a comment. Unlike `#!/usr/bin/env -S node …`, it needs nothing but a POSIX sh (BusyBox's env has
// no -S). `node bin/dateline.js` also works, without the flags.
//
// The flags give V8 semi-spaces of 32-64 MB instead of its default (8 MB new space here, growing only when much
// survives): a server rendering pages at random allocates tens of MB a second, mostly short-lived, and with small
// semi-spaces the objects of requests still in flight survive two scavenges and are promoted, so old-generation
// collections (pauses of 2-10 ms) followed every few hundred ms. Measured on `npm run bench:serve`'s random-article
// route (100,000 articles, 50 connections, same run, medians of 4 rounds): p99 29 -> 25 ms, server CPU 244 -> 231 µs
// a request. Batch work gains too (bench:ingest, same machine minutes apart: bare extraction 114 -> 162 pages/s,
// ingest 51 -> 65). `bench/serve.ts` and `bench/ingest.ts` run with the same flags, read from line 2.
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
