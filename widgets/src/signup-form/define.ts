/**
 * Registers `<mk-signup-form>`, and nothing else:
 * `import '@mentorkit/widgets/signup-form/define';`
 */
import { MkSignupForm } from './signup-form.ts';
// Brings the element's events (events.ts, on the global event map) into the declarations of a
// page that imports only this module, so that its `addEventListener` is typed; gone from the JS.
export type {} from './events.ts';

if (!customElements.get('mk-signup-form')) customElements.define('mk-signup-form', MkSignupForm);

declare global {
  interface HTMLElementTagNameMap {
    'mk-signup-form': MkSignupForm;
  }
}
