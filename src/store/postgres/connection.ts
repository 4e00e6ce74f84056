/**
 * How every PostgreSQL pool of ours connects (store, queue, desk lock): the URL, and a schema first on the
 * search_path when the desk lives in one. The schema goes into the connection options and into SQL, so only a
 * plain identifier is accepted.
 */
import type pg from 'pg';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** `schema`, or null when none is given; a name that is not a plain identifier is an error naming `module`. */
export function checkedSchema(schema: string | undefined, module: string): string | null {
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`${module}: invalid PostgreSQL schema name "${schema}"`);
  return schema ?? null;
}

/** Connection settings for `url`, with `schema` (already checked) as the search_path when there is one. */
export function postgresConnection(url: string, schema: string | null): pg.ClientConfig {
  return { connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
}
