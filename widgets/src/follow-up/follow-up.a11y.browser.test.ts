/** Forced colours, dark and target size (issue 24) for the questionnaire. */
import { fixture, html } from '@open-wc/testing';
import { a11yPasses } from '../shared/testing/a11y-passes.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkFollowUp } from './follow-up.ts';
import { MENTEE_AT_6, part } from './testing/fixtures.ts';

a11yPasses('<mk-follow-up> a questionnaire', async () => {
  const el = await fixture<MkFollowUp>(
    html`<mk-follow-up lang="en" .questionnaire=${MENTEE_AT_6}></mk-follow-up>`,
  );
  await waitFor(() => part(el, 'form'), 'the questionnaire did not show');
  await el.updateComplete;
  return el;
});
