// The embedded adapter: PGlite, PostgreSQL compiled to WebAssembly, in this process. Data in a
// folder (survives restarts), or in memory for tests (`memory://`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, QueryOptions, QueryResult } from './database.ts';
import { importAtRuntime } from './load-module.ts';

import type * as pgliteTypes from '@electric-sql/pglite';

type PGliteModule = typeof pgliteTypes;
type PGliteInstance = pgliteTypes.PGlite;
type BackendMessage = Awaited<ReturnType<PGliteInstance['execProtocol']>>['messages'][number];

/** A lock beside the data: two processes writing one PGlite folder would corrupt it. */
const LOCK_FILE = 'mentorkit.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(folder: string): () => void {
  const lockPath = join(folder, LOCK_FILE);
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(lockPath, 'utf8').trim());
  } catch {
    // No lock: nobody holds the folder.
  }
  // This process too: PGlite keeps the files open, and a second instance would write over them.
  if (Number.isInteger(holder) && isRunning(holder)) {
    throw new Error(
      `The database folder ${folder} is in use by process ${holder}. Stop that server first, ` +
        'or give this one another folder with MENTORKIT_DATA_DIR.',
    );
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

/** What PGlite answers a statement with, as the interface says it. */
function toQueryResult<Row>(result: pgliteTypes.Results<Row>): QueryResult<Row> {
  // As the interface says (and `pg` does): the rows a SELECT returned. PGlite's own
  // `affectedRows` is 0 for a SELECT, and a `rowCount > 0` check after one was always false.
  const returnedRows = result.fields.length > 0;
  return {
    rows: result.rows,
    rowCount: returnedRows ? result.rows.length : (result.affectedRows ?? 0),
  };
}

/** PostgreSQL's type `timestamptz`. */
const TIMESTAMPTZ = 1184;

/** 2000-01-01T00:00:00Z, from which PostgreSQL counts a timestamp, in Unix milliseconds. */
const POSTGRES_EPOCH_MS = 946_684_800_000;

/**
 * `moment` as PostgreSQL's binary `timestamptz`: microseconds since 2000, a big-endian 64-bit
 * integer (exact: a Date holds milliseconds). As text, parsing the date cost PGlite about 10 µs of
 * a signup's INSERT (its `created_at`; 5,000 paired runs, issue 23).
 */
function binaryTimestamp(moment: Date): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, BigInt(moment.getTime() - POSTGRES_EPOCH_MS) * 1000n);
  return bytes;
}

/** A statement PGlite has prepared under its name: its SQL, its parameters' and columns' types. */
interface PreparedStatement {
  sql: string;
  parameterTypes: number[];
  /** The columns it returns (absent: none), which each run's rows are read by. */
  rowDescription: BackendMessage | undefined;
}

/**
 * Named statements on PGlite, prepared once and then only bound and run (decision 0028). PGlite's
 * `query` sends every statement unnamed, parsed and planned again each time, in six turns of its
 * protocol (parse, describe, bind, describe, execute, sync); here a statement is parsed and
 * described once per database, and each run is one turn (bind, execute, sync). On the signup's
 * INSERT that halved PGlite's CPU per statement (issue 23). PGlite is one session, so one map of
 * names serves the database and its transactions; prepared statements outlive a rollback.
 */
function preparedStatements(module: PGliteModule, pglite: PGliteInstance) {
  const { serialize, messages } = module.protocol;
  const prepared = new Map<string, PreparedStatement>();

  const send = async (parts: Uint8Array[], syncToFs: boolean) => {
    const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      message.set(part, offset);
      offset += part.length;
    }
    return (await pglite.execProtocol(message, { syncToFs })).messages;
  };

  /**
   * Runs the statement `name` (`sql`), preparing it at its first run. The caller holds PGlite's
   * locks, as PGlite's own `query` does; `inTransaction`: inside a transaction, whose commit
   * writes the files (PGlite's `query` skips its sync to the file system there too).
   */
  return async function runPrepared<Row>(
    name: string,
    sql: string,
    params: readonly unknown[],
    inTransaction: boolean,
  ): Promise<QueryResult<Row>> {
    try {
      let statement = prepared.get(name);
      if (statement && statement.sql !== sql) {
        // As `pg` refuses it: one name, one SQL text.
        throw new Error(`The statement "${name}" is prepared with other SQL.`);
      }
      if (!statement) {
        const described = await send(
          [
            serialize.parse({ name, text: sql }),
            serialize.describe({ type: 'S', name }),
            serialize.sync(),
          ],
          false,
        );
        statement = {
          sql,
          parameterTypes: module.parse.parseDescribeStatementResults(described),
          rowDescription: described.find((message) => message.name === 'rowDescription'),
        };
        prepared.set(name, statement);
      }
      const { parameterTypes } = statement;
      // Each value as PGlite's `query` writes it: by its parameter's type, else as text; a
      // moment in binary, which PostgreSQL reads without parsing a date.
      const values = params.map((param, index) => {
        if (param === null || param === undefined) return null;
        const type = parameterTypes[index]!;
        if (type === TIMESTAMPTZ && param instanceof Date && !Number.isNaN(param.getTime())) {
          return binaryTimestamp(param);
        }
        const serializer = pglite.serializers[type];
        return serializer ? serializer(param) : (param as { toString(): string }).toString();
      });
      const answer = await send(
        [serialize.bind({ statement: name, values }), serialize.execute({}), serialize.sync()],
        !inTransaction,
      );
      const results = module.parse.parseResults(
        statement.rowDescription ? [statement.rowDescription, ...answer] : answer,
        pglite.parsers,
      );
      return toQueryResult(results[0] as pgliteTypes.Results<Row>);
    } catch (error) {
      // As PGlite's `query` marks its errors (log-error.ts never writes these out).
      if (error instanceof messages.DatabaseError) Object.assign(error, { query: sql, params });
      throw error;
    }
  };
}

/**
 * Opens (creating when missing) a PGlite database in `folder`, or in memory when `folder` is
 * undefined.
 */
export async function openPGlite(folder?: string): Promise<Database> {
  const module = (await importAtRuntime('@electric-sql/pglite')) as PGliteModule;
  const { PGlite } = module;
  let releaseLock = () => {};
  if (folder) {
    mkdirSync(folder, { recursive: true });
    releaseLock = takeLock(folder);
  }
  let pglite: PGliteInstance;
  try {
    pglite = await PGlite.create(folder ?? 'memory://');
  } catch (error) {
    releaseLock();
    throw error;
  }
  const runPrepared = preparedStatements(module, pglite);
  return {
    engine: 'pglite',
    driver: { engine: 'pglite', pglite },
    async query<Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) {
      if (!options?.name) return toQueryResult(await pglite.query<Row>(sql, [...params]));
      await pglite._checkReady();
      // The locks PGlite's `query` takes: no transaction is open meanwhile, nor another statement.
      return pglite._runExclusiveTransaction(() =>
        pglite._runExclusiveQuery(() => runPrepared<Row>(options.name!, sql, params, false)),
      );
    },
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          async query<Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) {
            if (!options?.name) return toQueryResult(await tx.query<Row>(sql, [...params]));
            if (tx.closed) throw new Error('Transaction is closed');
            // The transaction's lock is held already; PGlite's `tx.query` takes this one.
            return pglite._runExclusiveQuery(() =>
              runPrepared<Row>(options.name!, sql, params, true),
            );
          },
        }),
      ),
    async close() {
      try {
        await pglite.close();
      } finally {
        releaseLock();
      }
    },
  };
}
