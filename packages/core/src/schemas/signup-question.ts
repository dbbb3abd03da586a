/**
 * A programme's extra questions on the signup form (the form's `questions` property, and what
 * a backend configures per programme): their definition and the checks on the answers that
 * the submission's schema cannot know alone (which questions exist, which are required, which
 * options exist). One definition, so that the form asks and the backend accepts the same
 * (issue 20, item 7: an answer to a question nobody asked is refused, so no free key such as
 * `religion` or `health` can carry special-category data in).
 */
import * as z from 'zod/mini';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { IdentifierSchema, TEXT_LIMITS } from './common.ts';
import { fieldPath } from './field-path.ts';
import type { Answer } from './signup-submission.ts';

export const SIGNUP_QUESTION_TYPES = [
  'text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'yes-no',
] as const;

export type SignupQuestionType = (typeof SIGNUP_QUESTION_TYPES)[number];

const label = z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.medium), z.regex(/\S/));

/** Text in one language for all, or per language: `{ sv: 'Körkort?', en: 'Driving licence?' }`. */
const LocalisedTextSchema = z.union([
  label,
  z
    .partialRecord(z.enum(SUPPORTED_LOCALES), label)
    .check(z.refine((texts) => Object.keys(texts).length > 0, { message: 'No language given' })),
]);

const OptionSchema = z.strictObject({
  value: IdentifierSchema,
  label: LocalisedTextSchema,
});

export const SignupQuestionSchema = z
  .strictObject({
    id: IdentifierSchema,
    type: z.enum(SIGNUP_QUESTION_TYPES),
    label: LocalisedTextSchema,
    hint: z.optional(LocalisedTextSchema),
    required: z.optional(z.boolean()),
    options: z.optional(z.array(OptionSchema).check(z.minLength(1), z.maxLength(50))),
  })
  .check(
    z.refine(
      (question) =>
        (question.type === 'single-choice' || question.type === 'multiple-choice') ===
        (question.options !== undefined),
      { message: 'Choice questions need options; other questions have none', path: ['options'] },
    ),
  );

export type LocalisedLabel = z.infer<typeof LocalisedTextSchema>;
export type SignupQuestion = z.infer<typeof SignupQuestionSchema>;

export interface SignupQuestionProblem {
  /** Where in the `questions` value, `2.options.0.value`; `` for the value itself. */
  readonly path: string;
  readonly message: string;
}

export interface ParsedSignupQuestions {
  readonly questions: SignupQuestion[];
  readonly problems: SignupQuestionProblem[];
}

/**
 * The valid questions of `value` and what is wrong with the rest. Never throws: a value that
 * is not an array, a question that fails the schema and a repeated id are each a problem.
 */
export function parseSignupQuestions(value: unknown): ParsedSignupQuestions {
  if (value === undefined || value === null) return { questions: [], problems: [] };
  if (!Array.isArray(value)) {
    return { questions: [], problems: [{ path: '', message: 'questions must be an array' }] };
  }
  const questions: SignupQuestion[] = [];
  const problems: SignupQuestionProblem[] = [];
  const ids = new Set<string>();
  value.slice(0, 50).forEach((candidate: unknown, index) => {
    const result = SignupQuestionSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          path: fieldPath([index, ...issue.path]),
          message: `${issue.code}: ${issue.message}`,
        });
      }
      return;
    }
    if (ids.has(result.data.id)) {
      problems.push({ path: `${index}.id`, message: `Repeated question id "${result.data.id}"` });
      return;
    }
    ids.add(result.data.id);
    questions.push(result.data);
  });
  if (value.length > 50) problems.push({ path: '', message: 'At most 50 questions' });
  return { questions, problems };
}

/** An issue in the shape of a zod issue's essentials, so one mapper handles both. */
export interface AnswerIssue {
  readonly path: string[];
  readonly code: 'too_small' | 'invalid_value';
}

/** Required questions left unanswered, and choices that are not among a question's options. */
export function answerIssues(
  questions: readonly SignupQuestion[],
  answers: Readonly<Record<string, Answer>>,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const question of questions) {
    const answer = answers[question.id];
    const path = ['answers', question.id];
    if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) {
      if (question.required) issues.push({ path, code: 'too_small' });
      continue;
    }
    const allowed = question.options?.map((option) => option.value);
    if (allowed) {
      const chosen = Array.isArray(answer) ? answer : [answer];
      if (chosen.some((value) => typeof value !== 'string' || !allowed.includes(value))) {
        issues.push({ path, code: 'invalid_value' });
      }
    }
  }
  return issues;
}

/** An answer's key that is no question, or a value of the wrong shape for its question. */
export interface UnaskedAnswerIssue {
  readonly path: ['answers', string];
  readonly code: 'unrecognized_keys' | 'invalid_type';
}

/** Whether `answer` has the shape `type` asks for (the options are `answerIssues`'s). */
function fitsType(type: SignupQuestionType, answer: Answer): boolean {
  if (type === 'yes-no') return typeof answer === 'boolean';
  if (type === 'multiple-choice') return Array.isArray(answer);
  return typeof answer === 'string';
}

/**
 * Answers to no question among `questions`, and answers whose shape does not fit their
 * question (a list for a yes/no). With `answerIssues`, what a backend checks of a signup's
 * answers against the programme's questions.
 */
export function unaskedAnswerIssues(
  questions: readonly SignupQuestion[],
  answers: Readonly<Record<string, Answer>>,
): UnaskedAnswerIssue[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const issues: UnaskedAnswerIssue[] = [];
  for (const [key, answer] of Object.entries(answers)) {
    const question = byId.get(key);
    if (!question) issues.push({ path: ['answers', key], code: 'unrecognized_keys' });
    else if (!fitsType(question.type, answer)) {
      issues.push({ path: ['answers', key], code: 'invalid_type' });
    }
  }
  return issues;
}
