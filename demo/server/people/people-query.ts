// The coordinator's list of people: one page of signups in the actor's programmes, filtered,
// searched (the folded search text, search-text.ts) and sorted in SQL, with the total for the
// pager. Offset paging: a coordinator jumps to a page and sorts by several keys, which keyset
// paging would make a cursor per sort for; at 10,000 signups the offset costs little
// (`npm run bench`, tests/bench/people-list.bench.ts).
import type { SignupSubmission } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { optionalIso, toIso } from '../store/rows.ts';
import {
  SIGNUP_COLUMNS,
  signupFromRow,
  type SignupRow,
  type StoredSignup,
} from '../store/signups.ts';
import { MATCH_STATE_CTE, STATUS_SQL, statusRankSql, type PersonStatus } from './person-status.ts';
import { searchWords } from './search-text.ts';

export const PEOPLE_SORTS = ['newest', 'oldest', 'name', 'region', 'status'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** `occupation`'s value for signups without an SSYK code. */
export const UNCLASSIFIED = 'unclassified';

/** Who the list's filters and search leave, within the actor's scope. */
export interface PeopleFilters {
  /** The actor's programmes ('all': an administrator). */
  scope: 'all' | readonly string[];
  search?: string;
  programme?: string;
  role?: SignupSubmission['kind'];
  status?: PersonStatus;
  /** The region as the person wrote it (one of the facets' regions). */
  region?: string;
  /** An SSYK code or its first digits (a major or minor group), or UNCLASSIFIED. */
  occupation?: string;
}

/** One page of the list. */
export interface PeopleQuery extends PeopleFilters {
  sort: PeopleSort;
  /** From 1. */
  page: number;
  size: number;
}

/** Everyone the filters leave, in the list's order; with `ids`, only those of them. */
export interface PeopleSelection extends PeopleFilters {
  sort: PeopleSort;
  ids?: readonly string[];
}

/** One person as the list shows them. */
export interface PersonListItem {
  id: string;
  kind: SignupSubmission['kind'];
  name: string;
  email: string;
  programmeId: string | null;
  profession: string;
  region: string;
  /** The SSYK unit group; absent: unclassified. */
  ssyk?: string;
  status: PersonStatus;
  demo: boolean;
  createdAt: string;
  confirmedAt: string | null;
}

export interface PeoplePage {
  items: PersonListItem[];
  /** How many people the filters find, over every page. */
  total: number;
  page: number;
  size: number;
}

interface PersonRow {
  id: string;
  kind: SignupSubmission['kind'];
  name: string;
  email: string;
  programme_id: string | null;
  profession: string | null;
  region: string | null;
  ssyk: string | null;
  status: PersonStatus;
  demo: boolean;
  created_at: unknown;
  confirmed_at: unknown;
  total: number | string;
}

/** Each sort's ORDER BY over the columns of `table` (the ranked rows, then the page). */
const ORDER: Record<PeopleSort, (table: string) => string> = {
  newest: (t) => `${t}.created_at DESC, ${t}.id DESC`,
  oldest: (t) => `${t}.created_at ASC, ${t}.id ASC`,
  name: (t) => `lower(${t}.name), ${t}.id`,
  region: (t) => `lower(${t}.region), lower(${t}.name), ${t}.id`,
  status: (t) => `${statusRankSql(`${t}.status`)}, ${t}.created_at DESC, ${t}.id DESC`,
};

/** The WHERE of signups `s` that a query's filters and scope leave (status apart). */
function conditionsOf(query: Omit<PeopleFilters, 'status'> & { ids?: readonly string[] }) {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.scope !== 'all')
    conditions.push(`s.programme_id = ANY(${add([...query.scope])}::text[])`);
  if (query.ids) conditions.push(`s.id = ANY(${add([...query.ids])}::text[])`);
  if (query.programme) conditions.push(`s.programme_id = ${add(query.programme)}`);
  if (query.role) conditions.push(`s.kind = ${add(query.role)}`);
  if (query.region) conditions.push(`s.submission->'profile'->>'region' = ${add(query.region)}`);
  if (query.occupation === UNCLASSIFIED) {
    conditions.push(`s.submission->'profile'->'occupation'->>'ssyk' IS NULL`);
  } else if (query.occupation) {
    conditions.push(
      `starts_with(s.submission->'profile'->'occupation'->>'ssyk', ${add(query.occupation)})`,
    );
  }
  // Each word somewhere in the folded text; the words hold letters, digits and spaces only
  // (the fold), so LIKE's wildcards cannot come from them.
  for (const word of searchWords(query.search ?? '')) {
    conditions.push(`s.search_text LIKE ${add(`%${word}%`)}`);
  }
  return { conditions, params, add };
}

