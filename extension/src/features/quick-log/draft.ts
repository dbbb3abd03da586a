// The quick-log form's state and how it becomes a SessionLog: kept apart from the view so that
// node tests can check it.
import {
  SessionLogSchema,
  type SessionLog,
  type SessionMode,
  type SessionTopic,
} from '@mentorkit/core';
import type { Mentee } from '../../storage/session-store.ts';

export const DURATION_CHIPS = [15, 30, 45, 60, 90] as const;
export const DEFAULT_DURATION = 60;

export interface Draft {
  menteeAlias: string;
  date: string;
  startTime: string;
  /** A chip, or 'custom' with the minutes in `customMinutes`. */
  duration: number | 'custom';
  customMinutes: string;
  mode: SessionMode;
  topics: SessionTopic[];
  notes: string;
  /** "Share this note with the coordinator" (only then does the note leave the browser). */
  shareNote: boolean;
  rating: number | undefined;
  needsAttention: boolean;
  followUp: string;
  /** The day to be reminded of the follow-up (`YYYY-MM-DD`), or '' for none. */
  followUpOn: string;
}

/** A fresh entry: the mentee, duration and mode of the last session, today, nothing else. */
export function newDraft(today: string, last: SessionLog | undefined): Draft {
  const minutes = last?.durationMinutes ?? DEFAULT_DURATION;
  const chip = (DURATION_CHIPS as readonly number[]).includes(minutes);
  return {
    menteeAlias: last?.menteeAlias ?? '',
    date: today,
    startTime: '',
    duration: chip ? minutes : 'custom',
    customMinutes: chip ? '' : String(minutes),
    mode: last?.mode ?? 'in-person',
    topics: [],
    notes: '',
    shareNote: false,
    rating: undefined,
    needsAttention: false,
    followUp: '',
    followUpOn: '',
  };
}

export function draftOf(session: SessionLog): Draft {
  const chip = (DURATION_CHIPS as readonly number[]).includes(session.durationMinutes);
  return {
    menteeAlias: session.menteeAlias,
    date: session.date,
    startTime: session.startTime ?? '',
    duration: chip ? session.durationMinutes : 'custom',
    customMinutes: chip ? '' : String(session.durationMinutes),
    mode: session.mode,
    topics: [...session.topics],
    notes: session.notes,
    shareNote: session.shareNote ?? false,
    rating: session.rating,
    needsAttention: session.needsAttention,
    followUp: session.followUp ?? '',
    followUpOn: session.followUpOn ?? '',
  };
}

export type DraftProblem =
  'mentee' | 'date' | 'startTime' | 'duration' | 'followUp' | 'followUpOn' | 'notes';

export type DraftResult = { ok: true; session: SessionLog } | { ok: false; problem: DraftProblem };

export interface DraftContext {
  mentees: readonly Mentee[];
  /** The session being edited, if any. */
  editing?: SessionLog;
  now: Date;
  newId: () => string;
}

/** Turns the form into a valid SessionLog, or names the first field the mentor must fix. */
export function sessionFromDraft(draft: Draft, context: DraftContext): DraftResult {
  const alias = draft.menteeAlias.trim().replace(/\s+/g, ' ');
  if (!alias || alias.length > 100) return { ok: false, problem: 'mentee' };
  const minutes = draft.duration === 'custom' ? Number(draft.customMinutes.trim()) : draft.duration;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) {
    return { ok: false, problem: 'duration' };
  }
  const { editing, mentees, now } = context;
  const known =
    editing && editing.menteeAlias.toLowerCase() === alias.toLowerCase()
      ? { id: editing.menteeId }
      : mentees.find((mentee) => mentee.alias.toLowerCase() === alias.toLowerCase());
  const stamp = now.toISOString();
  const followUp = draft.followUp.trim();
  const candidate: SessionLog = {
    id: editing?.id ?? context.newId(),
    menteeId: known?.id ?? context.newId(),
    menteeAlias: alias,
    date: draft.date,
    ...(draft.startTime ? { startTime: draft.startTime } : {}),
    durationMinutes: minutes,
    mode: draft.mode,
    topics: [...draft.topics],
    notes: draft.notes,
    ...(draft.shareNote && draft.notes.trim() ? { shareNote: true } : {}),
    ...(draft.rating !== undefined ? { rating: draft.rating } : {}),
    needsAttention: draft.needsAttention,
    ...(followUp ? { followUp } : {}),
    // A reminder goes with a follow-up: without its text there is nothing to be reminded of.
    ...(followUp && draft.followUpOn ? { followUpOn: draft.followUpOn } : {}),
    createdAt: editing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
  const result = SessionLogSchema.safeParse(candidate);
  if (result.success) return { ok: true, session: result.data };
  const field = String(result.error.issues[0]?.path[0] ?? '');
  const problem: DraftProblem =
    field === 'date' ||
    field === 'startTime' ||
    field === 'followUp' ||
    field === 'followUpOn' ||
    field === 'notes'
      ? field
      : field === 'menteeAlias' || field === 'menteeId'
        ? 'mentee'
        : 'duration';
  return { ok: false, problem };
}
