// Coordinators' accounts and the programmes they belong to (issue 19). An administrator runs
// programmes and accounts and sees every programme; a coordinator sees only the people of the
// programmes they belong to. The one account without an address is the first administrator,
// whom the coordinator token signs in until an administrator invited by mail has signed in
// (coordinator-auth/token-sign-in.ts).
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { optionalIso, toIso } from './rows.ts';

export type CoordinatorRole = 'administrator' | 'coordinator';
export type CoordinatorLanguage = 'sv' | 'en';
/**
 * invited: mailed an invitation, not yet used (only its link signs them in); active: signed in
 * by the invitation (or the first administrator); revoked: signs in no more until invited again.
 */
export type CoordinatorStatus = 'invited' | 'active' | 'revoked';

export interface Coordinator {
  id: string;
  /** Null only for the first administrator, signed in by the coordinator token. */
  email: string | null;
  name: string;
  role: CoordinatorRole;
  bootstrap: boolean;
  lang: CoordinatorLanguage;
  /** The ids of their programmes (an administrator's too, though they see every programme). */
  programmes: string[];
  status: CoordinatorStatus;
  /** When the last invitation was sent (null for the first administrator). */
  invitedAt: string | null;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface Programme {
  id: string;
  name: string;
  /** The locale codes the programme works in (core's SUPPORTED_LOCALES); empty: every one. */
  languages: string[];
  /** Mentees per mentor when a mentor's signup does not say (1–50). */
  capacityDefault: number;
  createdAt: string;
}

/** What an administrator sets of a programme, beside its id. */
export interface ProgrammeSettings {
  name: string;
  languages?: readonly string[];
  capacityDefault?: number;
}

interface CoordinatorRow {
  id: string;
  email: string | null;
  name: string;
  role: CoordinatorRole;
  bootstrap: boolean;
  lang: CoordinatorLanguage;
  created_at: unknown;
  last_sign_in_at: unknown;
  invited_at: unknown;
  activated_at: unknown;
  revoked_at: unknown;
  programmes: string[] | null;
}

const SELECT_COORDINATOR = `
  SELECT c.id, c.email, c.name, c.role, c.bootstrap, c.lang, c.created_at, c.last_sign_in_at,
         c.invited_at, c.activated_at, c.revoked_at,
         ARRAY(SELECT programme_id FROM coordinator_programmes p
                WHERE p.coordinator_id = c.id ORDER BY programme_id) AS programmes
    FROM coordinators c`;

function statusOf(row: CoordinatorRow): CoordinatorStatus {
  if (row.bootstrap) return 'active';
  if (row.revoked_at !== null) return 'revoked';
  return row.activated_at !== null ? 'active' : 'invited';
}

function fromRow(row: CoordinatorRow): Coordinator {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    bootstrap: row.bootstrap,
    lang: row.lang,
    programmes: row.programmes ?? [],
    status: statusOf(row),
    invitedAt: optionalIso(row.invited_at) ?? null,
    createdAt: toIso(row.created_at),
    lastSignInAt: optionalIso(row.last_sign_in_at) ?? null,
  };
}

export async function getCoordinator(
  database: Queryable,
  id: string,
): Promise<Coordinator | undefined> {
  const found = await database.query<CoordinatorRow>(`${SELECT_COORDINATOR} WHERE c.id = $1`, [id]);
  return found.rows[0] ? fromRow(found.rows[0]) : undefined;
}

export async function findCoordinatorByEmail(
  database: Queryable,
  email: string,
): Promise<Coordinator | undefined> {
  const found = await database.query<CoordinatorRow>(
    `${SELECT_COORDINATOR} WHERE lower(c.email) = lower($1)`,
    [email.trim()],
  );
  return found.rows[0] ? fromRow(found.rows[0]) : undefined;
}

export async function listCoordinators(database: Queryable): Promise<Coordinator[]> {
  const found = await database.query<CoordinatorRow>(
    `${SELECT_COORDINATOR} ORDER BY c.bootstrap DESC, lower(c.name), c.id`,
  );
  return found.rows.map(fromRow);
}

export interface NewCoordinator {
  email: string;
  name: string;
  role: CoordinatorRole;
  lang: CoordinatorLanguage;
  programmes: readonly string[];
  /** The administrator who invites them (none for an account made by a script or a test). */
  invitedBy?: string;
  now: Date;
}

