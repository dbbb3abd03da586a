// Classifying a signup's occupation: the page's <mk-classify-dialog> (dialogs/classify-dialog.ts,
// in the page's language), opened for a person from the people list or the person view. Once a
// title is stored, the page's status line says so in the dialog's words and `classified`
// refreshes what showed the person; an ended session asks to sign in again.
import { Unauthorized } from './api.ts';
import type { Signup } from './api-types.ts';
import './dialogs/define-classify-dialog.ts';
import { byId } from './dom.ts';
import { handleFailure, setStatus } from './session.ts';

const dialog = () =>
  byId('occupation-dialog', HTMLElement) as HTMLElementTagNameMap['mk-classify-dialog'];

/** Opens the classification for the signup (the focus returns where it was on closing). */
export function openOccupation(signup: Pick<Signup, 'id'>): void {
  void dialog().open(signup.id);
}

/** Wires the dialog; `classified` refreshes what showed the person. */
export function initOccupation(classified: (signup: Signup) => Promise<void>): void {
  const element = dialog();
  element.addEventListener('mk-classify-done', (event) => {
    setStatus(event.detail.said);
    classified(event.detail.signup).catch(handleFailure);
  });
  element.addEventListener('mk-dialog-session-ended', () =>
    handleFailure(new Unauthorized('The session has ended.')),
  );
}
