// Signing in and out, and what every part of the view does with a failure: an ended session
// shows the sign-in forms again (and says so); anything else is told in the status line.
// Two ways in: a link by e-mail (everyone), or the coordinator token (the first administrator
// only, until an administrator invited by mail has signed in).
import { api, apiJson, ApiError, Unauthorized } from './api.ts';
import type { SessionView } from './api-types.ts';
import { currentSession, keepSession } from './current-session.ts';
import { byId } from './dom.ts';

export function setStatus(text: string): void {
  byId('status', HTMLElement).textContent = text;
}

export function showWorkspace(session: SessionView | undefined): void {
  keepSession(session);
  byId('sign-in', HTMLElement).hidden = session !== undefined;
  byId('workspace', HTMLElement).hidden = session === undefined;
  byId('sign-out', HTMLButtonElement).hidden = session === undefined;
  byId('administration', HTMLElement).hidden = session?.role !== 'administrator';
  byId('signed-in-as', HTMLElement).textContent = session
    ? `Signed in as ${session.name}${session.email ? ` (${session.email})` : ''}, ${
        session.role === 'administrator'
          ? 'administrator'
          : `coordinator of ${session.programmes.join(', ') || 'no programme yet'}`
      }.`
    : '';
}

export function handleFailure(error: unknown): void {
  if (error instanceof Unauthorized) {
    showWorkspace(undefined);
    byId('email-error', HTMLElement).textContent =
      'Your session has ended. Sign in again to go on.';
    byId('email', HTMLInputElement).focus();
    return;
  }
  setStatus(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
}

/** The session the cookie holds, if any (on load: a reload keeps one signed in). */
export async function resumeSession(): Promise<SessionView | undefined> {
  const { session } = await apiJson<{ session: SessionView | null }>('/api/coordinator/sign-in');
  return session ?? undefined;
}

function fieldError(input: HTMLInputElement, output: HTMLElement, message: string): void {
  output.textContent = message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  } else {
    input.removeAttribute('aria-invalid');
  }
}

/** Wires the sign-in forms and the Sign out button; `onSignedIn` loads the workspace and focuses it. */
export function initSession(onSignedIn: () => Promise<void>): void {
  const emailInput = byId('email', HTMLInputElement);
  const emailError = byId('email-error', HTMLElement);
  const tokenInput = byId('token', HTMLInputElement);
  const tokenError = byId('token-error', HTMLElement);

  byId('link-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const email = emailInput.value.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      fieldError(emailInput, emailError, 'Enter your e-mail address, like name@example.org.');
      return;
    }
    fieldError(emailInput, emailError, '');
    apiJson<{ detail: string }>('/api/coordinator/sign-in', { method: 'POST', body: { email } })
      .then(({ detail }) => setStatus(detail))
      .catch((error: unknown) => {
        const message = error instanceof ApiError ? error.message : String(error);
        fieldError(emailInput, emailError, message);
      });
  });

  byId('token-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      fieldError(tokenInput, tokenError, 'Enter the coordinator token.');
      return;
    }
    fetch('/api/coordinator/sign-in/token', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Authorization: `Bearer ${token}` },
    })
      .then(async (response) => {
        if (response.status === 401) {
          fieldError(tokenInput, tokenError, 'The token was refused. Check it and try again.');
          return;
        }
        if (!response.ok) {
          const problem = (await response.json().catch(() => ({}))) as { detail?: string };
          fieldError(tokenInput, tokenError, problem.detail ?? `${response.status}`);
          return;
        }
        fieldError(tokenInput, tokenError, '');
        tokenInput.value = '';
        showWorkspace((await response.json()) as SessionView);
        await onSignedIn();
      })
      .catch(handleFailure);
  });

  byId('sign-out', HTMLButtonElement).addEventListener('click', () => {
    const signedIn = currentSession() !== undefined;
    (signedIn ? api('/api/coordinator/sign-out', { method: 'POST' }) : Promise.resolve())
      .catch(() => {
        // Already ended: signed out all the same.
      })
      .finally(() => {
        showWorkspace(undefined);
        setStatus('Signed out.');
        emailInput.focus();
      });
  });
}
