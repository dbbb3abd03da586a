/**
 * Everything of the form that its first render does not need: validating a submission against
 * core's `SignupSubmissionSchema` and the partner's questions against their schema (zod),
 * the whole submit with sending (submit.ts, send-signup.ts, server-errors.ts), and the summary
 * of what a failed submit or the server found wrong (render-error-summary.ts). Loaded with `import()` (load-checks.ts) as soon as
 * the form connects, so the form's entry carries neither zod, the schemas nor the sending code
 * and renders its fields at once; the partner's questions appear,
 * and a check on blur or submit runs, when this module has arrived (normally within a few ms,
 * long before the first field is filled in).
 */
export { validateForm } from './validation.ts';
export { readPartnerQuestions } from './questions.ts';
export { submitSignup } from './submit.ts';
export { fieldLabel, renderErrorSummary } from './render-error-summary.ts';
export { renderTrainingRefusal } from './render-training-refusal.ts';
// The fields matching needs and the occupation picker (issue 16): not in the form's first load.
export { withMatchingFields } from './matching-fields.ts';
export { renderFormField } from './render-form-field.ts';
export { renderQuestion } from './render-question.ts';
// Where to send without an `endpoint`: needed only on submit, so not in the form's entry.
export { apiUrl } from '../shared/api-base.ts';
