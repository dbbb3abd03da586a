/**
 * Everything of `<mk-follow-up>` that its entry does not carry: the questionnaire's and the
 * answers' checks against core's schemas (zod/mini), the whole submit with sending, and the
 * views of a loaded questionnaire (the form, the thanks, the note that it was answered) with
 * their styles. Loaded with `import()` as the widget connects, while the questionnaire is
 * fetched; the questionnaire is shown once it has been checked, so nothing waits for this
 * module that would not wait for the questionnaire.
 */
export { validateQuestionnaire } from './validate.ts';
export { submitFollowUp } from './submit.ts';
export { followUpStyles, renderAnswered, renderForm, renderThanks } from './render-form.ts';
