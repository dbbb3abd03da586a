// The administrators' routes (authorize.ts lets nobody else reach them): programmes, the
// coordinators' accounts (invite by mail, invite again, revoke, remove) and the audit log.
// Each change is logged by the dispatcher (audit.ts), the account named as its subject.
import * as z from 'zod/mini';
import {
  EmailSchema,
  IdentifierSchema,
  SUPPORTED_LOCALES,
  TEXT_LIMITS,
  boundedText,
} from '@mentorkit/core';
import { readValid, type BackendContext } from '../api/context.ts';
import { boundRoute } from '../api/bound-route.ts';
import type { Route, RouteContext } from '../api/router.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { listAudit } from '../store/audit-log.ts';
import type { Queryable } from '../db/database.ts';
import {
  insertCoordinator,
  insertProgramme,
  listCoordinators,
  listProgrammes,
  reinviteCoordinator,
  removeCoordinator,
  revokeCoordinator,
  updateProgramme,
  type Coordinator,
} from '../store/coordinators.ts';
import { auditSubject } from './audit.ts';
import { actorOf, inScope, notFound } from './authorize.ts';
import { queueSignInMail, type AccountMailSettings } from './sign-in-mail.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

// A programme's languages (empty: every language) and capacity default (mentees per mentor
// when a mentor's signup does not say); optional, the database has defaults.
const ProgrammeSettingsSchema = z.object({
  name: boundedText(TEXT_LIMITS.short),
  languages: z.optional(z.array(z.enum(SUPPORTED_LOCALES)).check(z.maxLength(20))),
  capacityDefault: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
});

const NewProgrammeSchema = z.extend(ProgrammeSettingsSchema, { id: IdentifierSchema });

const NewCoordinatorSchema = z.object({
  email: EmailSchema,
  name: boundedText(TEXT_LIMITS.short),
  role: z.enum(['administrator', 'coordinator']),
  lang: z.optional(z.enum(['sv', 'en'])),
  programmes: z.array(IdentifierSchema).check(z.maxLength(100)),
});

async function addProgramme(backend: BackendContext, { request, response }: RouteContext) {
  const input = await readValid(request, NewProgrammeSchema, 4096);
  if (!(await insertProgramme(backend.database, { ...input, now: backend.now() }))) {
    throw new HttpProblem({
      status: 409,
      title: 'Programme exists',
      errors: [{ field: 'id', detail: 'A programme has this id already.' }],
    });
  }
  auditSubject(request, 'programme', input.id);
  sendJson(response, 201, { id: input.id }, NO_STORE);
}

async function changeProgramme(
  backend: BackendContext,
  { request, response, params }: RouteContext,
) {
  const input = await readValid(request, ProgrammeSettingsSchema, 4096);
  const changed = await updateProgramme(backend.database, params[0]!, input);
  if (!changed) throw notFound('No such programme.');
  auditSubject(request, 'programme', changed.id);
  sendJson(response, 200, changed, NO_STORE);
}

function accountMailOf(backend: BackendContext): AccountMailSettings {
  if (!backend.accountMail) {
    throw new HttpProblem({
      status: 503,
      title: 'No mail',
      detail: 'This backend sends no mail, so it cannot send invitations.',
    });
  }
  return backend.accountMail;
}

/** Mails `account` its invitation from the request's administrator, in `tx`. */
async function sendInvitation(
  tx: Queryable,
  backend: BackendContext,
  request: RouteContext['request'],
  account: Coordinator & { email: string },
): Promise<void> {
  const names = new Map((await listProgrammes(tx)).map((p) => [p.id, p.name]));
  await queueSignInMail(tx, accountMailOf(backend), account, backend.now(), {
    inviter: actorOf(request).name,
    programmeNames: account.programmes.map((id) => names.get(id) ?? id),
  });
}

async function inviteCoordinator(backend: BackendContext, { request, response }: RouteContext) {
  const input = await readValid(request, NewCoordinatorSchema, 8192);
  accountMailOf(backend);
  const known = new Set((await listProgrammes(backend.database)).map((p) => p.id));
  const unknown = input.programmes.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new HttpProblem({
      status: 422,
      title: 'Unknown programme',
      errors: [
        {
          field: 'programmes',
          detail: `There is no programme ${unknown.join(', ')}. Add it first, or check the spelling.`,
        },
      ],
    });
  }
  const created = await backend.database.transaction(async (tx) => {
    const account = await insertCoordinator(tx, {
      ...input,
      lang: input.lang ?? 'sv',
      invitedBy: actorOf(request).id,
      now: backend.now(),
    });
    if (account) await sendInvitation(tx, backend, request, { ...account, email: input.email });
    return account;
  });
  if (!created) {
    throw new HttpProblem({
      status: 409,
      title: 'Account exists',
      errors: [{ field: 'email', detail: 'This address has an account already.' }],
    });
  }
  auditSubject(request, 'coordinator', created.id);
  sendJson(response, 201, created, NO_STORE);
}

