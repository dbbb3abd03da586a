// The lifecycle's steps against the database, each in one transaction: the match row is
// locked, the rule (transitions.ts) decides, the new state and its history row are written
// together. Proposing also issues each person their own link; what is mailed with it is the
// caller's hook (match-mail/), so that this file knows nothing of mail.
import type { Database, Queryable } from '../db/database.ts';
import { recordMatchEvent, type MatchActor, type MatchRole } from '../store/match-history.ts';
import { createMatchLink, revokeMatchLinks } from '../store/match-links.ts';
import {
  getMatchForUpdate,
  insertMatch,
  updateMatchState,
  type NewMatch,
  type StoredMatch,
} from '../store/matches.ts';
import { takeStep, type LifecycleStep, type StepOutcome } from './transitions.ts';

/** How long a participant's link works: MENTORKIT_MATCH_LINK_DAYS, default 60 days. */
export const DEFAULT_LINK_TTL_MS = 60 * 86_400_000;

export type ParticipantTokens = Record<MatchRole, string>;

export interface LifecycleClock {
  now: Date;
  linkTtlMs: number;
}

/** Runs after the match and its links are written, in the same transaction (the mails). */
export type ProposalHook = (
  tx: Queryable,
  match: StoredMatch,
  tokens: ParticipantTokens,
) => Promise<void>;

/** Stores a proposed match with its history row and both links; undefined when already matched. */
export async function proposeMatch(
  database: Database,
  input: Omit<NewMatch, 'status' | 'createdAt'>,
  { now, linkTtlMs }: LifecycleClock,
  afterPropose?: ProposalHook,
): Promise<{ match: StoredMatch; tokens: ParticipantTokens } | undefined> {
  return database.transaction(async (tx) => {
    const match = await insertMatch(tx, { ...input, status: 'proposed', createdAt: now });
    if (!match) return undefined;
    await recordMatchEvent(tx, {
      matchId: match.id,
      actor: 'coordinator',
      action: 'proposed',
      toStatus: 'proposed',
      at: now,
    });
    const expiresAt = new Date(now.getTime() + linkTtlMs);
    const tokens: ParticipantTokens = {
      mentor: await createMatchLink(tx, match.id, 'mentor', now, expiresAt),
      mentee: await createMatchLink(tx, match.id, 'mentee', now, expiresAt),
    };
    await afterPropose?.(tx, match, tokens);
    return { match, tokens };
  });
}

export type StepResult =
  | { kind: 'not-found' }
  | (StepOutcome & { kind: 'refused' })
  | { kind: 'unchanged' | 'changed'; match: StoredMatch; activated: boolean };

/** Runs after a step changed the match, in the same transaction (the jobs of a started match). */
export type StepHook = (tx: Queryable, match: StoredMatch, activated: boolean) => Promise<void>;

/** Takes one lifecycle step on the stored match. */
export async function applyStep(
  database: Database,
  matchId: string,
  actor: MatchActor,
  step: LifecycleStep,
  now: Date,
  reason?: string,
  afterChange?: StepHook,
): Promise<StepResult> {
  return database.transaction(async (tx) => {
    const match = await getMatchForUpdate(tx, matchId);
    if (!match) return { kind: 'not-found' };
    const outcome = takeStep(match, actor, step, now, reason);
    if (outcome.kind === 'refused') return outcome;
    if (outcome.kind === 'unchanged') return { kind: 'unchanged', match, activated: false };
    const next: StoredMatch = { ...match, ...outcome.next };
    await updateMatchState(tx, next);
    await recordMatchEvent(tx, {
      matchId,
      actor,
      action: outcome.action,
      fromStatus: match.status,
      toStatus: next.status,
      ...(reason ? { reason } : {}),
      at: now,
    });
    await afterChange?.(tx, next, outcome.activated);
    return { kind: 'changed', match: next, activated: outcome.activated };
  });
}

/**
 * Revokes the person's links and, unless `revokeOnly`, issues a new one (returned once, never
 * stored). Both are history rows: the coordinator did it, about that person.
 */
export async function replaceParticipantLink(
  database: Database,
  matchId: string,
  role: MatchRole,
  { now, linkTtlMs }: LifecycleClock,
  options: { revokeOnly: boolean; reason?: string },
  afterIssue?: (tx: Queryable, match: StoredMatch, token: string) => Promise<void>,
): Promise<{ kind: 'not-found' } | { kind: 'done'; token: string | undefined }> {
  return database.transaction(async (tx) => {
    const match = await getMatchForUpdate(tx, matchId);
    if (!match) return { kind: 'not-found' };
    await revokeMatchLinks(tx, matchId, role, now);
    const event = { matchId, actor: 'coordinator' as const, about: role, at: now };
    const reason = options.reason ? { reason: options.reason } : {};
    if (options.revokeOnly) {
      await recordMatchEvent(tx, { ...event, action: 'link-revoked', ...reason });
      return { kind: 'done', token: undefined };
    }
    const token = await createMatchLink(
      tx,
      matchId,
      role,
      now,
      new Date(now.getTime() + linkTtlMs),
    );
    await recordMatchEvent(tx, { ...event, action: 'link-reissued', ...reason });
    await afterIssue?.(tx, match, token);
    return { kind: 'done', token };
  });
}
