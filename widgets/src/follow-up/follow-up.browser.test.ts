// <mk-follow-up>: loading the questionnaire (from src, from code, from attributes), every state
// of the load and of the form, both roles and the mentee's conditional questions, the language
// and direction, hostile text, and axe in each state, left to right and right to left. Sending
// the answers is in follow-up-send.browser.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FollowUpQuestionnaire } from '@mentorkit/core';
import { loadCatalogue, registerMessages } from '../locales/index.ts';
import { after, before, describe, it } from '../shared/testing/mocha.ts';
import { pinDate } from '../shared/testing/pinned-date.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkFollowUp } from './follow-up.ts';
import { followUpMessages } from './locales/index.ts';
import {
  ANSWERED,
  MENTEE_AT_6,
  MENTOR_AT_12,
  choose,
  control,
  followUpUrl,
  hasFocus,
  nextKey,
  part,
  text,
} from './testing/fixtures.ts';

interface Options {
  src?: string;
  lang?: string;
  kind?: string;
  months?: string;
  programmeName?: string;
  questionnaire?: FollowUpQuestionnaire;
}

async function mount(options: Options): Promise<MkFollowUp> {
  return fixture<MkFollowUp>(
    html`<mk-follow-up
      lang=${ifDefined(options.lang ?? 'en')}
      src=${ifDefined(options.src)}
      kind=${ifDefined(options.kind)}
      months-after-start=${ifDefined(options.months)}
      programme-name=${ifDefined(options.programmeName)}
      .questionnaire=${options.questionnaire}
      .retryDelays=${[10]}
    ></mk-follow-up>`,
  );
}

/** Waits until the questionnaire shows (its form, or the note that it was answered). */
async function shown(el: MkFollowUp): Promise<MkFollowUp> {
  await waitFor(() => part(el, 'form') ?? part(el, 'answered'), 'the questionnaire showed');
  await el.updateComplete;
  return el;
}

async function failed(el: MkFollowUp): Promise<HTMLElement> {
  await waitFor(() => part(el, 'error'), 'the error showed');
  await el.updateComplete;
  return part(el, 'error')!;
}

