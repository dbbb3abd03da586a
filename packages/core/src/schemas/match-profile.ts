/**
 * One mentor–mentee match as `<mk-match-card>` shows it. Contact details are optional: a
 * backend sends them only to an audience allowed to see them.
 */
import * as z from 'zod/mini';
import {
  EmailSchema,
  IdentifierSchema,
  IsoDateTimeSchema,
  LanguageSkillSchema,
  MentoringGoalSchema,
  PhoneSchema,
  TEXT_LIMITS,
  WebUrlSchema,
  boundedList,
  boundedText,
} from './common.ts';

export const MATCH_STATUSES = ['proposed', 'active', 'paused', 'completed', 'closed'] as const;

/**
 * Why two people were matched: the kinds `scoreMatch` produces (keep the two in step), and
 * `other` for reasons a partner's own matching adds.
 */
export const MATCH_REASON_KINDS = [
  'profession',
  'industry',
  'language',
  'region',
  'goals',
  'availability',
  'capacity',
  'other',
] as const;

export const MatchParticipantSchema = z.object({
  displayName: boundedText(TEXT_LIMITS.short),
  /** Shown in the avatar when there is no photo. */
  initials: z.string().check(z.minLength(1), z.maxLength(3), z.regex(/^\S+$/)),
  avatarUrl: z.optional(WebUrlSchema),
  profession: boundedText(TEXT_LIMITS.short),
  industry: boundedText(TEXT_LIMITS.short),
  region: boundedText(TEXT_LIMITS.short),
  languages: boundedList(LanguageSkillSchema),
  /** A mentee's goals. */
  goals: z.optional(boundedList(MentoringGoalSchema)),
  /** What a mentor can help with, in the same vocabulary as goals. */
  expertise: z.optional(boundedList(MentoringGoalSchema)),
  email: z.optional(EmailSchema),
  phone: z.optional(PhoneSchema),
});

/**
 * The occupation group two people share (issue 16): an SSYK 2012 code of 1 to 4 digits (the
 * level where their occupations meet: 2211 is a unit group, 22 a sub-major group) and its name
 * in the languages the classification has, so a card shows it in its reader's language.
 */
export const MatchOccupationGroupSchema = z.object({
  code: z.string().check(z.regex(/^\d{1,4}$/)),
  names: z.object({
    sv: z.optional(boundedText(TEXT_LIMITS.short)),
    en: z.optional(boundedText(TEXT_LIMITS.short)),
  }),
});

export const MatchProfileReasonSchema = z.object({
  kind: z.enum(MATCH_REASON_KINDS),
  /** Already in the reader's language: written by the backend or by `scoreMatch`. */
  label: boundedText(TEXT_LIMITS.short),
  /** The reason's share of the score, 0 to 1 (a `scoreMatch` reason's `contribution`). */
  weight: z.number().check(z.gte(0), z.lte(1)),
  /** A profession reason: the occupation group both share, when both are classified. */
  occupationGroup: z.optional(MatchOccupationGroupSchema),
});

export const MATCH_ROLES = ['mentor', 'mentee'] as const;

/**
 * Where a participant's card sends an answer: an absolute http(s) URL, or a path on the origin
 * the profile came from (`/api/…`), resolved against the profile's URL. Never `//host` or a
 * backslash, which browsers would read as another origin.
 */
export const MatchActionUrlSchema = z
  .string()
  .check(z.maxLength(TEXT_LIMITS.url), z.regex(/^(?:https?:\/\/[^\s/\\]+)?\/(?![/\\])[^\s\\]*$/));

/** The answers a participant's card may send, each a URL to POST to (none: the card only fires events). */
export const MatchActionsSchema = z.object({
  accept: z.optional(MatchActionUrlSchema),
  /** Takes `{ "reason": "…" }` (optional, up to 500 characters). */
  decline: z.optional(MatchActionUrlSchema),
});

const MeetingCountSchema = z.int().check(z.minimum(0), z.maximum(1000));

export const MatchProfileSchema = z.object({
  id: IdentifierSchema,
  status: z.enum(MATCH_STATUSES),
  mentor: MatchParticipantSchema,
  mentee: MatchParticipantSchema,
  score: z.optional(z.number().check(z.gte(0), z.lte(1))),
  reasons: boundedList(MatchProfileReasonSchema),
  startedAt: z.optional(IsoDateTimeSchema),
  plannedMeetings: z.optional(MeetingCountSchema),
  meetingsHeld: z.optional(MeetingCountSchema),
  nextMeeting: z.optional(IsoDateTimeSchema),
  /** Who has accepted a proposal so far (participant and coordinator audiences). */
  acceptedBy: z.optional(z.array(z.enum(MATCH_ROLES)).check(z.maxLength(2))),
  /** Whose card this is (participant audience): that person's own link opened it. */
  viewer: z.optional(z.enum(MATCH_ROLES)),
  /** Where the card sends the viewer's answer (participant audience, while proposed). */
  actions: z.optional(MatchActionsSchema),
});

export type MatchStatus = (typeof MATCH_STATUSES)[number];
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];
export type MatchParticipant = z.infer<typeof MatchParticipantSchema>;
export type MatchProfileReason = z.infer<typeof MatchProfileReasonSchema>;
export type MatchOccupationGroup = z.infer<typeof MatchOccupationGroupSchema>;
export type MatchProfile = z.infer<typeof MatchProfileSchema>;
export type MatchRole = (typeof MATCH_ROLES)[number];
export type MatchActions = z.infer<typeof MatchActionsSchema>;
