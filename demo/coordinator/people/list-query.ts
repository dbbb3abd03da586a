// What the people list asks the API for: its filters, sort and page as the query string of
// GET /api/coordinator/signups?page=… (demo/server/people/people-params.ts reads it). Empty
// filters are left out, so the server's defaults apply.
export const FILTERS = ['programme', 'role', 'status', 'region', 'occupation'] as const;
export type FilterName = (typeof FILTERS)[number];
export const SORTS = ['newest', 'oldest', 'name', 'region', 'status'] as const;

export interface ListQuery extends Record<FilterName, string> {
  q: string;
  sort: string;
  page: number;
}

export const EMPTY_QUERY: ListQuery = {
  q: '',
  programme: '',
  role: '',
  status: '',
  region: '',
  occupation: '',
  sort: 'newest',
  page: 1,
};

/** Whether any filter or search narrows the list (the empty state then offers to clear them). */
export function isFiltered(query: ListQuery): boolean {
  return query.q.trim() !== '' || FILTERS.some((name) => query[name] !== '');
}

export function listParams(query: ListQuery, withFacets: boolean): URLSearchParams {
  const params = new URLSearchParams({ page: String(query.page) });
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const name of FILTERS) if (query[name]) params.set(name, query[name]);
  if (query.sort !== 'newest') params.set('sort', query.sort);
  if (withFacets) params.set('facets', '1');
  return params;
}
