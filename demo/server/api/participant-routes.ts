// A participant's own API, reached only through their link's token: their match card as they
// may see it, and their answer (accept, decline with an optional reason). The token names the
// match and the person; a token that is unknown answers 404, one expired or revoked 410, and
// neither says which match it was for.
import * as z from 'zod/mini';
import { optionalText, type MatchProfile } from '@mentorkit/core';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { applyStep } from '../match-lifecycle/lifecycle.ts';
import { afterMatchStep } from '../match-mail/after-start.ts';
import {
  MeetingSchema,
  recordMatchMeeting,
  recordedOrProblem,
} from '../match-lifecycle/meetings.ts';
import { participantApiPath } from '../match-lifecycle/participant-page.ts';
import type { ParticipantStep } from '../match-lifecycle/transitions.ts';
import { toMatchProfile } from '../store/candidates.ts';
import type { MatchRole } from '../store/match-history.ts';
import { readMatchLink } from '../store/match-links.ts';
import { getMatch, type StoredMatch } from '../store/matches.ts';
import { getSignup } from '../store/signups.ts';
import { readValid, type BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/** The longest reason a person may give for declining. */
export const REASON_LIMIT = 500;

const DeclineSchema = z.object({ reason: z.optional(optionalText(REASON_LIMIT)) });

/** The match and whose link it is, or the problem to answer. */
export async function linkedMatch(
  backend: BackendContext,
  token: string,
): Promise<{ match: StoredMatch; role: MatchRole }> {
  const link = await readMatchLink(backend.database, token, backend.now());
  if (link.kind === 'unknown') {
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such link.' });
  }
  if (link.kind !== 'valid') {
    throw new HttpProblem({
      status: 410,
      title: link.kind === 'expired' ? 'Link expired' : 'Link revoked',
      detail: "Ask the programme's coordinator for a new link.",
    });
  }
  const match = await getMatch(backend.database, link.matchId);
  if (!match) throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such link.' });
  return { match, role: link.role };
}

/** The card of the link's person, with where to send an answer while one is possible. */
export async function participantProfile(
  backend: BackendContext,
  match: StoredMatch,
  role: MatchRole,
  token: string,
): Promise<MatchProfile> {
  const [mentor, mentee] = await Promise.all([
    getSignup(backend.database, match.mentorSignupId),
    getSignup(backend.database, match.menteeSignupId),
  ]);
  if (!mentor || !mentee) throw new HttpProblem({ status: 404, title: 'Not found' });
  const profile = toMatchProfile(match, mentor, mentee, 'participant', role);
  const answered = role === 'mentor' ? match.mentorAcceptedAt : match.menteeAcceptedAt;
  if (match.status === 'proposed') {
    const base = participantApiPath(token);
    // Accepting twice is harmless, but the card need not offer it; declining stays possible.
    profile.actions = {
      ...(answered ? {} : { accept: `${base}/accept` }),
      decline: `${base}/decline`,
    };
  }
  return profile;
}

async function getCard(backend: BackendContext, { response, params }: RouteContext) {
  const token = params[0]!;
  const { match, role } = await linkedMatch(backend, token);
  sendJson(response, 200, await participantProfile(backend, match, role, token), PRIVATE);
}

async function answer(
  backend: BackendContext,
  { request, response, params }: RouteContext,
  step: ParticipantStep,
) {
  const token = params[0]!;
  const reason =
    step === 'decline'
      ? (await readValid(request, DeclineSchema, 4096)).reason?.trim() || undefined
      : (request.resume(), undefined);
  const { match, role } = await linkedMatch(backend, token);
  const { matchMail } = backend;
  const result = await applyStep(
    backend.database,
    match.id,
    role,
    step,
    backend.now(),
    reason,
    matchMail ? afterMatchStep(matchMail) : undefined,
  );
  if (result.kind === 'not-found') throw new HttpProblem({ status: 404, title: 'Not found' });
  if (result.kind === 'refused') {
    throw new HttpProblem({
      status: 409,
      title: 'Not possible now',
      detail: `The match is ${match.status}: it can no longer be ${step === 'accept' ? 'accepted' : 'declined'}.`,
    });
  }
  sendJson(response, 200, await participantProfile(backend, result.match, role, token), PRIVATE);
}

/** The person records a day they met; the card comes back with the new count. */
async function recordMeetingRoute(
  backend: BackendContext,
  { request, response, params }: RouteContext,
) {
  const token = params[0]!;
  const { date } = await readValid(request, MeetingSchema, 4096);
  const { match, role } = await linkedMatch(backend, token);
  const recorded = recordedOrProblem(
    await recordMatchMeeting(backend.database, match.id, role, date, backend.now()),
  );
  sendJson(
    response,
    recorded.added ? 201 : 200,
    await participantProfile(backend, recorded.match, role, token),
    PRIVATE,
  );
}

const TOKEN = '([A-Za-z0-9_-]{1,100})';

export function participantRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: new RegExp(`^/api/participant/${TOKEN}$`),
      handle: (context) => getCard(backend, context),
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/participant/${TOKEN}/accept$`),
      handle: (context) => answer(backend, context, 'accept'),
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/participant/${TOKEN}/decline$`),
      handle: (context) => answer(backend, context, 'decline'),
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/participant/${TOKEN}/meetings$`),
      handle: (context) => recordMeetingRoute(backend, context),
    },
  ];
}
