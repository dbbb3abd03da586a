import { expect, fixture, html, oneEvent, unsafeStatic } from '@open-wc/testing';
import { waitFor } from '../shared/testing/wait.ts';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterEach, beforeEach, describe, it } from '../shared/testing/mocha.ts';
import './define.ts';
import { MkSignupForm } from './signup-form.ts';
import { loadChecks } from './load-checks.ts';
import type { Checks } from './load-checks.ts';
import { MATCHING_PATHS } from './matching-fields.ts';
import { pinDate } from '../shared/testing/pinned-date.ts';
import { MENTEE_VALUES, MENTOR_VALUES } from './testing/fixtures.ts';
import {
  ROUTES,
  control,
  errorOf,
  fill,
  root,
  signupLog,
  submitButton,
  text,
  type,
} from './testing/browser-helpers.ts';

interface Options {
  kind?: 'mentor' | 'mentee';
  lang?: string;
  endpoint?: string;
  apiBase?: string;
  encoding?: string;
  privacyUrl?: string | null;
  fields?: string;
  training?: string;
  questions?: unknown;
  withoutDraft?: boolean;
  draftDays?: number;
  draftStorage?: 'local' | 'session';
  id?: string;
  programme?: string;
  /** Mount the form whose checks.ts comes from `testChecks` (held back, or failing). */
  withTestChecks?: boolean;
}

/** Where the test form's checks.ts comes from. */
let testChecks: () => Promise<Checks> = loadChecks;

/** The real form, except that its checks.ts comes from `testChecks`. */
class FormWithTestChecks extends MkSignupForm {
  protected override loadChecks(): Promise<Checks> {
    return testChecks();
  }
}
customElements.define('mk-test-checks-form', FormWithTestChecks);

const PRIVACY = 'https://partner.example/integritet';

/** A form as a page gets it: its first render, before checks.ts (zod) has arrived. */
async function mount(options: Options = {}): Promise<MkSignupForm> {
  const tag = unsafeStatic(options.withTestChecks ? 'mk-test-checks-form' : 'mk-signup-form');
  // A static tag (lit/static-html), one of two fixed names; the lint rules see a binding.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  const el = await fixture<MkSignupForm>(
    html`<${tag}
      id=${ifDefined(options.id)}
      kind=${options.kind ?? 'mentor'}
      lang=${options.lang ?? 'en'}
      endpoint=${ifDefined(options.endpoint)}
      api-base=${ifDefined(options.apiBase)}
      programme=${ifDefined(options.programme)}
      encoding=${ifDefined(options.encoding)}
      privacy-url=${ifDefined(options.privacyUrl === null ? undefined : (options.privacyUrl ?? PRIVACY))}
      fields=${ifDefined(options.fields)}
      training=${ifDefined(options.training)}
      ?without-draft=${options.withoutDraft ?? false}
      draft-days=${ifDefined(options.draftDays)}
      draft-storage=${ifDefined(options.draftStorage)}
      .questions=${options.questions ?? []}
      .minFillTime=${0}
      .retryDelays=${[20, 20, 20]}
    ></${tag}>`,
  );
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  await el.updateComplete;
  return el;
}

/** A form with checks.ts arrived, as it is by the time a person has filled in a field. */
async function form(options: Options = {}): Promise<MkSignupForm> {
  const el = await mount(options);
  // The form's own module controller (private: no page needs to know) says when it is there.
  await waitFor(() => el['checks'].state.status === 'loaded', 'checks.ts did not arrive');
  await el.updateComplete;
  return el;
}

/** checks.ts held back until `release()`, as on a slow network (mount `withTestChecks`). */
function holdChecks(): { release: () => void; restore: () => void } {
  let release = () => {};
  const held = new Promise<Checks>((resolve) => {
    release = () => resolve(loadChecks());
  });
  testChecks = () => held;
  return {
    release,
    restore: () => {
      testChecks = loadChecks;
    },
  };
}

function submit(el: MkSignupForm): void {
  submitButton(el).click();
}

/** Submits and resolves with the draft id (the Idempotency-Key) the submission carries. */
async function submitAndGetKey(el: MkSignupForm): Promise<string> {
  const event = oneEvent<HTMLElementEventMap['mk-signup-submit']>(el, 'mk-signup-submit');
  submit(el);
  return (await event).detail.submission.draftId;
}

/**
 * Focus is on `target`. (Chai's own `equal` on two DOM nodes tries to diff them when they
 * differ, which can stall the browser; this compares identity and names the focused node.)
 */
function expectFocused(el: MkSignupForm, target: Element | null): void {
  const active = root(el).activeElement;
  const name = (node: Element | null) => node?.outerHTML.slice(0, 80) ?? 'nothing';
  expect(active === target, `focus is on ${name(active)}, not ${name(target)}`).to.equal(true);
}

function successShown(el: MkSignupForm): boolean {
  return root(el).querySelector('[part="success"]') !== null;
}

