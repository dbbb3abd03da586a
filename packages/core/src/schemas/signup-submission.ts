/**
 * What `<mk-signup-form>` sends to a partner's endpoint: one mentor or mentee signing up.
 *
 * Privacy by design: there is no field, and because the objects are strict no room, for
 * ethnicity, religion, health, union membership or a personal identity number. Country of
 * birth and mother tongue are optional and asked only with their purpose stated.
 */
import * as z from 'zod/mini';
import {
  CountryCodeSchema,
  EmailSchema,
  IdentifierSchema,
  IsoDateTimeSchema,
  LanguageCodeSchema,
  LanguageSkillSchema,
  LocaleSchema,
  MAX_LIST_ITEMS,
  MentoringGoalSchema,
  PhoneSchema,
  TEXT_LIMITS,
  WebUrlSchema,
  boundedList,
  boundedText,
  optionalText,
} from './common.ts';
import { OccupationSchema } from './occupation.ts';
import {
  AVAILABILITY_SLOTS,
  MAX_MENTOR_CAPACITY,
  MEETING_MODES,
  SWEDISH_LEVELS,
} from './vocabulary.ts';

export const SIGNUP_KINDS = ['mentor', 'mentee'] as const;

export { SWEDISH_LEVELS };

export const SwedishLevelSchema = z.enum(SWEDISH_LEVELS);

export const PersonSchema = z.strictObject({
  name: boundedText(TEXT_LIMITS.short),
  email: EmailSchema,
  phone: z.optional(PhoneSchema),
});

/** Asked of both, never required: each form field states why it is asked. */
const optionalOrigin = {
  countryOfBirth: z.optional(CountryCodeSchema),
  motherTongue: z.optional(LanguageCodeSchema),
};

/** A list of distinct choices from `values`. */
function choices<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.array(z.enum(values)).check(
    z.maxLength(values.length),
    z.refine((list) => new Set(list).size === list.length, { message: 'Each choice once' }),
  );
}

/**
 * What matching reads, as codes and choices rather than words (issue 16). Optional, so that
 * signups sent before the form asked them stay valid; `profession` and `availability` keep the
 * person's own words beside them.
 */
const matchingFields = {
  /** The classified occupation (for a mentee: the one they bring); its text repeats `profession`. */
  occupation: z.optional(OccupationSchema),
  availabilitySlots: z.optional(choices(AVAILABILITY_SLOTS)),
  meetingModes: z.optional(choices(MEETING_MODES)),
};

export const MentorProfileSchema = z.strictObject({
  /** Workplace or organisation. */
  organisation: boundedText(TEXT_LIMITS.short),
  profession: boundedText(TEXT_LIMITS.short),
  industry: boundedText(TEXT_LIMITS.short),
  yearsOfExperience: z.int().check(z.minimum(0), z.maximum(70)),
  languages: boundedList(LanguageSkillSchema, 1),
  /** In the person's words, e.g. "weekday evenings, twice a month". */
  availability: boundedText(TEXT_LIMITS.medium),
  region: boundedText(TEXT_LIMITS.short),
  motivation: boundedText(TEXT_LIMITS.long),
  /** What the mentor can help with (the goals' vocabulary). */
  expertise: z.optional(boundedList(MentoringGoalSchema)),
  /** How many mentees the mentor can take at once. */
  capacity: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_MENTOR_CAPACITY))),
  ...matchingFields,
  ...optionalOrigin,
});

export const MenteeProfileSchema = z.strictObject({
  /** Profession or education, in the person's words. */
  profession: boundedText(TEXT_LIMITS.short),
  desiredField: boundedText(TEXT_LIMITS.short),
  swedishLevel: SwedishLevelSchema,
  languages: boundedList(LanguageSkillSchema, 1),
  goals: boundedList(MentoringGoalSchema, 1),
  availability: boundedText(TEXT_LIMITS.medium),
  region: boundedText(TEXT_LIMITS.short),
  ...matchingFields,
  ...optionalOrigin,
});

/** An answer to a partner's extra question: text, chosen options, or yes/no. */
export const AnswerSchema = z.union([
  optionalText(TEXT_LIMITS.long),
  boundedList(boundedText(TEXT_LIMITS.short)),
  z.boolean(),
]);

export const ConsentSchema = z.strictObject({
  /** The privacy notice the person was shown and linked to. */
  privacyUrl: WebUrlSchema,
  acceptedAt: IsoDateTimeSchema,
});

const submissionFields = {
  /** The `programme` attribute, for partners running several programmes on one endpoint. */
  programmeId: z.optional(IdentifierSchema),
  /** The training the person signed up for from `<mk-training-calendar>`. */
  trainingUid: z.optional(boundedText(TEXT_LIMITS.short)),
  person: PersonSchema,
  /** Answers keyed by question id; at most as many as a list may hold (not in JSON Schema). */
  answers: z.record(IdentifierSchema, AnswerSchema).check(
    z.refine((answers) => Object.keys(answers).length <= MAX_LIST_ITEMS, {
      message: `At most ${MAX_LIST_ITEMS} answers`,
    }),
  ),
  consent: ConsentSchema,
  /** The language the form was filled in, so the partner can answer in it. */
  locale: LocaleSchema,
  submittedAt: IsoDateTimeSchema,
  /** Stable across retries; also sent as the `Idempotency-Key` header. */
  draftId: z.uuid(),
};

export const MentorSignupSchema = z.strictObject({
  kind: z.literal('mentor'),
  profile: MentorProfileSchema,
  ...submissionFields,
});

export const MenteeSignupSchema = z.strictObject({
  kind: z.literal('mentee'),
  profile: MenteeProfileSchema,
  ...submissionFields,
});

export const SignupSubmissionSchema = z.discriminatedUnion('kind', [
  MentorSignupSchema,
  MenteeSignupSchema,
]);

export type SignupKind = (typeof SIGNUP_KINDS)[number];
export type SwedishLevel = z.infer<typeof SwedishLevelSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type MentorProfile = z.infer<typeof MentorProfileSchema>;
export type MenteeProfile = z.infer<typeof MenteeProfileSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type Consent = z.infer<typeof ConsentSchema>;
export type MentorSignup = z.infer<typeof MentorSignupSchema>;
export type MenteeSignup = z.infer<typeof MenteeSignupSchema>;
export type SignupSubmission = z.infer<typeof SignupSubmissionSchema>;
