/**
 * A partner's extra questions (the `questions` property): their definition, its validation,
 * and the checks on the answers that the data contract cannot know (which questions are
 * required, which options exist). A definition that fails validation is left out of the form
 * and reported, in the form and in the console, instead of breaking the form.
 */
import * as z from 'zod/mini';
import { IdentifierSchema, SUPPORTED_LOCALES, TEXT_LIMITS, fieldPath } from '@mentorkit/core';
import type { Answer } from '@mentorkit/core';

export const QUESTION_TYPES = [
  'text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'yes-no',
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

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

export const QuestionSchema = z
  .strictObject({
    id: IdentifierSchema,
    type: z.enum(QUESTION_TYPES),
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

export type LocalisedText = z.infer<typeof LocalisedTextSchema>;
export type Question = z.infer<typeof QuestionSchema>;

export interface QuestionProblem {
  /** Where in the `questions` value, `2.options.0.value`; `` for the value itself. */
  readonly path: string;
  readonly message: string;
}

export interface ParsedQuestions {
  readonly questions: Question[];
  readonly problems: QuestionProblem[];
}

/**
 * The valid questions of `value` and what is wrong with the rest. Never throws: a value that
 * is not an array, a question that fails the schema and a repeated id are each a problem.
 */
export function parseQuestions(value: unknown): ParsedQuestions {
  if (value === undefined || value === null) return { questions: [], problems: [] };
  if (!Array.isArray(value)) {
    return { questions: [], problems: [{ path: '', message: 'questions must be an array' }] };
  }
  const questions: Question[] = [];
  const problems: QuestionProblem[] = [];
  const ids = new Set<string>();
  value.slice(0, 50).forEach((candidate: unknown, index) => {
    const result = QuestionSchema.safeParse(candidate);
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
  questions: readonly Question[],
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

/** The partner's questions for the form: the usable ones; the others are reported to the page's developer. */
export function readPartnerQuestions(value: unknown): ParsedQuestions {
  const parsed = parseQuestions(value);
  if (parsed.problems.length > 0) {
    console.error(
      '[mentorkit] <mk-signup-form> left out questions it could not use:',
      parsed.problems,
    );
  }
  return parsed;
}
