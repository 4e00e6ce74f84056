/**
 * The quality gate (STYLE.md §11, after trafilatura's tests/eval_gate.py): every gate in `scripts/eval/*.ts`
 * measures its stage on a corpus and each metric must reach its pinned floor in `eval/floors.json`.
 *
 * Floors cannot drop silently: a commit that lowers any floor must carry a `Lower-floors: <reason>` trailer
 * (checked over the file's whole git history), and an uncommitted lowering needs `--allow-lower`.
 * `--update` raises floors to what was measured (minus a small margin for noise), never lowers them.
 *
 * A gate whose data is absent (a user's clone without ../shared) reports `skipped`; CI always has the data.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface GateResult {
  /** metric name → measured value (higher is better) */
  metrics: Record<string, number>;
  skipped?: string;
}
export interface Gate {
  name: string;
  run(): Promise<GateResult>;
}
type Floors = Record<string, Record<string, number>>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const floorsPath = join(root, 'eval', 'floors.json');
const MARGIN = 0.005;

function readFloors(text: string): Floors {
  return JSON.parse(text) as Floors;
}

function lowered(older: Floors, newer: Floors): string[] {
  const out: string[] = [];
  for (const [gate, metrics] of Object.entries(older))
    for (const [m, v] of Object.entries(metrics)) {
      const now = newer[gate]?.[m];
      if (now === undefined || now < v) out.push(`${gate}.${m}: ${v} → ${now ?? 'removed'}`);
    }
  return out;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** Every commit that changed floors.json must not lower a floor unless it says why in a trailer. */
function checkHistory(current: Floors, allowLower: boolean): string[] {
  const problems: string[] = [];
  const log = git(['log', '--format=%H', '--', 'eval/floors.json']);
  const commits = log ? log.trim().split('\n').filter(Boolean) : [];
  for (let i = 0; i + 1 < commits.length; i++) {
    const [c, parent] = [commits[i]!, commits[i + 1]!];
    const a = git(['show', `${parent}:eval/floors.json`]);
    const b = git(['show', `${c}:eval/floors.json`]);
    if (!a || !b) continue;
    const drops = lowered(readFloors(a), readFloors(b));
    const msg = git(['log', '-1', '--format=%B', c]) ?? '';
    if (drops.length && !/^Lower-floors: \S/m.test(msg))
      problems.push(`commit ${c.slice(0, 10)} lowered floors without a 'Lower-floors:' trailer: ${drops.join('; ')}`);
  }
  const head = commits[0] ? git(['show', `HEAD:eval/floors.json`]) : null;
  if (head && !allowLower) {
    const drops = lowered(readFloors(head), current);
    if (drops.length) problems.push(`uncommitted floors are lower (pass --allow-lower): ${drops.join('; ')}`);
  }
  return problems;
}

async function main(argv: string[]): Promise<number> {
  const update = argv.includes('--update');
  const allowLower = argv.includes('--allow-lower');
  const only = argv.filter((a) => !a.startsWith('--'));
  const floors = readFloors(readFileSync(floorsPath, 'utf8'));
  const problems = checkHistory(floors, allowLower);

  const dir = join(root, 'scripts', 'eval');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  let failed = 0;
  let ran = 0;
  for (const f of files.sort()) {
    const gate = (await import(pathToFileURL(join(dir, f)).href)).gate as Gate;
    if (only.length && !only.includes(gate.name)) continue;
    const t0 = performance.now();
    const result = await gate.run();
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (result.skipped) {
      console.log(`eval ${gate.name}: skipped (${result.skipped})`);
      continue;
    }
    ran++;
    for (const [m, v] of Object.entries(result.metrics)) {
      const floor = floors[gate.name]?.[m];
      const ok = floor === undefined || v + 1e-9 >= floor;
      if (!ok) failed++;
      console.log(
        `eval ${gate.name}.${m} = ${v.toFixed(4)}  floor ${floor?.toFixed(4) ?? '(none)'}  ${ok ? 'ok' : 'BELOW FLOOR'}`,
      );
      if (update) {
        const proposed = Math.floor((v - MARGIN) * 1000) / 1000;
        floors[gate.name] ??= {};
        if (floor === undefined || proposed > floor) floors[gate.name]![m] = proposed;
      }
    }
    console.log(`eval ${gate.name}: ${secs}s`);
  }
  if (update) writeFileSync(floorsPath, JSON.stringify(floors, null, 2) + '\n');
  for (const p of problems) console.log(`eval: ${p}`);
  console.log(`eval: ${ran} gates run, ${failed} metrics below floor, ${problems.length} floor-history problems`);
  return failed || problems.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
