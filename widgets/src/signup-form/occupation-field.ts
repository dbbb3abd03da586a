/**
 * The occupation picker: the profession field as an ARIA 1.2 combobox (an editable input with
 * a listbox popup), searching the job titles of @mentorkit/occupations as the person types.
 * Choosing a title stores its id and codes beside the words (occupation-value.ts); a person
 * whose job is not found keeps what they wrote, and the signup is unclassified until a
 * coordinator places it.
 *
 * The lookup and its data load when the field is first focused or typed in, through a
 * ModuleController, with its loading and error states ("Try again"); until then, and if they
 * never arrive, the field is an ordinary text field. Focus stays in the input throughout: the
 * active option is `aria-activedescendant`, and a polite live region says how many were found.
 */
import { html, nothing } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@mentorkit/core/i18n';
import { renderLoadError, renderLoading } from '../shared/data-state.ts';
import { adoptLazyStyles } from '../shared/lazy-styles.ts';
import { ModuleController } from '../shared/module-controller.ts';
import type { FieldSpec } from './fields.ts';
import { textValue } from './form-values.ts';
import { controlId, errorId, hintId } from './ids.ts';
import { currentChoice, encodeChoice, OCCUPATION_PATH } from './occupation-value.ts';
import { occupationFieldStyles } from './occupation-field.styles.ts';
import type { OccupationMatch, OccupationSearch } from './occupation-search.ts';
import type { FormFieldContext, PlainKey } from './render-fields.ts';

/** Where the lookup comes from; the tests pass one that fails or waits. */
export type LoadOccupationSearch = (esco: boolean) => Promise<OccupationSearch>;

const loadSearch: LoadOccupationSearch = async (esco) =>
  (await import('./occupation-search.ts')).loadOccupationSearch(esco);

/** ESCO has English and Arabic names; the Swedish titles serve every other language. */
const withEsco = (lang: Locale): boolean => lang === 'en' || lang === 'ar';

/** The language the data names groups in for `lang` (searchOccupations' own rule). */
const dataLanguage = (lang: Locale): string => (withEsco(lang) ? lang : 'sv');

/** One picker per form: what was found, whether the list is open, which option is active. */
class OccupationPicker {
  readonly search: ModuleController<OccupationSearch>;
  context: FormFieldContext;
  results: readonly OccupationMatch[] = [];
  open = false;
  active = -1;
  /** What the live region says: the number found after each search. */
  announcement = '';
  private readonly host: LitElement;

  constructor(context: FormFieldContext) {
    this.context = context;
    this.host = context.host;
    const load = context.loadOccupationSearch ?? loadSearch;
    this.search = new ModuleController(this.host, () => load(withEsco(this.context.lang)));
    adoptLazyStyles(this.host, occupationFieldStyles);
    // On the form's element, not the input: a person's typing reaches it after the form has
    // read the new value. A listener on the input would ask for a render first, and Lit renders
    // in the microtasks between two listeners, putting the old value back into the input.
    this.host.addEventListener('input', this.onInput);
  }

  /**
   * The lookup, loading it on first use; `undefined` while it loads or after it failed. After
   * a failure only "Try again" loads again: a keystroke that did would take the error and its
   * button away while the person types.
   */
  private async ready(): Promise<OccupationSearch | undefined> {
    if (this.search.state.status === 'error') return undefined;
    const state = await this.search.ensure();
    return state.status === 'loaded' ? state.data : undefined;
  }

  /** Searches for what the input says now, and opens the list when anything fits. */
  async update(input: HTMLInputElement): Promise<void> {
    const search = this.search.data ?? (await this.ready());
    if (!search) return;
    const query = input.value.trim();
    this.results = query ? search.find(query, this.context.lang) : [];
    this.active = -1;
    this.open = this.results.length > 0 && this.host.shadowRoot?.activeElement === input;
    this.announcement = query
      ? this.context.localize.term('signupOccupationResults', { count: this.results.length })
      : '';
    this.host.requestUpdate();
  }

