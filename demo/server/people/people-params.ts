// The list's query string read into a PeopleQuery, every value checked: a bad one answers 400
// with the parameter named (the view shows the words beside that filter), never a query built
// from what was not understood.
import { isIdentifier } from '@mentorkit/core';
import { HttpProblem, type FieldError } from '../http/respond.ts';
import { isPersonStatus } from './person-status.ts';
import { PEOPLE_SORTS, UNCLASSIFIED, type PeopleQuery, type PeopleSort } from './people-query.ts';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 100_000;

function wholeNumber(text: string | null, fallback: number, min: number, max: number) {
  if (text === null || text === '') return fallback;
  if (!/^\d{1,7}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

export function readPeopleQuery(params: URLSearchParams, scope: PeopleQuery['scope']): PeopleQuery {
  const errors: FieldError[] = [];
  const text = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    if (value.length > 200) errors.push({ field: name, detail: 'At most 200 characters.' });
    return value === '' ? undefined : value;
  };
  const page = wholeNumber(params.get('page'), 1, 1, MAX_PAGE);
  if (page === undefined) errors.push({ field: 'page', detail: 'A page number from 1.' });
  const size = wholeNumber(params.get('size'), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  if (size === undefined) {
    errors.push({ field: 'size', detail: `A page size from 1 to ${MAX_PAGE_SIZE}.` });
  }
  const sort = text('sort') ?? 'newest';
  if (!(PEOPLE_SORTS as readonly string[]).includes(sort)) {
    errors.push({ field: 'sort', detail: `One of ${PEOPLE_SORTS.join(', ')}.` });
  }
  const status = text('status');
  if (status !== undefined && !isPersonStatus(status)) {
    errors.push({ field: 'status', detail: 'new, confirmed, contacted, matched or withdrawn.' });
  }
  const role = text('role');
  if (role !== undefined && role !== 'mentor' && role !== 'mentee') {
    errors.push({ field: 'role', detail: 'mentor or mentee.' });
  }
  const programme = text('programme');
  if (programme !== undefined && !isIdentifier(programme)) {
    errors.push({ field: 'programme', detail: "A programme's id." });
  }
  const occupation = text('occupation');
  if (occupation !== undefined && occupation !== UNCLASSIFIED && !/^\d{1,4}$/.test(occupation)) {
    errors.push({
      field: 'occupation',
      detail: `An SSYK code (1 to 4 digits) or ${UNCLASSIFIED}.`,
    });
  }
  const search = text('q');
  const region = text('region');
  if (errors.length > 0) {
    throw new HttpProblem({ status: 400, title: 'Invalid list parameters', errors });
  }
  return {
    scope,
    page: page!,
    size: size!,
    sort: sort as PeopleSort,
    ...(search ? { search } : {}),
    ...(programme ? { programme } : {}),
    ...(role ? { role: role as PeopleQuery['role'] & string } : {}),
    ...(status && isPersonStatus(status) ? { status } : {}),
    ...(region ? { region } : {}),
    ...(occupation ? { occupation } : {}),
  };
}
