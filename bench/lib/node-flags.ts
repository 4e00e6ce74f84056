/**
 * The Node flags the `dateline` command runs with (the `exec node …` line of `bin/dateline.js`), so a benchmark
 * that starts its own server process measures it as `dateline serve` runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));

/** The flags of the line that starts node, `//usr/bin/env true; exec node --a "$0" "$@"` (none for a bare `node`). */
export function execNodeFlags(line: string): string[] {
  const m = /^\/\/usr\/bin\/env true; exec node((?:\s+--?[\w-]+(?:=\S+)?)*)\s+"\$0" "\$@"\s*$/.exec(line);
  if (!m) throw new Error(`not a line that starts node: ${line}`);
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}

export function datelineNodeFlags(): string[] {
  return execNodeFlags(readFileSync(BIN, 'utf8').split('\n', 2)[1]!);
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
