// The public API of the data contract: what the widgets on a partner's page call.
import { SignupSubmissionSchema, type SignupSubmission } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { trainingsToIcal } from '../feeds/ical.ts';
import { trainingsToJson } from '../feeds/json-feed.ts';
import { inScope, sessionActor } from '../coordinator-auth/authorize.ts';
import { bearerToken } from '../coordinator-token.ts';
import { HttpProblem, sendJson, sendText } from '../http/respond.ts';
import { toMatchProfile, type MatchAudience } from '../store/candidates.ts';
import type { MatchRole } from '../store/match-history.ts';
import { readMatchLink } from '../store/match-links.ts';
import { getMatch } from '../store/matches.ts';
import { getSignup, keyStatus, storeSignup, type StoreResult } from '../store/signups.ts';
import {
  listTrainings,
  seatsTaken,
  seriesUid,
  trainingAvailability,
  type TrainingAvailability,
} from '../store/trainings.ts';
import { nextOpenTraining } from '../feeds/next-open-training.ts';
import { queueSignupMails } from '../signup-mail/signup-mail.ts';
import { answerErrors } from '../programmes/programme-questions.ts';
import { clientAddress, readValid, type BackendContext } from './context.ts';
import { publicFeedRoutes } from './external-feed-routes.ts';
import { followUpRoutes } from './follow-up-routes.ts';
import { participantRoutes } from './participant-routes.ts';
import type { Route, RouteContext } from './router.ts';

/** An idempotency key: what a draftId (a UUID) or another client's key looks like. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

/** Form fields that must be numbers (a form sends everything as text). */
const NUMERIC_FORM_FIELDS = new Set(['profile.yearsOfExperience']);