export async function listPeople(database: Queryable, query: PeopleQuery): Promise<PeoplePage> {
  const { conditions, params, add } = conditionsOf(query);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const statusFilter = query.status ? `WHERE ranked.status = ${add(query.status)}` : '';
  const limit = add(query.size);
  const offset = add((query.page - 1) * query.size);
  // The window (the total) and the sort read only the sort keys and the status of every row;
  // the page's 25 rows are then joined back for what the list shows, so the submissions'
  // JSON is read for those rows only.
  const region = query.sort === 'region' ? "s.submission->'profile'->>'region'" : 'NULL::text';
  const found = await database.query<PersonRow>(
    `WITH ${MATCH_STATE_CTE},
     ranked AS (
       SELECT s.id, s.name, s.created_at, ${region} AS region, ${STATUS_SQL} AS status
         FROM signups s ${where}),
     page AS (
       SELECT ranked.*, count(*) OVER () AS total FROM ranked ${statusFilter}
        ORDER BY ${ORDER[query.sort]('ranked')} LIMIT ${limit} OFFSET ${offset})
     SELECT s.id, s.kind, s.name, s.email, s.programme_id, s.demo, s.created_at, s.confirmed_at,
            s.submission->'profile'->>'profession' AS profession,
            s.submission->'profile'->>'region' AS region,
            s.submission->'profile'->'occupation'->>'ssyk' AS ssyk,
            page.status, page.total
       FROM page JOIN signups s ON s.id = page.id
      ORDER BY ${ORDER[query.sort]('page')}`,
    params,
  );
  const total =
    found.rows[0] !== undefined ? Number(found.rows[0].total) : await countPeople(database, query);
  return { items: found.rows.map(toItem), total, page: query.page, size: query.size };
}

/**
 * The whole signups of everyone `selection` leaves, in the list's order, at most `limit` (the
 * CSV of what the coordinator is looking at): the same conditions as the list's pages.
 */
export async function selectPeopleSignups(
  database: Queryable,
  selection: PeopleSelection,
  limit: number,
): Promise<StoredSignup[]> {
  const { conditions, params, add } = conditionsOf(selection);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const statusFilter = selection.status ? `WHERE ranked.status = ${add(selection.status)}` : '';
  const region = selection.sort === 'region' ? "s.submission->'profile'->>'region'" : 'NULL::text';
  // The chosen ids get their place in the order as `chosen_rank`, so that the signups' own
  // columns (SIGNUP_COLUMNS, unqualified) are the only ones of those names in the join.
  const found = await database.query<SignupRow>(
    `WITH ${MATCH_STATE_CTE},
     ranked AS (
       SELECT s.id, s.name, s.created_at, ${region} AS region, ${STATUS_SQL} AS status
         FROM signups s ${where}),
     chosen AS (
       SELECT ranked.id AS chosen_id,
              row_number() OVER (ORDER BY ${ORDER[selection.sort]('ranked')}) AS chosen_rank
         FROM ranked ${statusFilter}
        ORDER BY ${ORDER[selection.sort]('ranked')} LIMIT ${add(limit)})
     SELECT ${SIGNUP_COLUMNS} FROM chosen JOIN signups ON signups.id = chosen.chosen_id
      ORDER BY chosen.chosen_rank`,
    params,
  );
  return found.rows.map(signupFromRow);
}

/** The total when the page asked for lies past the last one (no row carries it). */
async function countPeople(database: Queryable, query: PeopleQuery): Promise<number> {
  const { conditions, params, add } = conditionsOf(query);
  if (query.status) conditions.push(`(${STATUS_SQL}) = ${add(query.status)}`);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const counted = await database.query<{ total: number | string }>(
    `WITH ${MATCH_STATE_CTE}
     SELECT count(*) AS total FROM signups s ${where}`,
    params,
  );
  return Number(counted.rows[0]?.total ?? 0);
}

function toItem(row: PersonRow): PersonListItem {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    programmeId: row.programme_id,
    profession: row.profession ?? '',
    region: row.region ?? '',
    ...(row.ssyk ? { ssyk: row.ssyk } : {}),
    status: row.status,
    demo: row.demo,
    createdAt: toIso(row.created_at),
    confirmedAt: optionalIso(row.confirmed_at) ?? null,
  };
}

/** What the list's filters offer, within the actor's scope: regions and occupation groups. */
export interface PeopleFacets {
  regions: string[];
  /** SSYK unit groups present. */
  occupations: string[];
  programmes: string[];
}

export async function peopleFacets(
  database: Queryable,
  scope: 'all' | readonly string[],
): Promise<PeopleFacets> {
  const { conditions, params } = conditionsOf({ scope });
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const found = await database.query<{ facet: string; value: string }>(
    `SELECT DISTINCT 'region' AS facet, s.submission->'profile'->>'region' AS value
       FROM signups s ${where}
     UNION
     SELECT DISTINCT 'occupation', s.submission->'profile'->'occupation'->>'ssyk'
       FROM signups s ${where}
     UNION
     SELECT DISTINCT 'programme', s.programme_id FROM signups s ${where}
     ORDER BY 1, 2`,
    params,
  );
  const of = (facet: string) =>
    found.rows.filter((row) => row.facet === facet && row.value !== null).map((row) => row.value);
  return { regions: of('region'), occupations: of('occupation'), programmes: of('programme') };
}
