// A programme's extra questions on the signup form, configured in the backend (issue 20, item
// 7). The backend accepts an answer only to a question configured for the signup's programme,
// of the question's shape and among its options, so a free key (`religion`, `health`,
// `ethnicity`, `tradeUnion`…) cannot bring special-category data in. The partner's form takes
// its questions from the same place (GET /api/questions?programme=<id>), so both agree.
//
// The file (MENTORKIT_PROGRAMME_QUESTIONS, default questions.json beside this module):
//   { "withoutProgramme": [question…], "programmes": { "<programme id>": [question…] } }
// each question as the form's `questions` property takes it (core's SignupQuestionSchema).
// A programme not in the file has no questions: every answer to it is refused.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answerIssues,
  fieldPath,
  IdentifierSchema,
  parseSignupQuestions,
  unaskedAnswerIssues,
  type Answer,
  type SignupQuestion,
} from '@mentorkit/core';
import type { FieldError } from '../http/respond.ts';

export const DEFAULT_PROGRAMME_QUESTIONS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  'questions.json',
);

export interface ProgrammeQuestions {
  /** The questions of a programme (undefined: a signup sent without one); none when unknown. */
  questionsFor(programmeId: string | undefined): readonly SignupQuestion[];
}

/** No questions for any programme: every answer is refused. */
export const NO_PROGRAMME_QUESTIONS: ProgrammeQuestions = { questionsFor: () => [] };

/** The configuration from its JSON value; throws naming what is wrong (checked at start). */
export function programmeQuestionsFrom(
  value: unknown,
  source = 'the questions',
): ProgrammeQuestions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${source}: expected { "withoutProgramme": [...], "programmes": { ... } }.`);
  }
  const { withoutProgramme = [], programmes = {}, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) {
    throw new Error(`${source}: unknown key ${Object.keys(rest).join(', ')}.`);
  }
  if (typeof programmes !== 'object' || programmes === null || Array.isArray(programmes)) {
    throw new Error(`${source}: "programmes" must map programme ids to lists of questions.`);
  }
  const read = (list: unknown, where: string): SignupQuestion[] => {
    const parsed = parseSignupQuestions(list);
    const [problem] = parsed.problems;
    if (problem) throw new Error(`${source}: ${where} ${problem.path}: ${problem.message}`);
    return parsed.questions;
  };
  const byProgramme = new Map<string, SignupQuestion[]>();
  for (const [id, list] of Object.entries(programmes)) {
    if (!IdentifierSchema.safeParse(id).success) {
      throw new Error(`${source}: "${id}" is not a programme id.`);
    }
    byProgramme.set(id, read(list, `programmes.${id}`));
  }
  const without = read(withoutProgramme, 'withoutProgramme');
  return {
    questionsFor: (programmeId) =>
      programmeId === undefined ? without : (byProgramme.get(programmeId) ?? []),
  };
}

export function loadProgrammeQuestions(
  file = DEFAULT_PROGRAMME_QUESTIONS_FILE,
): ProgrammeQuestions {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `MENTORKIT_PROGRAMME_QUESTIONS: cannot read ${file}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return programmeQuestionsFrom(value, file);
}

const DETAIL = {
  unrecognized_keys: 'Not a question of this programme.',
  invalid_type: 'Not an answer of the kind this question asks.',
  invalid_value: 'Not one of the options of this question.',
} as const;

/**
 * What is wrong with a signup's answers for its programme's questions, one error per answer
 * (a key asked of no one is named, so the sender sees which). A required question left out is
 * not refused here: the form asks for it, and leaving an answer out stores nothing unasked.
 */
export function answerErrors(
  questions: readonly SignupQuestion[],
  answers: Readonly<Record<string, Answer>>,
): FieldError[] {
  const issues = [
    ...unaskedAnswerIssues(questions, answers),
    ...answerIssues(questions, answers).filter((issue) => issue.code === 'invalid_value'),
  ];
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const field = fieldPath(issue.path);
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, detail: DETAIL[issue.code as keyof typeof DETAIL] }];
  });
}
