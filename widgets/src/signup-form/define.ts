/**
 * Registers `<mk-signup-form>`, and nothing else:
 * `import '@mentorkit/widgets/signup-form/define';`
 */
import { MkSignupForm } from './signup-form.ts';

if (!customElements.get('mk-signup-form')) customElements.define('mk-signup-form', MkSignupForm);

declare global {
  interface HTMLElementTagNameMap {
    'mk-signup-form': MkSignupForm;
  }
}
