// Passkeys: signing in with one (beside the mailed link), and a signed-in coordinator's own list
// (add, remove). The browser part of WebAuthn (@simplewebauthn/browser) is imported only when a
// passkey is used, so the view loads nothing of it before.
import { api, apiJson, ApiError, Unauthorized } from './api.ts';
import type { PasskeyView, SessionView } from './api-types.ts';
import { byId, h } from './dom.ts';
import { formatDateTime } from './format.ts';
import { PASSKEY_MESSAGES } from './passkey-messages.ts';
import { handleFailure, setStatus, showWorkspace } from './session.ts';

const webAuthn = () => import('@simplewebauthn/browser');

/** A failure of the browser's ceremony in words: cancelled, or not possible here. */
function ceremonyMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const name = error instanceof Error ? error.name : '';
  return name === 'NotAllowedError' || name === 'AbortError'
    ? PASSKEY_MESSAGES.cancelled
    : PASSKEY_MESSAGES.unsupported;
}

/** POSTs JSON without a session (signing in), same-origin; a refusal is an ApiError. */
async function postSignIn<Answer>(path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { detail?: string };
  if (!response.ok) throw new ApiError(answer.detail ?? `${response.status}`, response.status);
  return answer as Answer;
}

async function signInWithPasskey(onSignedIn: () => Promise<void>): Promise<void> {
  const error = byId('passkey-error', HTMLElement);
  error.textContent = '';
  try {
    const { startAuthentication, browserSupportsWebAuthn } = await webAuthn();
    if (!browserSupportsWebAuthn()) throw new Error(PASSKEY_MESSAGES.unsupported);
    const optionsJSON = await postSignIn<Parameters<typeof startAuthentication>[0]['optionsJSON']>(
      '/api/coordinator/sign-in/passkey/options',
    );
    const credential = await startAuthentication({ optionsJSON });
    const session = await postSignIn<SessionView>('/api/coordinator/sign-in/passkey', {
      credential,
    });
    showWorkspace(session);
    await onSignedIn();
  } catch (failure) {
    error.textContent = ceremonyMessage(failure);
  }
}

function passkeyItem(passkey: PasskeyView): HTMLLIElement {
  const remove = h(
    'button',
    { type: 'button', className: 'danger' },
    PASSKEY_MESSAGES.remove(passkey.name),
  );
  remove.addEventListener('click', () => {
    remove.disabled = true;
    api(`/api/coordinator/passkeys/${encodeURIComponent(passkey.id)}`, { method: 'DELETE' })
      .then(async () => {
        setStatus(PASSKEY_MESSAGES.removed(passkey.name));
        await loadPasskeys();
        byId('passkeys-heading', HTMLElement).focus();
      })
      .catch((failure: unknown) => {
        remove.disabled = false;
        handleFailure(failure);
      });
  });
  const used = passkey.lastUsedAt ? formatDateTime(passkey.lastUsedAt) : null;
  return h(
    'li',
    {},
    h('strong', {}, passkey.name),
    ' ',
    h(
      'span',
      { className: 'muted' },
      PASSKEY_MESSAGES.used(used, formatDateTime(passkey.createdAt)),
    ),
    ' ',
    remove,
  );
}

export async function loadPasskeys(): Promise<void> {
  const passkeys = await apiJson<PasskeyView[]>('/api/coordinator/passkeys');
  byId('passkeys', HTMLUListElement).replaceChildren(
    ...(passkeys.length
      ? passkeys.map(passkeyItem)
      : [h('li', { className: 'muted' }, PASSKEY_MESSAGES.none)]),
  );
}

async function addPasskey(form: HTMLFormElement): Promise<void> {
  const error = byId('passkey-name-error', HTMLElement);
  const nameInput = byId('passkey-name', HTMLInputElement);
  error.textContent = '';
  nameInput.removeAttribute('aria-invalid');
  try {
    const { startRegistration } = await webAuthn();
    const optionsJSON = await apiJson<Parameters<typeof startRegistration>[0]['optionsJSON']>(
      '/api/coordinator/passkeys/options',
      { method: 'POST' },
    );
    const credential = await startRegistration({ optionsJSON });
    const name = nameInput.value.trim();
    const added = await apiJson<{ name: string }>('/api/coordinator/passkeys', {
      method: 'POST',
      body: { credential, ...(name ? { name } : {}) },
    });
    form.reset();
    setStatus(PASSKEY_MESSAGES.added(added.name));
    await loadPasskeys();
  } catch (failure) {
    if (failure instanceof Unauthorized) {
      handleFailure(failure);
      return;
    }
    error.textContent = ceremonyMessage(failure);
    nameInput.setAttribute('aria-invalid', 'true');
    nameInput.focus();
  }
}

/** Wires the passkey sign-in button (`onSignedIn` loads the workspace and focuses it) and the add-a-passkey form. */
export function initPasskeys(onSignedIn: () => Promise<void>): void {
  byId('passkey-sign-in', HTMLButtonElement).addEventListener(
    'click',
    () => void signInWithPasskey(onSignedIn),
  );
  const form = byId('passkey-form', HTMLFormElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void addPasskey(form);
  });
}
