// Passkeys (WebAuthn, with @simplewebauthn/server; decision 0027): a signed-in coordinator
// registers one, lists and removes theirs; anyone signs in with one, which ends in the same
// session cookie as a mailed link. Every ceremony has a challenge of the server's, single use
// and 5 minutes (store/passkeys.ts), bound to this backend's origin and host (its public
// address); a sign-in checks the authenticator's counter (a clone that reports a counter not
// above the stored one is refused) and that the account is active. Registering and removing
// are changes the audit log keeps (audit.ts); a sign-in is logged as `signed-in`.
import type { IncomingMessage } from 'node:http';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import * as z from 'zod/mini';
import { TEXT_LIMITS, boundedText } from '@mentorkit/core';
import { clientAddress, readValid, type BackendContext } from '../api/context.ts';
import type { Route } from '../api/router.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { getCoordinator } from '../store/coordinators.ts';
import {
  deletePasskey,
  getPasskey,
  insertPasskey,
  listPasskeys,
  markPasskeyUsed,
  saveChallenge,
  takeChallenge,
  userHandleOf,
} from '../store/passkeys.ts';
import { auditSubject } from './audit.ts';
import { actorOf, forbidden, notFound } from './authorize.ts';
import { refuseOverLimit, sessionView, startSession } from './sign-in-routes.ts';
import { notFromAnotherOrigin } from '../http/same-origin.ts';
import type { RateLimiter } from '../http/shared-rate-limit.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };
const RP_NAME = 'Mentorkit';

/**
 * The relying party: this backend's public address when it has one (the links in its mails),
 * else the address the request came to. A passkey works for that host only.
 */
function relyingParty(context: BackendContext, request: IncomingMessage) {
  const base = context.accountMail?.publicUrl ?? `http://${request.headers.host ?? '127.0.0.1'}/`;
  const url = new URL(base);
  return { rpID: url.hostname, origin: url.origin };
}

/** The challenge a ceremony's answer signed (its client data's `challenge`). */
function challengeOf(response: { response: { clientDataJSON: string } }): string {
  try {
    const clientData = JSON.parse(
      Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8'),
    ) as { challenge?: unknown };
    return typeof clientData.challenge === 'string' ? clientData.challenge : '';
  } catch {
    return '';
  }
}

/** What both ceremonies' answers are checked against: our challenge, origin and host. */
function expectations(
  context: BackendContext,
  request: IncomingMessage,
  credential: { response: { clientDataJSON: string } },
) {
  const { rpID, origin } = relyingParty(context, request);
  return {
    expectedChallenge: challengeOf(credential),
    expectedOrigin: origin,
    expectedRPID: rpID,
    // A passkey is one factor here, as the mailed link is: presence is enough.
    requireUserVerification: false,
  };
}

/**
 * Why a passkey was refused, named in the problem's `type` (`…/problems/passkey-too-late`), which
 * the coordinator page says in its own words in Swedish or English; `detail` is for people
 * reading the API.
 */
type PasskeyRefusal = 'too-late' | 'not-checked' | 'unknown' | 'account-closed';

const refused = (kind: PasskeyRefusal, detail: string) =>
  new HttpProblem({
    status: 400,
    type: `https://mentorkit.example/problems/passkey-${kind}`,
    title: 'Passkey refused',
    detail,
  });

// The browser's answers are checked by the library; here only their outer shape and size.
const CredentialSchema = z.looseObject({
  id: z.string().check(z.maxLength(1024)),
  rawId: z.string().check(z.maxLength(1024)),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().check(z.maxLength(4096)) }),
});
const RegistrationSchema = z.object({
  credential: CredentialSchema,
  name: z.optional(boundedText(TEXT_LIMITS.short)),
});
const SignInSchema = z.object({ credential: CredentialSchema });

async function registrationOptions(context: BackendContext, request: IncomingMessage) {
  request.resume();
  const actor = actorOf(request);
  const { rpID } = relyingParty(context, request);
  const existing = await listPasskeys(context.database, actor.id);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID,
    userName: actor.email ?? actor.name,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(userHandleOf(actor.id)),
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({ id: passkey.id })),
    // A discoverable credential: signing in needs no address typed first.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  await saveChallenge(context.database, {
    value: options.challenge,
    purpose: 'registration',
    coordinatorId: actor.id,
    now: context.now(),
  });
  return options;
}

async function register(context: BackendContext, request: IncomingMessage) {
  const actor = actorOf(request);
  const input = await readValid(request, RegistrationSchema, 32 * 1024);
  const credential = input.credential as unknown as RegistrationResponseJSON;
  return context.database.transaction(async (tx) => {
    const challenge = await takeChallenge(
      tx,
      challengeOf(credential),
      'registration',
      context.now(),
    );
    if (challenge?.coordinatorId !== actor.id) {
      throw refused(
        'too-late',
        'The passkey answered no question of ours, or too late. Try again.',
      );
    }
    const verification = await verifyRegistrationResponse({
      response: credential,
      ...expectations(context, request, credential),
    }).catch(() => ({ verified: false as const }));
    if (!verification.verified)
      throw refused('not-checked', 'The passkey could not be checked. Try again.');
    const { credential: made } = verification.registrationInfo;
    const name = input.name?.trim() || `Passkey ${(await listPasskeys(tx, actor.id)).length + 1}`;
    if (
      !(await insertPasskey(tx, {
        id: made.id,
        coordinatorId: actor.id,
        publicKey: Buffer.from(made.publicKey).toString('base64url'),
        counter: made.counter,
        transports: made.transports ?? [],
        name,
        now: context.now(),
      }))
    ) {
      throw new HttpProblem({
        status: 409,
        type: 'https://mentorkit.example/problems/passkey-registered',
        title: 'Known passkey',
        detail: 'This passkey is registered already.',
      });
    }
    auditSubject(request, 'coordinator', actor.id);
    return { id: made.id, name };
  });
}

