/**
 * Checks a `MatchProfile` against the data contract's schema (zod/mini). Loaded with
 * `import()` from match-card.ts, so the card's entry carries neither zod nor the schema: they
 * arrive while the card shows its loading state.
 */
import { MatchProfileSchema } from '@mentorkit/core';
import type { MatchProfile } from '@mentorkit/core';

/** The profile, or a throw that the data controller turns into the `invalid` error state. */
export function validateProfile(body: unknown): MatchProfile {
  return MatchProfileSchema.parse(body);
}
