// Signing in and out, and what every part of the view does with a failure: a refused token
// signs out (and says so at the token field); anything else is told in the status line.
import { apiJson, Unauthorized } from './api.ts';
import { byId } from './dom.ts';
import { forgetToken, keepToken, readToken } from './token.ts';

export function setStatus(text: string): void {
  byId('status', HTMLElement).textContent = text;
}

export function showWorkspace(signedIn: boolean): void {
  byId('sign-in', HTMLElement).hidden = signedIn;
  byId('workspace', HTMLElement).hidden = !signedIn;
  byId('sign-out', HTMLButtonElement).hidden = !signedIn;
}

export function handleFailure(error: unknown): void {
  if (error instanceof Unauthorized) {
    forgetToken();
    showWorkspace(false);
    byId('token-error', HTMLElement).textContent =
      'The token was refused. Check it and sign in again.';
    byId('token', HTMLInputElement).focus();
    return;
  }
  setStatus(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
}

export const isSignedIn = (): boolean => Boolean(readToken());

/** Wires the sign-in form and the Sign out button; `onSignedIn` loads the workspace. */
export function initSession(onSignedIn: () => Promise<void>): void {
  const tokenInput = byId('token', HTMLInputElement);
  const tokenError = byId('token-error', HTMLElement);

  async function signIn(token: string): Promise<void> {
    keepToken(token);
    try {
      await apiJson('/api/coordinator/session');
    } catch (error) {
      handleFailure(error);
      return;
    }
    tokenError.textContent = '';
    tokenInput.value = '';
    showWorkspace(true);
    await onSignedIn();
    byId('signups-heading', HTMLElement).focus();
  }

  byId('sign-in-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      tokenError.textContent = 'Enter the coordinator token.';
      tokenInput.setAttribute('aria-invalid', 'true');
      tokenInput.focus();
      return;
    }
    tokenInput.removeAttribute('aria-invalid');
    // signIn handles a refused sign-in itself; this catches what may fail after it.
    signIn(token).catch(handleFailure);
  });

  byId('sign-out', HTMLButtonElement).addEventListener('click', () => {
    forgetToken();
    showWorkspace(false);
    setStatus('Signed out.');
    tokenInput.focus();
  });
}
