// <mk-signup-form>: the node-side work behind its first render (every field's template, with the
// country and language lists) and behind a full-form validation through the core schema.
import { fieldsFor } from '../../widgets/src/signup-form/fields.ts';
import { renderField } from '../../widgets/src/signup-form/render-fields.ts';
import type { FieldContext, PlainKey } from '../../widgets/src/signup-form/render-fields.ts';
import { signupEn } from '../../widgets/src/signup-form/locales/en.ts';
import { signupMatchingEn } from '../../widgets/src/signup-form/matching-locales/en.ts';
import { validateForm } from '../../widgets/src/signup-form/validation.ts';
import type { AnswerShape } from '../../widgets/src/signup-form/validation.ts';
import { parseQuestions } from '../../widgets/src/signup-form/questions.ts';
import { toFormBody } from '../../widgets/src/signup-form/encode.ts';
import { MENTOR_VALUES, context } from '../../widgets/src/signup-form/testing/fixtures.ts';
import { defineBenchmarks } from './benchmark.ts';

const allOptional = ['phone', 'country-of-birth', 'mother-tongue'] as const;
const mentorFields = fieldsFor('mentor', allOptional);

const enMessages = { ...signupEn, ...signupMatchingEn };

const fieldContext: FieldContext = {
  lang: 'en',
  values: MENTOR_VALUES,
  errors: new Map(),
  msg: (key: PlainKey) => enMessages[key],
  languageLevel: (language) => `Level: ${language}`,
  errorText: () => '',
  optionalWord: 'optional',
};

const shapes = new Map<string, AnswerShape>(
  mentorFields.map((field) => [
    field.path,
    field.control === 'languages' || field.control === 'checkboxes' ? 'choices' : 'text',
  ]),
);

const questions = Array.from({ length: 20 }, (_, index) => ({
  id: `q${index}`,
  type: index % 2 ? 'text' : 'single-choice',
  label: { sv: `Fråga ${index}`, en: `Question ${index}` },
  ...(index % 2
    ? {}
    : {
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      }),
}));

const submission = validateForm(MENTOR_VALUES, context(), shapes).submission;

export default defineBenchmarks([
  {
    name: 'signup form: first render templates of a mentor form (all fields)',
    run: () => mentorFields.map((field) => renderField(field, fieldContext)),
    runs: 2_000,
  },
  {
    name: 'signup form: validate a complete mentor form (SignupSubmissionSchema)',
    run: () => validateForm(MENTOR_VALUES, context(), shapes),
    runs: 5_000,
  },
  {
    name: 'signup form: validate an empty mentor form (every field invalid)',
    run: () => validateForm({}, context(), shapes),
    runs: 5_000,
  },
  {
    name: 'signup form: parse 20 partner questions',
    run: () => parseQuestions(questions),
    runs: 5_000,
  },
  {
    name: 'signup form: urlencode a submission',
    run: () => toFormBody(submission),
    runs: 5_000,
  },
]);
