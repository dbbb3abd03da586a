// The match lifecycle as rules, without a database: which step each person may take from which
// status, and what it leads to. proposed → (both accept) active → paused / completed / closed;
// a decline by either ends a proposal (closed, history says `declined`); closing needs a reason.
// MatchStatus has no `declined` of its own: the contract's five statuses stay as partners'
// cards know them, and the history keeps why (docs/decisions/0016-match-lifecycle.md).
import type { MatchStatus } from '@mentorkit/core';
import type { MatchActor, MatchRole } from '../store/match-history.ts';
import type { StoredMatch } from '../store/matches.ts';

export type ParticipantStep = 'accept' | 'decline';
export type CoordinatorStep = 'activate' | 'pause' | 'complete' | 'close';
export type LifecycleStep = ParticipantStep | CoordinatorStep;

export const COORDINATOR_STEPS: readonly CoordinatorStep[] = [
  'activate',
  'pause',
  'complete',
  'close',
];

/** The status each coordinator step may start from, and where it leads. */
const COORDINATOR_RULES: Record<CoordinatorStep, { from: MatchStatus[]; to: MatchStatus }> = {
  // From proposed: both said yes some other way (a phone call); from paused: resumed.
  activate: { from: ['proposed', 'paused'], to: 'active' },
  pause: { from: ['active'], to: 'paused' },
  complete: { from: ['active', 'paused'], to: 'completed' },
  close: { from: ['proposed', 'active', 'paused'], to: 'closed' },
};

/** The history's word for each step. */
const ACTION: Record<LifecycleStep, string> = {
  accept: 'accepted',
  decline: 'declined',
  activate: 'activated',
  pause: 'paused',
  complete: 'completed',
  close: 'closed',
};

export type MatchState = Pick<
  StoredMatch,
  'status' | 'mentorAcceptedAt' | 'menteeAcceptedAt' | 'startedAt'
>;

export type StepOutcome =
  | {
      kind: 'changed';
      next: MatchState;
      action: string;
      /** Both have accepted: the match starts now. */
      activated: boolean;
    }
  /** The same answer again (a second click, a reloaded page): nothing changes, nothing fails. */
  | { kind: 'unchanged' }
  | { kind: 'refused'; why: 'not-allowed' | 'reason-required' | 'wrong-actor' };

const acceptedKey = (role: MatchRole) =>
  role === 'mentor' ? ('mentorAcceptedAt' as const) : ('menteeAcceptedAt' as const);

/** What `step` by `actor` does to `match` at `now`. */
export function takeStep(
  match: MatchState,
  actor: MatchActor,
  step: LifecycleStep,
  now: Date,
  reason: string | undefined,
): StepOutcome {
  if (step === 'accept' || step === 'decline') {
    if (actor === 'coordinator') return { kind: 'refused', why: 'wrong-actor' };
    return participantStep(match, actor, step, now);
  }
  if (actor !== 'coordinator') return { kind: 'refused', why: 'wrong-actor' };
  const rule = COORDINATOR_RULES[step];
  if (!rule.from.includes(match.status)) return { kind: 'refused', why: 'not-allowed' };
  if (step === 'close' && !reason) return { kind: 'refused', why: 'reason-required' };
  const next: MatchState = { ...match, status: rule.to };
  const activated = rule.to === 'active' && match.startedAt === undefined;
  if (activated) next.startedAt = now.toISOString();
  return { kind: 'changed', next, action: ACTION[step], activated };
}

function participantStep(
  match: MatchState,
  role: MatchRole,
  step: ParticipantStep,
  now: Date,
): StepOutcome {
  const mine = acceptedKey(role);
  if (step === 'accept') {
    if (match[mine] !== undefined && match.status !== 'closed') return { kind: 'unchanged' };
    if (match.status !== 'proposed') return { kind: 'refused', why: 'not-allowed' };
    const next: MatchState = { ...match, [mine]: now.toISOString() };
    const activated = next.mentorAcceptedAt !== undefined && next.menteeAcceptedAt !== undefined;
    if (activated) {
      next.status = 'active';
      next.startedAt = now.toISOString();
    }
    return { kind: 'changed', next, action: ACTION.accept, activated };
  }
  // A decline ends a proposal only: once active, ending it is the coordinator's step.
  if (match.status !== 'proposed') return { kind: 'refused', why: 'not-allowed' };
  return {
    kind: 'changed',
    next: { ...match, status: 'closed' },
    action: ACTION.decline,
    activated: false,
  };
}

/** Who has not answered a proposal yet (the coordinator view, reminders). */
export function waitingFor(match: MatchState): MatchRole[] {
  if (match.status !== 'proposed') return [];
  const roles: MatchRole[] = [];
  if (match.mentorAcceptedAt === undefined) roles.push('mentor');
  if (match.menteeAcceptedAt === undefined) roles.push('mentee');
  return roles;
}
