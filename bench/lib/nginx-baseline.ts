/**
 * The serve benchmark's baseline: nginx serving the rendered article as a static file with the same headers
 * Dateline sends (security headers, validators, caching), so both servers send the same bytes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../src/publish/security-headers.js';

function nginxConfig(dir: string, root: string, port: number): string {
  // The same headers Dateline sends with a cached article; nginx adds ETag and Last-Modified itself.
  const headers = Object.entries({ ...SECURITY_HEADERS, 'cache-control': 'public, max-age=60, must-revalidate' })
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join('\n');
  return `worker_processes 1;
master_process off;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server_tokens off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  types { }
  default_type "text/html; charset=UTF-8";
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / {
      # The pages' gzip files beside them, sent as they are to clients that take gzip (Dateline's stored pages).
      gzip_static on;
      gzip_vary on;
${headers}
    }
  }
}
`;
}

/**
 * nginx serving `html` as /article.html from `dir` on `port`, and each of `pages` as /pages/<name>.html (with a
 * .gz beside each for clients that take gzip, gzip_static), with one worker like one Node process; null (and a
 * note on stderr) when nginx is not installed.
 */
export async function startNginx(
  dir: string,
  html: string,
  port: number,
  pages: readonly (readonly [name: string, html: string])[] = [],
): Promise<{ nginx: ChildProcess; url: string } | null> {
  if (spawnSync('nginx', ['-v']).error) {
    process.stderr.write('bench: nginx not installed (apt-get install -y nginx-light); skipping the baseline\n');
    return null;
  }
  const root = join(dir, 'www');
  mkdirSync(root, { recursive: true });
  const pagesDir = join(root, 'pages');
  mkdirSync(pagesDir, { recursive: true });
  for (const p of [dir, root, pagesDir]) chmodSync(p, 0o755);
  for (const [file, content] of [
    ['article.html', html] as const,
    ...pages.map(([n, h]) => [`pages/${n}.html`, h] as const),
  ]) {
    writeFileSync(join(root, file), content);
    chmodSync(join(root, file), 0o644);
    // Compressed as Dateline stores its pages (page-writer.ts).
    writeFileSync(join(root, `${file}.gz`), gzipSync(content, { level: 9 }));
    chmodSync(join(root, `${file}.gz`), 0o644);
  }
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, root, port));
  const nginx = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`${url}/article.html`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { nginx, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  nginx.kill('SIGQUIT');
  throw new Error('bench: nginx did not start');
}

/** CPU seconds (user + system) a process has used, from /proc: nginx cannot report its own. */
export function processCpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  return (ticks * 1e6) / 100; // USER_HZ is 100 on Linux
}
