// A follow-up's own API, reached only through its link's token: the questionnaire (whose, which
// round, in which language) and the answers, which may be changed until the link expires. The
// answers are checked against the link's role: a mentee's link takes a mentee's answers. An
// unknown token answers 404, an expired one 410, and neither says whose it was.
import { FollowUpAnswersSchema, type FollowUpQuestionnaire } from '@mentorkit/core';
import { followUpLocale } from '../follow-up/follow-up-page.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { readFollowUpLink, saveFollowUpAnswers, type StoredFollowUp } from '../store/follow-ups.ts';
import { readValid, type BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/** Answers are small: a comment of 5,000 characters, in any script, and a few choices. */
const ANSWERS_LIMIT = 32 * 1024;

async function validFollowUp(backend: BackendContext, token: string): Promise<StoredFollowUp> {
  const link = await readFollowUpLink(backend.database, token, backend.now());
  if (link.kind === 'unknown') {
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such link.' });
  }
  if (link.kind === 'expired') {
    throw new HttpProblem({
      status: 410,
      title: 'Link expired',
      detail: "Contact the programme's coordinator if you would like to answer.",
    });
  }
  return link.followUp;
}

async function questionnaireOf(
  backend: BackendContext,
  followUp: StoredFollowUp,
): Promise<FollowUpQuestionnaire> {
  const locale = await followUpLocale(backend.database, followUp);
  // The person was erased meanwhile: the follow-up went with them.
  if (!locale) throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such link.' });
  return {
    role: followUp.role,
    monthsAfterStart: followUp.monthsAfterStart,
    locale,
    expiresAt: followUp.expiresAt,
    ...(followUp.answeredAt ? { answeredAt: followUp.answeredAt } : {}),
  };
}

async function getQuestionnaire(backend: BackendContext, { response, params }: RouteContext) {
  const followUp = await validFollowUp(backend, params[0]!);
  sendJson(response, 200, await questionnaireOf(backend, followUp), PRIVATE);
}

async function postAnswers(backend: BackendContext, { request, response, params }: RouteContext) {
  const answers = await readValid(request, FollowUpAnswersSchema, ANSWERS_LIMIT);
  const followUp = await validFollowUp(backend, params[0]!);
  if (answers.role !== followUp.role) {
    throw new HttpProblem({
      status: 422,
      title: 'Invalid submission',
      detail: `This link takes a ${followUp.role}'s answers.`,
      errors: [{ field: 'role', detail: `Must be "${followUp.role}".` }],
    });
  }
  const saved = await saveFollowUpAnswers(backend.database, followUp.id, answers, backend.now());
  if (!saved) throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such link.' });
  sendJson(response, 200, await questionnaireOf(backend, saved), PRIVATE);
}

const TOKEN = '([A-Za-z0-9_-]{1,100})';

export function followUpRoutes(backend: BackendContext): Route[] {
  const path = new RegExp(`^/api/follow-ups/${TOKEN}$`);
  return [
    { method: 'GET', path, handle: (context) => getQuestionnaire(backend, context) },
    { method: 'POST', path, handle: (context) => postAnswers(backend, context) },
  ];
}
