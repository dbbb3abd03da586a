// Opens the database the configuration names, brings its schema up to date, seeds a fresh one
// and builds the backend: what main.ts and the load test do before listening.
import { createBackend, type Backend } from './backend.ts';
import type { ServerConfig } from './config.ts';
import { resolveCoordinatorToken, type CoordinatorToken } from './coordinator-token.ts';
import { defineAuditJobs } from './coordinator-auth/audit-retention.ts';
import type { Database } from './db/database.ts';
import { migrate, type MigrationReport } from './db/migrations.ts';
import { fillSearchText } from './people/fill-search-text.ts';
import { openPGlite } from './db/pglite-database.ts';
import { openPostgres } from './db/postgres-database.ts';
import { DEFAULT_FEED_FETCH_LIMITS } from './external-feeds/fetch-feed.ts';
import { nowOf } from './jobs/clock.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { openJobQueue, type JobClock } from './jobs/pg-boss-queue.ts';
import { defineMailJobs } from './mail/mailer.ts';
import { createSmtpTransport, type MailTransport } from './mail/transport.ts';
import { defineMatchMailJobs, type MatchMailSettings } from './match-mail/match-mail.ts';
import { classifyStoredSignups, type ClassificationReport } from './occupations/classify-stored.ts';
import { occupationIndex } from './occupations/occupation-index.ts';
import { seedDemoData } from './seed.ts';
import { loadProgrammeQuestions } from './programmes/programme-questions.ts';
import { defineSignupMailJobs, type SignupMailSettings } from './signup-mail/signup-mail.ts';
import { join } from 'node:path';

export interface StartedBackend {
  backend: Backend;
  database: Database;
  token: CoordinatorToken;
  migrations: MigrationReport;
  seeded: boolean;
  /** Stored signups without an occupation code, classified by their words on this start. */
  classification: ClassificationReport;
  /** The job queue (mail): stop it before closing the database. */
  queue: JobQueue;
  /** Undefined without MENTORKIT_SMTP_URL. */
  transport: MailTransport | undefined;
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

export interface StartOptions {
  /** The address links in mail point at when MENTORKIT_PUBLIC_URL is not set. */
  publicUrl: string;
  /** The job queue's and the backend's clock (tests); default the system's. */
  clock?: JobClock;
}

export async function startBackend(
  config: ServerConfig,
  options: StartOptions,
): Promise<StartedBackend> {
  const token = resolveCoordinatorToken(config.dataDir, config.coordinatorToken);
  const database = await openDatabase(config);
  let queue: JobQueue | undefined;
  let transport: MailTransport | undefined;
  try {
    const migrations = await migrate(database);
    // Signups stored before the search text existed get it folded now (people/search-text.ts).
    await fillSearchText(database);
    const seeded = migrations.fresh && config.seed;
    // The seeds are classified as they are stored (before their demo matches are chosen).
    const classification =
      (seeded ? await seedDemoData(database, config.seedTime, { occupationIndex }) : undefined) ??
      (await classifyStoredSignups(database, occupationIndex));
    const now = nowOf(options.clock);
    queue = await openJobQueue(database, { clock: options.clock });
    transport = config.mail.smtpUrl ? await createSmtpTransport(config.mail.smtpUrl) : undefined;
    const signupMail: SignupMailSettings = {
      database,
      queue,
      now,
      publicUrl: config.mail.publicUrl ?? options.publicUrl,
      coordinatorEmails: config.mail.coordinatorEmails,
      signupNotice: config.mail.signupNotice,
      confirmationTtlMs: config.mail.confirmationDays * 86_400_000,
    };
    await defineMailJobs({ database, queue, transport, from: config.mail.from, now });
    await defineSignupMailJobs(signupMail);
    const matchMail: MatchMailSettings = {
      database,
      queue,
      now,
      publicUrl: signupMail.publicUrl,
      linkTtlMs: config.mail.matchLinkDays * 86_400_000,
      reminderAfterMs: config.mail.matchReminderDays * 86_400_000,
      noMeetingAfterMs: config.mail.noMeetingDays * 86_400_000,
      followUpMonths: config.mail.followUpMonths,
      followUpLinkTtlMs: config.mail.followUpDays * 86_400_000,
      followUpRetentionMonths: config.mail.followUpRetentionMonths,
    };
    await defineMatchMailJobs(matchMail);
    await defineAuditJobs({
      database,
      queue,
      now,
      retentionMonths: config.auditRetentionMonths,
    });
    const backend = createBackend({
      signupMail,
      matchMail,
      accountMail: { queue, publicUrl: signupMail.publicUrl },
      now,
      smtpConfigured: transport !== undefined,
      database,
      coordinatorToken: token.token,
      cors: config.cors,
      signupRateLimit: config.signupRateLimit,
      trustProxy: config.trustProxy,
      programmeQuestions: loadProgrammeQuestions(config.programmeQuestionsFile),
      feeds: {
        limits: { ...DEFAULT_FEED_FETCH_LIMITS, allowedHosts: config.feedAllowedHosts },
        refreshEveryMs: config.feedRefreshMinutes * 60_000,
      },
    });
    return {
      backend,
      database,
      token,
      migrations,
      seeded,
      classification,
      queue,
      transport,
      location: describeLocation(config),
    };
  } catch (error) {
    transport?.close();
    await queue?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