async function postSignup(backend: BackendContext, { request, response }: RouteContext) {
  if (backend.signupLimiter) {
    const decision = await backend.signupLimiter.take(clientAddress(request, backend.trustProxy));
    if (!decision.allowed) {
      request.resume();
      throw new HttpProblem(
        {
          status: 429,
          title: 'Too many requests',
          detail: `Too many signups from this address; try again in ${decision.retryAfterSeconds} s.`,
        },
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
  }
  const keyHeader = request.headers['idempotency-key'];
  const key = (Array.isArray(keyHeader) ? keyHeader[0] : keyHeader)?.trim();
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    request.resume();
    throw new HttpProblem({
      status: 400,
      title: 'Idempotency-Key required',
      detail: 'Send an Idempotency-Key header (the draftId): 8 to 200 visible ASCII characters.',
    });
  }
  const submission = await readValid(
    request,
    SignupSubmissionSchema,
    backend.bodyLimit,
    NUMERIC_FORM_FIELDS,
  );
  // Answers only to the programme's own questions (no free key for special-category data).
  const questions = backend.programmeQuestions.questionsFor(submission.programmeId);
  const errors = answerErrors(questions, submission.answers);
  if (errors.length > 0) {
    throw new HttpProblem({
      status: 422,
      title: 'Invalid submission',
      detail: 'Some answers are to questions this programme does not ask; see errors.',
      errors,
    });
  }
  // One statement stores the signup, or finds its key stored (409) or erased (410): a
  // transaction only when more is read or written with it, a training's seat or the signup's
  // mails (db/transaction-batch.ts may share it with concurrent signups on PGlite).
  const result =
    submission.trainingUid || backend.signupMail
      ? await backend.signupTransaction((tx) => storeWithSeatAndMails(backend, tx, key, submission))
      : await storeSignup(backend.database, key, submission, { createdAt: backend.now() });
  if (result.outcome === 'erased') {
    throw new HttpProblem({
      status: 410,
      title: 'Erased',
      detail: 'This signup was erased at the person’s request; it is not stored again.',
    });
  }
  if (result.outcome === 'stored') {
    throw new HttpProblem({
      status: 409,
      title: 'Already stored',
      detail: 'A signup with this Idempotency-Key is already stored.',
      id: result.id,
    });
  }
  sendJson(response, 201, { id: result.id, status: 'stored' });
}

/**
 * A signup with a training or mails, in `tx`: its seat is checked and its mails are queued in
 * the transaction that stores it (the outbox pattern): never a stored signup without its
 * confirmation. If its mails cannot be queued, nothing is stored and the answer is a 5xx, which
 * the form retries with the same key. On PGlite `tx` may be shared with concurrent signups
 * (db/transaction-batch.ts): this may run twice, and writes nothing outside `tx`.
 */
async function storeWithSeatAndMails(
  backend: BackendContext,
  tx: Queryable,
  key: string,
  submission: SignupSubmission,
): Promise<StoreResult> {
  let toStore = submission;
  if (submission.trainingUid) {
    const { availability, uid, programmeId } = await trainingAvailability(
      tx,
      submission.trainingUid,
      submission.programmeId,
    );
    if (availability !== 'open') {
      // A retry of a stored signup is answered as one (409), even if its training filled since.
      const { storedId, erased } = await keyStatus(tx, key);
      if (storedId) return { outcome: 'stored', id: storedId };
      if (erased) return { outcome: 'erased' };
      throw await trainingProblem(tx, availability, submission.trainingUid, backend.now());
    }
    // Stored under the name the feeds count its seats by (an occurrence has two spellings); a
    // signup that names no programme is the training's programme's (its coordinators run it).
    toStore = {
      ...submission,
      trainingUid: uid,
      ...(!submission.programmeId && programmeId ? { programmeId } : {}),
    };
  }
  const stored = await storeSignup(tx, key, toStore, { createdAt: backend.now() });
  if (stored.outcome === 'created' && backend.signupMail) {
    await queueSignupMails(backend.signupMail, stored.id, tx);
  }
  return stored;
}

/**
 * Why a signup for a training is refused: there is no such training, it is full or cancelled,
 * or it is another programme's (a training of no programme takes any programme's signups).
 * When it is full or cancelled, the answer names the next date with a seat (`next`), which the
 * form offers the person instead.
 */
async function trainingProblem(
  tx: Queryable,
  availability: Exclude<TrainingAvailability, 'open'>,
  uid: string,
  now: Date,
): Promise<HttpProblem> {
  const next =
    availability === 'unknown' || availability === 'other-programme'
      ? undefined
      : nextOpenTraining(
          trainingsToJson(await listTrainings(tx), await seatsTaken(tx)),
          uid,
          seriesUid(uid),
          now,
        );
  const detail = {
    full: 'The training is fully booked.',
    cancelled: 'The training is cancelled.',
    unknown: 'There is no such training.',
    'other-programme': 'The training belongs to another programme than this signup.',
  }[availability];
  return new HttpProblem({
    status: 422,
    title: 'Invalid submission',
    detail,
    type: `https://mentorkit.example/problems/training-${availability}`,
    errors: [{ field: 'trainingUid', detail }],
    ...(next ? { next } : {}),
  });
}

/** A programme's questions, as the signup form's `questions` property takes them. */
function getQuestions(backend: BackendContext, { url, response }: RouteContext) {
  const programme = url.searchParams.get('programme');
  const questions = backend.programmeQuestions.questionsFor(programme || undefined);
  sendJson(response, 200, questions, { 'Cache-Control': 'no-cache' });
}

/**
 * The trainings a feed shows: `?programme=<id>` those of one programme (what a widget with a
 * `programme` attribute asks for), else every one.
 */
function feedTrainings(backend: BackendContext, url: URL) {
  const programme = url.searchParams.get('programme')?.slice(0, 200);
  return listTrainings(backend.database, programme ? [programme] : 'all');
}

async function getTrainingsIcs(backend: BackendContext, { response, url }: RouteContext) {
  const trainings = await feedTrainings(backend, url);
  sendText(response, 200, trainingsToIcal(trainings), 'text/calendar; charset=utf-8', {
    'Content-Disposition': 'inline; filename="trainings.ics"',
    'Cache-Control': 'no-cache',
  });
}

async function getTrainingsJson(backend: BackendContext, { response, url }: RouteContext) {
  const [trainings, taken] = await Promise.all([
    feedTrainings(backend, url),
    seatsTaken(backend.database),
  ]);
  sendJson(response, 200, trainingsToJson(trainings, taken), { 'Cache-Control': 'no-cache' });
}

async function getMatchProfile(
  backend: BackendContext,
  { request, response, url, params }: RouteContext,
) {
  const match = await getMatch(backend.database, params[0]!);
  if (!match) throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such match.' });
  const [mentor, mentee] = await Promise.all([
    getSignup(backend.database, match.mentorSignupId),
    getSignup(backend.database, match.menteeSignupId),
  ]);
  if (!mentor || !mentee) throw new HttpProblem({ status: 404, title: 'Not found' });

  const authorization = request.headers.authorization;
  const participantToken = url.searchParams.get('token') ?? bearerToken(authorization);
  let audience: MatchAudience = 'public';
  let viewer: MatchRole | undefined;
  // A coordinator's session (the cookie) shows the names, for a match of their programmes.
  const coordinator = await sessionActor(backend, request);
  if (
    coordinator &&
    inScope(coordinator, mentor.programmeId) &&
    inScope(coordinator, mentee.programmeId)
  )
    audience = 'coordinator';
  else if (participantToken !== '') {
    // A person's own link (api/participant-routes.ts), here for a card that names the match.
    const link = await readMatchLink(backend.database, participantToken, backend.now());
    if (link.kind !== 'valid' || link.matchId !== match.id) {
      throw new HttpProblem({
        status: 403,
        title: 'Forbidden',
        detail: 'The token is not valid for this match.',
      });
    }
    audience = 'participant';
    viewer = link.role;
  }
  sendJson(response, 200, toMatchProfile(match, mentor, mentee, audience, viewer), {
    'Cache-Control': audience === 'public' ? 'no-cache' : 'private, no-store',
    Vary: 'Authorization, Cookie',
  });
}

export function publicRoutes(backend: BackendContext): Route[] {
  return [
    { method: 'POST', path: /^\/api\/signups$/, handle: (c) => postSignup(backend, c) },
    { method: 'GET', path: /^\/api\/questions$/, handle: (c) => getQuestions(backend, c) },
    { method: 'GET', path: /^\/api\/trainings\.ics$/, handle: (c) => getTrainingsIcs(backend, c) },
    {
      method: 'GET',
      path: /^\/api\/trainings\.json$/,
      handle: (c) => getTrainingsJson(backend, c),
    },
    {
      method: 'GET',
      path: /^\/api\/matches\/([^/]+)$/,
      handle: (c) => getMatchProfile(backend, c),
    },
    ...publicFeedRoutes(backend),
    ...participantRoutes(backend),
    ...followUpRoutes(backend),
  ];
}
