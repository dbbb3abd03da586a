// Erasing a person: the page's <mk-erase-dialog> (dialogs/erase-dialog.ts, in the page's
// language) asks for their e-mail address before every signup with it, and their matches, are
// deleted for good. Once erased, the page's status line says so in the dialog's words, the
// proposals (which may name them) close, and `onErased` refreshes what showed the person.
import { Unauthorized } from './api.ts';
import type { Signup } from './api-types.ts';
import './dialogs/define-erase-dialog.ts';
import type { DialogPerson } from './dialogs/dialog-events.ts';
import { byId } from './dom.ts';
import { handleFailure, setStatus } from './session.ts';

const dialog = () => byId('erase-dialog', HTMLElement) as HTMLElementTagNameMap['mk-erase-dialog'];

/** Asks to confirm erasing the signup's person (the focus returns where it was on closing). */
export function openErasure(signup: Pick<Signup, 'id' | 'name' | 'email'>): void {
  void dialog().open({ id: signup.id, name: signup.name, email: signup.email });
}

/** Wires the dialog; `onErased` (with whom) refreshes what showed the person. */
export function initErasure(onErased: (person: DialogPerson) => Promise<void>): void {
  const element = dialog();
  element.addEventListener('mk-erase-done', (event) => {
    setStatus(event.detail.said);
    byId('proposal', HTMLElement).hidden = true;
    onErased(event.detail.person).catch(handleFailure);
  });
  element.addEventListener('mk-dialog-session-ended', () =>
    handleFailure(new Unauthorized('The session has ended.')),
  );
}
