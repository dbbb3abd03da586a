// Passkeys' WebAuthn ceremonies (@simplewebauthn/browser, imported only when a passkey is used,
// so the page loads nothing of it before): signing in with one (<mk-sign-in>) and adding one to
// the signed-in coordinator's account (<mk-passkeys>). A ceremony the browser ends (cancelled,
// or no passkeys here) is a PasskeyUnavailable; the server's refusals are ApiErrors, which
// `passkeyRefusal` turns into the words of the elements' catalogues.
import { ApiError, Unauthorized, apiJson } from '../api.ts';
import type { SessionView } from '../api-types.ts';
import type { PasskeyRefusalMessages } from './locales/passkey-sv.ts';
import { postSignIn } from './sign-in-requests.ts';

const webAuthn = () => import('@simplewebauthn/browser');

export class PasskeyUnavailable extends Error {
  readonly reason: 'cancelled' | 'unsupported';

  constructor(reason: 'cancelled' | 'unsupported') {
    super(reason);
    this.reason = reason;
  }
}

/** The browser's ceremony failing: cancelled (or timed out), or not possible here. */
function unavailable(error: unknown): unknown {
  if (error instanceof ApiError || error instanceof PasskeyUnavailable) return error;
  const name = error instanceof Error ? error.name : '';
  return new PasskeyUnavailable(
    name === 'NotAllowedError' || name === 'AbortError' ? 'cancelled' : 'unsupported',
  );
}

export type PasskeyRefusalKey = keyof PasskeyRefusalMessages;
// The server's refusals (demo/server/coordinator-auth/passkey-routes.ts), by the kind their
// problem's type names: each known one has its words in both languages, any other the general one.
const KNOWN_REFUSALS: Readonly<Record<string, PasskeyRefusalKey>> = {
  'passkey-too-late': 'passkeyTooLate',
  'passkey-not-checked': 'passkeyNotChecked',
  'passkey-unknown': 'passkeyUnknown',
  'passkey-account-closed': 'passkeyAccountClosed',
  'passkey-registered': 'passkeyRegistered',
};

/** Which message says why a passkey did not work (undefined: not the passkey's failure). */
export function passkeyRefusal(error: unknown): PasskeyRefusalKey | undefined {
  if (error instanceof PasskeyUnavailable) {
    return error.reason === 'cancelled' ? 'passkeyCancelled' : 'passkeyUnsupported';
  }
  if (!(error instanceof ApiError) || ![400, 403, 409].includes(error.status)) return undefined;
  const kind = error.kind ?? '';
  return Object.hasOwn(KNOWN_REFUSALS, kind) ? KNOWN_REFUSALS[kind] : 'passkeyRefused';
}

/** Signs in with a passkey of this device (or a phone): the session, or a refusal. */
export async function signInWithPasskey(): Promise<SessionView> {
  try {
    const { startAuthentication, browserSupportsWebAuthn } = await webAuthn();
    if (!browserSupportsWebAuthn()) throw new PasskeyUnavailable('unsupported');
    const optionsJSON = await postSignIn<Parameters<typeof startAuthentication>[0]['optionsJSON']>(
      '/api/coordinator/sign-in/passkey/options',
    );
    const credential = await startAuthentication({ optionsJSON });
    return await postSignIn<SessionView>('/api/coordinator/sign-in/passkey', {
      body: { credential },
    });
  } catch (error) {
    throw unavailable(error);
  }
}

/** Adds a passkey to the signed-in coordinator's account, named `name` (or the server's name). */
export async function registerPasskey(name: string): Promise<{ name: string }> {
  try {
    const { startRegistration } = await webAuthn();
    const optionsJSON = await apiJson<Parameters<typeof startRegistration>[0]['optionsJSON']>(
      '/api/coordinator/passkeys/options',
      { method: 'POST' },
    );
    const credential = await startRegistration({ optionsJSON });
    return await apiJson<{ name: string }>('/api/coordinator/passkeys', {
      method: 'POST',
      body: { credential, ...(name ? { name } : {}) },
    });
  } catch (error) {
    // A session that ended stays what it is: the page asks to sign in again.
    throw error instanceof Unauthorized ? error : unavailable(error);
  }
}
