/**
 * Validation of the whole form through the ONE schema of the data contract,
 * `SignupSubmissionSchema` from `@mentorkit/core`, plus the partner's question rules; each
 * issue becomes a localisable message at the field its path names. Server field errors
 * (`problem+json`) arrive by the same paths, so both land on the same fields.
 */
import { SignupSubmissionSchema, fieldPath } from '@mentorkit/core';
import type { SignupSubmission } from '@mentorkit/core';
import { buildSubmission } from './build-submission.ts';
import type { SubmissionContext } from './build-submission.ts';
import { isEmptyValue } from './form-values.ts';
import type { FormValues } from './form-values.ts';
import { answerIssues } from './questions.ts';
import { fieldForPath } from '../shared/send/field-for-path.ts';
import { CONSENT_PATH } from './field-paths.ts';
import { REQUIRED_CHOICES, SLOTS_PATH } from './matching-fields.ts';
import type { SignupMessageKey } from './locales/sv.ts';

/** How a field is answered, which decides the wording of "missing". */
export type AnswerShape = 'text' | 'choice' | 'choices';

/** A message for a field: from our catalogue (with its parameter), or a server's own words. */
export type FieldError =
  | { readonly key: Exclude<SignupMessageKey, 'signupErrorTooLong' | 'signupErrorTooMany'> }
  | { readonly key: 'signupErrorTooLong' | 'signupErrorTooMany'; readonly max: number }
  | { readonly text: string };

/** The essentials of a zod issue, and of our own answer issues. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly maximum?: unknown;
  readonly origin?: unknown;
}

export interface ValidationResult {
  /** The valid submission, when there are no errors. */
  readonly submission?: SignupSubmission;
  /** Field path → its first error, in the order of `fields`. */
  readonly errors: Map<string, FieldError>;
}

const SPECIFIC: Readonly<Record<string, SignupMessageKey>> = {
  'person.email': 'signupErrorEmail',
  'person.phone': 'signupErrorPhone',
  'profile.yearsOfExperience': 'signupErrorYears',
  'profile.languages': 'signupErrorLanguageLevel',
};

/** The message for `issue` at `field`, whose value is `value`. */
export function messageFor(
  field: string,
  issue: IssueLike,
  values: FormValues,
  shapes: ReadonlyMap<string, AnswerShape>,
): FieldError {
  if (field === CONSENT_PATH) return { key: 'signupErrorConsent' };
  if (isEmptyValue(values[field])) {
    const shape = shapes.get(field) ?? 'text';
    if (shape === 'choices') return { key: 'signupErrorChooseSome' };
    if (shape === 'choice') return { key: 'signupErrorChoose' };
    return { key: 'signupErrorRequired' };
  }
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return issue.origin === 'array'
      ? { key: 'signupErrorTooMany', max: issue.maximum }
      : { key: 'signupErrorTooLong', max: issue.maximum };
  }
  const specific = SPECIFIC[field];
  if (specific) return { key: specific } as FieldError;
  if (issue.code === 'invalid_value') return { key: 'signupErrorChoose' };
  return { key: 'signupErrorInvalid' };
}

/**
 * Paths of the contract the form writes from another field: an issue there is shown at that
 * field. The free-text `availability` is written from the chosen slots (build-submission.ts).
 */
const WRITTEN_FROM: Readonly<Record<string, string>> = {
  'profile.availability': SLOTS_PATH,
};

/**
 * The choices matching needs: optional in the contract (signups sent before the form asked
 * them stay valid), but the form asks for at least one wherever it shows them.
 */
function missingChoices(values: FormValues, shown: ReadonlyMap<string, AnswerShape>): IssueLike[] {
  return REQUIRED_CHOICES.filter((path) => shown.has(path) && isEmptyValue(values[path])).map(
    (path) => ({ path: path.split('.'), code: 'too_small' }),
  );
}

/**
 * Validates `values` as a submission of `context`. `shapes` lists every field the form shows
 * (path → how it is answered); an issue on a path no field shows is reported under `''`.
 */
export function validateForm(
  values: FormValues,
  context: SubmissionContext,
  shapes: ReadonlyMap<string, AnswerShape>,
): ValidationResult {
  const candidate = buildSubmission(values, context);
  const result = SignupSubmissionSchema.safeParse(candidate);
  const issues: IssueLike[] = result.success ? [] : [...result.error.issues];
  const answers =
    (candidate as { answers?: Record<string, string | string[] | boolean> }).answers ?? {};
  issues.push(...answerIssues(context.questions, answers), ...missingChoices(values, shapes));

  const fields = [...shapes.keys(), CONSENT_PATH];
  const found = new Map<string, FieldError>();
  for (const issue of issues) {
    const path = fieldPath(issue.path);
    const field = fieldForPath(WRITTEN_FROM[path] ?? path, fields) ?? '';
    if (!found.has(field)) found.set(field, messageFor(field, issue, values, shapes));
  }
  // In the order the form shows them, so the error summary reads top to bottom.
  const errors = new Map<string, FieldError>();
  for (const field of [...fields, '']) {
    const error = found.get(field);
    if (error) errors.set(field, error);
  }
  if (errors.size === 0 && result.success) return { submission: result.data, errors };
  return { errors };
}
