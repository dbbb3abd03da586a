// The PostgreSQL adapter, for a programme that outgrows one machine: DATABASE_URL set.
// The SQL is the same as on PGlite; only the connection differs.
import type { Database, QueryOptions, QueryResult, Queryable } from './database.ts';
import { importAtRuntime } from './load-module.ts';

import type * as pgTypes from 'pg';

type PgModule = typeof pgTypes;

export interface PostgresOptions {
  connectionString: string;
  /** A schema to work in (created when missing): tests use one per run to stay apart. */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * CREATE SCHEMA IF NOT EXISTS is not safe against itself: two servers opening the database at
 * the same moment may both find no schema, and the second one's insert of the name fails
 * (23505, or 42P06). The schema then exists, which is all that was asked.
 */
async function createSchemaOnce(
  client: Pick<pgTypes.PoolClient, 'query'>,
  schema: string,
): Promise<void> {
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pg = ((await importAtRuntime('pg')) as { default: PgModule }).default;
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`Not a schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the server; the next query reconnects.
  pool.on('error', (error) => console.error('PostgreSQL connection error', error.message));
  try {
    // Fail now, with the reason, rather than at the first request.
    const client = await pool.connect();
    try {
      if (options.schema) await createSchemaOnce(client, options.schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`PostgreSQL is unreachable: ${(error as Error).message}`, {
      cause: error,
    });
  }

  const run = async <Row>(
    target: Pick<pgTypes.PoolClient, 'query'>,
    sql: string,
    params: readonly unknown[] = [],
    options?: QueryOptions,
  ): Promise<QueryResult<Row>> => {
    // A named statement is parsed once per connection (pg keeps the names each has prepared).
    const result = await target.query(
      options?.name ? { name: options.name, text: sql, values: [...params] } : sql,
      options?.name ? undefined : [...params],
    );
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
  };

  return {
    engine: 'postgres',
    driver: {
      engine: 'postgres',
      connectionString: options.connectionString,
      schema: options.schema,
    },
    query: (sql, params, options) => run(pool, sql, params, options),
    async transaction(work) {
      const client = await pool.connect();
      const tx: Queryable = {
        query: (sql, params, options) => run(client, sql, params, options),
      };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
