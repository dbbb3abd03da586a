// CSV export of signups. RFC 4180 by default (comma, CRLF, fields quoted when needed); the
// Swedish-Excel dialect uses `;` (Swedish Excel reads `,` as the decimal sign) and a BOM
// (without which Excel reads UTF-8 as Windows-1252 and breaks å, ä, ö and Arabic script).
// Cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
import type { StoredSignup } from './store/signups.ts';

export type CsvDialect = 'rfc4180' | 'excel-sv';

/** Characters that start a formula in Excel, LibreOffice or Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a would-be formula with `'` so that it is shown as text, never evaluated. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string, separator: string): string {
  const safe = neutraliseFormula(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

export function toCsv(
  rows: readonly (readonly string[])[],
  dialect: CsvDialect = 'rfc4180',
): string {
  const separator = dialect === 'excel-sv' ? ';' : ',';
  const body = rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return (dialect === 'excel-sv' ? '\uFEFF' : '') + body.join('\r\n') + '\r\n';
}

export const SIGNUP_CSV_HEADER = [
  'id',
  'created_at',
  'kind',
  'name',
  'email',
  'phone',
  'profession',
  'industry_or_field',
  'region',
  'languages',
  'goals',
  'availability',
  'training_uid',
  'locale',
  'demo',
] as const;

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
  return toCsv([[...SIGNUP_CSV_HEADER], ...signups.map(signupRow)], dialect);
}
