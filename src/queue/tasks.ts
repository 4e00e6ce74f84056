/**
 * Job rows → tasks. A row's kind and payload are untrusted (anyone with database access can insert one), so each
 * is decoded with a message naming the job before anything runs; a job that does not decode fails at once.
 */
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_MAX_ATTEMPTS, type Job, type JobKind, type NewJob } from './job.js';

export type Task =
  | { kind: 'ingest-url'; url: string }
  | { kind: 'ingest-file'; path: string }
  | { kind: 'reprocess' }
  | { kind: 'refresh-feed'; url: string };

export type Decoded = { ok: true; task: Task } | { ok: false; message: string };

/** What a source is called in logs and job listings. */
export function taskSource(task: Task): string {
  switch (task.kind) {
    case 'ingest-url':
    case 'refresh-feed':
      return task.url;
    case 'ingest-file':
      return task.path;
    case 'reprocess':
      return 'every stored raw page';
  }
}

// A URL longer than this is no page address; browsers and servers refuse far shorter ones.
const MAX_URL_LENGTH = 8192;
const MAX_PATH_LENGTH = 4096;

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}

/** Decodes a stored job into the task it names. */
export function decodeTask(job: Pick<Job, 'id' | 'kind' | 'payload'>): Decoded {
  const bad = (why: string): Decoded => ({ ok: false, message: `queue: job ${job.id} (${shown(job.kind)}): ${why}` });
  const payload = job.payload;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return bad(`payload must be a JSON object (got ${shown(payload)})`);
  const fields = payload as Record<string, unknown>;
  switch (job.kind) {
    case 'ingest-url':
    case 'refresh-feed': {
      const url = httpUrl(fields.url);
      if (!url) return bad(`needs an http(s) URL in payload.url (got ${shown(fields.url)})`);
      return { ok: true, task: { kind: job.kind, url } };
    }
    case 'ingest-file': {
      const path = fields.path;
      // Absolute only: a relative path would mean a different file on every worker's working directory.
      if (typeof path !== 'string' || !isAbsolute(path) || path.length > MAX_PATH_LENGTH || path.includes('\0'))
        return bad(`needs an absolute file path in payload.path (got ${shown(path)})`);
      return { ok: true, task: { kind: 'ingest-file', path } };
    }
    case 'reprocess':
      return { ok: true, task: { kind: 'reprocess' } };
    default:
      return bad('unknown job kind (known: ingest-url, ingest-file, reprocess, refresh-feed)');
  }
}

/** The job for a task, with the dedupe key that keeps one of it pending at a time. */
export function newJob(task: Task, maxAttempts = DEFAULT_MAX_ATTEMPTS): NewJob {
  const kind: JobKind = task.kind;
  const { kind: _kind, ...payload } = task;
  return { kind, payload, maxAttempts, dedupeKey: `${kind}:${taskSource(task)}` };
}

/** A command-line input as a task: URLs are fetched, anything else is a file read by path (made absolute). */
export function taskForInput(input: string, cwd = process.cwd()): Task {
  if (/^https?:\/\//i.test(input)) return { kind: 'ingest-url', url: input };
  return { kind: 'ingest-file', path: resolve(cwd, input) };
}
