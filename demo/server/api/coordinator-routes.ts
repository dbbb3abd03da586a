// The coordinator API, behind a coordinator's session (coordinator-auth/authorize.ts, checked
// by the backend before any of these runs). Same-origin only: no CORS headers are ever sent
// for these routes.
import * as z from 'zod/mini';
import { rankCandidates, type MatchReason } from '@mentorkit/core';
import { signupsToCsv, type CsvDialect } from '../csv.ts';
import { HttpProblem, sendJson, sendText } from '../http/respond.ts';
import {
  coordinatorGroupNames,
  groupLabel,
  occupationIndex,
} from '../occupations/occupation-index.ts';
import { professionFirst, programmeState } from '../occupations/programme-state.ts';
import { capacityDefaultOf, toCandidate } from '../store/candidates.ts';
import { programmeCapacityDefaults } from '../store/coordinators.ts';
import { listMatches } from '../store/matches.ts';
import { eraseSignup, getSignup, listSignups, type StoredSignup } from '../store/signups.ts';
import { readPeopleSelection } from '../people/people-params.ts';
import { selectPeopleSignups } from '../people/people-query.ts';
import { compactAfterErasure } from '../privacy/compact-after-erasure.ts';
import { ADMINISTRATOR_ROUTE_EXAMPLES } from '../coordinator-auth/admin-routes.ts';
import { PASSKEY_ROUTE_EXAMPLES } from '../coordinator-auth/passkey-routes.ts';
import { actorOf, scopeOf } from '../coordinator-auth/authorize.ts';
import { boundRoute } from './bound-route.ts';
import { readValid, type BackendContext } from './context.ts';
import {
  COORDINATOR_MATCH_ROUTE_EXAMPLES,
  coordinatorMatchRoutes,
} from './coordinator-match-routes.ts';
import {
  COORDINATOR_OCCUPATION_ROUTE_EXAMPLES,
  coordinatorOccupationRoutes,
  toSignupView,
} from './coordinator-occupation-routes.ts';
import { COORDINATOR_FEED_ROUTE_EXAMPLES, coordinatorFeedRoutes } from './external-feed-routes.ts';
import { COORDINATOR_OUTBOX_ROUTE_EXAMPLES, coordinatorOutboxRoutes } from './outbox-routes.ts';
import { COORDINATOR_REPORT_ROUTE_EXAMPLES, coordinatorReportRoutes } from './report-routes.ts';
import {
  COORDINATOR_TRAINING_ROUTE_EXAMPLES,
  coordinatorTrainingRoutes,
} from './coordinator-training-routes.ts';
import { personExportRoutes } from './person-export-routes.ts';
import {
  asksForPage,
  namesOf,
  PEOPLE_ROUTE_EXAMPLES,
  peoplePageRoute,
  peopleRoutes,
} from './people-routes.ts';
import type { OccupationNames } from './people-routes.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };
/** The most rows one CSV export holds. */
const MAX_CSV_ROWS = 10_000;

// What the routes answer that the coordinator view reads (demo/coordinator/api-types.ts).

/** A person `candidates` proposes, with the reasons behind the score (the profession's first). */
export interface CandidateView {
  id: string;
  kind: StoredSignup['kind'];
  name: string;
  profession: string;
  /** The classified occupation's unit group, "2211 Specialist physicians"; absent: unclassified. */
  occupation?: string;
  region: string;
  demo: boolean;
  score: number;
  /** A mentor's: how many mentees they take, and have now. */
  capacity?: { max: number; active: number };
  /** A mentor with no room now, listed after every one with room. */
  atCapacity?: boolean;
  reasons: Pick<MatchReason, 'kind' | 'label' | 'contribution' | 'details'>[];
}

/** What `candidates` answers. */
export interface CandidateList {
  candidates: CandidateView[];
  /**
   * The occupation groups the candidates and their profession reasons name, in Swedish and
   * English (the reasons' labels name them in English only, for logs).
   */
  occupationNames: OccupationNames;
  /** The mentee is in an active (or paused) match: no mentor is proposed. */
  inActiveMatch: boolean;
}

/** What an erasure removed. */
export interface ErasureCounts {
  signups: number;
  matches: number;
}

const notFound = (detail: string) => new HttpProblem({ status: 404, title: 'Not found', detail });

