// <mk-follow-up> sending the answers, against the test server's real route
// (test-support/test-routes.mjs: /__mk-test/follow-up/<key>): validation and the error summary,
// what is sent, the events and their order, a cancelled submit, no double submit, a network
// failure and 5xx with Try again that keeps every answer, 422 at the question the server names,
// 410, and changing an earlier answer; axe in every state, left to right and right to left.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
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
  enter,
  errorOf,
  followUpLog,
  followUpUrl,
  hasFocus,
  nextKey,
  part,
  text,
} from './testing/fixtures.ts';

async function mount(
  src: string,
  options: { lang?: string; endpoint?: string } = {},
): Promise<MkFollowUp> {
  const el = await fixture<MkFollowUp>(
    html`<mk-follow-up
      lang=${options.lang ?? 'en'}
      src=${src}
      endpoint=${ifDefined(options.endpoint)}
      .retryDelays=${[10, 10]}
    ></mk-follow-up>`,
  );
  await waitFor(() => part(el, 'form') ?? part(el, 'answered'), 'the questionnaire showed');
  await el.updateComplete;
  return el;
}

/** A mentee in a qualified job since February 2027, 40 hours, helped a lot, with a comment. */
async function answerAsMentee(el: MkFollowUp): Promise<void> {
  choose(el, 'workSituation', 'qualified-job');
  await el.updateComplete;
  enter(el, 'weeklyHours', '40');
  enter(el, 'sinceMonth', '02');
  enter(el, 'sinceYear', '2027');
  choose(el, 'helped', 'a-lot');
  enter(el, 'comment', 'Min mentor hjälpte mig med legitimationen.');
  await el.updateComplete;
}

const MENTEE_ANSWERS = {
  role: 'mentee',
  workSituation: 'qualified-job',
  weeklyHours: 40,
  since: '2027-02',
  helped: 'a-lot',
  comment: 'Min mentor hjälpte mig med legitimationen.',
};

function submit(el: MkFollowUp): void {
  part(el, 'submit')!.click();
}

/** The event names fired on `el`, in order, from now on. */
function recordEvents(el: MkFollowUp): string[] {
  const fired: string[] = [];
  for (const name of ['mk-follow-up-submit', 'mk-follow-up-submitted', 'mk-follow-up-error']) {
    el.addEventListener(name, () => fired.push(name));
  }
  return fired;
}

async function thanks(el: MkFollowUp): Promise<HTMLElement> {
  await waitFor(() => part(el, 'thanks'), 'the thanks showed');
  await el.updateComplete;
  return part(el, 'thanks')!;
}

async function sendFailed(el: MkFollowUp): Promise<HTMLElement> {
  await waitFor(() => el.shadowRoot!.querySelector('.send-error [part~="error"]'), 'the failure');
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('.send-error [part~="error"]')!;
}

const summaryLinks = (el: MkFollowUp) =>
  [...el.shadowRoot!.querySelectorAll('.error-summary a, .error-summary li')].map((node) =>
    text(node),
  );

