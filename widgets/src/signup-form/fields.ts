/**
 * The built-in fields of each kind of signup, as data: which schema path each fills, which
 * control shows it, its label, its `autocomplete` token and whether it is optional. The form
 * renders these; `build-submission.ts` turns what was typed into a `SignupSubmission` by the same
 * paths, so a zod issue or a server error on `person.email` lands on the field `person.email`.
 *
 * The fields matching needs (the occupation picker, availability and meeting choices, a
 * mentor's expertise and capacity) come with checks.ts (matching-fields.ts), so that the form's
 * first load carries neither their templates nor their messages (docs/decisions/0007).
 *
 * Privacy-minimal by design (see the schema in `@mentorkit/core`): nothing here asks for
 * ethnicity, religion, health, union membership or a personal identity number. Country of
 * birth and mother tongue exist only as optional fields a partner turns on with `fields`, and
 * each is shown with the purpose it is asked for.
 */
import type { MentoringGoal, SignupKind } from '@mentorkit/core';
import { MENTORING_GOALS, SWEDISH_LEVELS } from '@mentorkit/core/vocabulary';
import type { SignupMessageKey } from './locales/sv.ts';

export type ControlKind =
  | 'text'
  | 'email'
  | 'tel'
  | 'number'
  | 'textarea'
  | 'select'
  | 'checkboxes'
  | 'languages'
  | 'country'
  | 'language';

/** Options whose labels come from the catalogue (`labelKey`) or are shown as they are. */
export interface FieldOption {
  readonly value: string;
  readonly labelKey?: SignupMessageKey;
}

export interface FieldSpec {
  /** The schema path, `person.email`; also the field's key in the form values. */
  readonly path: string;
  readonly control: ControlKind;
  readonly labelKey: SignupMessageKey;
  readonly hintKey?: SignupMessageKey;
  /** Why an optional personal question is asked, shown under its label. */
  readonly purposeKey?: SignupMessageKey;
  readonly autocomplete?: string;
  readonly optional?: boolean;
  readonly options?: readonly FieldOption[];
  readonly maxLength?: number;
}

