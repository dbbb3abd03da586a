/**
 * Registers `<mk-match-card>`, and nothing else:
 * `import '@mentorkit/widgets/match-card/define';`
 */
import { MkMatchCard } from './match-card.ts';
// Brings the element's events (events.ts, on the global event map) into the declarations of a
// page that imports only this module, so that its `addEventListener` is typed; gone from the JS.
export type {} from './events.ts';

if (!customElements.get('mk-match-card')) customElements.define('mk-match-card', MkMatchCard);

declare global {
  interface HTMLElementTagNameMap {
    'mk-match-card': MkMatchCard;
  }
}