describe('<mk-follow-up> sending the answers', () => {
  let restoreDate: (() => void) | undefined;
  before(async () => {
    // "Since when" may not be a month to come: today is 15 March 2027 in every run.
    restoreDate = pinDate('2027-03-15T12:00:00Z');
    registerMessages(followUpMessages);
    await Promise.all([loadCatalogue('en'), loadCatalogue('ar')]);
  });
  after(() => restoreDate?.());

  it('lists what is missing in a summary that takes focus, and at each question (axe)', async () => {
    const key = nextKey();
    const el = await mount(followUpUrl(key));
    const fired = recordEvents(el);
    submit(el);
    await waitFor(() => part(el, 'error-summary'), 'the summary');
    await el.updateComplete;
    const summary = part(el, 'error-summary')!;
    expect(hasFocus(el, summary), 'where focus is').to.equal(true);
    expect(text(summary)).to.contain('Something needs to be corrected');
    expect([...summary.querySelectorAll('a')].map((a) => text(a))).to.deep.equal(
      [
        'What are you doing now? (required): Choose an answer.',
        'How much has the mentoring helped you? (required): Choose an answer.',
      ].map((line) => line.replace(' (required)', '')),
    );
    expect(errorOf(el, 'workSituation')).to.equal('Choose an answer.');
    const group = el.shadowRoot!.querySelector('[data-field="workSituation"]')!;
    expect(group.getAttribute('aria-describedby')).to.equal('mk-fu-workSituation-error');
    expect(control(el, 'workSituation').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // A link in the summary moves focus onto its question.
    summary.querySelector<HTMLAnchorElement>('a')!.click();
    expect(hasFocus(el, control(el, 'workSituation')), 'where focus is').to.equal(true);
    expect(fired).to.deep.equal([]);
    expect((await followUpLog(key)).requests).to.equal(0);
  });

  it('refuses hours outside 1–80 and half a since-when, at those questions (rtl, axe)', async () => {
    const el = await mount(followUpUrl(nextKey()), { lang: 'ar' });
    choose(el, 'workSituation', 'other-job');
    await el.updateComplete;
    enter(el, 'weeklyHours', '90');
    enter(el, 'sinceMonth', '05');
    choose(el, 'helped', 'some');
    submit(el);
    await waitFor(() => part(el, 'error-summary'), 'the summary');
    await el.updateComplete;
    expect(errorOf(el, 'weeklyHours')).to.equal('اكتب عددًا صحيحًا من 1 إلى 80.');
    expect(errorOf(el, 'since')).to.equal('اختر الشهر والسنة كليهما.');
    expect(control(el, 'weeklyHours').getAttribute('aria-describedby')).to.equal(
      'mk-fu-weeklyHours-hint mk-fu-weeklyHours-error',
    );
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('sends exactly the answers asked, fires submit then submitted, thanks and takes focus', async () => {
    const key = nextKey();
    const el = await mount(followUpUrl(key));
    const fired = recordEvents(el);
    let submittedDetail: unknown;
    el.addEventListener('mk-follow-up-submitted', (event) => (submittedDetail = event.detail));
    await answerAsMentee(el);
    submit(el);
    const done = await thanks(el);
    expect(text(done)).to.equal(
      'Thank you for your answers! We have received them. They help us make the programme better.',
    );
    expect(hasFocus(el, done), 'where focus is').to.equal(true);
    expect(fired).to.deep.equal(['mk-follow-up-submit', 'mk-follow-up-submitted']);
    expect(await followUpLog(key)).to.deep.equal({ requests: 1, bodies: [MENTEE_ANSWERS] });
    expect(submittedDetail).to.deep.equal({
      answers: MENTEE_ANSWERS,
      status: 200,
      questionnaire: { ...MENTEE_AT_6, answeredAt: '2027-03-15T10:00:00.000Z' },
    });
    await expect(el).to.be.accessible();
  });

  it("leaves out hours and since when after the mentee changes to 'looking'", async () => {
    const key = nextKey();
    const el = await mount(followUpUrl(key));
    await answerAsMentee(el);
    choose(el, 'workSituation', 'looking');
    await el.updateComplete;
    submit(el);
    await thanks(el);
    expect((await followUpLog(key)).bodies).to.deep.equal([
      {
        role: 'mentee',
        workSituation: 'looking',
        helped: 'a-lot',
        comment: MENTEE_ANSWERS.comment,
      },
    ]);
  });

  it("sends the mentor's answers (Arabic, rtl, axe in the thanks)", async () => {
    const key = nextKey();
    const el = await mount(followUpUrl(key, MENTOR_AT_12), { lang: 'ar' });
    choose(el, 'stillMeeting', 'sometimes');
    choose(el, 'helped', 'some');
    choose(el, 'mentorAgain', 'yes');
    await el.updateComplete;
    submit(el);
    expect(text(await thanks(el))).to.contain('شكرًا على إجاباتك!');
    expect((await followUpLog(key)).bodies).to.deep.equal([
      { role: 'mentor', stillMeeting: 'sometimes', helped: 'some', mentorAgain: 'yes' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('sends nothing when a listener cancels mk-follow-up-submit, whose detail is the answers', async () => {
    const key = nextKey();
    const el = await mount(followUpUrl(key));
    const fired = recordEvents(el);
    let detail: unknown;
    el.addEventListener('mk-follow-up-submit', (event) => {
      detail = event.detail;
      event.preventDefault();
    });
    await answerAsMentee(el);
    submit(el);
    await waitFor(() => fired.length > 0, 'the submit event');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fired).to.deep.equal(['mk-follow-up-submit']);
    expect(detail).to.deep.equal({ answers: MENTEE_ANSWERS });
    expect((await followUpLog(key)).requests).to.equal(0);
    expect(part(el, 'form')).not.to.equal(null);
    expect(part(el, 'thanks')).to.equal(null);
  });

  it('sends once however often the button is pressed while sending (busy, announced, axe)', async () => {
    const key = nextKey();
    // Held until released: the widget stays busy however long axe takes on a busy machine.
    const el = await mount(followUpUrl(key, MENTEE_AT_6, { hold: key }));
    await answerAsMentee(el);
    submit(el);
    await waitFor(() => part(el, 'submit')?.getAttribute('aria-disabled') === 'true', 'busy');
    await el.updateComplete;
    expect(text(part(el, 'submit'))).to.equal('Sending …');
    expect(text(el.shadowRoot!.querySelector('.actions [role="status"]'))).to.equal('Sending …');
    expect(part(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    submit(el);
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    await fetch(`/__mk-test/release/${key}`, { method: 'POST' });
    await thanks(el);
    expect((await followUpLog(key)).requests).to.equal(1);
  });

  it('retries a 5xx a bounded number of times, then keeps every answer and says so; Try again sends', async () => {
    const key = nextKey();
    // Three attempts (the first and two retries) answer 503; the fourth stores.
    const el = await mount(followUpUrl(key, MENTEE_AT_6, { fail: '3' }));
    const fired = recordEvents(el);
    let errorDetail: unknown;
    el.addEventListener('mk-follow-up-error', (event) => (errorDetail = event.detail));
    await answerAsMentee(el);
    submit(el);
    const failure = await sendFailed(el);
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(text(failure)).to.contain('Your answers could not be sent');
    expect(text(failure)).to.contain('Your answers are still here.');
    expect(hasFocus(el, failure.closest('[part~="state"]')), 'where focus is').to.equal(true);
    expect((await followUpLog(key)).requests).to.equal(3);
    expect(fired).to.deep.equal(['mk-follow-up-submit', 'mk-follow-up-error']);
    expect(errorDetail).to.deep.equal({ answers: MENTEE_ANSWERS, kind: 'http', status: 503 });
    // Every answer is still there.
    expect(control<HTMLInputElement>(el, 'weeklyHours').value).to.equal('40');
    expect(control<HTMLSelectElement>(el, 'sinceYear').value).to.equal('2027');
    expect(
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="a-lot"]')!.checked,
    ).to.equal(true);
    await expect(el).to.be.accessible();
    part(el, 'retry-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await thanks(el);
    expect(await followUpLog(key)).to.deep.equal({
      requests: 4,
      bodies: [MENTEE_ANSWERS, MENTEE_ANSWERS, MENTEE_ANSWERS, MENTEE_ANSWERS],
    });
    expect(fired).to.deep.equal([
      'mk-follow-up-submit',
      'mk-follow-up-error',
      'mk-follow-up-submit',
      'mk-follow-up-submitted',
    ]);
  });

  it('keeps the answers after a network failure (rtl, axe) and sends them on Try again', async () => {
    const key = nextKey();
    // Port 1 is refused by every browser: fetch itself fails, as when the network is down.
    const el = await mount(followUpUrl(key), {
      lang: 'ar',
      endpoint: 'http://127.0.0.1:1/answers',
    });
    let errorDetail: { kind?: string } = {};
    el.addEventListener('mk-follow-up-error', (event) => (errorDetail = event.detail));
    await answerAsMentee(el);
    submit(el);
    const failure = await sendFailed(el);
    expect(text(failure)).to.contain('تعذّر إرسال إجاباتك');
    expect(errorDetail.kind).to.equal('network');
    await expect(el).to.be.accessible();
    el.endpoint = followUpUrl(key);
    await el.updateComplete;
    expect(control<HTMLTextAreaElement>(el, 'comment').value).to.equal(MENTEE_ANSWERS.comment);
    part(el, 'retry-button')!.click();
    await thanks(el);
    expect((await followUpLog(key)).bodies).to.deep.equal([MENTEE_ANSWERS]);
  });

  it("shows a 422's error at the question the server names, the rest at the top", async () => {
    const key = nextKey();
    const problem = JSON.stringify({
      title: 'Invalid submission',
      errors: [
        { field: 'weeklyHours', detail: 'Hours must be under 60 in this programme.' },
        { field: 'role', detail: 'Must be "mentor".' },
      ],
    });
    const el = await mount(followUpUrl(key, MENTEE_AT_6, { problem }));
    let errorDetail: unknown;
    el.addEventListener('mk-follow-up-error', (event) => (errorDetail = event.detail));
    await answerAsMentee(el);
    submit(el);
    await waitFor(() => part(el, 'error-summary'), 'the summary');
    await el.updateComplete;
    expect(errorOf(el, 'weeklyHours')).to.equal('Hours must be under 60 in this programme.');
    expect(summaryLinks(el)).to.deep.equal([
      'How many hours a week?: Hours must be under 60 in this programme.',
      'How many hours a week?: Hours must be under 60 in this programme.',
      'Must be "mentor".',
    ]);
    expect(hasFocus(el, part(el, 'error-summary')), 'where focus is').to.equal(true);
    expect(errorDetail).to.deep.include({ kind: 'fields', status: 422 });
    expect(control<HTMLInputElement>(el, 'weeklyHours').value).to.equal('40');
    await expect(el).to.be.accessible();
  });

  it('says the link has expired when the answers get a 410, and fires mk-follow-up-error', async () => {
    for (const lang of ['en', 'ar']) {
      const key = nextKey();
      const el = await mount(followUpUrl(key, MENTEE_AT_6, { gone: '' }), { lang });
      let errorDetail: unknown;
      el.addEventListener('mk-follow-up-error', (event) => (errorDetail = event.detail));
      await answerAsMentee(el);
      submit(el);
      await waitFor(() => part(el, 'expired'), 'the expired note');
      await el.updateComplete;
      expect(hasFocus(el, part(el, 'expired')), 'where focus is').to.equal(true);
      expect(part(el, 'form')).to.equal(null);
      expect(errorDetail).to.deep.equal({ answers: MENTEE_ANSWERS, kind: 'expired', status: 410 });
      expect((await followUpLog(key)).requests).to.equal(1);
      await expect(el).to.be.accessible();
    }
  });

  it('changes an earlier answer: the new answers are posted to the same address', async () => {
    const key = nextKey();
    const el = await mount(followUpUrl(key, ANSWERED));
    part(el, 'change-button')!.click();
    await waitFor(() => part(el, 'form'), 'the form');
    await el.updateComplete;
    choose(el, 'workSituation', 'studies');
    choose(el, 'helped', 'some');
    await el.updateComplete;
    submit(el);
    await thanks(el);
    expect((await followUpLog(key)).bodies).to.deep.equal([
      { role: 'mentee', workSituation: 'studies', helped: 'some' },
    ]);
  });
});
