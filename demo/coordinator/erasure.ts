// Erasing a person: a dialog that asks for their e-mail address before every signup with it,
// and their matches, are deleted for good.
import { apiJson, Unauthorized } from './api.ts';
import type { ErasureCounts, Signup } from './api-types.ts';
import { byId } from './dom.ts';
import { handleFailure, setStatus } from './session.ts';

let erasing: Signup | undefined;

export function openErasure(signup: Signup): void {
  erasing = signup;
  byId('erase-email', HTMLElement).textContent = signup.email;
  const confirm = byId('erase-confirm', HTMLInputElement);
  confirm.value = '';
  byId('erase-error', HTMLElement).textContent = '';
  byId('erase-dialog', HTMLDialogElement).showModal();
  confirm.focus();
}

/** Wires the dialog; `onErased` (with whom) refreshes what showed the person. */
export function initErasure(onErased: (person: Signup) => Promise<void>): void {
  const dialog = byId('erase-dialog', HTMLDialogElement);
  const confirmInput = byId('erase-confirm', HTMLInputElement);
  const errorText = byId('erase-error', HTMLElement);

  byId('erase-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());

  byId('erase-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const confirm = confirmInput.value.trim();
    const person = erasing;
    if (!person) return;
    if (confirm.toLowerCase() !== person.email.toLowerCase()) {
      errorText.textContent = 'Type the e-mail address exactly as shown.';
      confirmInput.setAttribute('aria-invalid', 'true');
      confirmInput.focus();
      return;
    }
    confirmInput.removeAttribute('aria-invalid');
    apiJson<ErasureCounts>(`/api/coordinator/signups/${encodeURIComponent(person.id)}/erase`, {
      method: 'POST',
      body: { confirm },
    })
      .then(async (result) => {
        dialog.close();
        setStatus(
          `The data of ${person.email} was erased: ${result.signups} signup(s), ${result.matches} match(es).`,
        );
        erasing = undefined;
        byId('proposal', HTMLElement).hidden = true;
        await onErased(person);
      })
      .catch((error: unknown) => {
        if (error instanceof Unauthorized || !(error instanceof Error)) {
          dialog.close();
          handleFailure(error);
        } else {
          errorText.textContent = error.message;
        }
      });
  });
}
