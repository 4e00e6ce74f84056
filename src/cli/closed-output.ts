/**
 * `dateline extract pages/ --format jsonl | head -1`: once `head` has its line it closes the pipe, and the next
 * write fails with EPIPE. Unhandled, that error ended the command with a Node stack trace on stderr. A Unix tool
 * stops quietly instead, with the status a shell reports for a process ended by SIGPIPE.
 */
import type { EventEmitter } from 'node:events';

/** 128 + SIGPIPE (13): what `yes | head -1` leaves in PIPESTATUS for `yes`. */
export const CLOSED_OUTPUT_STATUS = 141;

/** Exits with CLOSED_OUTPUT_STATUS when the reader of `stream` has gone; any other write error is thrown as before. */
export function exitWhenOutputCloses(stream: EventEmitter, exit: (code: number) => void = process.exit): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    exit(CLOSED_OUTPUT_STATUS);
  });
}