async function listSignupsRoute(backend: BackendContext, context: RouteContext) {
  // With `page`: one page of the people list with its filters (people-routes.ts).
  if (asksForPage(context.url)) return peoplePageRoute(backend, context);
  const { request, response, url } = context;
  const kind = url.searchParams.get('kind');
  const [signups, index] = await Promise.all([
    listSignups(backend.database, {
      search: (url.searchParams.get('q') ?? '').slice(0, 200),
      kind: kind === 'mentor' || kind === 'mentee' ? kind : undefined,
      programmes: scopeOf(actorOf(request)),
    }),
    occupationIndex(),
  ]);
  sendJson(
    response,
    200,
    signups.map((signup) => toSignupView(index, signup)),
    NO_STORE,
  );
}

/**
 * The CSV of what the coordinator's list shows: the list's filters, search and sort (read as
 * its JSON route reads them, people/people-params.ts), or the people selected in it (`ids`);
 * no filter: everyone in the actor's programmes. `dialect=excel-sv` for Swedish Excel.
 */
async function exportCsv(backend: BackendContext, { request, response, url }: RouteContext) {
  const excel = url.searchParams.get('dialect') === 'excel-sv';
  const dialect: CsvDialect = excel ? 'excel-sv' : 'rfc4180';
  const selection = readPeopleSelection(url.searchParams, scopeOf(actorOf(request)));
  const signups = await selectPeopleSignups(backend.database, selection, MAX_CSV_ROWS);
  const date = backend.now().toISOString().slice(0, 10);
  const fileName = `signups-${date}${excel ? '-excel' : ''}.csv`;
  sendText(
    response,
    200,
    signupsToCsv(signups, dialect),
    'text/csv; charset=utf-8; header=present',
    { ...NO_STORE, 'Content-Disposition': `attachment; filename="${fileName}"` },
  );
}

async function getSignupRoute(backend: BackendContext, { response, params }: RouteContext) {
  const signup = await getSignup(backend.database, params[0]!);
  if (!signup) throw notFound('No such signup.');
  sendJson(response, 200, signup, NO_STORE);
}

const ErasureSchema = z.object({ confirm: z.string().check(z.maxLength(300)) });

async function eraseRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  const { confirm } = await readValid(request, ErasureSchema, 4096);
  const result = await eraseSignup(backend.database, params[0]!, confirm);
  if (!result.erased && result.reason === 'not-found') throw notFound('No such signup.');
  if (!result.erased) {
    throw new HttpProblem({
      status: 422,
      title: 'Confirmation does not match',
      detail: "Type the person's e-mail address to confirm the erasure.",
      errors: [{ field: 'confirm', detail: "Type the person's e-mail address exactly." }],
    });
  }
  // The erased rows' bytes out of the table and index files too, once the erasure committed.
  await compactAfterErasure(backend.database);
  const erased: ErasureCounts = { signups: result.signups, matches: result.matches };
  sendJson(response, 200, erased, NO_STORE);
}

/** How many candidates the view shows. */
const CANDIDATE_LIMIT = 5;

/**
 * The best matches for one signup among the other role, with scoreMatch's reasons (the shared
 * occupation group named in English), leaving out what the programme's state rules out: pairs
 * that have a match already, in any status; mentees in an active or paused match; mentors at
 * capacity are kept after the others and flagged, since a coordinator may ask one to take more.
 */
