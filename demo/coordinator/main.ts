// The coordinator view of the reference backend: signups, matches, the sessions mentors shared,
// trainings, calendar feeds from elsewhere, the mail outbox and, for administrators,
// programmes, accounts and the audit log, behind a coordinator's session (session.ts). Each
// part wires its own controls; this file connects them.
import { loadAdministration } from './administration.ts';
import { Unauthorized } from './api.ts';
import { currentSession } from './current-session.ts';
import { byId } from './dom.ts';
import { initErasure } from './erasure.ts';
import './feeds/define-feeds.ts';
import './matches/define-matches.ts';
import './matches/define-shared-sessions.ts';
import { initMatching, proposeFor } from './matching.ts';
import { initOccupation, openOccupation } from './occupation.ts';
import { loadOutbox } from './outbox.ts';
import { initLanguageSwitch } from './people/language-switch.ts';
import { initPersonRoute } from './people/person-route.ts';
import './report/define-report.ts';
import { handleFailure, initSession, resumeSession, showWorkspace } from './session.ts';
import { focusClassifyButton, initSignups } from './signups.ts';
import './trainings/define-trainings.ts';

// Before the list renders: it speaks the page's language from its first render.
initLanguageSwitch(byId('language', HTMLSelectElement));
const loadSignups = initSignups({ findMentor: proposeFor, classify: openOccupation });
// After a classification, the list and the person shown (if any) show the occupation chosen.
initOccupation(async (signup) => {
  await Promise.all([loadSignups(), personRoute.reload()]);
  focusClassifyButton(signup.id);
});
// A match proposed shows in the matches and its introductions in the outbox; a step, a meeting
// or a new link may queue mails too.
initMatching(async () => {
  await Promise.all([document.querySelector('mk-matches')?.reload(), loadOutbox()]);
});
document.addEventListener('mk-match-changed', () => void loadOutbox().catch(handleFailure));
document.addEventListener('mk-matches-session-ended', () =>
  handleFailure(new Unauthorized('The session has ended.')),
);
// The trainings' or the feeds' load or action was refused because the session ended.
document.addEventListener('mk-trainings-failure', (event) => handleFailure(event.detail.error));
document.addEventListener('mk-feeds-failure', (event) => handleFailure(event.detail.error));
// After an erasure, the list (without the person) says whose data went, where the focus is.
initErasure(async (person) => {
  personRoute.forget(person.id);
  await refreshAll();
  await document.querySelector('mk-people-list')?.announceErased(person.name);
});
// A part's load or action was refused because the session ended: sign in again.
document.addEventListener('mk-outbox-session-ended', () =>
  handleFailure(new Unauthorized('The session has ended.')),
);
document.addEventListener('mk-administration-session-ended', () =>
  handleFailure(new Unauthorized('The session has ended.')),
);
// The report's load or download was refused: sign in again.
document.addEventListener('mk-report-session-ended', () =>
  handleFailure(new Unauthorized('The session has ended.')),
);
initSession(signedIn);
// #person=<id> shows one person (people/person-route.ts).
const personRoute = initPersonRoute();

/**
 * Once signed in: everything loads, then the person the address names shows (#person=<id>,
 * kept from before signing in) with the focus on their name, else the focus goes to the list.
 */
async function signedIn(): Promise<void> {
  await refreshAll();
  if (!personRoute.enter()) await document.querySelector('mk-people-list')?.focusHeading();
}

async function refreshAll(): Promise<void> {
  try {
    await Promise.all([
      loadSignups(),
      document.querySelector('mk-matches')?.reload(),
      document.querySelector('mk-shared-sessions')?.reload(),
      document.querySelector('mk-report')?.reload(),
      document.querySelector('mk-trainings')?.reload(),
      document.querySelector('mk-feeds')?.reload(),
      loadOutbox(),
      document.querySelector('mk-passkeys')?.reload(),
      personRoute.reload(),
      currentSession()?.role === 'administrator' ? loadAdministration() : undefined,
    ]);
  } catch (error) {
    handleFailure(error);
  }
}

// A reload keeps the session (its cookie); without one, the sign-in forms.
resumeSession()
  .then(async (session) => {
    showWorkspace(session);
    if (session) {
      await refreshAll();
      personRoute.enter();
    }
  })
  .catch(handleFailure);
