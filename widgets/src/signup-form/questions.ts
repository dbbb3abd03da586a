/**
 * A partner's extra questions (the `questions` property): their definition, its validation,
 * and the checks on the answers that the data contract cannot know (which questions are
 * required, which options exist). A definition that fails validation is left out of the form
 * and reported, in the form and in the console, instead of breaking the form.
 */
import {
  SIGNUP_QUESTION_TYPES,
  SignupQuestionSchema,
  answerIssues,
  parseSignupQuestions,
  type LocalisedLabel,
  type ParsedSignupQuestions,
  type SignupQuestion,
  type SignupQuestionProblem,
  type SignupQuestionType,
} from '@mentorkit/core';

// The definition is core's (the backend checks answers against the same); the form's names.
export const QUESTION_TYPES = SIGNUP_QUESTION_TYPES;
export const QuestionSchema = SignupQuestionSchema;
export const parseQuestions = parseSignupQuestions;
export { answerIssues };
export type QuestionType = SignupQuestionType;
export type LocalisedText = LocalisedLabel;
export type Question = SignupQuestion;
export type QuestionProblem = SignupQuestionProblem;
export type ParsedQuestions = ParsedSignupQuestions;

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
