// Opens the database the configuration names, brings its schema up to date, seeds a fresh one
// and builds the backend: what main.ts and the load test do before listening.
import { createBackend, type Backend } from './backend.ts';
import type { ServerConfig } from './config.ts';
import { resolveCoordinatorToken, type CoordinatorToken } from './coordinator-token.ts';
import type { Database } from './db/database.ts';
import { migrate, type MigrationReport } from './db/migrations.ts';
import { openPGlite } from './db/pglite-database.ts';
import { openPostgres } from './db/postgres-database.ts';
import { DEFAULT_FEED_FETCH_LIMITS } from './external-feeds/fetch-feed.ts';
import { seedDemoData } from './seed.ts';
import { join } from 'node:path';

export interface StartedBackend {
  backend: Backend;
  database: Database;
  token: CoordinatorToken;
  migrations: MigrationReport;
  seeded: boolean;
  /** Where the data is, for the start message (never the password of a DATABASE_URL). */
  location: string;
}

export function openDatabase(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl })
    : openPGlite(join(config.dataDir, 'pglite'));
}

function describeLocation(config: ServerConfig): string {
  if (!config.databaseUrl) return `PGlite in ${join(config.dataDir, 'pglite')}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export async function startBackend(config: ServerConfig): Promise<StartedBackend> {
  const token = resolveCoordinatorToken(config.dataDir, config.coordinatorToken);
  const database = await openDatabase(config);
  try {
    const migrations = await migrate(database);
    const seeded = migrations.fresh && config.seed;
    if (seeded) await seedDemoData(database, config.seedTime);
    const backend = createBackend({
      database,
      coordinatorToken: token.token,
      cors: config.cors,
      signupRateLimit: config.signupRateLimit,
      trustProxy: config.trustProxy,
      feeds: {
        limits: { ...DEFAULT_FEED_FETCH_LIMITS, allowedHosts: config.feedAllowedHosts },
        refreshEveryMs: config.feedRefreshMinutes * 60_000,
      },
    });
    return { backend, database, token, migrations, seeded, location: describeLocation(config) };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
