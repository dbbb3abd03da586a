import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { afterEach, describe, it } from './testing/mocha.ts';
import { waitFor } from './testing/wait.ts';
import '../match-card/define.ts';
import type { MkMatchCard } from '../match-card/match-card.ts';
import { FULL_MATCH } from '../match-card/testing/fixtures.ts';

const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(22, 23, 27)';

/** A card inside a container styled as a partner's page would be. */
async function cardOn(pageStyle: string, theme?: string): Promise<MkMatchCard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${pageStyle}>
      <mk-match-card lang="en" theme=${theme ?? ''} .match=${FULL_MATCH}></mk-match-card>
    </div>`,
  );
  const card = wrapper.querySelector<MkMatchCard>('mk-match-card')!;
  if (!theme) card.removeAttribute('theme');
  await waitFor(() => card.shadowRoot?.querySelector('[part~="card"]'), 'the card did not render');
  return card;
}

const background = (el: Element) => getComputedStyle(el).backgroundColor;

/**
 * The operating system's colour scheme can be emulated in Chromium (CDP) only; in Firefox
 * (WebDriver BiDi) the tests that need it are not defined, the others run in both.
 */
const CAN_EMULATE_SYSTEM_SCHEME = !navigator.userAgent.includes('Firefox');

describe('the theme follows the page', () => {
  it('is light on a page that declares no colour scheme, dark on a dark page', async () => {
    expect(background(await cardOn(''))).to.equal(LIGHT_BACKGROUND);
    expect(background(await cardOn('color-scheme: dark'))).to.equal(DARK_BACKGROUND);
  });

  it('is as the theme attribute says, whatever the page', async () => {
    expect(background(await cardOn('color-scheme: dark', 'light'))).to.equal(LIGHT_BACKGROUND);
    expect(background(await cardOn('', 'dark'))).to.equal(DARK_BACKGROUND);
  });

  it("uses the page's font unless --mk-font-family names one", async () => {
    const pageFont = await cardOn('font-family: Georgia, serif');
    const title = pageFont.shadowRoot!.querySelector('[part~="title"]')!;
    expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
    const ownFont = await cardOn('font-family: Georgia, serif; --mk-font-family: monospace');
    expect(getComputedStyle(ownFont).fontFamily).to.equal('monospace');
  });

  it('passes axe dark and light', async () => {
    await expect(await cardOn('color-scheme: dark')).to.be.accessible();
    await expect(await cardOn('color-scheme: light')).to.be.accessible();
  });
});

if (CAN_EMULATE_SYSTEM_SCHEME) {
  describe('the theme and the operating system', () => {
    afterEach(async () => {
      await emulateMedia({ colorScheme: 'light' });
    });

    it('stays light in a dark operating system when the page declares no scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(await cardOn(''))).to.equal(LIGHT_BACKGROUND);
    });

    it("follows the system on a page with 'light dark', and with theme=auto", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(await cardOn('color-scheme: light dark'))).to.equal(DARK_BACKGROUND);
      expect(background(await cardOn('', 'auto'))).to.equal(DARK_BACKGROUND);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(await cardOn('color-scheme: light dark'))).to.equal(LIGHT_BACKGROUND);
      expect(background(await cardOn('', 'auto'))).to.equal(LIGHT_BACKGROUND);
    });
  });
}
