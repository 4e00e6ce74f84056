/** Idle worker slots sleep here until a NOTIFY, the poll interval or shutdown, whichever comes first. */
export class Waker {
  #waiting = new Set<() => void>();

  /** Resolves after `ms`, on `wake()`, or when `signal` aborts. */
  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.#waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.#waiting.add(done);
    });
  }

  /** Wakes every sleeping slot; they race for the new jobs, and SKIP LOCKED gives each a different one. */
  wake(): void {
    for (const done of [...this.#waiting]) done();
  }
}
