// Schema migrations as numbered SQL steps, applied in order on start and recorded in
// `schema_migrations`. A step, once released, is never edited: a change is a new step.
// Every step runs in its own transaction, so a failed step leaves the schema as it was.
import type { Database, Queryable } from './database.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'signups, trainings and matches',
    sql: `
      CREATE TABLE signups (
        id text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('mentor', 'mentee')),
        name text NOT NULL,
        email text NOT NULL,
        programme_id text,
        training_uid text,
        submission jsonb NOT NULL,
        demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX signups_created_at ON signups (created_at DESC);
      CREATE INDEX signups_email ON signups (lower(email));
      CREATE INDEX signups_training_uid ON signups (training_uid);

      CREATE TABLE trainings (
        uid text PRIMARY KEY,
        title text NOT NULL,
        description text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL DEFAULT 'Europe/Stockholm',
        location jsonb,
        online_url text,
        category text,
        languages jsonb,
        seats_total integer,
        status text NOT NULL DEFAULT 'confirmed'
          CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
        rrule text,
        sequence integer NOT NULL DEFAULT 0,
        demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at >= starts_at)
      );
      CREATE INDEX trainings_starts_at ON trainings (starts_at);

      CREATE TABLE matches (
        id text PRIMARY KEY,
        mentor_signup_id text NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        mentee_signup_id text NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'proposed'
          CHECK (status IN ('proposed', 'active', 'paused', 'completed', 'closed')),
        score double precision,
        reasons jsonb NOT NULL DEFAULT '[]',
        participant_token text NOT NULL,
        started_at timestamptz,
        planned_meetings integer,
        meetings_held integer,
        next_meeting timestamptz,
        demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (mentor_signup_id, mentee_signup_id)
      );
    `,
  },
  {
    version: 2,
    name: 'erasure log (what was erased and when, never who)',
    sql: `
      CREATE TABLE erasures (
        id bigserial PRIMARY KEY,
        erased_at timestamptz NOT NULL DEFAULT now(),
        signups integer NOT NULL,
        matches integer NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'external calendar feeds (registered by coordinators, fetched on a schedule)',
    sql: `
      CREATE TABLE external_feeds (
        id text PRIMARY KEY,
        name text NOT NULL,
        url text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_fetch_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        last_success_at timestamptz,
        etag text,
        last_modified text,
        body text,
        body_fetched_at timestamptz,
        last_error text,
        last_error_detail text,
        failures integer NOT NULL DEFAULT 0
      );
      CREATE INDEX external_feeds_next_fetch_at ON external_feeds (next_fetch_at);
    `,
  },
  {
    version: 4,
    name: 'double opt-in (confirmation tokens, confirmed_at) and the mail outbox',
    sql: `
      ALTER TABLE signups ADD COLUMN confirmed_at timestamptz;

      CREATE TABLE signup_confirmations (
        token_hash text PRIMARY KEY,
        signup_id text NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX signup_confirmations_signup_id ON signup_confirmations (signup_id);

      CREATE TABLE outbox (
        id text PRIMARY KEY,
        key text NOT NULL UNIQUE,
        kind text NOT NULL,
        recipient text NOT NULL,
        lang text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        signup_ids text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        sending_until timestamptz,
        sent_at timestamptz,
        last_error text
      );
      CREATE INDEX outbox_created_at ON outbox (created_at DESC);
      CREATE INDEX outbox_signup_ids ON outbox USING gin (signup_ids);
    `,
  },
  {
    version: 5,
    name: 'match lifecycle: answers, history and per-person links (the shared token goes)',
    sql: `
      ALTER TABLE matches ADD COLUMN mentor_accepted_at timestamptz;
      ALTER TABLE matches ADD COLUMN mentee_accepted_at timestamptz;
      ALTER TABLE matches DROP COLUMN participant_token;

      CREATE TABLE match_events (
        id bigserial PRIMARY KEY,
        match_id text NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        actor text NOT NULL CHECK (actor IN ('mentor', 'mentee', 'coordinator')),
        action text NOT NULL,
        about text CHECK (about IN ('mentor', 'mentee')),
        from_status text,
        to_status text,
        reason text,
        at timestamptz NOT NULL
      );
      CREATE INDEX match_events_match_id ON match_events (match_id, at, id);

      CREATE TABLE match_links (
        token_hash text PRIMARY KEY,
        match_id text NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('mentor', 'mentee')),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX match_links_match_id ON match_links (match_id, role);
    `,
  },
  {
    version: 6,
    name: 'the idempotency keys of erased signups, hashed, so that a replay does not store the person again',
    sql: `
      CREATE TABLE erased_idempotency_keys (
        key_hash text PRIMARY KEY,
        erased_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 7,
    name: "a match's meetings (one a day), and its follow-ups of outcomes with their answers",
    sql: `
      CREATE TABLE match_meetings (
        match_id text NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        recorded_by text NOT NULL CHECK (recorded_by IN ('mentor', 'mentee', 'coordinator')),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (match_id, held_on)
      );

      CREATE TABLE follow_ups (
        id text PRIMARY KEY,
        match_id text NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('mentor', 'mentee')),
        months_after_start integer NOT NULL CHECK (months_after_start BETWEEN 1 AND 60),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        answered_at timestamptz,
        answers jsonb,
        UNIQUE (match_id, role, months_after_start)
      );
      CREATE INDEX follow_ups_answered_at ON follow_ups (answered_at);
    `,
  },
  {
    version: 8,
    name: "who classified a signup's occupation when the person did not choose a title (issue 16)",
    sql: `
      ALTER TABLE signups ADD COLUMN occupation_source text
        CHECK (occupation_source IN ('lookup', 'coordinator'));
    `,
  },
  {
    version: 9,
    name: 'per-client rate limits shared by every server on one PostgreSQL (the address hashed)',
    sql: `
      CREATE TABLE rate_limit_buckets (
        scope text NOT NULL,
        client_hash text NOT NULL,
        tokens double precision NOT NULL,
        updated_ms bigint NOT NULL,
        PRIMARY KEY (scope, client_hash)
      );
    `,
  },
  {
    version: 11,
    name: "the mentor's extension: connections (token hashed) and shared session summaries (issue 18)",
    sql: `
      CREATE TABLE extension_connections (
        token_hash text PRIMARY KEY,
        match_id text NOT NULL UNIQUE REFERENCES matches (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz
      );

      CREATE TABLE session_summaries (
        match_id text NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        session_id uuid NOT NULL,
        held_on date NOT NULL,
        duration_minutes integer NOT NULL,
        mode text NOT NULL,
        topics text[] NOT NULL,
        rating integer,
        needs_attention boolean NOT NULL DEFAULT false,
        note text,
        updated_at timestamptz NOT NULL,
        last_key_hash text NOT NULL,
        received_at timestamptz NOT NULL,
        attention_handled_at timestamptz,
        PRIMARY KEY (match_id, session_id)
      );
      CREATE INDEX session_summaries_attention ON session_summaries (match_id)
        WHERE needs_attention;

      ALTER TABLE match_meetings ADD COLUMN source text NOT NULL DEFAULT 'recorded'
        CHECK (source IN ('recorded', 'sessions'));
    `,
  },
  {
    version: 12,
    name: 'coordinator accounts, roles, programmes, sign-in links, sessions and the audit log (issue 19)',
    sql: `
      CREATE TABLE programmes (
        id text PRIMARY KEY,
        name text NOT NULL,
        created_at timestamptz NOT NULL
      );

      CREATE TABLE coordinators (
        id text PRIMARY KEY,
        email text,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('administrator', 'coordinator')),
        bootstrap boolean NOT NULL DEFAULT false,
        lang text NOT NULL DEFAULT 'sv' CHECK (lang IN ('sv', 'en')),
        created_at timestamptz NOT NULL,
        last_sign_in_at timestamptz,
        CHECK (bootstrap OR email IS NOT NULL)
      );
      CREATE UNIQUE INDEX coordinators_email ON coordinators (lower(email));
      CREATE UNIQUE INDEX coordinators_one_bootstrap ON coordinators (bootstrap) WHERE bootstrap;

      CREATE TABLE coordinator_programmes (
        coordinator_id text NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
        programme_id text NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        PRIMARY KEY (coordinator_id, programme_id)
      );

      CREATE TABLE coordinator_sign_in_links (
        token_hash text PRIMARY KEY,
        coordinator_id text NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX coordinator_sign_in_links_coordinator ON coordinator_sign_in_links (coordinator_id);

      CREATE TABLE coordinator_sessions (
        token_hash text PRIMARY KEY,
        coordinator_id text NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX coordinator_sessions_coordinator ON coordinator_sessions (coordinator_id);

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL CHECK (action IN ('viewed', 'exported', 'changed', 'erased', 'signed-in', 'signed-out')),
        route text NOT NULL,
        subject_kind text,
        subject_id text,
        status integer NOT NULL
      );
      CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);

      ALTER TABLE trainings ADD COLUMN programme_id text;
    `,
  },
  {
    version: 13,
    name: 'coordinator invitations: invited, activated by the invitation link, revoked (issue 19)',
    sql: `
      ALTER TABLE coordinators ADD COLUMN invited_at timestamptz;
      ALTER TABLE coordinators ADD COLUMN invited_by text;
      ALTER TABLE coordinators ADD COLUMN activated_at timestamptz;
      ALTER TABLE coordinators ADD COLUMN revoked_at timestamptz;
      UPDATE coordinators SET invited_at = created_at, activated_at = last_sign_in_at
       WHERE NOT bootstrap;
      ALTER TABLE coordinator_sign_in_links
        ADD COLUMN purpose text NOT NULL DEFAULT 'sign-in' CHECK (purpose IN ('sign-in', 'invitation'));
    `,
  },
  {
    version: 14,
    name: "the coordinator's people list: folded search text, withdrawal, indexes for 10,000 signups (issue 19)",
    sql: `
      -- Filled by the backend when a signup is written, and on start for older rows
      -- (people/fill-search-text.ts): the fold is JavaScript's, which SQL cannot run.
      ALTER TABLE signups ADD COLUMN search_text text;
      ALTER TABLE signups ADD COLUMN withdrawn_at timestamptz;
      CREATE INDEX signups_programme_created ON signups (programme_id, created_at DESC, id);
      CREATE INDEX matches_mentee_signup_id ON matches (mentee_signup_id);
    `,
  },
  {
    version: 15,
    name: 'coordinator passkeys and their single-use challenges (issue 19)',
    sql: `
      CREATE TABLE coordinator_passkeys (
        id text PRIMARY KEY,
        coordinator_id text NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
        public_key text NOT NULL,
        counter bigint NOT NULL DEFAULT 0,
        transports jsonb,
        name text NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz
      );
      CREATE INDEX coordinator_passkeys_coordinator ON coordinator_passkeys (coordinator_id);

      CREATE TABLE coordinator_passkey_challenges (
        challenge text PRIMARY KEY,
        coordinator_id text REFERENCES coordinators (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('registration', 'sign-in')),
        expires_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 16,
    name: 'external calendar feeds belong to a programme, like trainings (issue 19)',
    sql: `
      -- Null: the organisation's (feeds added before; administrators see and change them).
      ALTER TABLE external_feeds ADD COLUMN programme_id text;
    `,
  },
  {
    version: 17,
    name: 'programmes have their languages and a capacity default for mentors (issue 19)',
    sql: `
      -- The locale codes the programme works in; empty: every language.
      ALTER TABLE programmes ADD COLUMN languages text[] NOT NULL DEFAULT '{}';
      -- Mentees per mentor when a mentor's signup does not say.
      ALTER TABLE programmes ADD COLUMN capacity_default integer NOT NULL DEFAULT 1
        CHECK (capacity_default BETWEEN 1 AND 50);
    `,
  },
];

export interface MigrationReport {
  /** Versions applied by this call, in order. */
  applied: number[];
  /** True when the database had no migrations at all before: a fresh database (seed it). */
  fresh: boolean;
}

/**
 * Applies the steps not yet recorded, each in a transaction of its own. Safe to call on every
 * start, and from several servers starting at once on one PostgreSQL (a deploy behind a load
 * balancer): each transaction first takes an advisory lock of the schema's and looks again
 * whether its step is recorded, so the second server waits and applies nothing twice, nor
 * counts the database as fresh (which would seed the demo data twice). Before, the second one
 * failed on schema_migrations' primary key and did not start.
 */
export async function migrate(
  database: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const lock = (tx: Queryable) =>
    tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':migrations'))");
  await database.transaction(async (tx) => {
    await lock(tx);
    await tx.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  });
  const applied: number[] = [];
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (const migration of ordered) {
    const ran = await database.transaction(async (tx) => {
      await lock(tx);
      const recorded = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (recorded.rows.length > 0) return false;
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      await runStatements(tx, migration.sql);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  // Fresh: this call laid the first step (no other server, no earlier start, had).
  return { applied, fresh: ordered[0] !== undefined && applied[0] === ordered[0].version };
}

/** Runs a step statement by statement: prepared statements (as `pg` sends them) take one each. */
async function runStatements(tx: Pick<Database, 'query'>, sql: string): Promise<void> {
  for (const statement of splitStatements(sql)) await tx.query(statement);
}

/** Splits on `;` at the end of a line; our steps have no semicolons inside statements. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
