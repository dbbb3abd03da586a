// Signing in and out on the page, and what every part of the view does with a failure: an ended
// session shows the sign-in again (and says so); anything else is told in the status line.
// The forms and the signed-in bar are elements (<mk-sign-in>, <mk-account-bar>, <mk-passkeys>);
// this module connects them to the page, with the functions the page's other parts import.
import { Unauthorized, apiJson } from './api.ts';
import type { SessionView } from './api-types.ts';
import './account/define-account.ts';
import { MkAccountBar } from './account/account-bar.ts';
import { MkPasskeys } from './account/passkeys-panel.ts';
import { keepSession } from './current-session.ts';
import { byId } from './dom.ts';
import './sign-in/define-sign-in.ts';
import { MkSignIn } from './sign-in/sign-in.ts';

const signInElement = () => byId('sign-in', MkSignIn);

/**
 * Says `text` in the page's status line. `lang` is the language it is written in: the parts of
 * the page not translated yet still speak English, so that stays the default.
 */
export function setStatus(text: string, lang = 'en'): void {
  const status = byId('status', HTMLElement);
  status.textContent = text;
  if (text) status.lang = lang;
  else status.removeAttribute('lang');
}

export function showWorkspace(session: SessionView | undefined): void {
  keepSession(session);
  signInElement().hidden = session !== undefined;
  byId('workspace', HTMLElement).hidden = session === undefined;
  byId('administration', HTMLElement).hidden = session?.role !== 'administrator';
  byId('account', MkAccountBar).session = session;
  if (!session) byId('passkeys-panel', MkPasskeys).forget();
}

export function handleFailure(error: unknown): void {
  const signIn = signInElement();
  if (error instanceof Unauthorized) {
    showWorkspace(undefined);
    void signIn.sessionEnded();
    return;
  }
  setStatus(signIn.describeFailure(error), document.documentElement.lang);
}

/** The session the cookie holds, if any (on load: a reload keeps one signed in). */
export async function resumeSession(): Promise<SessionView | undefined> {
  const { session } = await apiJson<{ session: SessionView | null }>('/api/coordinator/sign-in');
  return session ?? undefined;
}

/** Wires the sign-in and Sign out; `onSignedIn` loads the workspace and focuses it. */
export function initSession(onSignedIn: () => Promise<void>): void {
  const signIn = signInElement();
  signIn.addEventListener('mk-signed-in', (event) => {
    showWorkspace(event.detail.session);
    onSignedIn().catch(handleFailure);
  });
  byId('account', MkAccountBar).addEventListener('mk-signed-out', () => {
    showWorkspace(undefined);
    setStatus('');
    void signIn.signedOut();
  });
  // A part of the workspace found the session ended (its request was refused).
  byId('workspace', HTMLElement).addEventListener('mk-session-ended', () =>
    handleFailure(new Unauthorized('The session has ended.')),
  );
}