async function reinviteRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  request.resume();
  accountMailOf(backend);
  const result = await backend.database.transaction(async (tx) => {
    const account = await reinviteCoordinator(tx, params[0]!, actorOf(request).id, backend.now());
    if (typeof account === 'object' && account.email) {
      await sendInvitation(tx, backend, request, { ...account, email: account.email });
    }
    return account;
  });
  if (result === 'not-found') throw notFound('No such coordinator.');
  if (result === 'active') {
    throw new HttpProblem({
      status: 409,
      title: 'Already active',
      detail: 'This account has accepted its invitation: they sign in with their address.',
    });
  }
  sendJson(response, 200, result, NO_STORE);
}

async function revokeRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  request.resume();
  const result = await backend.database.transaction((tx) =>
    revokeCoordinator(tx, params[0]!, backend.now()),
  );
  if (result === 'not-found') throw notFound('No such coordinator.');
  if (result === 'last-administrator') {
    throw new HttpProblem({
      status: 409,
      title: 'Last administrator',
      detail: 'Invite another administrator before revoking this one.',
    });
  }
  sendJson(response, 200, result, NO_STORE);
}

async function removeRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  request.resume();
  const result = await backend.database.transaction((tx) => removeCoordinator(tx, params[0]!));
  if (result === 'not-found') throw notFound('No such coordinator.');
  if (result === 'last-administrator') {
    throw new HttpProblem({
      status: 409,
      title: 'Last administrator',
      detail: 'Invite another administrator before removing this one.',
    });
  }
  sendJson(response, 200, { removed: params[0] }, NO_STORE);
}

export function administratorRoutes(backend: BackendContext): Route[] {
  const route = boundRoute(backend);
  return [
    // Everyone's (authorize.ts): a coordinator reads their own programmes' names.
    route('GET', /^\/api\/coordinator\/programmes$/, async (b, { request, response }) => {
      const actor = actorOf(request);
      const programmes = (await listProgrammes(b.database)).filter((p) => inScope(actor, p.id));
      sendJson(response, 200, programmes, NO_STORE);
    }),
    route('POST', /^\/api\/coordinator\/programmes$/, addProgramme),
    route('PUT', /^\/api\/coordinator\/programmes\/([^/]+)$/, changeProgramme),
    route('GET', /^\/api\/coordinator\/coordinators$/, async (b, { response }) =>
      sendJson(response, 200, await listCoordinators(b.database), NO_STORE),
    ),
    route('POST', /^\/api\/coordinator\/coordinators$/, inviteCoordinator),
    route('DELETE', /^\/api\/coordinator\/coordinators\/([^/]+)$/, removeRoute),
    route('POST', /^\/api\/coordinator\/coordinators\/([^/]+)\/invitation$/, reinviteRoute),
    route('POST', /^\/api\/coordinator\/coordinators\/([^/]+)\/revoke$/, revokeRoute),
    route('GET', /^\/api\/coordinator\/audit$/, async (b, { response, url }) => {
      const subject = url.searchParams.get('subject')?.slice(0, 200) || undefined;
      sendJson(
        response,
        200,
        await listAudit(b.database, subject ? { subjectId: subject } : {}),
        NO_STORE,
      );
    }),
  ];
}

export const ADMINISTRATOR_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/programmes' },
  { method: 'POST', path: '/api/coordinator/programmes' },
  { method: 'PUT', path: '/api/coordinator/programmes/p-x' },
  { method: 'GET', path: '/api/coordinator/coordinators' },
  { method: 'POST', path: '/api/coordinator/coordinators' },
  { method: 'DELETE', path: '/api/coordinator/coordinators/co-x' },
  { method: 'POST', path: '/api/coordinator/coordinators/co-x/invitation' },
  { method: 'POST', path: '/api/coordinator/coordinators/co-x/revoke' },
  { method: 'GET', path: '/api/coordinator/audit' },
] as const;