async function candidatesRoute(
  backend: BackendContext,
  { request, response, params }: RouteContext,
) {
  const person = await getSignup(backend.database, params[0]!);
  if (!person) throw notFound('No such signup.');
  const otherKind = person.kind === 'mentee' ? 'mentor' : 'mentee';
  const [others, matches, index, capacityDefaults] = await Promise.all([
    // Only people the coordinator may see are proposed (their programmes).
    listSignups(backend.database, {
      kind: otherKind,
      limit: 10_000,
      programmes: scopeOf(actorOf(request)),
      withoutWithdrawn: true,
    }),
    listMatches(backend.database),
    occupationIndex(),
    programmeCapacityDefaults(backend.database),
  ]);
  const state = programmeState(matches);
  // A mentor whose signup does not say takes their programme's capacity default.
  const candidate = (signup: StoredSignup) =>
    toCandidate(signup, open(signup.id), capacityDefaultOf(signup, capacityDefaults));
  const open = (id: string) => state.openMatchesPerMentor.get(id) ?? 0;
  const byId = new Map(others.map((signup) => [signup.id, signup]));
  const ranked = rankCandidates(candidate(person), others.map(candidate), {
    limit: CANDIDATE_LIMIT,
    groupNames: coordinatorGroupNames(index),
    existingPairs: state.existingPairs,
    menteesInActiveMatch: state.menteesInActiveMatch,
    fullMentors: 'flag',
  });
  const candidates = ranked.map(({ candidate, score, reasons, atCapacity }): CandidateView => {
    const signup = byId.get(candidate.id)!;
    const ssyk = signup.submission.profile.occupation?.ssyk;
    return {
      id: signup.id,
      kind: signup.kind,
      name: signup.name,
      profession: signup.submission.profile.profession,
      ...(ssyk ? { occupation: groupLabel(index, ssyk) } : {}),
      region: signup.submission.profile.region,
      demo: signup.demo,
      score,
      ...(candidate.capacity ? { capacity: candidate.capacity } : {}),
      ...(atCapacity ? { atCapacity } : {}),
      reasons: professionFirst(reasons).map(({ kind, label, contribution, details }) => ({
        kind,
        label,
        contribution,
        details,
      })),
    };
  });
  const mentee = person.kind === 'mentee' ? person.id : undefined;
  const groupCodes = candidates.flatMap((candidate) => [
    ...(candidate.occupation ? [candidate.occupation.split(' ')[0]!] : []),
    ...candidate.reasons.flatMap((reason) =>
      reason.kind === 'profession' && /^\d{1,4}$/.test(reason.details[0] ?? '')
        ? [reason.details[0]!]
        : [],
    ),
  ]);
  const body: CandidateList = {
    candidates,
    occupationNames: namesOf(index, new Set(groupCodes)),
    inActiveMatch: mentee !== undefined && state.menteesInActiveMatch.has(mentee),
  };
  sendJson(response, 200, body, NO_STORE);
}

export function coordinatorRoutes(backend: BackendContext): Route[] {
  const route = boundRoute(backend);
  return [
    route('GET', /^\/api\/coordinator\/signups$/, listSignupsRoute),
    route('GET', /^\/api\/coordinator\/signups\.csv$/, exportCsv),
    route('GET', /^\/api\/coordinator\/signups\/([^/]+)$/, getSignupRoute),
    route('POST', /^\/api\/coordinator\/signups\/([^/]+)\/erase$/, eraseRoute),
    route('GET', /^\/api\/coordinator\/signups\/([^/]+)\/candidates$/, candidatesRoute),
    ...coordinatorOccupationRoutes(backend),
    ...coordinatorMatchRoutes(backend),
    ...personExportRoutes(backend),
    ...peopleRoutes(backend),
    ...coordinatorTrainingRoutes(backend),
    ...coordinatorFeedRoutes(backend),
    ...coordinatorOutboxRoutes(backend),
    ...coordinatorReportRoutes(backend),
  ];
}

/** One example request per coordinator route, for the test that none answers without the token. */
export const COORDINATOR_ROUTE_EXAMPLES: readonly { method: string; path: string }[] = [
  { method: 'GET', path: '/api/coordinator/session' },
  { method: 'POST', path: '/api/coordinator/sign-out' },
  ...ADMINISTRATOR_ROUTE_EXAMPLES,
  ...PASSKEY_ROUTE_EXAMPLES,
  { method: 'GET', path: '/api/coordinator/signups' },
  { method: 'GET', path: '/api/coordinator/signups.csv' },
  { method: 'GET', path: '/api/coordinator/signups/su-x' },
  { method: 'POST', path: '/api/coordinator/signups/su-x/erase' },
  { method: 'GET', path: '/api/coordinator/signups/su-x/export' },
  { method: 'GET', path: '/api/coordinator/signups/su-x/candidates' },
  ...PEOPLE_ROUTE_EXAMPLES,
  ...COORDINATOR_OCCUPATION_ROUTE_EXAMPLES,
  ...COORDINATOR_MATCH_ROUTE_EXAMPLES,
  ...COORDINATOR_TRAINING_ROUTE_EXAMPLES,
  ...COORDINATOR_FEED_ROUTE_EXAMPLES,
  ...COORDINATOR_OUTBOX_ROUTE_EXAMPLES,
  ...COORDINATOR_REPORT_ROUTE_EXAMPLES,
  { method: 'GET', path: '/api/coordinator/no-such-route' },
];
