/**
 * Registers `<mk-follow-up>`, and nothing else:
 * `import '@mentorkit/widgets/follow-up/define';`
 */
import { MkFollowUp } from './follow-up.ts';
// Brings the element's events (events.ts, on the global event map) into the declarations of a
// page that imports only this module, so that its `addEventListener` is typed; gone from the JS.
export type {} from './events.ts';

if (!customElements.get('mk-follow-up')) customElements.define('mk-follow-up', MkFollowUp);

declare global {
  interface HTMLElementTagNameMap {
    'mk-follow-up': MkFollowUp;
  }
}
