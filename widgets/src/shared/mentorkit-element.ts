/**
 * What every Mentorkit widget shares, once: the theme and data-state styles (light or dark as
 * the page is, or as `theme` says), the partner's wording (`messages`) fed to the widget's
 * LocalizeController, where the backend's API is (`api-base`, else beside the script), and
 * rendering only once the element's language has arrived.
 * A widget extends it and passes its own message bundle:
 *
 * ```ts
 * export class MkMatchCard extends MentorkitElement<MatchCardMessages> {
 *   static override styles = [super.styles, matchCardShellStyles];
 *   protected readonly localize = this.localizeWith(matchMessages);
 * }
 * ```
 */
import { LitElement } from 'lit';
import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import type { MessageBundle } from '../locales/index.ts';
import { dataStateStyles } from './data-state.styles.ts';
import { LocalizeController } from './localize-controller.ts';
import type { WordingOverrides } from './localize-controller.ts';
import { themeStyles } from './theme.styles.ts';

export abstract class MentorkitElement<Own extends SourceCatalogue> extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, dataStateStyles];

  // Lit merges each widget's own `properties` with these.
  static override properties: PropertyDeclarations = {
    messages: { attribute: false },
    theme: { reflect: true },
    apiBase: { attribute: 'api-base' },
  };

  /**
   * `light`, `dark`, or `auto` (the operating system's). Without it the widget is light or
   * dark as the page is: the page's `color-scheme` (`:root { color-scheme: light dark }`
   * follows the operating system; a page that declares none is light).
   */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * The backend's API (`https://mentor.example.org/api/`), for the `endpoint` or `src` the page
   * leaves out. Default: the API beside the script, when it was loaded from a backend's
   * `/widgets/` folder (see `apiUrl` in api-base.ts).
   */
  apiBase?: string;

  /**
   * The partner's wording, per language, for any of the widget's messages:
   * `{ sv: { signupSuccessTitle: 'Tack!' } }`. A language left out keeps the built-in text.
   */
  messages: WordingOverrides<Own> = {};

  protected abstract readonly localize: LocalizeController<Own>;

  /** The widget's LocalizeController, with its messages and the partner's wording. */
  protected localizeWith(bundle: MessageBundle<Own>): LocalizeController<Own> {
    return new LocalizeController<Own>(this, bundle, { overrides: () => this.messages });
  }

  /** Renders once the element's messages are loaded, never in another language first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }
}
