/**
 * The Node flags the `dateline` command runs with (the `#!/usr/bin/env -S node …` line of `bin/dateline.js`), so
 * a benchmark that starts its own server process measures it as `dateline serve` runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));

/** The flags of a shebang line such as `#!/usr/bin/env -S node --a --b=1` (none for a bare `node`). */
export function shebangNodeFlags(firstLine: string): string[] {
  const m = /^#!\S*env(?:\s+-S)?\s+node((?:\s+--?[\w-]+(?:=\S+)?)*)\s*$/.exec(firstLine);
  if (!m) throw new Error(`not a node shebang line: ${firstLine}`);
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}

export function datelineNodeFlags(): string[] {
  return shebangNodeFlags(readFileSync(BIN, 'utf8').split('\n', 1)[0]!);
}

/**
 * Runs this benchmark again under the `dateline` command's Node flags when it was started without them (`npm run
 * bench:…` starts plain `tsx`), so it measures the pipeline as `dateline ingest` runs it; returns when they are
 * in place. V8 reads them only at start-up, and they are process-wide, so worker threads get them too.
 */
export function rerunWithDatelineFlags(): void {
  const flags = datelineNodeFlags();
  if (flags.every((f) => process.execArgv.includes(f))) return;
  const run = spawnSync(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
