/**
 * The desk's seat in PostgreSQL: a session-level advisory lock on a connection of its own. When the holder's
 * process dies the server ends its session and frees the lock, and the next worker to ask takes the seat. The
 * same session LISTENs for the articles other workers announce.
 */
import pg from 'pg';
import { postgresConnection } from '../../store/postgres/connection.js';
import type { DeskLock } from '../desk-lock.js';

export interface PostgresDeskLockOptions {
  url: string;
  schema?: string;
  /** Told when the seat's session fails (the seat is then lost). */
  onError?: (error: Error) => void;
}

export class PostgresDeskLock implements DeskLock {
  readonly #url: string;
  readonly #schema: string | null;
  readonly #pool: pg.Pool;
  readonly #onError: (error: Error) => void;
  #client: pg.Client | null = null;
  #held = false;
  #onStored: () => void = () => undefined;

  constructor(options: PostgresDeskLockOptions) {
    this.#url = options.url;
    this.#schema = options.schema ?? null;
    this.#onError = options.onError ?? (() => undefined);
    this.#pool = new pg.Pool({ ...this.#connection(), max: 2 });
    this.#pool.on('error', () => undefined);
  }

  #connection(): pg.ClientConfig {
    return postgresConnection(this.#url, this.#schema);
  }

  get #channel(): string {
    return `dateline_articles${this.#schema ? `_${this.#schema}` : ''}`;
  }

  get held(): boolean {
    return this.#held;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.#held) return true;
    const client = new pg.Client(this.#connection());
    client.on('error', (error) => {
      this.#held = false;
      this.#onError(new Error('queue: the story desk lost its database session', { cause: error }));
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [
        `dateline:story-desk:${this.#schema ?? ''}`,
      ]);
      if (!rows[0]?.ok) {
        await client.end();
        return false;
      }
      client.on('notification', () => this.#onStored());
      await client.query(`LISTEN "${this.#channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.#client = client;
    this.#held = true;
    return true;
  }

  async unplaced(limit: number): Promise<string[]> {
    const { rows } = await this.#pool.query<{ id: string }>(
      `SELECT a.id FROM articles a LEFT JOIN article_stories f ON f.article_seq = a.seq
       WHERE f.story_id IS NULL ORDER BY a.seq LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async announce(): Promise<void> {
    await this.#pool.query('SELECT pg_notify($1, $2)', [this.#channel, '']);
  }

  onAnnounce(onStored: () => void): void {
    this.#onStored = onStored;
  }

  async release(): Promise<void> {
    this.#held = false;
    // Ending the session frees the advisory lock and its LISTEN.
    await this.#client?.end().catch(() => undefined);
    this.#client = null;
    await this.#pool.end().catch(() => undefined);
  }
}
