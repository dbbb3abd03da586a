// The reference backend on a free port for node tests, on the database of a `useTestDatabase`
// block. That block opens its database in its own beforeAll, after a test file's server may
// have started, so the server gets a stand-in that reaches the database when a request comes.
import { createDemoServer, listen } from '../app.ts';
import { createBackend, type BackendOptions } from '../backend.ts';
import type { Database } from '../db/database.ts';

/** `context.database`, read at each query: usable before the test database is open. */
export function lazyDatabase(context: { readonly database: Database }): Database {
  return {
    get engine() {
      return context.database.engine;
    },
    get driver() {
      return context.database.driver;
    },
    query: (sql, params, options) => context.database.query(sql, params, options),
    transaction: (work) => context.database.transaction(work),
    // The test database is closed by its block, not by the server.
    close: async () => {},
  };
}

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  base: string;
  close(): Promise<void>;
}

/** The demo server with a backend on `database`; no signup rate limit unless asked. */
export async function startTestServer(
  database: Database,
  options: Partial<BackendOptions> & Pick<BackendOptions, 'coordinatorToken'>,
): Promise<TestServer> {
  const server = createDemoServer({
    backend: createBackend({ signupRateLimit: false, ...options, database }),
  });
  const base = (await listen(server, 0)).replace(/\/$/, '');
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
