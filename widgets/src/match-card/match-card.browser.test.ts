import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitFor } from '../shared/testing/wait.ts';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { afterEach, before, beforeEach, describe, it } from '../shared/testing/mocha.ts';
import { loadCatalogue, registerMessages } from '../locales/index.ts';
import { matchMessages } from './locales/index.ts';
import './define.ts';
import type { MkMatchCard } from './match-card.ts';
import { FULL_MATCH, HOSTILE, PRIVATE_STRINGS, hostileMatch } from './testing/fixtures.ts';
import { MATCH_AUDIENCES, MATCH_LAYOUTS } from './attributes.ts';
import type { MatchLayout } from './attributes.ts';

interface CardOptions {
  match?: unknown;
  src?: string;
  layout?: MatchLayout;
  /** A MatchAudience, or any other string to see how an unknown one is read. */
  audience?: string;
  lang?: string;
  actions?: boolean;
  timeZone?: string;
}

async function card(options: CardOptions = {}): Promise<MkMatchCard> {
  const el = await fixture<MkMatchCard>(
    html`<mk-match-card
      lang=${options.lang ?? 'en'}
      layout=${options.layout ?? 'full'}
      audience=${options.audience ?? 'participant'}
      time-zone=${options.timeZone ?? 'Europe/Stockholm'}
      ?actions=${options.actions ?? false}
      src=${options.src ?? ''}
      .match=${options.match}
    ></mk-match-card>`,
  );
  await settle(el);
  return el;
}

/** Waits for a load (if any) to end and the card to render its result. */
async function settle(el: MkMatchCard): Promise<void> {
  await waitFor(() => !el.shadowRoot?.querySelector('[role="status"]'), 'still loading');
  await el.updateComplete;
}

const shadow = (el: MkMatchCard) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: MkMatchCard, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every attribute value on the host and on every element of its shadow tree. */
function allAttributeValues(el: MkMatchCard): string[] {
  const elements = [el, ...shadow(el).querySelectorAll('*')];
  return elements.flatMap((element) => [...element.attributes].map((a) => `${a.name}=${a.value}`));
}

