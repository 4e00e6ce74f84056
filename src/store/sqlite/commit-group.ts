import type Database from 'better-sqlite3';

/**
 * Writes per commit while a batch runs, and the longest a group stays open (ms). Measured by replaying the store
 * calls of an ingest of the 86 Scrapinghub development pages (upsert, then the story desk's sketch, filings and
 * story rows: five commits a page): 1.77 ms of CPU a page with a commit per write, 1.59 grouped, 1.51 as one
 * transaction. Each commit writes the pages it touched to the WAL again (an article row with its overflow pages
 * twice: stored, then filed under its story). The time bound keeps a slow batch (polite fetches seconds apart)
 * from holding the write lock, or hiding what it stored from other processes, for long.
 */
const GROUP_WRITES = 64;
const GROUP_MS = 250;

interface OpenGroup {
  writes: number;
  since: number;
  timer: NodeJS.Timeout;
}

/**
 * Group commit for one connection: while at least one `batch` runs, writes join one open transaction (a write
 * of several statements as a savepoint, so a failing write undoes only itself), committed every GROUP_WRITES
 * writes or GROUP_MS, and
 * when the last batch ends. Outside a batch each write commits on its own, as before. A resolved write inside a
 * batch is visible to this connection at once and to others at the group's commit; a crash before it loses the
 * group, as if those writes had not been made (ingest stores them again on its next run).
 */
export class CommitGroup {
  readonly #db: Database.Database;
  #batches = 0;
  #open: OpenGroup | null = null;
  /** A commit that failed in the timer, reported by the next write or the end of the batch. */
  #failed: Error | null = null;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  /** Runs `work` with the connection's writes grouped (nested and concurrent batches share one group). */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.#batches++;
    try {
      return await work();
    } finally {
      if (--this.#batches === 0) this.commit();
      this.#throwFailed();
    }
  }

  /**
   * Runs one write. `transaction`: it needs one of its own outside a group (several statements, all or none);
   * a single statement is atomic by itself. Inside a group it runs as a savepoint of the open transaction.
   */
  write<T>(fn: () => T, transaction: boolean): T {
    this.#throwFailed();
    // Outside a batch, or inside a transaction someone else opened (migrations): as a write always ran.
    if (this.#batches === 0 || (!this.#open && this.#db.inTransaction))
      return transaction ? this.#db.transaction(fn).immediate() : fn();
    const open = this.#begin();
    try {
      // A single statement is undone alone on failure; several need a savepoint to be all or none.
      return transaction ? this.#db.transaction(fn)() : fn();
    } catch (err) {
      // An I/O or full-disk error can roll back the whole transaction, not just the savepoint.
      if (!this.#db.inTransaction) {
        this.#close(open);
        throw new Error('store: a failed write rolled back the writes not yet committed', { cause: err });
      }
      throw err;
    } finally {
      if (this.#open === open && (++open.writes >= GROUP_WRITES || Date.now() - open.since >= GROUP_MS)) this.commit();
    }
  }

  /** Commits the open group now (at close, or when another process must see the writes). */
  commit(): void {
    const open = this.#open;
    if (!open) return;
    this.#close(open);
    if (!this.#db.inTransaction) return;
    try {
      this.#db.exec('COMMIT');
    } catch (err) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
      throw new Error('store: committing a group of writes failed; they were rolled back', { cause: err });
    }
  }

  #begin(): OpenGroup {
    if (this.#open) return this.#open;
    this.#db.exec('BEGIN IMMEDIATE');
    const timer = setTimeout(() => {
      try {
        this.commit();
      } catch (err) {
        this.#failed = err as Error;
      }
    }, GROUP_MS);
    // The batch's end commits: the timer alone must not keep the process running.
    timer.unref();
    return (this.#open = { writes: 0, since: Date.now(), timer });
  }

  #close(open: OpenGroup): void {
    clearTimeout(open.timer);
    if (this.#open === open) this.#open = null;
  }

  #throwFailed(): void {
    const failed = this.#failed;
    this.#failed = null;
    if (failed) throw failed;
  }
}