const radioChecked = (el: MkFollowUp, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.checked;

const legends = (el: MkFollowUp) =>
  [...el.shadowRoot!.querySelectorAll('legend, .field > label')].map((node) => text(node));

describe('<mk-follow-up>', () => {
  let restoreDate: (() => void) | undefined;
  before(async () => {
    // "Since when" offers the ten years up to today's: the same ones on every day the tests run.
    restoreDate = pinDate('2027-03-15T12:00:00Z');
    registerMessages(followUpMessages);
    await Promise.all([loadCatalogue('en'), loadCatalogue('ar')]);
  });
  after(() => restoreDate?.());

  it("shows the mentee's questionnaire from src, accessible (axe)", async () => {
    const el = await shown(await mount({ src: followUpUrl(nextKey()) }));
    await expect(el).to.be.accessible();
    expect(text(part(el, 'title'))).to.equal('Follow-up after 6 months');
    expect(text(el.shadowRoot!.querySelector('.programme'))).to.equal(
      'Mentoring in Gjuteriprogrammet i Karlskoga',
    );
    expect(text(part(el, 'intro'))).to.contain('Please answer by 30 April 2027.');
    expect(legends(el)).to.deep.equal([
      'What are you doing now? (required)',
      'How much has the mentoring helped you? (required)',
      'Is there anything else you would like to tell us? (optional)',
    ]);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('is right to left and accessible in Arabic', async () => {
    const el = await shown(await mount({ src: followUpUrl(nextKey()), lang: 'ar' }));
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(text(part(el, 'title'))).to.equal('متابعة بعد 6 أشهر');
    choose(el, 'workSituation', 'studies');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[data-field="since"] legend'))).to.contain(
      'منذ متى؟',
    );
    await expect(el).to.be.accessible();
  });

  it('asks hours and since when only for a job or studies', async () => {
    const el = await shown(await mount({ src: followUpUrl(nextKey()) }));
    const asked = () => ({
      hours: control(el, 'weeklyHours') !== null,
      since: control(el, 'sinceMonth') !== null && control(el, 'sinceYear') !== null,
    });
    expect(asked()).to.deep.equal({ hours: false, since: false });
    for (const [situation, shows] of [
      ['qualified-job', true],
      ['looking', false],
      ['other-job', true],
      ['other', false],
      ['studies', true],
    ] as const) {
      choose(el, 'workSituation', situation);
      await el.updateComplete;
      expect(asked(), situation).to.deep.equal({ hours: shows, since: shows });
    }
    expect(text(el.shadowRoot!.querySelector('label[for="mk-fu-weeklyHours"]'))).to.equal(
      'How many hours a week? (optional)',
    );
    // A month and a year, each labelled, months by name, the ten years up to this one.
    const months = [...control<HTMLSelectElement>(el, 'sinceMonth').options].map((o) => o.text);
    expect(months.slice(0, 3)).to.deep.equal(['Choose …', 'January', 'February']);
    const years = [...control<HTMLSelectElement>(el, 'sinceYear').options].map((o) => o.value);
    expect(years).to.deep.equal(['', ...Array.from({ length: 10 }, (_, i) => String(2027 - i))]);
    expect(text(el.shadowRoot!.querySelector('label[for="mk-fu-since-year"]'))).to.equal('Year');
    await expect(el).to.be.accessible();
  });

  it("shows the mentor's questions", async () => {
    const el = await shown(
      await mount({ src: followUpUrl(nextKey(), MENTOR_AT_12), programmeName: 'Facket hjälper' }),
    );
    expect(text(part(el, 'title'))).to.equal('Follow-up after 12 months');
    // The page's programme name wins over the questionnaire's.
    expect(text(el.shadowRoot!.querySelector('.programme'))).to.equal(
      'Mentoring in Facket hjälper',
    );
    expect(legends(el)).to.deep.equal([
      'Do you still meet? (required)',
      'How much do you think the mentoring has helped your mentee? (required)',
      'Would you like to be a mentor again? (required)',
      'Is there anything else you would like to tell us? (optional)',
    ]);
    expect(control(el, 'workSituation')).to.equal(null);
    expect(control<HTMLTextAreaElement>(el, 'comment').maxLength).to.equal(5000);
    await expect(el).to.be.accessible();
  });

  it('takes kind and months-after-start without a src, and the questionnaire from code', async () => {
    const fromAttributes = await shown(await mount({ kind: 'mentor', months: '3' }));
    expect(text(part(fromAttributes, 'title'))).to.equal('Follow-up after 3 months');
    expect(control(fromAttributes, 'stillMeeting')).not.to.equal(null);

    const fromCode = await shown(await mount({ questionnaire: MENTEE_AT_6 }));
    expect(control(fromCode, 'workSituation')).not.to.equal(null);
  });

  it('says it is not set up right without a src or with a wrong kind (ltr and rtl, axe)', async () => {
    for (const lang of ['en', 'ar']) {
      for (const options of [{}, { kind: 'coordinator', months: '6' }, { kind: 'mentee' }]) {
        const el = await mount({ ...options, lang });
        await el.updateComplete;
        expect(part(el, 'error'), JSON.stringify(options)).not.to.equal(null);
        expect(part(el, 'form')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('shows loading, then the questionnaire (axe while loading, ltr and rtl)', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount({ src: `${followUpUrl(nextKey())}&delay=800`, lang });
      await el.updateComplete;
      const loading = part(el, 'loading');
      expect(loading?.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await shown(el);
    }
  });

  it('says why a load failed, and Try again (keyboard) loads again', async () => {
    const key = nextKey();
    const body = encodeURIComponent(JSON.stringify(MENTEE_AT_6));
    const el = await mount({ src: `/__mk-test/flaky/${key}?body=${body}` });
    const error = await failed(el);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('Something went wrong on the server');
    await expect(el).to.be.accessible();
    part(el, 'retry-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await shown(el);
    expect(control(el, 'workSituation')).not.to.equal(null);
  });

  it('says the data cannot be read for wrong JSON and for a questionnaire of another shape', async () => {
    const wrong = [
      '/__mk-test/json?body=not%20json',
      `/__mk-test/json?body=${encodeURIComponent('{"role":"coordinator","monthsAfterStart":6}')}`,
      `/__mk-test/json?body=${encodeURIComponent('{"role":"mentee","monthsAfterStart":600}')}`,
    ];
    for (const src of wrong) {
      const el = await mount({ src });
      expect(text(await failed(el)), src).to.contain('could not be read');
      expect(part(el, 'form')).to.equal(null);
    }
  });

  it('says a link that leads nowhere (404) was not found, with Try again (ltr and rtl, axe)', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount({ src: '/__mk-test/status/404', lang });
      const error = await failed(el);
      expect(text(error)).to.contain(
        lang === 'en' ? 'The questions were not found' : 'لم يُعثر على الأسئلة',
      );
      expect(part(el, 'retry-button')).not.to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('says an expired or withdrawn link (410) is no longer valid, without Try again', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount({ src: '/__mk-test/status/410', lang });
      await waitFor(() => part(el, 'expired'), 'the expired note showed');
      await el.updateComplete;
      expect(text(part(el, 'expired'))).to.contain(
        lang === 'en' ? 'This link has expired or was withdrawn.' : 'انتهت صلاحية هذا الرابط',
      );
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('says when an answered questionnaire was answered, and offers to change the answers', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await shown(await mount({ src: followUpUrl(nextKey(), ANSWERED), lang }));
      expect(part(el, 'form')).to.equal(null);
      if (lang === 'en') {
        expect(text(part(el, 'answered'))).to.contain(
          'We received your answers on 10 February 2027. Thank you!',
        );
      }
      await expect(el).to.be.accessible();
      part(el, 'change-button')!.click();
      await waitFor(() => part(el, 'form'), 'the form showed');
      await el.updateComplete;
      expect(hasFocus(el, part(el, 'title')), 'where focus is').to.equal(true);
      if (lang === 'en') {
        expect(text(part(el, 'form'))).to.contain(
          'Your new answers replace the ones you sent last time.',
        );
      }
      await expect(el).to.be.accessible();
    }
  });

  it("speaks the answerer's language when the backend knows it and the page did not set one", async () => {
    const el = await fixture<MkFollowUp>(
      html`<div lang="">
        <mk-follow-up
          src=${followUpUrl(nextKey(), { ...MENTOR_AT_12, locale: 'ar' })}
        ></mk-follow-up>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('mk-follow-up')!);
    await shown(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(text(part(el, 'title'))).to.equal('متابعة بعد 12 شهرًا');
    // The element's own lang wins.
    const own = await shown(
      await mount({ src: followUpUrl(nextKey(), { ...MENTOR_AT_12, locale: 'ar' }), lang: 'en' }),
    );
    expect(text(part(own, 'title'))).to.equal('Follow-up after 12 months');
  });

  it('fits 320 px without scrolling sideways (WCAG reflow), in both directions', async () => {
    for (const lang of ['en', 'ar']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <mk-follow-up lang=${lang} src=${followUpUrl(nextKey())}></mk-follow-up>
        </div>`,
      );
      const el = await shown(wrapper.querySelector<MkFollowUp>('mk-follow-up')!);
      choose(el, 'workSituation', 'qualified-job');
      await el.updateComplete;
      const form = part(el, 'form')!;
      expect(form.scrollWidth, lang).to.be.at.most(320);
      const box = wrapper.getBoundingClientRect();
      for (const node of el.shadowRoot!.querySelectorAll('input, select, textarea, button')) {
        const rect = node.getBoundingClientRect();
        expect(
          rect.left >= box.left - 1 && rect.right <= box.right + 1,
          `${lang} ${node.outerHTML.slice(0, 60)}`,
        ).to.equal(true);
      }
    }
  });

  it('shows a hostile programme name as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__mkFollowUpPwned=1"><b>Programme</b>';
    const el = await shown(
      await mount({ src: followUpUrl(nextKey(), { ...MENTEE_AT_6, programmeName: hostile }) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(el.shadowRoot!.querySelector('.programme'))).to.equal(`Mentoring in ${hostile}`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __mkFollowUpPwned?: number }).__mkFollowUpPwned).to.equal(
      undefined,
    );
  });

  it('is chosen by keyboard: Space and the arrow keys choose, the next questions follow', async () => {
    const el = await shown(await mount({ src: followUpUrl(nextKey()) }));
    control(el, 'workSituation').focus();
    await sendKeys({ press: ' ' }); // Space
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, 'workSituation').checked).to.equal(true);
    expect(control(el, 'weeklyHours')).not.to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radioChecked(el, 'other-job')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(hasFocus(el, control(el, 'weeklyHours')), 'where focus is').to.equal(true);
    await sendKeys({ type: '٣٥' });
    expect(control<HTMLInputElement>(el, 'weeklyHours').value).to.equal('٣٥');
  });
});