/** Adds an invited account; undefined when the address has one already. */
export async function insertCoordinator(
  tx: Queryable,
  account: NewCoordinator,
): Promise<Coordinator | undefined> {
  const id = `co-${randomUUID()}`;
  const inserted = await tx.query(
    `INSERT INTO coordinators (id, email, name, role, lang, created_at, invited_at, invited_by)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
     ON CONFLICT (lower(email)) DO NOTHING`,
    [
      id,
      account.email.trim(),
      account.name.trim(),
      account.role,
      account.lang,
      account.now,
      account.invitedBy ?? null,
    ],
  );
  if (inserted.rowCount === 0) return undefined;
  await tx.query(
    `INSERT INTO coordinator_programmes (coordinator_id, programme_id)
       SELECT $1, id FROM programmes WHERE id = ANY($2::text[])`,
    [id, [...account.programmes]],
  );
  return getCoordinator(tx, id);
}

/** The first administrator (no address), made once; the same account on every later call. */
export async function ensureBootstrapAdministrator(tx: Queryable, now: Date): Promise<Coordinator> {
  await tx.query(
    `INSERT INTO coordinators (id, email, name, role, bootstrap, lang, created_at)
     VALUES ($1, NULL, 'First administrator', 'administrator', true, 'en', $2)
     ON CONFLICT (bootstrap) WHERE bootstrap DO NOTHING`,
    [`co-${randomUUID()}`, now],
  );
  const found = await tx.query<CoordinatorRow>(`${SELECT_COORDINATOR} WHERE c.bootstrap`);
  return fromRow(found.rows[0]!);
}

/** Whether an administrator with an address has ever signed in (then the token is retired). */
export async function invitedAdministratorHasSignedIn(database: Queryable): Promise<boolean> {
  const found = await database.query(
    `SELECT 1 FROM coordinators
      WHERE role = 'administrator' AND NOT bootstrap AND last_sign_in_at IS NOT NULL LIMIT 1`,
  );
  return found.rows.length > 0;
}

export async function markSignedIn(tx: Queryable, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE coordinators SET last_sign_in_at = $2 WHERE id = $1', [id, now]);
}

export type RemovalResult = 'removed' | 'not-found' | 'last-administrator';

/** Whether removing or revoking `id` (an administrator) would leave no other administrator. */
async function lastAdministrator(tx: Queryable, id: string): Promise<boolean> {
  const others = await tx.query(
    `SELECT 1 FROM coordinators
      WHERE role = 'administrator' AND id <> $1 AND revoked_at IS NULL LIMIT 1`,
    [id],
  );
  return others.rows.length === 0;
}

/** Spends nothing more: the account's unused links and its sessions are deleted. */
async function closeWaysIn(tx: Queryable, id: string): Promise<void> {
  await tx.query(
    'DELETE FROM coordinator_sign_in_links WHERE coordinator_id = $1 AND used_at IS NULL',
    [id],
  );
  await tx.query('DELETE FROM coordinator_sessions WHERE coordinator_id = $1', [id]);
}

/**
 * Sends the account back to 'invited' (a new invitation mail follows, from the caller): earlier
 * links stop working, a revocation is lifted, and only the new invitation's link signs them in.
 * An active account needs no invitation ('active').
 */
export async function reinviteCoordinator(
  tx: Queryable,
  id: string,
  invitedBy: string,
  now: Date,
): Promise<Coordinator | 'not-found' | 'active'> {
  await tx.query('SELECT 1 FROM coordinators WHERE id = $1 FOR UPDATE', [id]);
  const account = await getCoordinator(tx, id);
  if (!account || account.bootstrap) return 'not-found';
  if (account.status === 'active') return 'active';
  await tx.query(
    `UPDATE coordinators SET invited_at = $2, invited_by = $3, revoked_at = NULL, activated_at = NULL
      WHERE id = $1`,
    [id, now, invitedBy],
  );
  await closeWaysIn(tx, id);
  return (await getCoordinator(tx, id))!;
}

/**
 * Revokes an invitation or an account's access: its unused links and sessions end at once and
 * it signs in no more (by mail or passkey) until invited again. The account and its place in
 * the audit log stay. Not the last administrator's.
 */
