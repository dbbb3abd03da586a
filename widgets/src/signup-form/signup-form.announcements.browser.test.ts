// Issue 24 (WCAG 4.1.3): what a screen reader hears from the form. A live region is heard when
// its text changes, so each test checks that the region was in the page before, and what text
// it holds after the action.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../shared/testing/mocha.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkSignupForm } from './signup-form.ts';
import { control, root, submitButton, text, type } from './testing/browser-helpers.ts';

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
  await waitFor(() => root(el).querySelector('form'), 'the form did not render');
  await el.updateComplete;
  return el;
}

const statusRegion = (el: MkSignupForm) =>
  root(el).querySelector<HTMLElement>('.actions [role="status"]');

describe('<mk-signup-form> announcements', () => {
  it('says the error of a field left with a mistake, with the field’s name', async () => {
    const el = await form();
    const region = statusRegion(el);
    expect(region, 'the status region is in the page before the blur').not.to.equal(null);
    expect(text(region)).to.equal('');

    await type(el, 'person.email', 'anna@');
    control(el, 'person.name').focus();
    await waitFor(() => text(statusRegion(el)) !== '', 'nothing was announced');
    expect(statusRegion(el)).to.equal(region);
    expect(text(region)).to.equal('Email address: Enter an email address, like name@example.com.');

    // Put right: the region has nothing left to say.
    await type(el, 'person.email', 'anna@example.org');
    control(el, 'person.name').focus();
    await waitFor(() => text(statusRegion(el)) === '', 'the error was still announced');
  });

  it('makes the error summary an alert, as well as the focus target', async () => {
    const el = await form();
    submitButton(el).click();
    await waitFor(() => root(el).querySelector('[part="error-summary"]'), 'no summary');
    const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary)).to.contain('There is a problem');
    expect(root(el).activeElement).to.equal(summary);
  });
});
