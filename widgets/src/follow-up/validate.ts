/**
 * Checks the follow-up's data through the ONE schema of each (`@mentorkit/core`): the
 * questionnaire the widget loads, and the answers it sends, each issue becoming a localised
 * message at its question. Comes with checks.ts (zod/mini), never in the widget's entry.
 */
import { FollowUpAnswersSchema, FollowUpQuestionnaireSchema } from '@mentorkit/core';
import type { FollowUpAnswers, FollowUpQuestionnaire } from '@mentorkit/core';
import { fieldForPath } from '../shared/send/field-for-path.ts';
import type { ServerFieldError } from '../shared/send/problem.ts';
import { buildAnswers, sinceValue } from './answers.ts';
import type { FieldError } from './field-error.ts';
import { COMMENT_MAX_LENGTH, MAX_HOURS, REQUIRED_FIELDS, shownFields } from './questions.ts';
import type { FollowUpField, FollowUpRole, FollowUpValues } from './questions.ts';

/** The questionnaire, or a throw that the data controller shows as data that cannot be read. */
export function validateQuestionnaire(body: unknown): FollowUpQuestionnaire {
  return FollowUpQuestionnaireSchema.parse(body);
}

/** The questionnaire a server sent back after storing the answers, when it is one. */
export function storedQuestionnaire(body: unknown): FollowUpQuestionnaire | undefined {
  const result = FollowUpQuestionnaireSchema.safeParse(body);
  return result.success ? result.data : undefined;
}

export interface AnswersCheck {
  /** The valid answers, when there are no errors. */
  readonly answers?: FollowUpAnswers;
  /** Question → its error, in the order the questions are shown. */
  readonly errors: Map<string, FieldError>;
}

function messageFor(field: string, code: string): FieldError {
  if (REQUIRED_FIELDS.has(field as FollowUpField)) return { key: 'followUpErrorChoose' };
  if (field === 'weeklyHours') return { key: 'followUpErrorHours', max: MAX_HOURS };
  if (field === 'comment' && code === 'too_big')
    return { key: 'followUpErrorTooLong', max: COMMENT_MAX_LENGTH };
  return { key: 'followUpErrorInvalid' };
}

/** In the order the questions are shown; what belongs to none under `''` at the end. */
function ordered(
  found: Map<string, FieldError>,
  fields: readonly string[],
): Map<string, FieldError> {
  const errors = new Map<string, FieldError>();
  for (const field of [...fields, '']) {
    const error = found.get(field);
    if (error) errors.set(field, error);
  }
  return errors;
}

/** Checks what the form holds as `role`'s answers; `today` decides what "the future" is. */
export function validateAnswers(
  role: FollowUpRole,
  values: FollowUpValues,
  today: Date = new Date(),
): AnswersCheck {
  const fields = shownFields(role, values);
  const result = FollowUpAnswersSchema.safeParse(buildAnswers(role, values));
  const found = new Map<string, FieldError>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldForPath(String(issue.path[0] ?? ''), fields) ?? '';
      if (!found.has(field)) found.set(field, messageFor(field, issue.code));
    }
  }
  if (fields.includes('since')) {
    const since = sinceValue(values);
    const thisMonth = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
    if (since === null) found.set('since', { key: 'followUpErrorSince' });
    else if (since !== undefined && since > thisMonth)
      found.set('since', { key: 'followUpErrorSinceFuture' });
  }
  const errors = ordered(found, fields);
  return result.success && errors.size === 0 ? { answers: result.data, errors } : { errors };
}

/** The server's field errors (a 422's `errors`), each at the question it names, in its words. */
export function serverErrors(
  errors: readonly ServerFieldError[],
  role: FollowUpRole,
  values: FollowUpValues,
): Map<string, FieldError> {
  const fields = shownFields(role, values);
  const found = new Map<string, FieldError>();
  for (const error of errors) {
    const field = fieldForPath(error.field, fields) ?? '';
    if (!found.has(field)) found.set(field, { text: error.detail });
  }
  if (found.size === 0) found.set('', { key: 'followUpErrorInvalid' });
  return ordered(found, fields);
}