export async function revokeCoordinator(
  tx: Queryable,
  id: string,
  now: Date,
): Promise<Coordinator | Exclude<RemovalResult, 'removed'>> {
  const found = await tx.query<{ role: CoordinatorRole; bootstrap: boolean }>(
    'SELECT role, bootstrap FROM coordinators WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = found.rows[0];
  if (!row || row.bootstrap) return 'not-found';
  if (row.role === 'administrator' && (await lastAdministrator(tx, id))) {
    return 'last-administrator';
  }
  await tx.query('UPDATE coordinators SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [
    id,
    now,
  ]);
  await closeWaysIn(tx, id);
  return (await getCoordinator(tx, id))!;
}

/**
 * Removes an account with its sessions, links and memberships (cascades) and its sign-in mails
 * (they hold its address). The last administrator who can sign in by mail is never removed,
 * nor is anyone removed while it would leave no administrator at all.
 */
export async function removeCoordinator(tx: Queryable, id: string): Promise<RemovalResult> {
  const found = await tx.query<{ role: CoordinatorRole }>(
    'SELECT role FROM coordinators WHERE id = $1 FOR UPDATE',
    [id],
  );
  const role = found.rows[0]?.role;
  if (!role) return 'not-found';
  if (role === 'administrator' && (await lastAdministrator(tx, id))) return 'last-administrator';
  await tx.query('DELETE FROM outbox WHERE key LIKE $1', [`${SIGN_IN_MAIL_KEY_PREFIX}${id}:%`]);
  await tx.query('DELETE FROM coordinators WHERE id = $1', [id]);
  return 'removed';
}

/** The outbox key of a sign-in mail starts so, then the account's id (removal finds them). */
export const SIGN_IN_MAIL_KEY_PREFIX = 'coordinator-sign-in:';

const PROGRAMME_COLUMNS = 'id, name, languages, capacity_default, created_at';

interface ProgrammeRow {
  id: string;
  name: string;
  languages: string[] | null;
  capacity_default: number;
  created_at: unknown;
}

function toProgramme(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    name: row.name,
    languages: row.languages ?? [],
    capacityDefault: Number(row.capacity_default),
    createdAt: toIso(row.created_at),
  };
}

export async function listProgrammes(database: Queryable): Promise<Programme[]> {
  const found = await database.query<ProgrammeRow>(
    `SELECT ${PROGRAMME_COLUMNS} FROM programmes ORDER BY lower(name), id`,
  );
  return found.rows.map(toProgramme);
}

/** Adds a programme; false when the id is taken. */
export async function insertProgramme(
  database: Queryable,
  programme: ProgrammeSettings & { id: string; now: Date },
): Promise<boolean> {
  const inserted = await database.query(
    `INSERT INTO programmes (id, name, languages, capacity_default, created_at)
     VALUES ($1, $2, $3::text[], $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [
      programme.id,
      programme.name.trim(),
      uniqueLanguages(programme.languages),
      programme.capacityDefault ?? 1,
      programme.now,
    ],
  );
  return inserted.rowCount > 0;
}

/** Changes a programme's name, languages and capacity default; undefined when there is none. */
export async function updateProgramme(
  database: Queryable,
  id: string,
  settings: ProgrammeSettings,
): Promise<Programme | undefined> {
  const updated = await database.query<ProgrammeRow>(
    `UPDATE programmes
        SET name = $2,
            languages = COALESCE($3::text[], languages),
            capacity_default = COALESCE($4, capacity_default)
      WHERE id = $1
      RETURNING ${PROGRAMME_COLUMNS}`,
    [
      id,
      settings.name.trim(),
      settings.languages ? uniqueLanguages(settings.languages) : null,
      settings.capacityDefault ?? null,
    ],
  );
  const row = updated.rows[0];
  return row ? toProgramme(row) : undefined;
}

/** Each programme's capacity default by id, for matching (a mentor's programme's). */
export async function programmeCapacityDefaults(database: Queryable): Promise<Map<string, number>> {
  const found = await database.query<{ id: string; capacity_default: number }>(
    'SELECT id, capacity_default FROM programmes',
  );
  return new Map(found.rows.map((row) => [row.id, Number(row.capacity_default)]));
}

/** Once each, in the order given (a form may send a code twice). */
function uniqueLanguages(languages: readonly string[] = []): string[] {
  return [...new Set(languages)];
}
