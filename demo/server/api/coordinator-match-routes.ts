// The coordinator's side of the match lifecycle: propose (which issues both people their links
// and queues the introductions), list each match with its state, history and who has not
// answered, take a step (activate, pause, complete, close with a reason), and revoke or
// reissue a person's link.
import * as z from 'zod/mini';
import { optionalText, type MatchProfile } from '@mentorkit/core';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { applyStep, proposeMatch, replaceParticipantLink } from '../match-lifecycle/lifecycle.ts';
import {
  COORDINATOR_STEPS,
  waitingFor,
  type CoordinatorStep,
} from '../match-lifecycle/transitions.ts';
import { afterMatchStep } from '../match-mail/after-start.ts';
import {
  MeetingSchema,
  recordMatchMeeting,
  recordedOrProblem,
} from '../match-lifecycle/meetings.ts';
import {
  participantPath,
  queueIntroductionMails,
  queueReissuedIntroduction,
} from '../match-mail/match-mail.ts';
import { occupationIndex } from '../occupations/occupation-index.ts';
import { pairReasons } from '../occupations/pair-reasons.ts';
import { capacityDefaultOf } from '../store/candidates.ts';
import { programmeCapacityDefaults } from '../store/coordinators.ts';
import { toMatchProfile } from '../store/candidates.ts';
import { listMatchEvents, type MatchEvent, type MatchRole } from '../store/match-history.ts';
import { summariseMatchLinks, type LinkSummary } from '../store/match-links.ts';
import { listFollowUps, type StoredFollowUp } from '../store/follow-ups.ts';
import { listMatches, openMatchesPerMentor } from '../store/matches.ts';
import { lastMeetings } from '../store/meetings.ts';
import { getSignup } from '../store/signups.ts';
import { auditSubject } from '../coordinator-auth/audit.ts';
import { actorOf, inScope } from '../coordinator-auth/authorize.ts';
import { readValid, type BackendContext } from './context.ts';
import {
  COORDINATOR_SESSION_ROUTE_EXAMPLES,
  coordinatorSessionRoutes,
} from './coordinator-session-routes.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The longest reason a coordinator may give for a step or a link. */
const REASON_LIMIT = 500;

/** One entry of `GET /api/coordinator/matches`. */
export interface MatchListEntry {
  demo: boolean;
  profile: MatchProfile;
  /** The two people's signups, for the coordinator's links to each person's view. */
  signupIds: Record<MatchRole, string>;
  history: MatchEvent[];
  /** Who has not answered the proposal yet (empty once it is no longer proposed). */
  waitingFor: MatchRole[];
  links: Record<MatchRole, LinkSummary>;
  /** The last day the two met (YYYY-MM-DD), or null when none is recorded. */
  lastMeeting: string | null;
  /** Each follow-up sent so far: which round, whose, and whether it was answered. */
  followUps: FollowUpState[];
}

export interface FollowUpState {
  monthsAfterStart: number;
  role: MatchRole;
  state: 'answered' | 'waiting' | 'expired';
}

function followUpStates(followUps: readonly StoredFollowUp[], now: Date): FollowUpState[] {
  return followUps.map((followUp) => ({
    monthsAfterStart: followUp.monthsAfterStart,
    role: followUp.role,
    state: followUp.answeredAt
      ? 'answered'
      : Date.parse(followUp.expiresAt) <= now.getTime()
        ? 'expired'
        : 'waiting',
  }));
}

/** What proposing answers: the card, and each person's link (also in their introduction mail). */
export interface ProposedMatch {
  profile: MatchProfile;
  participantUrls: Record<MatchRole, string>;
}

/** What reissuing a link answers: the new link, shown once (its token is not stored). */
export interface ReissuedLink {
  url: string;
}

const notFound = (detail: string) => new HttpProblem({ status: 404, title: 'Not found', detail });

/** A link as the coordinator passes it on: in full when the public address is known. */
const linkUrl = (backend: BackendContext, token: string) =>
  `${backend.matchMail?.publicUrl ?? '/'}${participantPath(token)}`;