async function click(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

describe('<mk-match-card>', () => {
  before(async () => {
    // The card registers its messages when the first one is made; load its Arabic up front.
    registerMessages(matchMessages);
    await loadCatalogue('ar');
  });

  // Failed loads are logged for developers (the data controller's job); keep the output clean.
  const warn = console.warn;
  beforeEach(() => {
    console.warn = () => undefined;
  });

  afterEach(async () => {
    console.warn = warn;
    await resetMouse();
  });

  describe('accessibility', () => {
    for (const layout of MATCH_LAYOUTS) {
      for (const audience of MATCH_AUDIENCES) {
        for (const lang of ['en', 'ar']) {
          it(`passes axe: ${layout}, ${audience}, ${lang === 'ar' ? 'rtl' : 'ltr'}`, async () => {
            const el = await card({ match: FULL_MATCH, layout, audience, lang, actions: true });
            await expect(el).to.be.accessible();
            expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
            expect(part(el, 'card'), 'the card rendered').not.to.equal(null);
          });
        }
      }
    }

    for (const lang of ['en', 'ar']) {
      it(`passes axe with the decline confirmation open (${lang})`, async () => {
        const el = await card({ match: FULL_MATCH, lang, actions: true });
        part(el, 'decline-button')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`passes axe in the loading, error and unconfigured states (${lang})`, async () => {
        const slowEmptyProfile = '/__mk-test/json?delay=2000&body=%7B%7D';
        const loading = await fixture<MkMatchCard>(
          html`<mk-match-card lang=${lang} src=${slowEmptyProfile}></mk-match-card>`,
        );
        await loading.updateComplete;
        expect(shadow(loading).querySelector('[role="status"]')).not.to.equal(null);
        await expect(loading).to.be.accessible();

        const invalid = await card({ match: { id: 'nope' }, lang });
        expect(shadow(invalid).querySelector('[role="alert"]')).not.to.equal(null);
        await expect(invalid).to.be.accessible();

        const empty = await fixture<MkMatchCard>(
          html`<mk-match-card lang=${lang}></mk-match-card>`,
        );
        expect(part(empty, 'error')).not.to.equal(null);
        await expect(empty).to.be.accessible();
      });
    }
  });

  describe('audiences', () => {
    for (const layout of MATCH_LAYOUTS) {
      it(`public (${layout}) puts no name, photo, email or phone anywhere`, async () => {
        const el = await card({ match: FULL_MATCH, layout, audience: 'public', actions: true });
        const markup = shadow(el).innerHTML;
        const attributes = allAttributeValues(el).join('\n');
        for (const secret of PRIVATE_STRINGS) {
          expect(markup, `markup contains ${secret}`).not.to.contain(secret);
          expect(attributes, `attributes contain ${secret}`).not.to.contain(secret);
        }
        expect(shadow(el).querySelector('img'), 'no photo').to.equal(null);
        expect(part(el, 'avatar-initials')?.textContent?.trim(), 'no initials').to.equal('');
        expect(part(el, 'actions'), 'no actions for the public').to.equal(null);
        expect(part(el, 'score')).to.equal(null);
        // What it does show: role and profession.
        expect(text(part(el, 'person-mentor'))).to.contain('Mentor – Svetsare');
        expect(text(part(el, 'person-mentee'))).to.contain('Mentee – Svetsare');
        expect(text(part(el, 'title'))).to.equal('An example of a match');
      });
    }

    it('an unknown audience is treated as public', async () => {
      const el = await card({ match: FULL_MATCH, audience: 'coordinater' });
      expect(shadow(el).innerHTML).not.to.contain('Birgitta');
    });

    it('participant: names, a first-name greeting and a photo with alt text, no contact details', async () => {
      // A photo that loads (any small image the test server has).
      const avatarUrl = `${location.origin}/node_modules/istanbul-reports/lib/html/assets/favicon.png`;
      const el = await card({
        match: { ...FULL_MATCH, mentee: { ...FULL_MATCH.mentee, avatarUrl } },
      });
      expect(text(part(el, 'title'))).to.equal('Hello Yonas and Birgitta!');
      expect(text(part(el, 'person-mentor'))).to.contain('Birgitta Lindqvist');
      const photo = shadow(el).querySelector('img');
      expect(photo?.getAttribute('src')).to.equal(avatarUrl);
      expect(photo?.getAttribute('alt')).to.equal('Photo of Yonas Tesfay Gebremedhin');
      expect(text(part(el, 'avatar-initials'))).to.equal('BL');
      const markup = shadow(el).innerHTML;
      expect(markup).not.to.contain('@example');
      expect(markup).not.to.contain('070-123');
      expect(part(el, 'score')).to.equal(null);
      expect(text(part(el, 'status'))).to.equal('Status: Proposed');
    });

    it('coordinator: everything, including score, status and contact details', async () => {
      const el = await card({ match: FULL_MATCH, audience: 'coordinator' });
      expect(text(part(el, 'title'))).to.equal('Birgitta Lindqvist and Yonas Tesfay Gebremedhin');
      expect(text(part(el, 'score'))).to.equal('Match score: 82%');
      expect(text(part(el, 'status'))).to.equal('Status: Proposed');
      const links = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include('mailto:birgitta.lindqvist@example.se');
      expect(links).to.include('tel:+46725550123');
    });

    it('falls back to initials when a photo fails to load', async () => {
      const el = await card({
        match: {
          ...FULL_MATCH,
          mentee: { ...FULL_MATCH.mentee, avatarUrl: 'http://127.0.0.1:9/x.png' },
        },
      });
      await waitFor(() => !shadow(el).querySelector('img'), 'photo still shown');
      expect(text(part(el, 'person-mentee')?.querySelector('[part~="avatar"]'))).to.equal('YT');
    });
  });

  describe('content', () => {
    it('marks shared languages with text, not colour alone', async () => {
      const el = await card({ match: FULL_MATCH });
      const mentee = [...part(el, 'person-mentee')!.querySelectorAll('[part~="language"]')];
      expect(mentee.map((li) => text(li))).to.deep.equal([
        'Tigrinya (native)',
        'Arabic (C1) shared',
        'Swedish (B1) shared',
      ]);
    });

    it('names languages in the element language', async () => {
      const el = await card({ match: FULL_MATCH, lang: 'sv' });
      const mentor = [...part(el, 'person-mentor')!.querySelectorAll('[part~="language"]')];
      expect(text(mentor[0])).to.equal('svenska (modersmål) gemensamt');
    });

    it('sets goals against expertise', async () => {
      const el = await card({ match: FULL_MATCH });
      const goals = [...shadow(el).querySelectorAll('[part~="goal"]')].map((li) => text(li));
      expect(goals).to.deep.equal([
        'Professional network the mentor can help',
        "CV outside the mentor's expertise",
        'Workplace culture the mentor can help',
      ]);
    });

    it('lists reasons with their weights, kinds localised and the label as a fallback', async () => {
      const el = await card({ match: FULL_MATCH, lang: 'sv' });
      const reasons = [...shadow(el).querySelectorAll('[part~="reason"]')];
      expect(reasons.length).to.equal(5);
      expect(text(reasons[0]?.querySelector('.reason__title'))).to.equal(
        'Samma eller närliggande yrke',
      );
      expect(text(reasons[0]?.querySelector('[part~="reason-weight"]'))).to.equal('vikt 30 %');
      expect(text(reasons[4]?.querySelector('.reason__title'))).to.equal('Both like football');

      const compact = await card({ match: FULL_MATCH, layout: 'compact' });
      expect(shadow(compact).querySelectorAll('[part~="reason"]').length).to.equal(3);
      expect(part(compact, 'goals'), 'compact leaves goals out').to.equal(null);
    });

    it("names the occupation group both share in the reader's language, in both layouts", async () => {
      const groupOf = (el: MkMatchCard) => part(el, 'reason-group');
      const swedish = await card({ match: FULL_MATCH, lang: 'sv' });
      expect(text(groupOf(swedish))).to.equal('7212 Svetsare och gasskärare');
      expect(groupOf(swedish)?.getAttribute('lang')).to.equal('sv');
      const compact = await card({ match: FULL_MATCH, lang: 'en', layout: 'compact' });
      expect(text(groupOf(compact))).to.equal('7212 Welders and flame cutters');
      // No Arabic names in the classification: English, marked as English, in the rtl card.
      const arabic = await card({ match: FULL_MATCH, lang: 'ar', audience: 'public' });
      expect(text(groupOf(arabic))).to.equal('7212 Welders and flame cutters');
      expect(groupOf(arabic)?.getAttribute('lang')).to.equal('en');
      await expect(arabic).to.be.accessible();
      // Only a Swedish name: shown to every reader.
      const [profession, ...others] = FULL_MATCH.reasons;
      const swedishOnly = {
        ...FULL_MATCH,
        reasons: [
          { ...profession!, occupationGroup: { code: '72', names: { sv: 'Metallhantverkare' } } },
          ...others,
        ],
      };
      expect(text(groupOf(await card({ match: swedishOnly, lang: 'uk' })))).to.equal(
        '72 Metallhantverkare',
      );
      // An older profile without the group: the reason as before, nothing more.
      const older = {
        ...FULL_MATCH,
        reasons: [{ kind: 'profession', label: 'Same profession: Svetsare', weight: 0.3 }],
      };
      const plain = await card({ match: older, lang: 'sv' });
      expect(shadow(plain).querySelectorAll('[part~="reason"]').length).to.equal(1);
      expect(groupOf(plain)).to.equal(null);
      // The coordinator's full card shows the backend's label, which names the group already.
      const coordinator = await card({ match: FULL_MATCH, audience: 'coordinator' });
      expect(groupOf(coordinator)).to.equal(null);
      expect(text(shadow(coordinator).querySelector('.reason__detail'))).to.equal(
        'Same occupation group: 7212 Welders and flame cutters',
      );
    });

    it('shows meetings held against planned as a progress bar with text', async () => {
      const el = await card({ match: FULL_MATCH });
      const progress = shadow(el).querySelector('progress')!;
      expect(progress.max).to.equal(10);
      expect(progress.value).to.equal(3);
      expect(text(part(el, 'meetings'))).to.equal('Meetings 3 of 10 held');
    });

    it('shows the next meeting in the element language and time zone', async () => {
      const el = await card({ match: FULL_MATCH, timeZone: 'America/New_York' });
      const time = part(el, 'next-meeting')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(FULL_MATCH.nextMeeting);
      expect(text(time)).to.contain('Friday');
      // 15:30 UTC; New York is on summer time (UTC−4) from 9 March 2025.
      expect(text(time)).to.contain('11:30');

      const sv = await card({ match: FULL_MATCH, lang: 'sv', timeZone: 'Europe/Stockholm' });
      const svText = text(part(sv, 'next-meeting')!.querySelector('time'));
      expect(svText).to.contain('fredag');
      expect(svText).to.contain('16:30');
    });

    it('renders hostile strings in every field as text', async () => {
      (window as { __mkPwned?: number }).__mkPwned = undefined;
      const el = await card({ match: hostileMatch(), audience: 'coordinator', actions: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __mkPwned?: number }).__mkPwned).to.equal(undefined);
      expect(shadow(el).querySelectorAll('script').length).to.equal(0);
      // No image but the mentee's real photo (gone again if it failed to load, offline).
      const images = [...shadow(el).querySelectorAll('img')].map((img) => img.getAttribute('src'));
      expect(images.filter((src) => src !== FULL_MATCH.mentee.avatarUrl)).to.deep.equal([]);
      const shown = text(shadow(el));
      for (const field of [
        'mentor',
        'profession mentor',
        'industry mentee',
        'region mentee',
        'label',
        'other',
      ]) {
        expect(shown).to.contain(`${HOSTILE} ${field}`);
      }
      const publicCard = await card({ match: hostileMatch(), audience: 'public' });
      expect(text(shadow(publicCard))).to.contain(`${HOSTILE} profession mentee`);
      expect(shadow(publicCard).querySelectorAll('img, script').length).to.equal(0);
    });
  });

  describe('data', () => {
    it('loads a profile from src', async () => {
      const body = encodeURIComponent(JSON.stringify(FULL_MATCH));
      const el = await card({ src: `/__mk-test/json?body=${body}` });
      expect(text(part(el, 'title'))).to.equal('Hello Yonas and Birgitta!');
    });

    it("styles the card with the styles that come with the card's module", async () => {
      const el = await card({ match: FULL_MATCH });
      // The theme's two, the data states' and the card's own, once the card's module is in.
      expect(shadow(el).adoptedStyleSheets).to.have.length(4);
      expect(getComputedStyle(part(el, 'card')!).display).to.equal('flex');
      expect(getComputedStyle(shadow(el).querySelector('.people')!).display).to.equal('grid');
      expect(getComputedStyle(part(el, 'shared-badge')!).display).to.equal('inline-flex');
    });

    it('shows the error state for a profile that fails validation, from src or property', async () => {
      const broken = {
        ...FULL_MATCH,
        status: 'maybe',
        mentor: { ...FULL_MATCH.mentor, initials: '' },
      };
      const fromSrc = await card({
        src: `/__mk-test/json?body=${encodeURIComponent(JSON.stringify(broken))}`,
      });
      expect(text(shadow(fromSrc).querySelector('[role="alert"]'))).to.contain(
        'The information could not be read',
      );
      expect(part(fromSrc, 'card')).to.equal(null);

      const fromProperty = await card({ match: broken });
      expect(text(shadow(fromProperty).querySelector('[role="alert"]'))).to.contain(
        'The information could not be read',
      );
      expect(part(fromProperty, 'retry-button')).not.to.equal(null);
    });

    it('shows the match set later from code, without firing any event', async () => {
      const el = await card();
      expect(part(el, 'error'), 'unconfigured until data comes').not.to.equal(null);
      let fired = 0;
      for (const name of ['mk-match-accept', 'mk-match-decline', 'mk-match-contact'] as const) {
        el.addEventListener(name, () => (fired += 1));
      }
      el.match = FULL_MATCH;
      await settle(el);
      el.match = { ...FULL_MATCH, status: 'active' };
      await settle(el);
      expect(text(part(el, 'status'))).to.equal('Status: Active');
      expect(fired).to.equal(0);
    });
  });

  describe('actions', () => {
    it('Accept fires mk-match-accept with the match id, by mouse', async () => {
      const el = await card({ match: FULL_MATCH, actions: true });
      const event = oneEvent<HTMLElementEventMap['mk-match-accept']>(el, 'mk-match-accept');
      await click(part(el, 'accept-button')!);
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ matchId: 'match-2025-017' });
      expect(bubbles && composed).to.equal(true);
    });

    it('Accept and Contact fire by keyboard (Enter and Space)', async () => {
      const el = await card({ match: FULL_MATCH, actions: true });
      part(el, 'accept-button')!.focus();
      const accepted = oneEvent<HTMLElementEventMap['mk-match-accept']>(el, 'mk-match-accept');
      await sendKeys({ press: 'Enter' });
      expect((await accepted).detail.matchId).to.equal('match-2025-017');

      part(el, 'contact-button')!.focus();
      const contacted = oneEvent<HTMLElementEventMap['mk-match-contact']>(el, 'mk-match-contact');
      await sendKeys({ press: ' ' }); // Space
      expect((await contacted).detail.matchId).to.equal('match-2025-017');
    });

    it('Contact fires by mouse', async () => {
      const el = await card({ match: FULL_MATCH, actions: true, audience: 'coordinator' });
      const event = oneEvent<HTMLElementEventMap['mk-match-contact']>(el, 'mk-match-contact');
      await click(part(el, 'contact-button')!);
      expect((await event).detail).to.deep.equal({ matchId: 'match-2025-017' });
    });

    it('Decline asks first; Cancel and Escape keep the match and return focus', async () => {
      const el = await card({ match: FULL_MATCH, actions: true });
      let declined = 0;
      el.addEventListener('mk-match-decline', () => (declined += 1));

      await click(part(el, 'decline-button')!);
      await el.updateComplete;
      const confirmation = part(el, 'decline-confirmation')!;
      expect(text(confirmation)).to.contain('Do you want to decline this match?');
      expect(shadow(el).activeElement?.id).to.equal('decline-question');
      expect(declined).to.equal(0);

      await click(part(el, 'cancel-decline-button')!);
      await el.updateComplete;
      expect(part(el, 'decline-confirmation')).to.equal(null);
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('decline-button');

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'decline-confirmation')).not.to.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'decline-confirmation')).to.equal(null);
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('decline-button');
      expect(declined).to.equal(0);
    });

    it('Decline fires mk-match-decline once confirmed, by keyboard and by mouse', async () => {
      const el = await card({ match: FULL_MATCH, actions: true });
      part(el, 'decline-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('confirm-decline-button');
      const byKeyboard = oneEvent<HTMLElementEventMap['mk-match-decline']>(el, 'mk-match-decline');
      await sendKeys({ press: 'Enter' });
      expect((await byKeyboard).detail).to.deep.equal({ matchId: 'match-2025-017' });

      await el.updateComplete;
      await click(part(el, 'decline-button')!);
      await el.updateComplete;
      const byMouse = oneEvent<HTMLElementEventMap['mk-match-decline']>(el, 'mk-match-decline');
      await click(part(el, 'confirm-decline-button')!);
      expect((await byMouse).detail).to.deep.equal({ matchId: 'match-2025-017' });
    });

    it('offers Accept and Decline only for a proposed match, and no actions unless asked', async () => {
      const active = await card({ match: { ...FULL_MATCH, status: 'active' }, actions: true });
      expect(part(active, 'accept-button')).to.equal(null);
      expect(part(active, 'decline-button')).to.equal(null);
      expect(part(active, 'contact-button')).not.to.equal(null);

      const without = await card({ match: FULL_MATCH });
      expect(part(without, 'actions')).to.equal(null);
    });
  });
});
