/**
 * How the typed values (form-values.ts) become a `SignupSubmission`, by the same schema paths
 * the fields use. Only validation needs it, so it loads with the checks, after the first render.
 */
import type { Answer, Locale, SignupKind, SignupSubmission } from '@mentorkit/core';
import type { Question } from './questions.ts';
import { languagesValue, listValue, textValue } from './form-values.ts';
import type { FormValues } from './form-values.ts';
import { EXPERTISE_PATH, MODES_PATH, SLOTS_PATH, capacityText } from './matching-fields.ts';
import { occupationFor } from './occupation-value.ts';

/** Everything besides the typed values that goes into a submission. */
export interface SubmissionContext {
  readonly kind: SignupKind;
  readonly programme?: string | undefined;
  readonly training?: string | undefined;
  readonly privacyUrl: string;
  readonly locale: Locale;
  readonly draftId: string;
  readonly questions: readonly Question[];
  /** Defaults to now. */
  readonly now?: Date;
}

/** Trimmed text, or `undefined` when blank (so an optional field is left out). */
function text(values: FormValues, path: string): string | undefined {
  const value = textValue(values, path).trim();
  return value === '' ? undefined : value;
}

/** A whole number as typed, `NaN` for anything else (the schema reports it), blank as absent. */
function wholeNumber(values: FormValues, path: string): number | undefined {
  const value = text(values, path);
  if (value === undefined) return undefined;
  return /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
}

/** The chosen options, or `undefined` when none (so that an optional list is left out). */
function chosen(values: FormValues, path: string): string[] | undefined {
  const list = listValue(values, path);
  return list.length > 0 ? [...list] : undefined;
}

function answerFor(question: Question, values: FormValues): Answer | undefined {
  const path = `answers.${question.id}`;
  switch (question.type) {
    case 'text':
    case 'long-text':
    case 'single-choice':
      return text(values, path);
    case 'multiple-choice': {
      const chosen = listValue(values, path);
      return chosen.length > 0 ? [...chosen] : undefined;
    }
    case 'yes-no': {
      const value = textValue(values, path);
      return value === 'yes' ? true : value === 'no' ? false : undefined;
    }
  }
}

/** Leaves out keys whose value is `undefined`, as JSON would, so strict objects see them absent. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * The submission for `values`, not yet validated: it has the shape of a `SignupSubmission`
 * with whatever the person typed, so that the core schema can say what is wrong and where.
 */
export function buildSubmission(values: FormValues, context: SubmissionContext): unknown {
  const now = (context.now ?? new Date()).toISOString();
  const languages = languagesValue(values, 'profile.languages').map((entry) => ({ ...entry }));
  const origin = {
    countryOfBirth: text(values, 'profile.countryOfBirth'),
    motherTongue: text(values, 'profile.motherTongue'),
  };
  const availabilitySlots = chosen(values, SLOTS_PATH);
  const matching = {
    occupation: occupationFor(values),
    availabilitySlots,
    meetingModes: chosen(values, MODES_PATH),
    // The contract's free text, kept for backends that read only words: the slots' names,
    // which are English words ('weekday-evening') whatever the form's language.
    availability: availabilitySlots?.join(', '),
  };
  const profile =
    context.kind === 'mentee'
      ? defined({
          profession: text(values, 'profile.profession'),
          desiredField: text(values, 'profile.desiredField'),
          swedishLevel: text(values, 'profile.swedishLevel'),
          languages,
          goals: [...listValue(values, 'profile.goals')],
          ...matching,
          region: text(values, 'profile.region'),
          ...origin,
        })
      : defined({
          organisation: text(values, 'profile.organisation'),
          profession: text(values, 'profile.profession'),
          industry: text(values, 'profile.industry'),
          yearsOfExperience: wholeNumber(values, 'profile.yearsOfExperience'),
          languages,
          ...matching,
          region: text(values, 'profile.region'),
          motivation: text(values, 'profile.motivation'),
          expertise: chosen(values, EXPERTISE_PATH),
          capacity: Number(capacityText(values)),
          ...origin,
        });
  const answers: Record<string, Answer> = {};
  for (const question of context.questions) {
    const answer = answerFor(question, values);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return defined({
    kind: context.kind,
    programmeId: context.programme || undefined,
    trainingUid: context.training || undefined,
    person: defined({
      name: text(values, 'person.name'),
      email: text(values, 'person.email'),
      phone: text(values, 'person.phone'),
    }),
    profile,
    answers,
    consent:
      values['consent'] === true ? { privacyUrl: context.privacyUrl, acceptedAt: now } : undefined,
    locale: context.locale,
    submittedAt: now,
    draftId: context.draftId,
  } satisfies Record<keyof SignupSubmission, unknown>);
}
