/**
 * `<mk-erase-dialog>`: erasing a person's data for good, in Swedish or English as the page's
 * `lang` says. A native modal <dialog> (Escape closes it; the focus goes back to the button that
 * opened it) that says plainly what goes and that it cannot be undone, and asks for the
 * person's e-mail address before POST /api/coordinator/signups/<id>/erase. A wrong address, a
 * person already gone or a failure is said in words beside the field; the page learns of the
 * erasure from `mk-erase-done` (and of an ended session from `mk-dialog-session-ended`).
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { MentorkitElement, emit } from '@mentorkit/widgets/shared';
import { ApiError, Unauthorized, apiJson } from '../api.ts';
import type { ErasureCounts } from '../api-types.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { errorId, renderFieldError } from '../shared/field-errors.ts';
import { dialogStyles } from './dialog.styles.ts';
import type { DialogPerson } from './dialog-events.ts';
import './dialog-events.ts';
import { eraseMessages } from './erase-messages.ts';
import type { EraseMessages } from './locales/erase-sv.ts';
import { ModalDialog } from './modal-dialog.ts';

export class MkEraseDialog extends MentorkitElement<EraseMessages> {
  static override styles = [MentorkitElement.styles, controlsStyles, dialogStyles];

  static override properties: PropertyDeclarations = {
    person: { state: true },
    errors: { state: true },
    busy: { state: true },
  };

  /** Whose data the open dialog would erase. */
  person: DialogPerson | undefined;
  errors: FieldErrors = {};
  busy = false;

  protected readonly localize = this.localizeWith(eraseMessages);
  private readonly modal = new ModalDialog(this);

  /** Asks to confirm erasing `person`, the focus in the e-mail field. */
  async open(person: DialogPerson): Promise<void> {
    this.person = person;
    this.errors = {};
    this.busy = false;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#confirm');
    if (input) input.value = '';
    await this.modal.show('#confirm');
  }

  close(): void {
    this.modal.close();
  }

  private async erase(event: Event): Promise<void> {
    event.preventDefault();
    const person = this.person;
    if (!person || this.busy) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#confirm')!;
    const confirm = input.value.trim();
    const refuse = async (
      key: 'eraseEmpty' | 'eraseMismatch' | 'eraseNotFound' | 'eraseFailed',
    ) => {
      this.errors = { confirm: this.localize.term(key) };
      await this.updateComplete;
      input.focus();
    };
    if (!confirm) return refuse('eraseEmpty');
    if (confirm.toLowerCase() !== person.email.toLowerCase()) return refuse('eraseMismatch');
    this.busy = true;
    try {
      const counts = await apiJson<ErasureCounts>(
        `/api/coordinator/signups/${encodeURIComponent(person.id)}/erase`,
        { method: 'POST', body: { confirm } },
      );
      this.errors = {};
      this.modal.close();
      const said = this.localize.term('eraseDone', { email: person.email, ...counts });
      emit(this, 'mk-erase-done', { person, counts, said });
    } catch (error) {
      if (error instanceof Unauthorized) {
        this.modal.close();
        emit(this, 'mk-dialog-session-ended', null);
      } else if (error instanceof ApiError && error.status === 404) {
        await refuse('eraseNotFound');
      } else if (error instanceof ApiError && error.status === 422) {
        await refuse('eraseMismatch');
      } else {
        await refuse('eraseFailed');
      }
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const person = this.person;
    const invalid = this.errors.confirm !== undefined;
    return html`<dialog
      aria-labelledby="heading"
      aria-describedby="explanation"
      @close=${this.modal.closed}
    >
      <form novalidate @submit=${(event: Event) => void this.erase(event)}>
        <h2 id="heading">${term('eraseHeading')}</h2>
        <div id="explanation">
          <p>${person ? term('eraseExplanation', { name: person.name }) : nothing}</p>
          <p><strong>${term('eraseCannotUndo')}</strong></p>
        </div>
        <div class="field">
          <label for="confirm">${term('eraseLabel')}</label>
          <p id="confirm-hint" class="hint">
            ${person ? term('eraseHint', { email: person.email }) : nothing}
          </p>
          <input
            id="confirm"
            name="confirm"
            type="text"
            autocomplete="off"
            spellcheck="false"
            maxlength="300"
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? `confirm-hint ${errorId('confirm')}` : 'confirm-hint'}
          />
          <div role="alert">${renderFieldError(this.errors, 'confirm')}</div>
        </div>
        <div class="actions">
          <button type="submit" class="danger" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? term('eraseBusy') : term('eraseSubmit')}
          </button>
          <button type="button" class="cancel" @click=${() => this.modal.close()}>
            ${term('eraseCancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}
