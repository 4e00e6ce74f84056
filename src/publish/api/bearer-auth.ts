/** Bearer-token check for write endpoints, comparing digests in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';

export type AuthOutcome = { ok: true } | { ok: false; status: 401 | 403; code: string; message: string };

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Disabled (403) without a configured token, 401 without credentials, 403 with wrong ones. */
export function checkBearer(header: string | undefined, token: string | null): AuthOutcome {
  if (!token)
    return { ok: false, status: 403, code: 'forbidden', message: 'ingest over HTTP is disabled: set DATELINE_TOKEN' };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return { ok: false, status: 401, code: 'unauthorized', message: 'a bearer token is required' };
  if (!timingSafeEqual(digest(m[1]!), digest(token)))
    return { ok: false, status: 403, code: 'forbidden', message: 'the token is not valid' };
  return { ok: true };
}