async function signInOptions(
  context: BackendContext,
  limiter: RateLimiter,
  request: IncomingMessage,
) {
  request.resume();
  if (!notFromAnotherOrigin(request))
    throw forbidden('Sign-in is possible from the coordinator view only.');
  // Anyone may ask, without a session, and each answer stores a challenge for 5 minutes: limited
  // per client like a request for a sign-in link, so that nobody fills the table.
  await refuseOverLimit(limiter, clientAddress(request, context.trustProxy));
  const { rpID } = relyingParty(context, request);
  const options = await generateAuthenticationOptions({ rpID, userVerification: 'preferred' });
  await saveChallenge(context.database, {
    value: options.challenge,
    purpose: 'sign-in',
    now: context.now(),
  });
  return options;
}

async function signIn(
  context: BackendContext,
  request: IncomingMessage,
  response: Parameters<typeof startSession>[2],
) {
  if (!notFromAnotherOrigin(request)) {
    request.resume();
    throw forbidden('Sign-in is possible from the coordinator view only.');
  }
  const input = await readValid(request, SignInSchema, 32 * 1024);
  const credential = input.credential as unknown as AuthenticationResponseJSON;
  const coordinator = await context.database.transaction(async (tx) => {
    const challenge = await takeChallenge(tx, challengeOf(credential), 'sign-in', context.now());
    const passkey = await getPasskey(tx, credential.id, true);
    if (!challenge || !passkey)
      throw refused(
        'unknown',
        'This passkey does not sign in here. Sign in with your e-mail address.',
      );
    const verification = await verifyAuthenticationResponse({
      response: credential,
      ...expectations(context, request, credential),
      credential: {
        id: passkey.id,
        publicKey: Buffer.from(passkey.publicKey, 'base64url'),
        counter: passkey.counter,
        transports: passkey.transports,
      },
    }).catch(() => ({ verified: false as const }));
    // The library refuses a counter that did not grow (a cloned authenticator) as unverified.
    if (!verification.verified)
      throw refused('not-checked', 'The passkey could not be checked. Try again.');
    await markPasskeyUsed(
      tx,
      passkey.id,
      verification.authenticationInfo.newCounter,
      context.now(),
    );
    return getCoordinator(tx, passkey.coordinatorId);
  });
  if (!coordinator || coordinator.status !== 'active') {
    throw refused(
      'account-closed',
      'This account cannot sign in. Ask an administrator to invite you again.',
    );
  }
  const { csrfToken } = await startSession(
    context,
    request,
    response,
    coordinator,
    'POST /api/coordinator/sign-in/passkey',
  );
  return sessionView(coordinator, csrfToken);
}

/**
 * Signing in with a passkey: answers without a session (backend.ts routes these first).
 * `optionsLimiter` counts each client's requests for a sign-in challenge.
 */
export function passkeySignInRoutes(context: BackendContext, optionsLimiter: RateLimiter): Route[] {
  return [
    {
      method: 'POST',
      path: /^\/api\/coordinator\/sign-in\/passkey\/options$/,
      handle: async ({ request, response }) =>
        sendJson(response, 200, await signInOptions(context, optionsLimiter, request), NO_STORE),
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/sign-in\/passkey$/,
      handle: async ({ request, response }) =>
        sendJson(response, 200, await signIn(context, request, response), NO_STORE),
    },
  ];
}

/** A signed-in coordinator's own passkeys, behind the session like every coordinator route. */
export function passkeyRoutes(context: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/passkeys$/,
      handle: async ({ request, response }) => {
        const passkeys = await listPasskeys(context.database, actorOf(request).id);
        const view = passkeys.map(({ id, name, createdAt, lastUsedAt }) => ({
          id,
          name,
          createdAt,
          lastUsedAt,
        }));
        sendJson(response, 200, view, NO_STORE);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/passkeys\/options$/,
      handle: async ({ request, response }) =>
        sendJson(response, 200, await registrationOptions(context, request), NO_STORE),
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/passkeys$/,
      handle: async ({ request, response }) =>
        sendJson(response, 201, await register(context, request), NO_STORE),
    },
    {
      method: 'DELETE',
      path: /^\/api\/coordinator\/passkeys\/([^/]+)$/,
      handle: async ({ request, response, params }) => {
        request.resume();
        const actor = actorOf(request);
        if (!(await deletePasskey(context.database, actor.id, params[0]!)))
          throw notFound('No such passkey.');
        auditSubject(request, 'coordinator', actor.id);
        sendJson(response, 200, { removed: params[0] }, NO_STORE);
      },
    },
  ];
}

/** What PasskeyView the view reads (GET /api/coordinator/passkeys). */
export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const PASSKEY_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/passkeys' },
  { method: 'POST', path: '/api/coordinator/passkeys/options' },
  { method: 'POST', path: '/api/coordinator/passkeys' },
  { method: 'DELETE', path: '/api/coordinator/passkeys/x' },
] as const;
