#!/usr/bin/env node
// Finds or installs what the test suite needs, so that `npm install && npm test` works on a fresh machine:
// Debian's chromium for the browser tests (playwright-core drives /usr/bin/chromium; a test tool's own browser
// download cannot work here), and a running PostgreSQL for the store's contract suite.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const log = (msg) => process.stderr.write(`ensure-test-env: ${msg}\n`);

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.env.DATELINE_SKIP_BROWSER_INSTALL) return log('chromium missing; browser tests will skip');
  log('installing chromium with apt-get (once per machine)…');
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
  execSync(`${sudo}apt-get install -y -qq chromium fonts-dejavu-core >/dev/null`, { stdio: 'inherit', env });
}

function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.setTimeout(1000, () => (s.destroy(), resolve(false)));
  });
}

async function ensurePostgres() {
  if (process.env.DATELINE_PG_URL || (await portOpen(5432))) return;
  log('PostgreSQL is down on 127.0.0.1:5432; starting it…');
  const r = spawnSync('bash', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) log('could not start PostgreSQL; the PostgreSQL contract tests will skip');
}

ensureChromium();
await ensurePostgres();
