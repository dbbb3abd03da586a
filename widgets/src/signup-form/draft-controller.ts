/**
 * The form's draft: what the person typed, kept in `localStorage` or, with
 * `draft-storage="session"`, `sessionStorage` (draft.ts) for `draft-days` days under the form's
 * key so that a reload or a crash loses nothing, restored with a notice they can undo, and
 * forgotten once the server has stored the signup. It also keeps the draft's id (the
 * `Idempotency-Key` of every attempt to send it) and when the person began (for the bot
 * check), which a restored draft brings back.
 */
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize-controller.ts';
import {
  browserStorage,
  draftKey,
  loadDraft,
  newDraftId,
  removeDraft,
  saveDraft,
} from './draft.ts';
import { isEmptyValue } from './form-values.ts';
import type { FormValues } from './form-values.ts';
import type { SignupMessages } from './locales/sv.ts';

/** Which form a draft belongs to, and whether the page allows keeping one. */
export interface DraftPlace {
  readonly kind: string;
  readonly programme: string | undefined;
  /** The form's id, else the page's path. */
  readonly where: string;
  readonly enabled: boolean;
  /** Days a draft is kept after it was last saved. */
  readonly days: number;
  /** Keep it in `sessionStorage` (gone with the tab) rather than `localStorage`. */
  readonly session: boolean;
}

export class DraftController {
  private readonly host: ReactiveControllerHost;
  /** Where the draft is kept now (the form's kind, programme and id can change). */
  private readonly place: () => DraftPlace;
  /** The `Idempotency-Key` of the submission this draft becomes. */
  draftId = newDraftId();
  /** When the person began (a submit much sooner is a bot's). */
  startedAt = Date.now();
  private notice: 'restored' | 'discarded' | undefined;
  private restoredKey: string | undefined;

  constructor(host: ReactiveControllerHost, place: () => DraftPlace) {
    this.host = host;
    this.place = place;
  }

  /**
   * The saved draft's values the first time the form's key is seen (at first render, or when
   * `kind`, `programme` or the id change), if it holds anything; `undefined` otherwise.
   */
  restore(): FormValues | undefined {
    const place = this.place();
    const key = keyOf(place);
    if (!place.enabled || key === this.restoredKey) return undefined;
    this.restoredKey = key;
    // A form switched to session-only leaves nothing of itself in localStorage.
    if (place.session) removeDraft(browserStorage(), key);
    const draft = loadDraft(browserStorage(place.session), key, Date.now(), place.days);
    if (!draft || !Object.values(draft.values).some((value) => !isEmptyValue(value))) {
      return undefined;
    }
    this.draftId = draft.draftId;
    this.startedAt = draft.startedAt;
    this.setNotice('restored');
    return draft.values;
  }

  /** Keeps what the person typed (draft.ts leaves out consent and the most sensitive fields). */
  save(values: FormValues): void {
    const place = this.place();
    if (this.notice === 'discarded') this.setNotice(undefined);
    if (!place.enabled) return;
    saveDraft(browserStorage(place.session), keyOf(place), {
      version: 1,
      draftId: this.draftId,
      startedAt: this.startedAt,
      savedAt: Date.now(),
      values,
    });
  }

  /** Forgets the saved draft and starts a new one (a new id): after a success, or a reset. */
  startOver(notice?: 'discarded'): void {
    const place = this.place();
    removeDraft(browserStorage(place.session), keyOf(place));
    this.draftId = newDraftId();
    this.startedAt = Date.now();
    this.setNotice(notice);
  }

  /** The server stored the signup: the draft is no longer needed. */
  stored(): void {
    const place = this.place();
    removeDraft(browserStorage(place.session), keyOf(place));
    this.setNotice(undefined);
  }

  /** "We have filled in what you wrote last time" with its undo, or that it was discarded. */
  renderNotice(
    localize: LocalizeController<SignupMessages>,
    onDiscard: () => void,
  ): TemplateResult | typeof nothing {
    if (this.notice === 'discarded') {
      return html`<p class="notice" part="notice" role="status">
        ${localize.term('signupDraftDiscarded')}
      </p>`;
    }
    if (this.notice !== 'restored') return nothing;
    return html`<div class="notice" part="notice" role="status">
      <p>${localize.term('signupDraftRestored')}</p>
      <button type="button" @click=${onDiscard}>${localize.term('signupDraftDiscard')}</button>
    </div>`;
  }

  private setNotice(notice: 'restored' | 'discarded' | undefined): void {
    if (notice === this.notice) return;
    this.notice = notice;
    this.host.requestUpdate();
  }
}

function keyOf(place: DraftPlace): string {
  return draftKey(place.kind, place.programme, place.where);
}
