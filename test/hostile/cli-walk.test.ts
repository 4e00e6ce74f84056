/**
 * A directory walk that meets a sub-directory it cannot list. Tests run as root, where chmod 000 changes
 * nothing, so the refusal is simulated by making readdir fail for one path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandInputs } from '../../src/cli/inputs/expand-inputs.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, options: unknown) => {
    if (String(path).endsWith('locked')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    return (real.readdir as (p: string, o: unknown) => Promise<unknown>)(path, options);
  }) as typeof real.readdir;
  return { ...real, readdir, default: { ...real, readdir } };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-walk-'));
  mkdirSync(join(dir, 'a-locked'));
  writeFileSync(join(dir, 'a-locked', 'hidden.html'), '<p>x</p>');
  writeFileSync(join(dir, 'b.html'), '<p>x</p>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs on an unlistable sub-directory', () => {
  it('reports the sub-directory by name and keeps walking', async () => {
    const { inputs, missing } = await expandInputs([dir]);
    expect(inputs).toEqual([{ kind: 'file', path: join(dir, 'b.html') }]);
    expect(missing).toEqual([
      {
        source: join(dir, 'a-locked'),
        reason: 'unreadable',
        message: `read: cannot read ${join(dir, 'a-locked')}: EACCES`,
      },
    ]);
  });
});