/** The optional fields a partner may turn on with the `fields` attribute. */
export const OPTIONAL_FIELDS = ['phone', 'country-of-birth', 'mother-tongue'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** Shown when `fields` is absent: the phone number only, the origin questions off. */
export const DEFAULT_OPTIONAL_FIELDS: readonly OptionalField[] = ['phone'];

/** `fields="phone, mother-tongue"` → the known names in it (unknown names are ignored). */
export function parseFieldsAttribute(value: string | null | undefined): OptionalField[] {
  if (value === null || value === undefined) return [...DEFAULT_OPTIONAL_FIELDS];
  const names = value.split(/[\s,]+/).filter(Boolean);
  return OPTIONAL_FIELDS.filter((name) => names.includes(name));
}

/** The message of each goal (the type requires one for every goal). */
const GOAL_KEYS: Record<MentoringGoal, SignupMessageKey> = {
  network: 'signupGoalNetwork',
  cv: 'signupGoalCv',
  interview: 'signupGoalInterview',
  'workplace-culture': 'signupGoalWorkplaceCulture',
  'language-practice': 'signupGoalLanguagePractice',
  'degree-validation': 'signupGoalDegreeValidation',
};

const name: FieldSpec = {
  path: 'person.name',
  control: 'text',
  labelKey: 'signupName',
  autocomplete: 'name',
  maxLength: 200,
};
const email: FieldSpec = {
  path: 'person.email',
  control: 'email',
  labelKey: 'signupEmail',
  autocomplete: 'email',
  maxLength: 254,
};
const phone: FieldSpec = {
  path: 'person.phone',
  control: 'tel',
  labelKey: 'signupPhone',
  autocomplete: 'tel',
  optional: true,
  maxLength: 30,
};
const languages: FieldSpec = {
  path: 'profile.languages',
  control: 'languages',
  labelKey: 'signupLanguages',
  hintKey: 'signupLanguagesHint',
};
const region: FieldSpec = {
  path: 'profile.region',
  control: 'text',
  labelKey: 'signupRegion',
  autocomplete: 'address-level2',
  maxLength: 200,
};
const countryOfBirth: FieldSpec = {
  path: 'profile.countryOfBirth',
  control: 'country',
  labelKey: 'signupCountryOfBirth',
  purposeKey: 'signupCountryOfBirthPurpose',
  optional: true,
};
const motherTongue: FieldSpec = {
  path: 'profile.motherTongue',
  control: 'language',
  labelKey: 'signupMotherTongue',
  purposeKey: 'signupMotherTonguePurpose',
  optional: true,
};

const MENTOR_FIELDS: readonly FieldSpec[] = [
  name,
  email,
  phone,
  {
    path: 'profile.organisation',
    control: 'text',
    labelKey: 'signupOrganisation',
    autocomplete: 'organization',
    maxLength: 200,
  },
  {
    path: 'profile.profession',
    control: 'text',
    labelKey: 'signupProfession',
    autocomplete: 'organization-title',
    maxLength: 200,
  },
  { path: 'profile.industry', control: 'text', labelKey: 'signupIndustry', maxLength: 200 },
  { path: 'profile.yearsOfExperience', control: 'number', labelKey: 'signupYearsOfExperience' },
  languages,
  region,
  {
    path: 'profile.motivation',
    control: 'textarea',
    labelKey: 'signupMotivation',
    maxLength: 5000,
  },
  countryOfBirth,
  motherTongue,
];

const MENTEE_FIELDS: readonly FieldSpec[] = [
  name,
  email,
  phone,
  {
    path: 'profile.profession',
    control: 'text',
    labelKey: 'signupMenteeProfession',
    hintKey: 'signupMenteeProfessionHint',
    autocomplete: 'organization-title',
    maxLength: 200,
  },
  { path: 'profile.desiredField', control: 'text', labelKey: 'signupDesiredField', maxLength: 200 },
  {
    path: 'profile.swedishLevel',
    control: 'select',
    labelKey: 'signupSwedishLevel',
    hintKey: 'signupSwedishLevelHint',
    options: SWEDISH_LEVELS.map((level) =>
      level.startsWith('sfi-') ? { value: level, labelKey: sfiKey(level) } : { value: level },
    ),
  },
  languages,
  {
    path: 'profile.goals',
    control: 'checkboxes',
    labelKey: 'signupGoals',
    options: MENTORING_GOALS.map((goal) => ({ value: goal, labelKey: GOAL_KEYS[goal] })),
  },
  region,
  countryOfBirth,
  motherTongue,
];

function sfiKey(level: string): SignupMessageKey {
  const keys: Record<string, SignupMessageKey> = {
    'sfi-a': 'signupSfiA',
    'sfi-b': 'signupSfiB',
    'sfi-c': 'signupSfiC',
    'sfi-d': 'signupSfiD',
  };
  return keys[level] ?? 'signupSfiA';
}

/** The optional fields' paths: the most sensitive ones, never kept in a draft (draft.ts). */
export const OPTIONAL_PATHS: Record<OptionalField, string> = {
  phone: 'person.phone',
  'country-of-birth': 'profile.countryOfBirth',
  'mother-tongue': 'profile.motherTongue',
};

/** The fields a form of `kind` shows, with only the optional ones in `enabled`. */
export function fieldsFor(kind: SignupKind, enabled: readonly OptionalField[]): FieldSpec[] {
  const hidden = new Set(
    OPTIONAL_FIELDS.filter((field) => !enabled.includes(field)).map((f) => OPTIONAL_PATHS[f]),
  );
  return (kind === 'mentee' ? MENTEE_FIELDS : MENTOR_FIELDS).filter(
    (field) => !hidden.has(field.path),
  );
}

/** Languages offered in the languages list and for mother tongue (any BCP 47 tag is valid). */
export const LANGUAGE_CODES = [
  'sv',
  'en',
  'ar',
  'fa',
  'prs',
  'so',
  'ti',
  'uk',
  'am',
  'bs',
  'de',
  'es',
  'fi',
  'fr',
  'hr',
  'hi',
  'it',
  'ku',
  'pl',
  'ps',
  'pt',
  'ro',
  'ru',
  'sq',
  'sr',
  'th',
  'tr',
  'ur',
  'vi',
  'zh',
] as const;

/** Levels of a spoken language: CEFR, or a first language. */
export const LANGUAGE_LEVEL_OPTIONS = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'] as const;

/**
 * ISO 3166-1 alpha-2 codes (and XK, Kosovo), for the country of birth list. Written as each
 * first letter with the second letters that follow it ("A:DEF" is AD AE AF): under half the
 * bytes of the 250 codes written out, in every page that loads the form.
 */
const COUNTRIES_BY_FIRST_LETTER = (
  'A:DEFGILMOQRSTUWXZ B:ABDEFGHIJLMNOQRSTVWYZ C:ACDFGHIKLMNORUVWXYZ D:EJKMOZ E:CEGHRST ' +
  'F:IJKMOR G:ABDEFGHILMNPQRSTUWY H:KMNRTU I:DELMNOQRST J:EMOP K:EGHIMNPRWYZ L:ABCIKRSTUVY ' +
  'M:ACDEFGHKLMNOPQRSTUVWXYZ N:ACEFGILOPRUZ O:M P:AEFGHKLMNRSTWY Q:A R:EOSUW ' +
  'S:ABCDEGHIJKLMNORSTVXYZ T:CDFGHJKLMNORTVWZ U:AGMSYZ V:ACEGINU W:FS X:K Y:ET Z:AMW'
).split(' ');

export const COUNTRY_CODES: readonly string[] = COUNTRIES_BY_FIRST_LETTER.flatMap((group) =>
  [...group.slice(2)].map((second) => group[0]! + second),
);