const clockOf = (backend: BackendContext) => ({
  now: backend.now(),
  linkTtlMs: backend.matchLinkTtlMs,
});

const NewMatchSchema = z.object({ mentorId: z.string(), menteeId: z.string() });

async function createMatchRoute(backend: BackendContext, { request, response }: RouteContext) {
  const { mentorId, menteeId } = await readValid(request, NewMatchSchema, 4096);
  const actor = actorOf(request);
  const [mentor, mentee, open, index, capacityDefaults] = await Promise.all([
    getSignup(backend.database, mentorId),
    getSignup(backend.database, menteeId),
    openMatchesPerMentor(backend.database),
    occupationIndex(),
    programmeCapacityDefaults(backend.database),
  ]);
  // A person of another programme is not the coordinator's to match: as if unknown.
  if (!mentor || mentor.kind !== 'mentor' || !inScope(actor, mentor.programmeId))
    throw notFound('No such mentor.');
  if (!mentee || mentee.kind !== 'mentee' || !inScope(actor, mentee.programmeId))
    throw notFound('No such mentee.');
  const { score, reasons } = pairReasons(
    index,
    mentor,
    mentee,
    open.get(mentor.id) ?? 0,
    capacityDefaultOf(mentor, capacityDefaults),
  );
  const { matchMail } = backend;
  const proposed = await proposeMatch(
    backend.database,
    {
      mentorSignupId: mentor.id,
      menteeSignupId: mentee.id,
      score,
      reasons,
      plannedMeetings: 10,
      meetingsHeld: 0,
    },
    clockOf(backend),
    matchMail
      ? (tx, match, tokens) => queueIntroductionMails(tx, matchMail, match, tokens)
      : undefined,
  );
  if (!proposed) {
    throw new HttpProblem({
      status: 409,
      title: 'Already matched',
      detail: 'These two are already matched.',
    });
  }
  auditSubject(request, 'match', proposed.match.id);
  const body: ProposedMatch = {
    profile: toMatchProfile(proposed.match, mentor, mentee, 'coordinator'),
    participantUrls: {
      mentor: linkUrl(backend, proposed.tokens.mentor),
      mentee: linkUrl(backend, proposed.tokens.mentee),
    },
  };
  sendJson(response, 201, body, NO_STORE);
}

async function listMatchesRoute(backend: BackendContext, { request, response }: RouteContext) {
  const actor = actorOf(request);
  const matches = await listMatches(backend.database);
  const ids = matches.map((match) => match.id);
  const now = backend.now();
  const [history, links, meetings, followUps] = await Promise.all([
    listMatchEvents(backend.database, ids),
    summariseMatchLinks(backend.database, ids, now),
    lastMeetings(backend.database, ids),
    listFollowUps(backend.database, ids),
  ]);
  const entries: MatchListEntry[] = [];
  for (const match of matches) {
    const [mentor, mentee] = await Promise.all([
      getSignup(backend.database, match.mentorSignupId),
      getSignup(backend.database, match.menteeSignupId),
    ]);
    // Only the matches whose two people are both of the coordinator's programmes.
    if (
      mentor &&
      mentee &&
      inScope(actor, mentor.programmeId) &&
      inScope(actor, mentee.programmeId)
    ) {
      entries.push({
        demo: match.demo,
        profile: toMatchProfile(match, mentor, mentee, 'coordinator'),
        signupIds: { mentor: mentor.id, mentee: mentee.id },
        history: history.get(match.id) ?? [],
        waitingFor: waitingFor(match),
        links: links.get(match.id)!,
        lastMeeting: meetings.get(match.id) ?? null,
        followUps: followUpStates(
          followUps.filter((followUp) => followUp.matchId === match.id),
          now,
        ),
      });
    }
  }
  sendJson(response, 200, entries, NO_STORE);
}

const ReasonSchema = z.object({ reason: z.optional(optionalText(REASON_LIMIT)) });

