/** One numbered schema change. Each dialect keeps its own ordered list; applied ones are recorded by version. */
export interface Migration<Db = unknown> {
  version: number;
  name: string;
  /** SQL statements run in one transaction with the version record. */
  up: string;
  /** Work SQL cannot do (computing values in JS), run after `up` in the same transaction. */
  backfill?: (db: Db) => void;
  /** SQL run after the backfill (e.g. triggers that would have fired on every backfilled row). */
  finish?: string;
}

/** Checks a dialect's list once: versions strictly increasing, so a bad edit fails loudly, not silently. */
export function checkMigrations<Db>(dialect: string, migrations: readonly Migration<Db>[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(`store: ${dialect} migration ${m.version} (${m.name}) is out of order`);
    }
  });
}
