/**
 * A person's occupation as the signup form's picker stores it: the words they typed, and the
 * codes of the job title they chose, if any. A person whose job is not in the list still writes
 * it, and the signup is unclassified (no codes) until a coordinator classifies it.
 */
import * as z from 'zod/mini';
import { IdentifierSchema, TEXT_LIMITS, boundedText } from './common.ts';

// Here rather than in vocabulary.ts: only schemas check codes, and the signup form's first load
// carries vocabulary.ts (what it shares with its checks), not the schemas.
/** An SSYK 2012 unit-group code (Statistics Sweden's occupation classification, level 4). */
export const SSYK_CODE_PATTERN = /^\d{4}$/;
/** An ISCO-08 unit-group code (the ILO's international classification, level 4). */
export const ISCO_CODE_PATTERN = /^\d{4}$/;

/** ISCO-08 codes of one SSYK group: SCB's key gives at most a handful (11 for one manager group). */
const MAX_ISCO_CODES = 12;

export const OccupationSchema = z.strictObject({
  /** The job title chosen (a JobTech occupation-name id, or `scb:…`/`esco:…` from @mentorkit/occupations). */
  titleId: z.optional(IdentifierSchema),
  /** SSYK 2012 unit group, 4 digits. */
  ssyk: z.optional(z.string().check(z.regex(SSYK_CODE_PATTERN))),
  /** ISCO-08 unit groups, 4 digits each. */
  isco08: z.optional(
    z.array(z.string().check(z.regex(ISCO_CODE_PATTERN))).check(z.maxLength(MAX_ISCO_CODES)),
  ),
  /** What the person typed or chose, in their words. */
  text: boundedText(TEXT_LIMITS.short),
});

export type Occupation = z.infer<typeof OccupationSchema>;