  /** "Try again" after the lookup failed to load: load it, then search what was typed meanwhile. */
  async retry(inputId: string): Promise<void> {
    await this.search.retry();
    const input = this.host.renderRoot.querySelector<HTMLInputElement>(`#${inputId}`);
    if (input) await this.update(input);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  move(to: number): void {
    if (this.results.length === 0) return;
    this.open = true;
    this.active = Math.max(0, Math.min(this.results.length - 1, to));
    this.host.requestUpdate();
  }

  /**
   * Puts the title's label in the input and its codes in the hidden input, each announced to
   * the form by an `input` event, as a person's typing is: the form reads every value from a
   * named control (signup-form.ts), and its draft keeps the choice with the words.
   */
  choose(index: number, input: HTMLInputElement): void {
    const match = this.results[index];
    if (!match) return;
    const chosen = input.parentElement?.querySelector<HTMLInputElement>(
      `input[name="${OCCUPATION_PATH}"]`,
    );
    input.value = match.label;
    // Not `composed`: the form reads them, and the picker's own listener (on the host) does not.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (chosen) {
      chosen.value = encodeChoice({
        label: match.label,
        titleId: match.titleId,
        ssyk: match.ssyk,
        isco08: match.isco08,
        group: `${match.ssyk} ${match.groupName}`,
      });
      chosen.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.results = [];
    this.announcement = '';
    this.close();
    this.host.requestUpdate();
  }

  readonly onFocus = (): void => {
    void this.ready();
  };

  private readonly onInput = (event: Event): void => {
    const input = event.composedPath()[0];
    if (input instanceof HTMLInputElement && input.getAttribute('role') === 'combobox') {
      void this.update(input);
    }
  };

  readonly onBlur = (): void => {
    this.close();
  };

  /** The keys of the ARIA combobox pattern; every other key edits the text as usual. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const input = event.target as HTMLInputElement;
    const last = this.results.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        this.move(this.open ? (this.active >= last ? 0 : this.active + 1) : 0);
        break;
      case 'ArrowUp':
        this.move(this.open ? (this.active <= 0 ? last : this.active - 1) : last);
        break;
      case 'Home':
      case 'End':
        // In the list they move to its ends; in the text (no option active), the caret.
        if (!this.open || this.active === -1) return;
        this.move(event.key === 'Home' ? 0 : last);
        break;
      case 'Enter':
        if (!this.open || this.active === -1) return;
        this.choose(this.active, input);
        break;
      case 'Escape':
        if (!this.open) return;
        this.close();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}

const pickers = new WeakMap<LitElement, OccupationPicker>();

function pickerFor(context: FormFieldContext): OccupationPicker {
  let picker = pickers.get(context.host);
  if (!picker) {
    picker = new OccupationPicker(context);
    pickers.set(context.host, picker);
  }
  picker.context = context;
  return picker;
}

/** The profession field as the occupation picker. */
export function renderOccupationField(spec: FieldSpec, context: FormFieldContext): TemplateResult {
  const picker = pickerFor(context);
  const { path } = spec;
  const id = controlId(path);
  const listId = `${id}-options`;
  const noteId = `${id}-note`;
  const text = textValue(context.values, path);
  const choice = currentChoice(context.values);
  const state = picker.search.state;
  const search = picker.search.data;
  const error = context.errors.get(path);
  const note = choice
    ? context.localize.term('signupOccupationGroup', { group: choice.group })
    : search && text.trim() && !picker.open
      ? context.msg('signupOccupationUnclassified')
      : undefined;
  const describedBy = [hintId(path), note ? noteId : '', error ? errorId(path) : '']
    .filter(Boolean)
    .join(' ');
  const specHint = spec.hintKey ? `${context.msg(spec.hintKey as PlainKey)} ` : '';
  const activeId = picker.open && picker.active >= 0 ? `${listId}-${picker.active}` : undefined;
  return html`<div class="field occupation" part="field" data-field=${path}>
    <label part="label" id=${`${id}-label`} for=${id}
      >${context.msg(spec.labelKey as PlainKey)}</label
    >
    <p class="hint" id=${hintId(path)}>${specHint}${context.msg('signupOccupationHint')}</p>
    ${
      error
        ? html`<p class="error" part="error" id=${errorId(path)}>${context.errorText(error)}</p>`
        : nothing
    }
    <div class="occupation__control">
      <input
        part="input"
        id=${id}
        name=${path}
        type="text"
        role="combobox"
        aria-labelledby=${`${id}-label`}
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${picker.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${ifDefined(activeId)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        maxlength=${ifDefined(spec.maxLength)}
        required
        .value=${live(text)}
        @focus=${picker.onFocus}
        @keydown=${picker.onKeydown}
        @blur=${picker.onBlur}
      />
      <input
        type="hidden"
        name=${OCCUPATION_PATH}
        .value=${live(textValue(context.values, OCCUPATION_PATH))}
      />
      <ul
        class="occupation__options"
        part="options"
        id=${listId}
        role="listbox"
        aria-label=${context.msg('signupOccupationOptions')}
        ?hidden=${!picker.open}
      >
        ${picker.results.map(
          (match, index) =>
            // The keyboard works on the combobox (aria-activedescendant): an option never has
            // focus, so the click is for the mouse and touch only.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<li
              class="occupation__option"
              part="option"
              id=${`${listId}-${index}`}
              role="option"
              lang=${match.labelLanguage}
              aria-selected=${index === picker.active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${(event: Event) =>
                picker.choose(
                  index,
                  (event.currentTarget as Element)
                    .closest('.occupation__control')!
                    .querySelector('input')!,
                )}
            >
              <span class="occupation__label">${match.label}</span>
              <span class="occupation__group" lang=${dataLanguage(context.lang)}
                >${match.ssyk} ${match.groupName}</span
              >
            </li>`,
        )}
      </ul>
    </div>
    <p class="visually-hidden" role="status">${picker.announcement}</p>
    ${note ? html`<p class="hint" id=${noteId}>${note}</p>` : nothing}
    ${
      state.status === 'loading'
        ? renderLoading(context.localize)
        : state.status === 'error'
          ? renderLoadError(state.error, context.localize, () => void picker.retry(id))
          : nothing
    }
    ${
      search
        ? html`<p class="occupation__sources" part="attribution">
            ${context.msg('signupOccupationSources')} ${search.attribution}
          </p>`
        : nothing
    }
  </div>`;
}
