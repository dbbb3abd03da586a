// The one storage interface of the reference backend. Two adapters implement it: PGlite
// (PostgreSQL compiled to WebAssembly, embedded, the default) and PostgreSQL through `pg`
// (when DATABASE_URL is set). Both speak the same SQL, so every query is written once;
// docs/decisions/0002-embedded-database.md says why.

export interface QueryResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted (or returned, for a SELECT). */
  rowCount: number;
}

/** How a statement is run, besides its SQL and parameters. */
export interface QueryOptions {
  /**
   * Names the statement so that PostgreSQL parses and plans it once per connection and then only
   * binds the parameters (a prepared statement): for the statements of a request that comes by
   * the thousand (a signup's INSERT), whose planning cost PostgreSQL more than running them
   * (decision 0028). One name, one SQL text, always: a constant beside its SQL, never built from
   * data. On PGlite too, through its protocol (its `query` prepares nothing): parsed and
   * described once per database, then bound and run in one turn (pglite-database.ts).
   */
  name?: string;
}

/** What a query can run on: the database itself or a transaction of it. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters (never values spliced into the SQL). */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<Row>>;
}

/**
 * How to reach the engine underneath, for a library that speaks to it itself (the job queue,
 * jobs/pg-boss-queue.ts): the PGlite instance, or PostgreSQL's address and the schema in use.
 */
export type DatabaseDriver =
  | { engine: 'pglite'; pglite: unknown }
  | { engine: 'postgres'; connectionString: string; schema: string | undefined };

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  readonly driver: DatabaseDriver;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
