/**
 * Requests Node's HTTP parser refuses before the app sees them: a URL and headers over Node's 16 KiB limit (a
 * pasted document in a search link), a malformed request line. Node would answer them with a status and no body;
 * here the API answers in its error shape and pages with a sentence saying what was wrong.
 */
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from './security-headers.js';

interface ParserError extends Error {
  code?: string;
  /** The bytes Node had read of the request when it gave up. */
  rawPacket?: Buffer;
}

/** Status, API code and sentence for each parser failure (Node's own statuses, RFC 9110 and RFC 6585). */
function classify(code: string | undefined): { status: number; reason: string; code: string; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      reason: 'Request Header Fields Too Large',
      code: 'headers-too-large',
      message: 'the URL and headers are over 16 KiB; a search query is at most 500 characters',
    };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { status: 408, reason: 'Request Timeout', code: 'timeout', message: 'the request took too long to arrive' };
  return { status: 400, reason: 'Bad Request', code: 'bad-request', message: 'the request is not valid HTTP' };
}

/** Answers a request the parser refused and closes the connection; a socket already gone is only destroyed. */
export function answerClientError(err: ParserError, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, reason, code, message } = classify(err.code);
  const api = /^[A-Z]+ \/api\//.test(err.rawPacket?.toString('latin1', 0, 16) ?? '');
  const body = api ? JSON.stringify({ error: { code, message } }) : `${reason}: ${message}.\n`;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-type': api ? 'application/json' : 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${body}`);
}
