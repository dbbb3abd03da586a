// The list's query string read into a PeopleQuery, every value checked: a bad one answers 400
// with the parameter named (the view shows the words beside that filter), never a query built
// from what was not understood. The filters and the sort are read once, here, for both the
// list's page (readPeopleQuery) and the CSV of what it shows (readPeopleSelection).
import { isIdentifier } from '@mentorkit/core';
import { HttpProblem, type FieldError } from '../http/respond.ts';
import { isPersonStatus } from './person-status.ts';
import {
  PEOPLE_SORTS,
  UNCLASSIFIED,
  type PeopleFilters,
  type PeopleQuery,
  type PeopleSelection,
  type PeopleSort,
} from './people-query.ts';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 100_000;
/** The most people a selection names (`ids`): a page's worth many times over, in one URL. */
export const MAX_SELECTED_IDS = 500;

function wholeNumber(text: string | null, fallback: number, min: number, max: number) {
  if (text === null || text === '') return fallback;
  if (!/^\d{1,7}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** The filters, the search and the sort, each refusal added to `errors`. */
function readFilters(
  params: URLSearchParams,
  scope: PeopleQuery['scope'],
  errors: FieldError[],
): PeopleFilters & { sort: PeopleSort } {
  const text = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    if (value.length > 200) errors.push({ field: name, detail: 'At most 200 characters.' });
    return value === '' ? undefined : value;
  };
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
  return {
    scope,
    sort: sort as PeopleSort,
    ...(search ? { search } : {}),
    ...(programme ? { programme } : {}),
    ...(role ? { role: role as PeopleQuery['role'] & string } : {}),
    ...(status && isPersonStatus(status) ? { status } : {}),
    ...(region ? { region } : {}),
    ...(occupation ? { occupation } : {}),
  };
}

function refuseIfAny(errors: FieldError[]): void {
  if (errors.length > 0) {
    throw new HttpProblem({ status: 400, title: 'Invalid list parameters', errors });
  }
}

/** One page of the list: the filters, the sort, `page` and `size`. */
export function readPeopleQuery(params: URLSearchParams, scope: PeopleQuery['scope']): PeopleQuery {
  const errors: FieldError[] = [];
  const filters = readFilters(params, scope, errors);
  const page = wholeNumber(params.get('page'), 1, 1, MAX_PAGE);
  if (page === undefined) errors.push({ field: 'page', detail: 'A page number from 1.' });
  const size = wholeNumber(params.get('size'), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  if (size === undefined) {
    errors.push({ field: 'size', detail: `A page size from 1 to ${MAX_PAGE_SIZE}.` });
  }
  refuseIfAny(errors);
  return { ...filters, page: page!, size: size! };
}

/**
 * Everyone the list's filters find (no page), or with `ids` (comma-separated) only those of
 * them: the people a coordinator selected.
 */
export function readPeopleSelection(
  params: URLSearchParams,
  scope: PeopleQuery['scope'],
): PeopleSelection {
  const errors: FieldError[] = [];
  const filters = readFilters(params, scope, errors);
  const idsText = params.get('ids');
  let ids: string[] | undefined;
  if (idsText !== null) {
    ids = [...new Set(idsText.split(',').map((id) => id.trim()))];
    if (ids.length > MAX_SELECTED_IDS) {
      errors.push({ field: 'ids', detail: `At most ${MAX_SELECTED_IDS} people.` });
    } else if (!ids.every((id) => isIdentifier(id))) {
      errors.push({ field: 'ids', detail: 'Signup ids, separated by commas.' });
    }
  }
  refuseIfAny(errors);
  return { ...filters, ...(ids ? { ids } : {}) };
}
