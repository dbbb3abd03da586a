/**
 * The questions of the follow-up, per role, as the form shows them: which fields, in which
 * order, with which choices. Part of the widget's entry; the values are the data contract's
 * (`WORK_SITUATIONS` and siblings in `@mentorkit/core`, checked equal in questions.test.ts),
 * written out here so that the entry does not import the schemas (zod comes with checks.ts).
 */
import type {
  MentorAgainAnswer,
  MentoringHelpLevel,
  StillMeetingAnswer,
  WorkSituation,
} from '@mentorkit/core';
import type { FollowUpMessageKey } from './locales/sv.ts';

export type FollowUpRole = 'mentee' | 'mentor';

/** What the form holds: each control's value as typed or chosen, by its name. */
export type FollowUpValues = Readonly<Partial<Record<FollowUpControl, string>>>;

export type FollowUpControl =
  | 'workSituation'
  | 'weeklyHours'
  | 'sinceMonth'
  | 'sinceYear'
  | 'helped'
  | 'stillMeeting'
  | 'mentorAgain'
  | 'comment';

/** A question's path in the answers (`since` is written from two controls). */
export type FollowUpField =
  'workSituation' | 'weeklyHours' | 'since' | 'helped' | 'stillMeeting' | 'mentorAgain' | 'comment';

export interface Choice<Value extends string> {
  readonly value: Value;
  readonly labelKey: FollowUpMessageKey;
}

export const WORK_SITUATION_CHOICES = [
  { value: 'qualified-job', labelKey: 'followUpWorkQualifiedJob' },
  { value: 'other-job', labelKey: 'followUpWorkOtherJob' },
  { value: 'studies', labelKey: 'followUpWorkStudies' },
  { value: 'looking', labelKey: 'followUpWorkLooking' },
  { value: 'other', labelKey: 'followUpWorkOther' },
] as const satisfies readonly Choice<WorkSituation>[];

export const HELPED_CHOICES = [
  { value: 'a-lot', labelKey: 'followUpHelpedALot' },
  { value: 'some', labelKey: 'followUpHelpedSome' },
  { value: 'a-little', labelKey: 'followUpHelpedALittle' },
  { value: 'not-at-all', labelKey: 'followUpHelpedNotAtAll' },
] as const satisfies readonly Choice<MentoringHelpLevel>[];

export const STILL_MEETING_CHOICES = [
  { value: 'yes', labelKey: 'followUpStillMeetingYes' },
  { value: 'sometimes', labelKey: 'followUpStillMeetingSometimes' },
  { value: 'no', labelKey: 'followUpStillMeetingNo' },
] as const satisfies readonly Choice<StillMeetingAnswer>[];

export const MENTOR_AGAIN_CHOICES = [
  { value: 'yes', labelKey: 'followUpMentorAgainYes' },
  { value: 'maybe', labelKey: 'followUpMentorAgainMaybe' },
  { value: 'no', labelKey: 'followUpMentorAgainNo' },
] as const satisfies readonly Choice<MentorAgainAnswer>[];

/** The comment's limit: the contract's `TEXT_LIMITS.long` (checked equal in questions.test.ts). */
export const COMMENT_MAX_LENGTH = 5000;
/** The contract's `MAX_WEEKLY_HOURS`. */
export const MAX_HOURS = 80;

/** In a job or in studies, the mentee is asked for hours a week and since when. */
export function asksHoursAndSince(workSituation: string | undefined): boolean {
  return (
    workSituation === 'qualified-job' ||
    workSituation === 'other-job' ||
    workSituation === 'studies'
  );
}

/** The questions shown, in order, for `role` with these answers so far. */
export function shownFields(role: FollowUpRole, values: FollowUpValues): FollowUpField[] {
  if (role === 'mentor') return ['stillMeeting', 'helped', 'mentorAgain', 'comment'];
  return asksHoursAndSince(values.workSituation)
    ? ['workSituation', 'weeklyHours', 'since', 'helped', 'comment']
    : ['workSituation', 'helped', 'comment'];
}

/** The questions that must be answered (the others are marked optional). */
export const REQUIRED_FIELDS: ReadonlySet<FollowUpField> = new Set([
  'workSituation',
  'helped',
  'stillMeeting',
  'mentorAgain',
]);
