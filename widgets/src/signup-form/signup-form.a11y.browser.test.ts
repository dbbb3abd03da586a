/** Forced colours, dark and target size (issue 24) for the form, empty and after a failed submit. */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { a11yPasses } from '../shared/testing/a11y-passes.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkSignupForm } from './signup-form.ts';
import { fill } from './testing/browser-helpers.ts';
import { MENTOR_VALUES } from './testing/fixtures.ts';

async function form(endpoint = '/__mk-test/signup', training?: string): Promise<MkSignupForm> {
  const el = await fixture<MkSignupForm>(
    html`<mk-signup-form
      lang="en"
      kind="mentor"
      endpoint=${endpoint}
      training=${ifDefined(training)}
      privacy-url="https://example.org/privacy"
      without-draft
      .minFillTime=${0}
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
a11yPasses('<mk-signup-form> training full, next date offered', async () => {
  const next = {
    uid: 'weekly@partner.example/20270309',
    title: 'Mentor basics',
    start: '2027-03-09T18:00:00+01:00',
    timeZone: 'Europe/Stockholm',
  };
  const endpoint =
    `/__mk-test/signup?fullTraining=${encodeURIComponent('weekly@partner.example/20270302')}` +
    `&next=${encodeURIComponent(JSON.stringify(next))}`;
  const el = await form(endpoint, 'weekly@partner.example/20270302');
  await waitFor(() => (el as unknown as { checks: { data?: unknown } }).checks.data, 'no checks');
  await fill(el, MENTOR_VALUES);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitFor(() => el.shadowRoot?.querySelector('[part="training-refusal"]'), 'no refusal');
  return el;
});