async function stepRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  const step = params[1] as CoordinatorStep;
  const reason = (await readValid(request, ReasonSchema, 4096)).reason?.trim() || undefined;
  const { matchMail } = backend;
  const result = await applyStep(
    backend.database,
    params[0]!,
    'coordinator',
    step,
    backend.now(),
    reason,
    matchMail ? afterMatchStep(matchMail) : undefined,
  );
  if (result.kind === 'not-found') throw notFound('No such match.');
  if (result.kind === 'refused') {
    if (result.why === 'reason-required') {
      throw new HttpProblem({
        status: 422,
        title: 'Reason required',
        errors: [{ field: 'reason', detail: 'Say why the match is closed.' }],
      });
    }
    throw new HttpProblem({
      status: 409,
      title: 'Not possible now',
      detail: `A match cannot be ${step === 'activate' ? 'activated' : `${step}d`} from its status.`,
    });
  }
  const [mentor, mentee] = await Promise.all([
    getSignup(backend.database, result.match.mentorSignupId),
    getSignup(backend.database, result.match.menteeSignupId),
  ]);
  if (!mentor || !mentee) throw notFound('No such match.');
  sendJson(response, 200, toMatchProfile(result.match, mentor, mentee, 'coordinator'), NO_STORE);
}

async function linkRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  const [matchId, role, what] = params as [string, MatchRole, 'revoke' | 'reissue'];
  const reason = (await readValid(request, ReasonSchema, 4096)).reason?.trim() || undefined;
  const { matchMail } = backend;
  const result = await replaceParticipantLink(
    backend.database,
    matchId,
    role,
    clockOf(backend),
    { revokeOnly: what === 'revoke', ...(reason ? { reason } : {}) },
    matchMail
      ? (tx, match, token) => queueReissuedIntroduction(tx, matchMail, match, role, token)
      : undefined,
  );
  if (result.kind === 'not-found') throw notFound('No such match.');
  if (result.token === undefined) {
    sendJson(response, 200, { revoked: true }, NO_STORE);
    return;
  }
  const body: ReissuedLink = { url: linkUrl(backend, result.token) };
  sendJson(response, 200, body, NO_STORE);
}

async function meetingRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  const { date } = await readValid(request, MeetingSchema, 4096);
  const { match, added } = recordedOrProblem(
    await recordMatchMeeting(backend.database, params[0]!, 'coordinator', date, backend.now()),
  );
  const [mentor, mentee] = await Promise.all([
    getSignup(backend.database, match.mentorSignupId),
    getSignup(backend.database, match.menteeSignupId),
  ]);
  if (!mentor || !mentee) throw notFound('No such match.');
  sendJson(
    response,
    added ? 201 : 200,
    toMatchProfile(match, mentor, mentee, 'coordinator'),
    NO_STORE,
  );
}

export function coordinatorMatchRoutes(backend: BackendContext): Route[] {
  const steps = COORDINATOR_STEPS.join('|');
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/matches$/,
      handle: (context) => listMatchesRoute(backend, context),
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/matches$/,
      handle: (context) => createMatchRoute(backend, context),
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/coordinator/matches/([^/]+)/(${steps})$`),
      handle: (context) => stepRoute(backend, context),
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/matches\/([^/]+)\/meetings$/,
      handle: (context) => meetingRoute(backend, context),
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/matches\/([^/]+)\/links\/(mentor|mentee)\/(revoke|reissue)$/,
      handle: (context) => linkRoute(backend, context),
    },
    // What mentors shared from their extension, per match (issue 18).
    ...coordinatorSessionRoutes(backend),
  ];
}

export const COORDINATOR_MATCH_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/matches' },
  { method: 'POST', path: '/api/coordinator/matches' },
  { method: 'POST', path: '/api/coordinator/matches/m-x/close' },
  { method: 'POST', path: '/api/coordinator/matches/m-x/meetings' },
  { method: 'POST', path: '/api/coordinator/matches/m-x/links/mentee/reissue' },
  ...COORDINATOR_SESSION_ROUTE_EXAMPLES,
] as const;
