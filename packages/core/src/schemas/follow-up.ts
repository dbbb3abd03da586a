/**
 * The follow-up of a match's outcome, months after it started (issue 17): what
 * `<mk-follow-up>` loads (the questionnaire: whose, which round) and what it sends back (the
 * answers). The mentee's questions are the ones a funder's report counts (work situation,
 * hours, since when, how much the mentoring helped); the mentor's are shorter.
 */
import * as z from 'zod/mini';
import {
  IsoDateTimeSchema,
  LocaleSchema,
  TEXT_LIMITS,
  boundedText,
  optionalText,
} from './common.ts';
import { MATCH_ROLES } from './match-profile.ts';

/**
 * The mentee's work situation. `qualified-job`: a job in their own field or one that asks for
 * their qualifications, what "in qualified jobs" means in a funder's report.
 */
export const WORK_SITUATIONS = [
  'qualified-job',
  'other-job',
  'studies',
  'looking',
  'other',
] as const;

/** How much the mentoring helped, from the answerer's side. */
export const MENTORING_HELP_LEVELS = ['a-lot', 'some', 'a-little', 'not-at-all'] as const;

/** The mentor's view of whether the two still meet. */
export const STILL_MEETING_ANSWERS = ['yes', 'sometimes', 'no'] as const;

/** Whether the mentor would take a mentee again. */
export const MENTOR_AGAIN_ANSWERS = ['yes', 'maybe', 'no'] as const;

/** Hours a week: more than 80 is a typing mistake. */
export const MAX_WEEKLY_HOURS = 80;

/** A month, `YYYY-MM` ("since when"). */
export const IsoMonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** Months after the match started: 3, 6 and 12 by default, a programme may choose others. */
export const FollowUpRoundSchema = z.int().check(z.minimum(1), z.maximum(60));

/** What the widget loads from its `src`: whose questionnaire and which round. */
export const FollowUpQuestionnaireSchema = z.object({
  role: z.enum(MATCH_ROLES),
  monthsAfterStart: FollowUpRoundSchema,
  /** The programme's name, shown in the heading ("Your mentoring in …"). */
  programmeName: z.optional(boundedText(TEXT_LIMITS.short)),
  /** The answerer's language, when the backend knows it (the widget's `lang` wins). */
  locale: z.optional(LocaleSchema),
  /** Until when answers are taken. */
  expiresAt: z.optional(IsoDateTimeSchema),
  /** Set once answered: the widget shows the thanks, and may let the person change the answer. */
  answeredAt: z.optional(IsoDateTimeSchema),
});

/** Optional; may be empty (a form sends its empty field). */
const commentSchema = z.optional(optionalText(TEXT_LIMITS.long));

export const MenteeFollowUpAnswersSchema = z.strictObject({
  role: z.literal('mentee'),
  workSituation: z.enum(WORK_SITUATIONS),
  /** Hours a week in that job or those studies (not asked when looking or other). */
  weeklyHours: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_WEEKLY_HOURS))),
  /** Since when (not asked when looking or other). */
  since: z.optional(IsoMonthSchema),
  helped: z.enum(MENTORING_HELP_LEVELS),
  comment: commentSchema,
});

export const MentorFollowUpAnswersSchema = z.strictObject({
  role: z.literal('mentor'),
  stillMeeting: z.enum(STILL_MEETING_ANSWERS),
  helped: z.enum(MENTORING_HELP_LEVELS),
  mentorAgain: z.enum(MENTOR_AGAIN_ANSWERS),
  comment: commentSchema,
});

/** What the widget POSTs to its `endpoint` (JSON), one of the two by `role`. */
export const FollowUpAnswersSchema = z.discriminatedUnion('role', [
  MenteeFollowUpAnswersSchema,
  MentorFollowUpAnswersSchema,
]);

export type WorkSituation = (typeof WORK_SITUATIONS)[number];
export type MentoringHelpLevel = (typeof MENTORING_HELP_LEVELS)[number];
export type StillMeetingAnswer = (typeof STILL_MEETING_ANSWERS)[number];
export type MentorAgainAnswer = (typeof MENTOR_AGAIN_ANSWERS)[number];
export type FollowUpQuestionnaire = z.infer<typeof FollowUpQuestionnaireSchema>;
export type MenteeFollowUpAnswers = z.infer<typeof MenteeFollowUpAnswersSchema>;
export type MentorFollowUpAnswers = z.infer<typeof MentorFollowUpAnswersSchema>;
export type FollowUpAnswers = z.infer<typeof FollowUpAnswersSchema>;
