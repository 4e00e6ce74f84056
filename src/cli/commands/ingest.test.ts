import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runIngest } from './ingest.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/corpus/ingest/cli/${name}`, import.meta.url));

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function ingest(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await runIngest(args, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'dateline-cli-')), 'desk.db');

describe('dateline ingest', () => {
  it('exits 0 when every input is stored, with plain log lines off a TTY', async () => {
    const r = await ingest([fixture('story.html'), '--db', tempDb()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`stored ${fixture('story.html')}`);
    expect(r.stderr).toMatch(/1 stored \(1 new, 0 updated\), 0 unchanged, 0 skipped, 0 failed/);
  });

  it('exits 1 and lists each failure with its reason, storing the rest', async () => {
    const db = tempDb();
    const r = await ingest([fixture('story.html'), fixture('not-a-page.html'), 'no/such/file.html', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`failed ${fixture('not-a-page.html')}: not-html:`);
    expect(r.stderr).toContain('failed no/such/file.html: unreadable:');
    expect(r.stderr).toMatch(/1 stored .* 2 failed/);
    const again = await ingest([fixture('story.html'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 stored .* 1 unchanged/);
  });

  it('says in the summary what was skipped and why, by reason, even when no page is named on the way', async () => {
    const dir = fileURLToPath(new URL('../../../test/corpus/ingest/cli-skips/', import.meta.url));
    const r = await ingest([dir, '--db', tempDb()]);
    expect(r.code).toBe(0);
    const summary = r.stderr.slice(r.stderr.indexOf('dateline ingest:'));
    expect(summary).toMatch(/1 stored .* 3 skipped, 0 failed/);
    expect(summary).toContain('  skipped 1 not-a-response (WARC records that are not responses');
    expect(summary).toContain('  skipped 1 not-an-input (files of a kind ingest does not read)');
    expect(summary).toContain('  skipped 1 not-html (not pages');
  });

  it('names the page of a WARC record that is no article, not only the record number', async () => {
    const warc = fileURLToPath(new URL('../../../test/corpus/ingest/cli-warc-failure/home.warc', import.meta.url));
    const r = await ingest([warc, '--db', tempDb()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `  failed warc:${warc}#0: not-an-article: extract: the page has no article body (0 words) (https://wire.example/)`,
    );
  });

  it('exits 130 when Ctrl-C stops a run in which a page already failed, and a rerun resumes', async () => {
    const dir = fileURLToPath(new URL('../../../test/corpus/ingest/cli-interrupt/', import.meta.url));
    const db = tempDb();
    const before = new Set(process.listeners('SIGINT'));
    let said = '';
    let stopped = false;
    // Ctrl-C as soon as the first page (the one that is not a page) has failed.
    const stderr = new Writable({
      write(chunk, _enc, done) {
        said += String(chunk);
        if (!stopped && said.startsWith('failed ')) {
          stopped = true;
          for (const listener of process.listeners('SIGINT')) if (!before.has(listener)) listener('SIGINT');
        }
        done();
      },
    });
    const code = await runIngest([dir, '--db', db, '--jobs', '1'], { stdout: capture().stream, stderr });
    expect(stopped).toBe(true);
    expect(said).toMatch(/, 1 failed in [\d.]+s \(interrupted: run again to resume\)/);
    expect(code).toBe(130);
    const again = await ingest([dir, '--db', db]);
    expect(again.code).toBe(1);
    // The pages stored before the stop are unchanged now; the rest are stored: all five stories are in.
    const [, stored, unchanged] = /(\d+) stored .*, (\d+) unchanged, 0 skipped, 1 failed/.exec(again.stderr) ?? [];
    expect(Number(unchanged)).toBeGreaterThan(0);
    expect(Number(stored) + Number(unchanged)).toBe(5);
  });

  it('says so when a directory holds nothing to ingest, and exits 0', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dateline-empty-'));
    const r = await ingest([empty, '--db', tempDb()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`dateline ingest: no inputs found in ${empty}`);
  });

  it('exits 2 on usage errors', async () => {
    expect((await ingest([])).code).toBe(2);
    expect((await ingest(['x.html', '--jobs', '0'])).code).toBe(2);
    const bad = await ingest(['x.html', '--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Run 'dateline ingest --help'");
    const help = await ingest(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: dateline ingest');
    expect(help.stdout).toContain('--max-bytes <n>');
    expect((await ingest(['x.html', '--max-bytes', '0'])).stderr).toContain('--max-bytes takes a positive number');
  });

  it('holds each page to --max-bytes', async () => {
    const r = await ingest([fixture('story.html'), '--max-bytes', '500', '--db', tempDb()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`failed ${fixture('story.html')}: too-large:`);
  });

  describe('on a page served from this machine', () => {
    let server: Server;
    let url = '';
    beforeAll(async () => {
      const page = readFileSync(fixture('story.html'));
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story.html`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('refuses a loopback URL and says how to allow it', async () => {
      const r = await ingest([url, '--db', tempDb()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`failed ${url}: blocked-address:`);
      expect(r.stderr).toContain('DATELINE_ALLOW_PRIVATE=true');
    });

    it('fetches it when DATELINE_ALLOW_PRIVATE is set, as the README documents', async () => {
      vi.stubEnv('DATELINE_ALLOW_PRIVATE', 'true');
      try {
        const r = await ingest([url, '--db', tempDb()]);
        expect(r.stderr).toMatch(/1 stored \(1 new, 0 updated\)/);
        expect(r.code).toBe(0);
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });
});
