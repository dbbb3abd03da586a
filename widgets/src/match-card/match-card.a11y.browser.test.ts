/** Forced colours, dark and target size (issue 24) for the card, as a pair and as the public sees it. */
import { fixture, html } from '@open-wc/testing';
import { a11yPasses } from '../shared/testing/a11y-passes.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkMatchCard } from './match-card.ts';
import { FULL_MATCH } from './testing/fixtures.ts';

async function card(audience: string, layout: string, actions: boolean): Promise<MkMatchCard> {
  const el = await fixture<MkMatchCard>(
    html`<mk-match-card
      lang="en"
      audience=${audience}
      layout=${layout}
      time-zone="Europe/Stockholm"
      ?actions=${actions}
      .match=${FULL_MATCH}
    ></mk-match-card>`,
  );
  await waitFor(() => el.shadowRoot?.querySelector('[part~="card"]'), 'the card did not render');
  await el.updateComplete;
  return el;
}

a11yPasses('<mk-match-card> participant, full, with actions', () =>
  card('participant', 'full', true),
);
a11yPasses('<mk-match-card> public, compact', () => card('public', 'compact', false));
