export { MkSignupForm } from './signup-form.ts';
export type {
  MkSignupSubmitDetail,
  MkSignupSuccessDetail,
  MkSignupErrorDetail,
  MkSignupSubmitEvent,
  MkSignupSuccessEvent,
  MkSignupErrorEvent,
} from './events.ts';
export type { Question, QuestionType, LocalisedText } from './questions.ts';
export { QUESTION_TYPES } from './questions.ts';
export type { OptionalField } from './fields.ts';
export { OPTIONAL_FIELDS } from './fields.ts';
export type { SignupEncoding } from './send-signup.ts';
export type { ServerFieldError } from '../shared/send/problem.ts';
export type { SignupMessages, SignupMessageKey } from './locales/sv.ts';
