// The coordinator's people: one page of the list (GET /api/coordinator/signups?page=…, see
// people/people-params.ts for the filters), one person's view, and withdrawing a person or
// taking it back. Behind the coordinator check like every coordinator route: a person of
// another programme is not found, and the list holds the actor's programmes only. The audit
// log records each (coordinator-auth/audit.ts: the list and the view as `viewed`, withdrawal
// as `changed`).
import type { OccupationIndex } from '@mentorkit/occupations';
import { groupName } from '@mentorkit/occupations';
import { actorOf, scopeOf } from '../coordinator-auth/authorize.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { occupationIndex } from '../occupations/occupation-index.ts';
import { readPeopleQuery } from '../people/people-params.ts';
import {
  listPeople,
  peopleFacets,
  type PeopleFacets,
  type PeoplePage,
} from '../people/people-query.ts';
import { viewPerson, type PersonView } from '../people/person-view.ts';
import { setWithdrawn } from '../people/withdrawal.ts';
import { boundRoute } from './bound-route.ts';
import type { BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** An SSYK unit group's names, for the view to show in its language. */
export type OccupationNames = Record<string, { sv: string; en: string }>;

export interface PeoplePageView extends PeoplePage {
  occupationNames: OccupationNames;
  /** With `facets=1`: what the filters offer, within the actor's programmes. */
  facets?: PeopleFacets & { programmeNames: Record<string, string> };
}

export interface PersonViewResponse extends PersonView {
  occupationNames: OccupationNames;
}

/** The unit groups `codes` by name in Swedish and English (a code without a name is left out). */
export function namesOf(index: OccupationIndex, codes: Iterable<string>): OccupationNames {
  const names: OccupationNames = {};
  for (const code of codes) {
    const sv = groupName(index, code, 'sv');
    if (sv) names[code] = { sv, en: groupName(index, code, 'en') ?? sv };
  }
  return names;
}

/** Whether GET /api/coordinator/signups asks for a page (else: the older whole list). */
export function asksForPage(url: URL): boolean {
  return url.searchParams.has('page');
}

export async function peoplePageRoute(
  backend: BackendContext,
  { request, response, url }: RouteContext,
) {
  const scope = scopeOf(actorOf(request));
  const query = readPeopleQuery(url.searchParams, scope);
  const withFacets = url.searchParams.get('facets') === '1';
  const [page, facets, index] = await Promise.all([
    listPeople(backend.database, query),
    withFacets ? peopleFacets(backend.database, scope) : undefined,
    occupationIndex(),
  ]);
  const codes = new Set(page.items.flatMap((item) => (item.ssyk ? [item.ssyk] : [])));
  for (const code of facets?.occupations ?? []) codes.add(code);
  const body: PeoplePageView = { ...page, occupationNames: namesOf(index, codes) };
  if (facets) {
    const programmes = await backend.database.query<{ id: string; name: string }>(
      'SELECT id, name FROM programmes WHERE id = ANY($1::text[])',
      [facets.programmes],
    );
    body.facets = {
      ...facets,
      programmeNames: Object.fromEntries(programmes.rows.map((row) => [row.id, row.name])),
    };
  }
  sendJson(response, 200, body, NO_STORE);
}

const notFound = () =>
  new HttpProblem({ status: 404, title: 'Not found', detail: 'No such signup.' });

async function personRoute(backend: BackendContext, { response, params }: RouteContext) {
  const [view, index] = await Promise.all([
    viewPerson(backend.database, params[0]!),
    occupationIndex(),
  ]);
  if (!view) throw notFound();
  const ssyk = view.signup.submission.profile.occupation?.ssyk;
  const body: PersonViewResponse = { ...view, occupationNames: namesOf(index, ssyk ? [ssyk] : []) };
  sendJson(response, 200, body, NO_STORE);
}

function withdrawalRoute(withdrawn: boolean) {
  return async (backend: BackendContext, { response, params }: RouteContext) => {
    const result = await setWithdrawn(backend.database, params[0]!, withdrawn, backend.now());
    if (!result) throw notFound();
    sendJson(response, 200, { id: params[0], ...result }, NO_STORE);
  };
}

export function peopleRoutes(backend: BackendContext): Route[] {
  const route = boundRoute(backend);
  return [
    route('GET', /^\/api\/coordinator\/signups\/([^/]+)\/person$/, personRoute),
    route('POST', /^\/api\/coordinator\/signups\/([^/]+)\/withdraw$/, withdrawalRoute(true)),
    route('POST', /^\/api\/coordinator\/signups\/([^/]+)\/reinstate$/, withdrawalRoute(false)),
  ];
}

export const PEOPLE_ROUTE_EXAMPLES: readonly { method: string; path: string }[] = [
  { method: 'GET', path: '/api/coordinator/signups?page=1' },
  { method: 'GET', path: '/api/coordinator/signups/su-x/person' },
  { method: 'POST', path: '/api/coordinator/signups/su-x/withdraw' },
  { method: 'POST', path: '/api/coordinator/signups/su-x/reinstate' },
];
