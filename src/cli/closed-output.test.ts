import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CLOSED_OUTPUT_STATUS, exitWhenOutputCloses } from './closed-output.js';

describe('exitWhenOutputCloses', () => {
  it('exits 141 when the reader of the output has gone, and rethrows any other write error', () => {
    const stream = new EventEmitter();
    const codes: number[] = [];
    exitWhenOutputCloses(stream, (code) => codes.push(code));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(codes).toEqual([CLOSED_OUTPUT_STATUS]);
    expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });

  it('ends a process writing into a closed pipe quietly, with no stack trace', async () => {
    // A child that writes lines for ever; the parent reads one chunk and closes its end, as `head -1` does.
    const module = new URL('./closed-output.ts', import.meta.url).pathname;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const { exitWhenOutputCloses } = await import(${JSON.stringify(module)});
         exitWhenOutputCloses(process.stdout);
         const line = '{"source":"x","ok":true}\\n'.repeat(100);
         const more = () => process.stdout.write(line, () => setImmediate(more));
         more();`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(CLOSED_OUTPUT_STATUS);
  }, 20_000);
});
