/** Forced colours, dark and target size (issue 24) for the form, empty and after a failed submit. */
import { fixture, html } from '@open-wc/testing';
import { a11yPasses } from '../shared/testing/a11y-passes.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkSignupForm } from './signup-form.ts';

async function form(): Promise<MkSignupForm> {
  const el = await fixture<MkSignupForm>(
    html`<mk-signup-form
      lang="en"
      kind="mentor"
      endpoint="/__mk-test/signup"
      privacy-url="https://example.org/privacy"
      without-draft
    ></mk-signup-form>`,
  );
  await waitFor(() => el.shadowRoot?.querySelector('form'), 'the form did not render');
  await el.updateComplete;
  return el;
}

a11yPasses('<mk-signup-form> empty', form);
a11yPasses('<mk-signup-form> with errors', async () => {
  const el = await form();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitFor(
    () => el.shadowRoot?.querySelector('[part~="error-summary"], .error-summary'),
    'no error summary',
  );
  return el;
});
