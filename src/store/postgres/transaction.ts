import type pg from 'pg';

/**
 * Runs `work` on one pooled client inside a transaction opened with `begin`: committed when `work` returns,
 * rolled back when anything throws (the error is rethrown as it was), and the client released either way.
 * `work` gets what `begin` returned: statements after the BEGIN in the same string share its round trip.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient, begun: pg.QueryResult | pg.QueryResult[]) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  try {
    const begun = (await client.query(begin)) as pg.QueryResult | pg.QueryResult[];
    const result = await work(client, begun);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
