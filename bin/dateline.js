#!/usr/bin/env node
// The `dateline` command: runs the compiled CLI (built by `npm install` through the prepare script).
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
