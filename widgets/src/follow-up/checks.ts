/**
 * Everything of `<mk-follow-up>` that its entry does not carry: the questionnaire's and the
 * answers' checks against core's schemas (zod/mini) and the whole submit with sending. Loaded
 * with `import()` as the widget connects, while the questionnaire is fetched; the questionnaire
 * is shown once it has been checked, so the form never appears without its checks.
 */
export { validateQuestionnaire } from './validate.ts';
export { submitFollowUp } from './submit.ts';
