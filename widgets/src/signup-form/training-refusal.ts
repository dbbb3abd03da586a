/**
 * A training the reference backend refused (full, cancelled, unknown, or another programme's than
 * the form's: a 422 whose `type` says which), with the next date it offers instead (`next`). Read from the problem's members and
 * bounded like every text from a server; a `next` is kept only when every part of it is sound.
 * Only the signup form sends to a training, so only its sending reads this.
 */
import { bounded, type Problem } from '../shared/send/problem.ts';

/** Why a training took no signup, with the date to offer instead when the server named one. */
export interface TrainingRefusal {
  readonly reason: 'full' | 'cancelled' | 'unknown' | 'other-programme';
  readonly next?: TrainingDate;
}

/** Another date of a training: what the form offers when the chosen one is full. */
export interface TrainingDate {
  readonly uid: string;
  readonly title: string;
  /** An ISO 8601 instant. */
  readonly start: string;
  readonly timeZone: string;
}

/** The problem types of a refused training, as the reference backend names them. */
const TRAINING_PROBLEM =
  /^https:\/\/mentorkit\.example\/problems\/training-(full|cancelled|unknown|other-programme)$/;

export function trainingRefusal(problem: Problem): TrainingRefusal | undefined {
  const { type, next } = problem.members;
  const reason = typeof type === 'string' ? TRAINING_PROBLEM.exec(type)?.[1] : undefined;
  if (
    reason !== 'full' &&
    reason !== 'cancelled' &&
    reason !== 'unknown' &&
    reason !== 'other-programme'
  )
    return undefined;
  if (typeof next !== 'object' || next === null) return { reason };
  const { uid, title, start, timeZone } = next as Record<string, unknown>;
  const date = {
    uid: bounded(uid),
    title: bounded(title),
    start: bounded(start),
    timeZone: bounded(timeZone),
  };
  if (!date.uid || !date.title || !date.start || !date.timeZone) return { reason };
  if (Number.isNaN(Date.parse(date.start)) || !isTimeZone(date.timeZone)) return { reason };
  return {
    reason,
    next: { uid: date.uid, title: date.title, start: date.start, timeZone: date.timeZone },
  };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