const valuesOf = (kind: 'mentor' | 'mentee') => (kind === 'mentee' ? MENTEE_VALUES : MENTOR_VALUES);

describe('<mk-signup-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('is accessible in every state, ltr and rtl, both kinds', () => {
    for (const kind of ['mentor', 'mentee'] as const) {
      for (const lang of ['en', 'ar']) {
        it(`${kind} in ${lang}: empty, invalid with summary, sending, error, success`, async () => {
          // Empty.
          const el = await form({ kind, lang, endpoint: `${ROUTES}signup?delay=400&fail=9` });
          await expect(el).to.be.accessible();
          expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');

          // Invalid, with the summary.
          submit(el);
          await waitFor(() => root(el).querySelector('[part="error-summary"]'));
          await expect(el).to.be.accessible();

          // Sending.
          await fill(el, valuesOf(kind));
          submit(el);
          await waitFor(() => submitButton(el).getAttribute('aria-disabled') === 'true');
          await expect(el).to.be.accessible();

          // Error, after every retry failed.
          await waitFor(() => root(el).querySelector('[part="state"]'), 'no error state');
          await expect(el).to.be.accessible();

          // Success.
          el.endpoint = `${ROUTES}signup`;
          el.retryDelays = [];
          await el.updateComplete;
          root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
          await waitFor(() => successShown(el), 'no success');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('misconfigured without privacy-url, and with an unsafe one', async () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        for (const privacyUrl of [null, 'javascript:alert(1)']) {
          const el = await form({ privacyUrl });
          expect(root(el).querySelector('form')).to.equal(null);
          expect(text(root(el).querySelector('[part="state"]'))).to.contain('not set up correctly');
          await expect(el).to.be.accessible();
        }
        const ar = await form({ privacyUrl: null, lang: 'ar' });
        await expect(ar).to.be.accessible();
        const badProgramme = await form({ programme: 'two words' });
        expect(root(badProgramme).querySelector('form')).to.equal(null);
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(4);
      expect(String((warnings[3] as unknown[])[0])).to.contain('programme id');
    });
  });

  describe('fields', () => {
    it('shows the mentor fields with labels and autocomplete tokens', async () => {
      const el = await form();
      expect(control(el, 'person.name').autocomplete).to.equal('name');
      expect(control(el, 'person.email').autocomplete).to.equal('email');
      expect(control(el, 'person.email').type).to.equal('email');
      expect(control(el, 'person.phone').autocomplete).to.equal('tel');
      expect(control(el, 'profile.organisation').autocomplete).to.equal('organization');
      const labels = [...root(el).querySelectorAll('label[part="label"], legend')].map(text);
      expect(labels).to.include.members([
        'Name',
        'Email address',
        'Phone number (optional)',
        'Workplace or organisation',
        'Industry',
        'Years in your profession',
        'Languages you speak',
        'Why do you want to be a mentor?',
      ]);
      // Privacy-minimal: the origin questions are off unless the partner turns them on.
      expect(root(el).querySelector('[name="profile.countryOfBirth"]')).to.equal(null);
      expect(root(el).querySelector('[name="profile.motherTongue"]')).to.equal(null);
    });

    it('shows the mentee fields, and optional origin questions with their purpose', async () => {
      const el = await form({ kind: 'mentee', fields: 'country-of-birth mother-tongue' });
      expect(root(el).querySelector('[name="person.phone"]')).to.equal(null);
      expect(root(el).querySelectorAll('[name="profile.goals"]')).to.have.length(6);
      const country = control<HTMLSelectElement>(el, 'profile.countryOfBirth');
      expect(country.autocomplete).to.equal('country');
      expect(country.options.length).to.be.greaterThan(240);
      expect(country.getAttribute('aria-describedby')).to.contain('hint');
      const purpose = root(el).querySelector(`#${country.getAttribute('aria-describedby')!}`);
      expect(text(purpose)).to.match(/^Optional\. We ask only/);
      expect(text(root(el).querySelector('[data-field="profile.motherTongue"]'))).to.contain(
        'speaks your language',
      );
    });

    it('shows which training the person signs up for', async () => {
      const el = await form({ training: 'svets-2026-03@kommun.example' });
      expect(text(root(el).querySelector('[part="training"]'))).to.equal(
        'You are signing up for the training: svets-2026-03@kommun.example',
      );
      el.trainingTitle = 'Handledarutbildning 12 mars';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="training"]'))).to.contain('Handledarutbildning');
      // The calendar moves focus here after "Sign up": the training line is read out first.
      el.focus();
      expect(root(el).activeElement === root(el).querySelector('[part="training"]')).to.equal(true);
      el.training = undefined;
      el.trainingTitle = undefined;
      await el.updateComplete;
      el.focus();
      expect(root(el).activeElement === control(el, 'person.name')).to.equal(true);
    });
  });

  describe('validation', () => {
    it('checks a field when it loses focus after an edit, not before', async () => {
      const el = await form();
      const email = control(el, 'person.email');
      email.focus();
      control(el, 'person.name').focus();
      await el.updateComplete;
      expect(errorOf(el, 'person.email')).to.equal('');

      await type(el, 'person.email', 'anna@');
      control(el, 'person.name').focus();
      await el.updateComplete;
      expect(errorOf(el, 'person.email')).to.equal(
        'Enter an email address, like name@example.com.',
      );
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('mk-person-email-error');

      await type(el, 'person.email', 'anna@example.se');
      control(el, 'person.name').focus();
      await el.updateComplete;
      expect(errorOf(el, 'person.email')).to.equal('');
      expect(email.getAttribute('aria-invalid')).to.equal('false');
    });

    it('on a failed submit, a focused summary links to each invalid field', async () => {
      const el = await form({ lang: 'sv' });
      await type(el, 'person.name', 'Anna');
      submit(el);
      await waitFor(() => root(el).querySelector('[part="error-summary"]'));
      const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
      expectFocused(el, summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map(text)[0]).to.equal('E-postadress: Fyll i det här fältet.');
      expect(links.map(text)).to.include(
        'Du behöver godkänna hur dina uppgifter behandlas för att kunna anmäla dig.',
      );
      links[0]!.click();
      expectFocused(el, control(el, 'person.email'));
      expect(errorOf(el, 'person.name')).to.equal('');
    });
  });

  describe('submitting', () => {
    it('without an endpoint, validates and fires mk-signup-submit with the submission', async () => {
      const el = await form({ training: 'evt-1' });
      await fill(el, MENTOR_VALUES);
      const event = oneEvent<HTMLElementEventMap['mk-signup-submit']>(el, 'mk-signup-submit');
      submit(el);
      const { detail, cancelable, composed, bubbles } = await event;
      expect({ cancelable, composed, bubbles }).to.deep.equal({
        cancelable: true,
        composed: true,
        bubbles: true,
      });
      expect(detail.submission).to.include({ kind: 'mentor', locale: 'en', trainingUid: 'evt-1' });
      expect(detail.submission.person).to.deep.equal({
        name: 'Anna Lindqvist',
        email: 'anna@example.se',
        phone: '070-123 45 67',
      });
      expect(successShown(el)).to.equal(false);
    });

    it('without an endpoint, posts to the signups of its api-base', async () => {
      // No trailing slash: the base is a folder all the same.
      const el = await form({ apiBase: `${ROUTES}api` });
      await fill(el, MENTOR_VALUES);
      const success = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
      const key = await submitAndGetKey(el);
      expect((await success).detail).to.include({ status: 201 });
      expect(await signupLog(key)).to.include({ requests: 1, stored: 1 });
    });

    it('a cancelled mk-signup-submit sends nothing', async () => {
      const el = await form({ endpoint: `${ROUTES}signup` });
      await fill(el, MENTOR_VALUES);
      el.addEventListener('mk-signup-submit', (event) => event.preventDefault());
      const key = await submitAndGetKey(el);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await signupLog(key)).requests).to.equal(0);
      expect(successShown(el)).to.equal(false);
    });

    it('retries after two failures and stores exactly one record, with one key', async () => {
      const el = await form({ endpoint: `${ROUTES}signup?fail=2` });
      await fill(el, MENTOR_VALUES);
      const success = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
      const key = await submitAndGetKey(el);
      const { detail } = await success;
      expect(detail).to.include({ status: 201, duplicate: false });
      expect(await signupLog(key)).to.include({ requests: 3, stored: 1 });
      expectFocused(el, root(el).querySelector('[part="success"]'));
      expect(text(root(el).querySelector('[part="success"]'))).to.contain(
        'Thank you for signing up!',
      );
      // The draft goes once the server has confirmed.
      expect(
        Object.keys(localStorage).filter((k) => k.startsWith('mentorkit:signup')),
      ).to.deep.equal([]);
    });

    it('a double click sends one request, and the button shows progress', async () => {
      const el = await form({ endpoint: `${ROUTES}signup?delay=300` });
      await fill(el, MENTOR_VALUES);
      const success = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
      const key = await submitAndGetKey(el);
      submit(el);
      await el.updateComplete;
      expect(text(submitButton(el))).to.equal('Sending …');
      expect(text(root(el).querySelector('.actions [role="status"]'))).to.equal('Sending …');
      submit(el);
      await success;
      expect((await signupLog(key)).requests).to.equal(1);
    });

    it('shows server field errors (problem+json) at the right fields', async () => {
      const questions = [{ id: 'licence', type: 'text', label: 'Driving licence' }];
      const problem = {
        title: 'Invalid',
        errors: [
          { field: 'person.email', detail: 'This address is already registered.' },
          { field: 'answers.licence', detail: 'Say which class.' },
          { field: 'profile.languages.0.level', detail: 'Unknown level.' },
        ],
      };
      const endpoint = `${ROUTES}signup?problem=${encodeURIComponent(JSON.stringify(problem))}`;
      const el = await form({ endpoint, questions });
      await fill(el, { ...MENTOR_VALUES, 'answers.licence': 'yes' });
      const failed = oneEvent<HTMLElementEventMap['mk-signup-error']>(el, 'mk-signup-error');
      submit(el);
      const { detail } = await failed;
      expect(detail).to.include({ kind: 'fields', status: 422 });
      await el.updateComplete;
      expect(errorOf(el, 'person.email')).to.equal('This address is already registered.');
      expect(errorOf(el, 'answers.licence')).to.equal('Say which class.');
      expect(errorOf(el, 'profile.languages')).to.equal('Unknown level.');
      expect(control(el, 'person.email').getAttribute('aria-invalid')).to.equal('true');
      const summary = root(el).querySelector('[part="error-summary"]');
      expectFocused(el, summary);
      expect(text(summary)).to.contain('Email address: This address is already registered.');
    });

    describe('a training that is full', () => {
      const FULL = 'weekly@partner.example/20270302';
      const NEXT = {
        uid: 'weekly@partner.example/20270309',
        title: 'Mentor basics',
        start: '2027-03-09T18:00:00+01:00',
        timeZone: 'Europe/Stockholm',
      };
      const endpoint = (next?: object) =>
        `${ROUTES}signup?fullTraining=${encodeURIComponent(FULL)}` +
        (next ? `&next=${encodeURIComponent(JSON.stringify(next))}` : '');

      async function refused(lang: string, next?: object): Promise<MkSignupForm> {
        const el = await form({ lang, training: FULL, endpoint: endpoint(next) });
        await fill(el, MENTOR_VALUES);
        const failed = oneEvent<HTMLElementEventMap['mk-signup-error']>(el, 'mk-signup-error');
        submit(el);
        expect((await failed).detail).to.include({ kind: 'fields', status: 422 });
        await waitFor(() => root(el).querySelector('[part="training-refusal"]'), 'no refusal');
        return el;
      }

      for (const lang of ['en', 'ar']) {
        it(`says so and offers the next date, which signs up with the input kept (${lang})`, async () => {
          const el = await refused(lang, NEXT);
          const refusal = root(el).querySelector('[part="training-refusal"]');
          expectFocused(el, refusal);
          await expect(el).to.be.accessible();
          const choose = root(el).querySelector<HTMLButtonElement>('[part="training-next"]')!;
          if (lang === 'en') {
            expect(text(refusal)).to.contain('This training is fully booked.');
            // The date in the training's own zone, as the reader's language writes it.
            expect(text(refusal)).to.match(
              /The next date with a free place: Tuesday.+9 March 2027.+18:00\./,
            );
            expect(text(choose)).to.match(/^Sign me up for Tuesday.+9 March 2027.+18:00 instead$/);
          }
          const stored = oneEvent<HTMLElementEventMap['mk-signup-success']>(
            el,
            'mk-signup-success',
          );
          choose.click();
          const { detail } = await stored;
          expect(detail.submission.trainingUid).to.equal(NEXT.uid);
          expect(detail.submission.person.email).to.equal(MENTOR_VALUES['person.email']);
          const log = await signupLog(detail.submission.draftId);
          expect(log).to.include({ requests: 2, stored: 1 });
          expect((JSON.parse(log.body ?? '{}') as { trainingUid?: string }).trainingUid).to.equal(
            NEXT.uid,
          );
        });
      }

      it('without a next date, offers to send the signup without the training', async () => {
        const el = await refused('en');
        const refusal = root(el).querySelector('[part="training-refusal"]');
        expect(text(refusal)).to.contain('There is no later date with a free place yet.');
        expect(root(el).querySelector('[part="training-next"]')).to.equal(null);
        const stored = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
        root(el).querySelector<HTMLButtonElement>('[part="training-without"]')!.click();
        expect((await stored).detail.submission.trainingUid).to.equal(undefined);
      });

      it('shows no date from a next that is not sound, and never runs its text', async () => {
        const el = await refused('en', {
          ...NEXT,
          start: 'soon',
          title: '<img src=x onerror=alert(1)>',
        });
        expect(root(el).querySelector('[part="training-next"]')).to.equal(null);
        expect(root(el).querySelector('img')).to.equal(null);
      });
    });

    describe("another programme's training", () => {
      // As the reference backend answers a signup of one programme for another's training.
      const detail = 'The training belongs to another programme than this signup.';
      const problem = {
        type: 'https://mentorkit.example/problems/training-other-programme',
        title: 'Invalid submission',
        detail,
        errors: [{ field: 'trainingUid', detail }],
      };
      const endpoint = `${ROUTES}signup?problem=${encodeURIComponent(JSON.stringify(problem))}`;

      for (const [lang, words] of [
        ['en', 'This training belongs to a different programme from this form.'],
        ['sv', 'Utbildningen hör till ett annat program än det här formuläret.'],
        ['ar', 'هذه الدورة التدريبية تابعة لبرنامج آخر'],
      ] as const) {
        it(`says so in the form's language, looks for no other date, keeps the input (${lang})`, async () => {
          const el = await form({
            lang,
            programme: 'academics',
            training: 'foundry-basics@partner.example',
            endpoint,
          });
          await fill(el, MENTOR_VALUES);
          const failed = oneEvent<HTMLElementEventMap['mk-signup-error']>(el, 'mk-signup-error');
          submit(el);
          expect((await failed).detail).to.include({ kind: 'fields', status: 422 });
          await waitFor(() => root(el).querySelector('[part="training-refusal"]'), 'no refusal');
          const refusal = root(el).querySelector('[part="training-refusal"]');
          expectFocused(el, refusal);
          expect(text(refusal)).to.contain(words);
          // Not the server's English, and no "no later date" line: there is none to look for.
          if (lang !== 'en') expect(text(refusal)).not.to.contain(detail);
          expect(root(el).querySelector('#training-refusal-next')).to.equal(null);
          expect(refusal?.hasAttribute('aria-describedby')).to.equal(false);
          expect(root(el).querySelector('[part="training-without"]')).not.to.equal(null);
          expect(control(el, 'person.name').value).to.equal('Anna Lindqvist');
          await expect(el).to.be.accessible();
        });
      }
    });

    it('after every retry fails: a clear message, the input kept, Try again', async () => {
      const el = await form({ endpoint: `${ROUTES}signup?fail=99` });
      await fill(el, MENTOR_VALUES);
      const failed = oneEvent<HTMLElementEventMap['mk-signup-error']>(el, 'mk-signup-error');
      const key = await submitAndGetKey(el);
      const { detail } = await failed;
      expect(detail).to.include({ kind: 'http', status: 503 });
      await el.updateComplete;
      const alert = root(el).querySelector('[role="alert"]');
      expect(text(alert)).to.contain('Your signup could not be sent');
      // Online, so not the person's connection: the organisation's server.
      expect(text(alert)).to.contain('could not be reached just now');
      expect(text(alert)).not.to.contain('Check your connection');
      // The frame around the alert takes focus (as in every widget's error state).
      expectFocused(el, root(el).querySelector('[part="state"]'));
      expect(control(el, 'person.name').value).to.equal('Anna Lindqvist');
      expect((await signupLog(key)).requests).to.equal(4);
      // The draft stays until the server confirms.
      expect(Object.keys(localStorage).some((k) => k.startsWith('mentorkit:signup'))).to.equal(
        true,
      );
    });

    it('a wrong endpoint (404): the developer is told in the console, the person calmly', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await form({ endpoint: `${ROUTES}no-such-endpoint` });
        await fill(el, MENTOR_VALUES);
        const failed = oneEvent<HTMLElementEventMap['mk-signup-error']>(el, 'mk-signup-error');
        submit(el);
        const { detail } = await failed;
        expect(detail).to.include({ kind: 'http', status: 404 });
        await el.updateComplete;
        const alert = root(el).querySelector('[role="alert"]');
        expect(text(alert)).to.contain('could not be reached just now');
        expect(text(alert)).not.to.contain('Check your connection');
        expect(String(logged[0]?.[0])).to.contain('answered 404');
        expect(String(logged[0]?.[0])).to.contain('absolute URL');
      } finally {
        console.error = original;
      }
    });

    it('posts urlencoded to a plain handler with encoding="form"', async () => {
      const el = await form({ endpoint: `${ROUTES}signup`, encoding: 'form' });
      await fill(el, MENTOR_VALUES);
      const success = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
      const key = await submitAndGetKey(el);
      await success;
      const log = await signupLog(key);
      expect(log.contentType).to.match(/^application\/x-www-form-urlencoded/);
      const body = new URLSearchParams(log.body);
      expect(body.get('person.email')).to.equal('anna@example.se');
      expect(body.get('profile.languages.1.level')).to.equal('B2');
      expect(body.get('consent.privacyUrl')).to.equal(PRIVACY);
      expect(body.get('draftId')).to.equal(key);
    });
  });

  describe('the draft', () => {
    it('is restored after a reload with a notice, and can be discarded', async () => {
      const first = await form({ id: 'join' });
      await type(first, 'person.name', 'Anna');
      await fill(first, { 'profile.languages': [{ code: 'ar', level: 'native' }], consent: true });
      first.remove();

      const second = await form({ id: 'join' });
      expect(control(second, 'person.name').value).to.equal('Anna');
      expect(
        second.shadowRoot!.querySelector<HTMLSelectElement>('select[data-code="ar"]')!.value,
      ).to.equal('native');
      // Consent is asked again, never restored ticked.
      expect(control(second, 'consent').checked).to.equal(false);
      const notice = root(second).querySelector('[part="notice"]');
      expect(text(notice)).to.contain('We have filled in what you wrote last time.');
      await expect(second).to.be.accessible();

      notice!.querySelector('button')!.click();
      await second.updateComplete;
      expect(control(second, 'person.name').value).to.equal('');
      expect(text(root(second).querySelector('[part="notice"]'))).to.equal(
        'The form has been cleared.',
      );
      const third = await form({ id: 'join' });
      expect(control(third, 'person.name').value).to.equal('');
    });

    it('keeps the same Idempotency-Key across a reload', async () => {
      const first = await form({ id: 'k', endpoint: `${ROUTES}signup?fail=99` });
      await fill(first, MENTOR_VALUES);
      const failed = oneEvent<HTMLElementEventMap['mk-signup-error']>(first, 'mk-signup-error');
      const key = await submitAndGetKey(first);
      await failed;
      first.remove();
      const second = await form({ id: 'k', endpoint: `${ROUTES}signup` });
      control(second, 'consent').click();
      await second.updateComplete;
      expect(await submitAndGetKey(second)).to.equal(key);
    });

    describe('on a pinned clock', () => {
      let restoreDate = () => {};
      afterEach(() => restoreDate());
      /** `Date` from `instant` on (the form reads the time only through `Date`). */
      const at = (instant: string) => {
        restoreDate();
        restoreDate = pinDate(instant);
      };

      it('expires after 7 days by default, or the days of draft-days, and is removed', async () => {
        at('2026-11-23T11:00:00Z');
        const first = await form({ id: 'week' });
        await type(first, 'person.name', 'Anna');
        first.remove();
        at('2026-11-30T10:59:00Z');
        const sixDaysLater = await form({ id: 'week' });
        expect(control(sixDaysLater, 'person.name').value).to.equal('Anna');
        sixDaysLater.remove();
        // Restoring saved it again (the person is there): a week from then, it is gone.
        at('2026-12-07T12:00:00Z');
        const weekLater = await form({ id: 'week' });
        expect(control(weekLater, 'person.name').value).to.equal('');
        expect(root(weekLater).querySelector('[part="notice"]')).to.equal(null);
        expect(Object.keys(localStorage)).to.deep.equal([]);
        weekLater.remove();

        at('2026-11-23T11:00:00Z');
        const short = await form({ id: 'day', draftDays: 1 });
        await type(short, 'person.name', 'Bo');
        short.remove();
        at('2026-11-24T11:01:00Z');
        const dayLater = await form({ id: 'day', draftDays: 1 });
        expect(control(dayLater, 'person.name').value).to.equal('');
        expect(Object.keys(localStorage)).to.deep.equal([]);
      });

      it('keeps a session-only draft in sessionStorage, none in localStorage', async () => {
        at('2026-11-23T11:00:00Z');
        localStorage.setItem('unrelated', 'x');
        const first = await form({ id: 'tab', draftStorage: 'session' });
        await type(first, 'person.name', 'Anna');
        first.remove();
        expect(Object.keys(localStorage)).to.deep.equal(['unrelated']);
        expect(Object.values(sessionStorage).join()).to.contain('Anna');
        const second = await form({ id: 'tab', draftStorage: 'session' });
        expect(control(second, 'person.name').value).to.equal('Anna');
      });
    });

    it('never keeps phone, country of birth or mother tongue', async () => {
      const el = await form({ kind: 'mentee', fields: 'phone country-of-birth mother-tongue' });
      await type(el, 'person.name', 'Anna');
      await type(el, 'person.phone', '070-123 45 67');
      await type(el, 'profile.countryOfBirth', 'SY');
      await type(el, 'profile.motherTongue', 'ti');
      const kept = Object.values(localStorage).join();
      expect(kept).to.contain('Anna');
      for (const left of ['070-123', 'countryOfBirth', 'motherTongue', 'phone', '"SY"', '"ti"']) {
        expect(kept).not.to.contain(left);
      }
    });

    it('is not kept with without-draft, and never holds the honeypot', async () => {
      const el = await form({ withoutDraft: true });
      await type(el, 'person.name', 'Anna');
      expect(Object.keys(localStorage)).to.deep.equal([]);
      const kept = await form();
      const honeypot = root(kept).querySelector<HTMLInputElement>('input[name="website"]')!;
      honeypot.value = 'spam';
      honeypot.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await type(kept, 'person.name', 'Anna');
      expect(Object.values(localStorage).join()).not.to.contain('spam');
    });
  });

  describe('anti-spam', () => {
    it('a filled honeypot gets a quiet generic answer and nothing is sent', async () => {
      const el = await form({ endpoint: `${ROUTES}signup` });
      await fill(el, MENTOR_VALUES);
      const honeypot = root(el).querySelector<HTMLInputElement>('input[name="website"]')!;
      honeypot.value = 'https://spam.example';
      honeypot.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      let fired = false;
      el.addEventListener('mk-signup-submit', () => (fired = true));
      submit(el);
      await waitFor(() => successShown(el));
      expect(fired).to.equal(false);
    });

    it('a submit faster than the minimum fill time sends nothing', async () => {
      const el = await form({ endpoint: `${ROUTES}signup` });
      el.minFillTime = 60_000;
      await fill(el, MENTOR_VALUES);
      let fired = false;
      el.addEventListener('mk-signup-submit', () => (fired = true));
      submit(el);
      await waitFor(() => successShown(el));
      expect(fired).to.equal(false);
    });
  });

  describe('partner questions and hostile strings', () => {
    const HOSTILE = '<img src=x onerror="window.__mkPwned=1"><script>window.__mkPwned=2</script>';

    it('shows hostile strings in every field and in question labels as text', async () => {
      const questions = [
        { id: 'q1', type: 'text', label: HOSTILE, hint: { en: HOSTILE } },
        {
          id: 'q2',
          type: 'single-choice',
          label: 'Pick',
          options: [{ value: 'a', label: HOSTILE }],
        },
        { id: 'q3', type: 'yes-no', label: { en: HOSTILE }, required: true },
      ];
      const el = await form({ questions, training: HOSTILE, endpoint: `${ROUTES}signup` });
      el.trainingTitle = HOSTILE;
      const values = Object.fromEntries(
        Object.entries(MENTOR_VALUES).map(([path, value]) => [
          path,
          typeof value === 'string' &&
          path !== 'person.email' &&
          path !== 'profile.yearsOfExperience' &&
          path !== 'person.phone'
            ? HOSTILE
            : value,
        ]),
      );
      await fill(el, { ...values, 'answers.q1': HOSTILE, 'answers.q2': 'a', 'answers.q3': 'yes' });
      const success = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
      const key = await submitAndGetKey(el);
      await success;
      const sent = JSON.parse((await signupLog(key)).body ?? '{}') as { person: { name: string } };
      expect(sent.person.name).to.equal(HOSTILE);
      // Shown as text (here: in the form before sending), never run.
      const again = await form({ questions, training: HOSTILE });
      expect(root(again).querySelectorAll('img, script:not([type])')).to.have.length(0);
      expect(text(root(again).querySelector('[data-field="answers.q1"]'))).to.contain(HOSTILE);
      expect(text(root(again).querySelector('[part="training"]'))).to.contain(HOSTILE);
      expect((window as unknown as { __mkPwned?: number }).__mkPwned).to.equal(undefined);
    });

    it('leaves out a bad question with a message in the form and the console', async () => {
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await form({
          questions: [
            { id: 'ok', type: 'text', label: 'Fine' },
            { id: 'broken', type: 'single-choice', label: 'No options' },
          ],
        });
        expect(root(el).querySelector('[name="answers.ok"]')).not.to.equal(null);
        expect(root(el).querySelector('[name="answers.broken"]')).to.equal(null);
        expect(text(root(el).querySelector('.notice--warning'))).to.contain(
          'Some of the questions in this form could not be shown',
        );
        expect(logged).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('uses the partner wording for the confirmation, per language', async () => {
      const el = await form({ lang: 'sv', endpoint: `${ROUTES}signup` });
      el.messages = { sv: { signupSuccessTitle: 'Tack, vi ringer dig!' } };
      await fill(el, MENTOR_VALUES);
      submit(el);
      await waitFor(() => successShown(el));
      expect(text(root(el).querySelector('[part="success"]'))).to.contain('Tack, vi ringer dig!');
    });
  });

  describe('before checks.ts (zod) has arrived', () => {
    it('shows its fields at once; a blur meanwhile is checked when it arrives', async () => {
      const checks = holdChecks();
      try {
        const questions = [{ id: 'licence', type: 'text', label: 'Driving licence' }];
        const el = await mount({ questions, withTestChecks: true });
        await expect(el).to.be.accessible();
        expect(root(el).querySelector('[name="answers.licence"]')).to.equal(null);
        await type(el, 'person.email', 'anna@');
        control(el, 'person.name').focus();
        await el.updateComplete;
        expect(errorOf(el, 'person.email')).to.equal('');

        checks.release();
        await waitFor(() => errorOf(el, 'person.email') !== '', 'the blur was not checked');
        expect(errorOf(el, 'person.email')).to.equal(
          'Enter an email address, like name@example.com.',
        );
        expect(control(el, 'person.email').getAttribute('aria-invalid')).to.equal('true');
        expect(root(el).querySelector('[name="answers.licence"]')).not.to.equal(null);
      } finally {
        checks.restore();
      }
    });

    it('a submit waits for it and never sends unchecked data', async () => {
      const checks = holdChecks();
      try {
        const el = await mount({ endpoint: `${ROUTES}signup`, withTestChecks: true });
        let submitted = 0;
        el.addEventListener('mk-signup-submit', () => submitted++);
        submit(el);
        submit(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(submitted).to.equal(0);
        expect(root(el).querySelector('[part="error-summary"]')).to.equal(null);

        checks.release();
        await waitFor(() => root(el).querySelector('[part="error-summary"]'), 'no summary');
        expect(submitted).to.equal(0);
        expect(errorOf(el, 'person.name')).to.equal('Fill in this field.');
      } finally {
        checks.restore();
      }
    });

    it('when it cannot be loaded: says so, keeps the input, and Try again recovers', async () => {
      const logged: unknown[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => logged.push(args);
      testChecks = () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        const el = await mount({ endpoint: `${ROUTES}signup`, withTestChecks: true });
        const notice = () => root(el).querySelector<HTMLElement>('[part="state"]');
        await waitFor(() => notice(), 'no error shown');
        expect(notice()!.querySelector('[role="alert"]')).not.to.equal(null);
        expect(text(notice())).to.contain('The server could not be reached');
        await expect(el).to.be.accessible();

        // The questions matching needs come with checks.ts: not there yet.
        const matching = Object.entries(MENTOR_VALUES).filter(([path]) => MATCHING_PATHS.has(path));
        const beforeChecks = Object.entries(MENTOR_VALUES).filter(([p]) => !MATCHING_PATHS.has(p));
        expect(root(el).querySelector('[name="profile.meetingModes"]')).to.equal(null);
        await fill(el, Object.fromEntries(beforeChecks));
        let submitted = 0;
        el.addEventListener('mk-signup-submit', () => submitted++);
        submit(el);
        await waitFor(() => root(el).activeElement === notice(), 'the notice has no focus');
        expect(submitted).to.equal(0);
        expect(control(el, 'person.name').value).to.equal('Anna Lindqvist');
        expect(Object.values(localStorage).join()).to.contain('Anna Lindqvist');
        expect(logged.length).to.be.greaterThan(0);

        testChecks = loadChecks;
        notice()!.querySelector('button')!.click();
        // Once it is in, the submit asks the questions the person has not seen yet.
        await waitFor(
          () => errorOf(el, 'profile.meetingModes') !== '',
          'the new questions unasked',
        );
        expect(submitted).to.equal(0);
        expect(notice()).to.equal(null);
        const success = oneEvent<HTMLElementEventMap['mk-signup-success']>(el, 'mk-signup-success');
        await fill(el, Object.fromEntries(matching));
        submit(el);
        await success;
        expect(submitted).to.equal(1);
      } finally {
        testChecks = loadChecks;
        console.warn = originalWarn;
      }
    });
  });

  it('can be completed and submitted with the keyboard only', async () => {
    const el = await form({ kind: 'mentee' });
    const submitted = oneEvent<HTMLElementEventMap['mk-signup-submit']>(el, 'mk-signup-submit');
    const focused = () =>
      root(el).activeElement?.getAttribute('name') ?? root(el).activeElement?.localName;
    const tabTo = async (name: string) => {
      for (let i = 0; i < 80 && focused() !== name; i++) await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(name);
    };
    const typeInto = async (name: string, value: string) => {
      await tabTo(name);
      await sendKeys({ type: value });
    };
    control(el, 'person.name').focus();
    await typeInto('person.name', 'Samir Haddad');
    await typeInto('person.email', 'samir@example.com');
    await typeInto('profile.profession', 'Civilingenjör');
    await typeInto('profile.desiredField', 'Verkstad');
    // A closed select takes type-ahead: "B" picks B1.
    await typeInto('profile.swedishLevel', 'B');
    await tabTo('profile.languages');
    await sendKeys({ press: ' ' }); // Space
    await el.updateComplete;
    // The ticked language's level follows it: "F" picks "First language or fluent".
    await typeInto('profile.languages.level', 'F');
    await tabTo('profile.goals');
    await sendKeys({ press: ' ' }); // Space
    await tabTo('profile.availabilitySlots');
    await sendKeys({ press: ' ' }); // Space: weekday daytime
    await tabTo('profile.meetingModes');
    await sendKeys({ press: ' ' }); // Space: in person
    await typeInto('profile.region', 'Västerås');
    await tabTo('consent');
    await sendKeys({ press: ' ' }); // Space
    await tabTo('button');
    expectFocused(el, submitButton(el));
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.submission.person.name).to.equal('Samir Haddad');
    expect(detail.submission.profile).to.deep.include({
      region: 'Västerås',
      goals: ['network'],
      availabilitySlots: ['weekday-daytime'],
      meetingModes: ['in-person'],
      swedishLevel: 'B1',
      languages: [{ code: 'sv', level: 'native' }],
    });
  });
});
