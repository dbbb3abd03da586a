/**
 * The template of one of the partner's questions. They are read (and bad ones left out) by
 * checks.ts, so they never render before it is in, and their template comes with it rather
 * than with the form's first load (docs/decisions/0007).
 */
import type { TemplateResult } from 'lit';
import { localisedText } from './localised-text.ts';
import type { Question } from './questions.ts';
import { choices, textArea, textInput } from './render-fields.ts';
import type { FieldContext, FieldFrame } from './render-fields.ts';

/** One of the partner's questions, labelled in the form's language. */
export function renderQuestion(question: Question, context: FieldContext): TemplateResult {
  const frame: FieldFrame = {
    path: `answers.${question.id}`,
    label: localisedText(question.label, context.lang),
    optional: !question.required,
    hint: question.hint ? localisedText(question.hint, context.lang) : undefined,
  };
  const options = (question.options ?? []).map((option) => ({
    value: option.value,
    label: localisedText(option.label, context.lang),
  }));
  switch (question.type) {
    case 'text':
      return textInput(frame, 'text', context, { maxLength: 1000 });
    case 'long-text':
      return textArea(frame, context, 5000);
    case 'single-choice':
      return choices('radio', frame, options, context);
    case 'multiple-choice':
      return choices('checkbox', frame, options, context);
    case 'yes-no':
      return choices(
        'radio',
        frame,
        [
          { value: 'yes', label: context.msg('signupYes') },
          { value: 'no', label: context.msg('signupNo') },
        ],
        context,
      );
  }
}
