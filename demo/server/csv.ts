// CSV export of signups, in either dialect of core's CSV module (RFC 4180, or `;` with a BOM for
// Swedish Excel). Every cell is guarded against spreadsheet formulas: a person's own text
// (names, phone numbers starting with +, free answers) is in most of them.
import { writeCsv, type CsvDialect } from '@mentorkit/core/csv';
import type { StoredSignup } from './store/signups.ts';

export type { CsvDialect };

export const SIGNUP_CSV_HEADER = [
  'id',
  'created_at',
  'kind',
  'name',
  'email',
  'phone',
  'profession',
  'occupation_ssyk',
  'occupation_isco08',
  'occupation_title_id',
  'occupation_classified_by',
  'industry_or_field',
  'region',
  'languages',
  'goals',
  'availability',
  'training_uid',
  'locale',
  'demo',
] as const;

/**
 * Who gave the occupation codes: the person (a title chosen in the form), the lookup from their
 * words, or a coordinator; empty when unclassified.
 */
function classifiedBy(signup: StoredSignup): string {
  if (!signup.submission.profile.occupation?.ssyk) return '';
  return signup.occupationSource ?? 'person';
}

export function signupRow(signup: StoredSignup): string[] {
  const { submission } = signup;
  const profile = submission.profile;
  return [
    signup.id,
    signup.createdAt,
    signup.kind,
    submission.person.name,
    submission.person.email,
    submission.person.phone ?? '',
    profile.profession,
    profile.occupation?.ssyk ?? '',
    profile.occupation?.isco08?.join(' ') ?? '',
    profile.occupation?.titleId ?? '',
    classifiedBy(signup),
    submission.kind === 'mentor' ? submission.profile.industry : submission.profile.desiredField,
    profile.region,
    profile.languages.map((language) => `${language.code}:${language.level}`).join(' '),
    submission.kind === 'mentee' ? submission.profile.goals.join(' ') : '',
    profile.availability,
    signup.trainingUid ?? '',
    submission.locale,
    signup.demo ? 'yes' : 'no',
  ];
}

export function signupsToCsv(signups: readonly StoredSignup[], dialect: CsvDialect): string {
  return writeCsv([[...SIGNUP_CSV_HEADER], ...signups.map(signupRow)], { dialect });
}
