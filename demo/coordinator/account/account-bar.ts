/**
 * `<mk-account-bar>`: who is signed in, in what role (an administrator; a coordinator of their
 * programmes, by name), and Sign out, in Swedish or English as the page's `lang` says.
 *
 * `session` is set by the page. Events: `mk-signed-out` once Sign out has ended the session
 * (or found it ended already: signed out all the same).
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { MentorkitElement, emit } from '@mentorkit/widgets/shared';
import { api, apiJson } from '../api.ts';
import type { Json, Programme, SessionView } from '../api-types.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import './account-events.ts';
import type { AccountBundle } from './account-messages.ts';
import { accountMessages } from './account-messages.ts';
import { accountStyles } from './account.styles.ts';

export class MkAccountBar extends MentorkitElement<AccountBundle> {
  static override styles = [MentorkitElement.styles, controlsStyles, accountStyles];

  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    programmeNames: { state: true },
    signingOut: { state: true },
  };

  session: SessionView | undefined;
  /** The session's programmes by name, once known (GET /api/coordinator/programmes). */
  programmeNames: ReadonlyMap<string, string> = new Map();
  signingOut = false;

  protected readonly localize = this.localizeWith(accountMessages);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session?.role === 'coordinator') {
      void this.loadProgrammeNames(this.session);
    }
  }

  private async loadProgrammeNames(session: SessionView): Promise<void> {
    if (session.programmes.every((id) => this.programmeNames.has(id))) return;
    try {
      const programmes = await apiJson<Json<Programme>[]>('/api/coordinator/programmes');
      this.programmeNames = new Map(programmes.map((programme) => [programme.id, programme.name]));
    } catch {
      // Without the names the bar says "coordinator" alone: never the programmes' codes. A
      // session that ended is told by the parts of the page that load its data.
    }
  }

  /** The role in words; a coordinator's programmes by name once they have arrived. */
  private roleWords(session: SessionView): string {
    const term = this.localize.term.bind(this.localize);
    if (session.role === 'administrator') return term('accountAdministrator');
    if (session.programmes.length === 0) return term('accountNoProgramme');
    const names = session.programmes.map((id) => this.programmeNames.get(id));
    if (names.some((name) => name === undefined)) return term('accountCoordinator');
    return term('accountCoordinatorOf', {
      programmes: this.localize.formatList(names as string[]),
    });
  }

  private async signOut(): Promise<void> {
    if (this.signingOut) return;
    this.signingOut = true;
    try {
      await api('/api/coordinator/sign-out', { method: 'POST' });
    } catch {
      // Ended already, or the server is away: this tab forgets the session all the same.
    } finally {
      this.signingOut = false;
    }
    emit(this, 'mk-signed-out', null);
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    if (!session) return nothing;
    const term = this.localize.term.bind(this.localize);
    return html`<div class="bar">
      <p id="signed-in-as">
        ${term('accountSignedIn', {
          name: session.name,
          email: session.email ?? '',
          role: this.roleWords(session),
        })}
      </p>
      <button
        type="button"
        id="sign-out"
        aria-disabled=${this.signingOut ? 'true' : 'false'}
        @click=${() => void this.signOut()}
      >
        ${term('accountSignOut')}
      </button>
    </div>`;
  }
}
