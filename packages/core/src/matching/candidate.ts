// What matching knows about a person: the parts of a signup that say whether two people fit.
// Kept apart from the display shapes (MatchProfile) so that matching never needs names or
// contact details.
import * as z from 'zod/mini';
import { LanguageLevelSchema, MentoringGoalSchema } from '../schemas/common.ts';
import { ISCO_CODE_PATTERN, SSYK_CODE_PATTERN } from '../schemas/occupation.ts';
import { AVAILABILITY_SLOTS, MEETING_MODES } from '../schemas/vocabulary.ts';

const shortText = z.string().check(z.maxLength(200));

export const CandidateLanguageSchema = z.object({
  code: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  level: LanguageLevelSchema,
});

export const MatchCandidateSchema = z.object({
  id: shortText,
  role: z.enum(['mentor', 'mentee']),
  /** Free-text profession (for a mentee: the profession or education they bring). */
  profession: shortText,
  /**
   * The classified occupation: job title, SSYK 2012 unit group, ISCO-08 codes. Matching compares
   * these level by level (occupation-fit.ts) and reads `profession` only when a side has none.
   */
  occupation: z.optional(
    z.object({
      titleId: z.optional(shortText),
      ssyk: z.optional(z.string().check(z.regex(SSYK_CODE_PATTERN))),
      isco08: z.optional(
        z.array(z.string().check(z.regex(ISCO_CODE_PATTERN))).check(z.maxLength(12)),
      ),
    }),
  ),
  /** ISCO-08 occupation code, from before `occupation`: read when `occupation` has no ISCO codes. */
  iscoCode: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
  industry: z.optional(shortText),
  languages: z.array(CandidateLanguageSchema).check(z.maxLength(30)),
  region: z.optional(shortText),
  municipality: z.optional(shortText),
  /** Mentee: what they want help with. Mentor: what they can help with. */
  goals: z.array(MentoringGoalSchema).check(z.maxLength(10)),
  availability: z.array(z.enum(AVAILABILITY_SLOTS)).check(z.maxLength(AVAILABILITY_SLOTS.length)),
  /** How they can meet; absent when not asked (then it neither helps nor hurts). */
  meetingModes: z.optional(z.array(z.enum(MEETING_MODES)).check(z.maxLength(MEETING_MODES.length))),
  /** Mentor only: how many mentees they take, and how many they have now. */
  capacity: z.optional(
    z.object({
      max: z.number().check(z.int(), z.minimum(0), z.maximum(50)),
      active: z.number().check(z.int(), z.minimum(0), z.maximum(50)),
    }),
  ),
});

export type CandidateLanguage = z.infer<typeof CandidateLanguageSchema>;
export type MatchCandidate = z.infer<typeof MatchCandidateSchema>;
export type CandidateOccupation = NonNullable<MatchCandidate['occupation']>;
