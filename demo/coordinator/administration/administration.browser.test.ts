// <mk-administration> in a real browser: programmes, accounts and the audit log in Swedish and
// English words (never codes), the audit log naming whose data while it exists and "an erased
// person" after, the forms' errors beside their fields with the focus on the first, each
// action by keyboard with the focus where its result is, loading and failed states, an ended
// session told to the page, hostile strings as text, and axe in every state in both languages.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import type { MkAdministration } from './administration.ts';
import './define-administration.ts';
import {
  ADMINISTRATION,
  HOSTILE_TEXT,
  hostileAdministration,
} from './testing/administration-fixtures.ts';
import { fakeAdministrationApi } from './testing/fake-administration-api.ts';
import type { FakeAdministrationApi } from './testing/fake-administration-api.ts';

let api: FakeAdministrationApi;
beforeEach(() => {
  api = fakeAdministrationApi(ADMINISTRATION);
});
afterEach(() => {
  api.restore();
  document.documentElement.lang = 'en';
});

async function administration(lang: string): Promise<MkAdministration> {
  const el = await fixture<MkAdministration>(
    html`<mk-administration lang=${lang}></mk-administration>`,
  );
  await settle(el);
  return el;
}

async function settle(el: MkAdministration): Promise<void> {
  await waitFor(
    () => el.shadowRoot?.querySelector('#programme-form, .mk-state__error'),
    'the administration or a failure',
  );
  await el.updateComplete;
}

const $ = <E extends Element = HTMLElement>(el: MkAdministration, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
const text = (node: ParentNode | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: MkAdministration) => el.shadowRoot!.activeElement;
const auditRows = (el: MkAdministration) =>
  [...el.shadowRoot!.querySelectorAll('#audit-table tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => text(cell)),
  );
const card = (el: MkAdministration, id: string) => $(el, `[data-coordinator-id="${id}"]`);

/** Types `value` into the field with id `id` (clearing it first), by keyboard. */
async function type(el: MkAdministration, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = '';
  input.focus();
  if (value) await sendKeys({ type: value });
}

async function press(button: HTMLElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

a11yPasses('<mk-administration> in Swedish', () => administration('sv'));
a11yPasses('<mk-administration> in English', () => administration('en'));

describe('<mk-administration>', () => {
  for (const lang of ['sv', 'en']) {
    it(`is accessible loading, filled, with errors beside the fields, and failed (${lang})`, async () => {
      api.hold();
      const el = await fixture<MkAdministration>(
        html`<mk-administration lang=${lang}></mk-administration>`,
      );
      await waitFor(() => el.shadowRoot?.querySelector('[role="status"]'), 'loading');
      await expect(el).to.be.accessible();
      api.release();
      await settle(el);
      await expect(el).to.be.accessible();

      await press($(el, '[data-programme-id="foundry"] button.edit-programme'));
      await waitFor(() => $(el, '#edit-form'), 'the edit form');
      await expect(el).to.be.accessible();

      await press($(el, '#programme-form button[type="submit"]'));
      await press($(el, '#invite-form button[type="submit"]'));
      await waitFor(() => $(el, '#error-invite-name'), 'the invitation errors');
      await expect(el).to.be.accessible();

      api.failNext('GET', 500);
      await el.reload();
      await waitFor(() => $(el, '.mk-state__error'), 'failed');
      await expect(el).to.be.accessible();
    });
  }

  it('shows programmes, accounts and the audit log in Swedish words, never codes', async () => {
    const el = await administration('sv');
    expect(text($(el, 'h2'))).to.equal('Administration');
    const academics = $(el, '[data-programme-id="union-academics"]');
    expect(text(academics)).to.equal(
      'Akademikerförbundets mentorprogram (id: union-academics) Samordnare: Ulla Union ' +
        'Egna frågor på anmälan: Har du körkort? · Hur hörde du talas om oss? ' +
        'Språk: svenska och arabiska Adepter per mentor när mentorn inte anger något: 2 ' +
        'Ändra Akademikerförbundets mentorprogram',
    );
    expect(text($(el, '[data-programme-id="foundry"]'))).to.equal(
      'Gjuteriets yrkesmentorer (id: foundry) Samordnare: Ulla Union och Frank Foundry ' +
        'Inga egna frågor på anmälan. Språk: alla ' +
        'Adepter per mentor när mentorn inte anger något: 1 Ändra Gjuteriets yrkesmentorer',
    );
    expect(
      [...el.shadowRoot!.querySelectorAll('#programme-languages label')].map((l) => text(l)),
    ).to.deep.equal([
      'svenska',
      'engelska',
      'arabiska',
      'persiska',
      'dari',
      'somaliska',
      'tigrinja',
      'ukrainska',
    ]);
    expect(text(card(el, 'co-admin'))).to.contain('Administratör (alla program)');
    expect(text(card(el, 'co-admin'))).to.contain('Loggar in med samordnartoken.');
    expect(text(card(el, 'co-ulla'))).to.contain(
      'Samordnare för Akademikerförbundets mentorprogram och Gjuteriets yrkesmentorer',
    );
    expect(text(card(el, 'co-ulla'))).to.contain('Aktiv; loggade senast in 19 nov. 2026 16:45.');
    expect(text(card(el, 'co-frank'))).to.contain(
      'Inbjuden 18 nov. 2026 13:00; har inte tackat ja än.',
    );
    expect([...$<HTMLSelectElement>(el, '#invite-lang').options].map((o) => o.text)).to.deep.equal([
      'svenska',
      'engelska',
    ]);
    expect(auditRows(el)).to.deep.equal([
      [
        '20 nov. 2026 11:05',
        'Ulla Union (samordnare)',
        'Raderade personens uppgifter',
        'en raderad person',
      ],
      [
        '20 nov. 2026 11:00',
        'Ulla Union (samordnare)',
        'Exporterade personens uppgifter',
        'en raderad person',
      ],
      ['20 nov. 2026 10:30', 'Ulla Union (samordnare)', 'Tittade på personen', 'Amal Haddad'],
      [
        '20 nov. 2026 10:30',
        'ett borttaget konto (samordnare)',
        'Föreslog en matchning',
        'Amal Haddad (adept) och Bashir Karimi (mentor)',
      ],
      [
        '20 nov. 2026 10:30',
        'First administrator (administratör)',
        'Exporterade personlistan som CSV',
        'Ingen enskild',
      ],
      // A route the page has no words for: the action, and the request as a detail.
      [
        '20 nov. 2026 10:30',
        'Ulla Union (samordnare)',
        'Ändrade uppgifter Begäran: POST /api/coordinator/something-new',
        'Ingen enskild',
      ],
      [
        '20 nov. 2026 08:00',
        'Ulla Union (samordnare)',
        'Loggade in med en nyckel (passkey)',
        'Ulla Union',
      ],
    ]);
    // The known deeds show no request and no id.
    expect(text($(el, '#audit-table'))).not.to.contain('su-farid');
    expect(text($(el, '#audit-table'))).not.to.contain('/signups');
  });

  it('shows the audit log in English words, and the page language when it changes', async () => {
    document.documentElement.lang = 'sv';
    const el = await fixture<MkAdministration>(html`<mk-administration></mk-administration>`);
    await settle(el);
    document.documentElement.lang = 'en';
    await waitFor(() => text($(el, '#audit-heading')) === 'Audit log', 'English');
    expect(auditRows(el).slice(0, 4)).to.deep.equal([
      [
        '20 Nov 2026, 11:05',
        'Ulla Union (coordinator)',
        "Erased the person's data",
        'an erased person',
      ],
      [
        '20 Nov 2026, 11:00',
        'Ulla Union (coordinator)',
        "Exported the person's data",
        'an erased person',
      ],
      ['20 Nov 2026, 10:30', 'Ulla Union (coordinator)', 'Viewed the person', 'Amal Haddad'],
      [
        '20 Nov 2026, 10:30',
        'a removed account (coordinator)',
        'Proposed a match',
        'Amal Haddad (mentee) and Bashir Karimi (mentor)',
      ],
    ]);
    expect(text($(el, '[data-programme-id="union-academics"]'))).to.contain(
      'Its own signup questions: Do you have a driving licence? · Hur hörde du talas om oss? ' +
        'Languages: Swedish and Arabic Mentees per mentor when the mentor does not say: 2',
    );
    expect(text($(el, '[data-programme-id="foundry"]'))).to.contain('Languages: every one');
    expect(auditRows(el).at(-1)!.slice(2)).to.deep.equal([
      'Signed in with a passkey',
      'Ulla Union',
    ]);
    expect(text(card(el, 'co-ulla'))).to.contain(
      'Coordinator of Akademikerförbundets mentorprogram and Gjuteriets yrkesmentorer',
    );
    expect(text(card(el, 'co-frank'))).to.contain(
      'Invited 18 Nov 2026, 13:00; has not accepted yet.',
    );
  });

  it("adds a programme: errors beside the fields, the form's words for the server's refusals", async () => {
    const el = await administration('en');
    await press($(el, '#programme-form button[type="submit"]'));
    await waitFor(() => $(el, '#error-programme-id'), 'the errors');
    expect(text($(el, '#error-programme-id'))).to.match(
      /^Enter an id of letters, digits and hyphens/,
    );
    expect(text($(el, '#error-programme-name'))).to.equal(
      "Enter the programme's name (at most 120 characters).",
    );
    expect(focused(el)).to.equal($(el, '#programme-id'));
    expect($(el, '#programme-id').getAttribute('aria-describedby')).to.equal('error-programme-id');
    expect(api.requests.filter((r) => r.method === 'POST')).to.deep.equal([]);

    // The server's schema refuses the space: the form's words, not the validator's.
    await type(el, 'programme-id', 'foundry school');
    await type(el, 'programme-name', 'Foundry school');
    await press($(el, '#programme-form button[type="submit"]'));
    await waitFor(() => !$(el, '#error-programme-name'), 'the name accepted');
    expect(text($(el, '#error-programme-id'))).to.match(/^Enter an id of letters/);
    expect(text(el.shadowRoot)).not.to.contain('Invalid input');
    expect(focused(el)).to.equal($(el, '#programme-id'));

    // An id in use.
    await type(el, 'programme-id', 'foundry');
    await press($(el, '#programme-form button[type="submit"]'));
    await waitFor(() => text($(el, '#error-programme-id')).startsWith('A programme'), 'taken');
    expect(text($(el, '#error-programme-id'))).to.equal('A programme has this id already.');

    // A capacity default outside 1–50 is said beside its field before anything is sent.
    await type(el, 'programme-id', 'foundry-school');
    await type(el, 'programme-capacityDefault', '0');
    const posts = api.requests.filter((r) => r.method === 'POST').length;
    await press($(el, '#programme-form button[type="submit"]'));
    await waitFor(() => $(el, '#error-programme-capacityDefault'), 'the capacity error');
    expect(text($(el, '#error-programme-capacityDefault'))).to.equal(
      'Enter a whole number from 1 to 50.',
    );
    expect(focused(el)).to.equal($(el, '#programme-capacityDefault'));
    expect(api.requests.filter((r) => r.method === 'POST').length).to.equal(posts);

    await type(el, 'programme-capacityDefault', '3');
    $<HTMLInputElement>(el, '#programme-languages input[value="uk"]').click();
    $<HTMLInputElement>(el, '#programme-languages input[value="ar"]').click();
    await press($(el, '#programme-form button[type="submit"]'));
    await waitFor(() => text($(el, '#programme-notice')) !== '', 'added');
    expect(api.requests.filter((r) => r.method === 'POST').at(-1)!.body).to.deep.equal({
      id: 'foundry-school',
      name: 'Foundry school',
      languages: ['ar', 'uk'],
      capacityDefault: 3,
    });
    expect(text($(el, '#programme-notice'))).to.equal('The programme Foundry school was added.');
    expect(focused(el)).to.equal($(el, '#programme-notice'));
    expect($(el, '#error-programme-id')).to.equal(null);
    expect($<HTMLInputElement>(el, '#programme-id').value).to.equal('');
    expect(text($(el, '[data-programme-id="foundry-school"]'))).to.equal(
      'Foundry school (id: foundry-school) No coordinator yet. No signup questions of its own. ' +
        'Languages: Arabic and Ukrainian Mentees per mentor when the mentor does not say: 3 ' +
        'Edit Foundry school',
    );
    // The form is empty again: every language, one mentee per mentor.
    expect($<HTMLInputElement>(el, '#programme-capacityDefault').value).to.equal('1');
    expect(el.shadowRoot!.querySelectorAll('#programme-languages input:checked').length).to.equal(
      0,
    );
    // The new programme can be chosen for an invitation at once.
    expect(text($(el, '#invite-programmes'))).to.contain('Foundry school');
  });

  it("changes a programme's name, languages and capacity default by keyboard, errors beside the fields", async () => {
    const el = await administration('en');
    const academics = () => $(el, '[data-programme-id="union-academics"]');
    const editButton = () => academics().querySelector<HTMLElement>('button.edit-programme')!;
    await press(editButton());
    await waitFor(() => $(el, '#edit-form'), 'the edit form');
    expect($(el, '#edit-form').getAttribute('aria-label')).to.equal(
      'Edit the programme Akademikerförbundets mentorprogram',
    );
    expect(focused(el)).to.equal($(el, '#edit-name'));
    expect($<HTMLInputElement>(el, '#edit-capacityDefault').value).to.equal('2');
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#edit-languages input:checked')].map(
        (input) => input.value,
      ),
    ).to.deep.equal(['sv', 'ar']);
    await expect(el).to.be.accessible();

    // Cancel: nothing sent, the focus back on the programme's Edit button.
    await press($(el, '#edit-form button[type="button"]'));
    await waitFor(() => !$(el, '#edit-form'), 'closed');
    expect(focused(el)).to.equal(editButton());
    expect(api.requests.filter((r) => r.method === 'PUT')).to.deep.equal([]);

    await press(editButton());
    await waitFor(() => $(el, '#edit-form'), 'the edit form again');
    await type(el, 'edit-name', '');
    await type(el, 'edit-capacityDefault', '51');
    await press($(el, '#edit-form button[type="submit"]'));
    await waitFor(() => $(el, '#error-edit-name'), 'the errors');
    expect(text($(el, '#error-edit-name'))).to.equal(
      "Enter the programme's name (at most 120 characters).",
    );
    expect(text($(el, '#error-edit-capacityDefault'))).to.equal(
      'Enter a whole number from 1 to 50.',
    );
    expect(focused(el)).to.equal($(el, '#edit-name'));
    await expect(el).to.be.accessible();
    expect(api.requests.filter((r) => r.method === 'PUT')).to.deep.equal([]);

    // A failure of the server is said in the notice; the form stays, to try again.
    await type(el, 'edit-name', 'Academics 2027');
    await type(el, 'edit-capacityDefault', '4');
    api.failNext('PUT', 500);
    await press($(el, '#edit-form button[type="submit"]'));
    await waitFor(() => text($(el, '#programme-notice')) !== '', 'failed');
    expect(text($(el, '#programme-notice'))).to.equal('That did not work. Try again in a moment.');

    $<HTMLInputElement>(el, '#edit-languages input[value="sv"]').click();
    $<HTMLInputElement>(el, '#edit-languages input[value="uk"]').click();
    await press($(el, '#edit-form button[type="submit"]'));
    await waitFor(() => text($(el, '#programme-notice')).includes('changed'), 'changed');
    expect(text($(el, '#programme-notice'))).to.equal('The programme Academics 2027 was changed.');
    expect(focused(el)).to.equal($(el, '#programme-notice'));
    expect(api.requests.filter((r) => r.method === 'PUT').at(-1)).to.deep.include({
      path: '/api/coordinator/programmes/union-academics',
      body: { name: 'Academics 2027', languages: ['ar', 'uk'], capacityDefault: 4 },
    });
    expect($(el, '#edit-form')).to.equal(null);
    expect(text(academics())).to.contain(
      'Languages: Arabic and Ukrainian Mentees per mentor when the mentor does not say: 4 ' +
        'Edit Academics 2027',
    );
  });

  it('invites a coordinator by e-mail, with the errors beside the fields first', async () => {
    const el = await administration('en');
    await type(el, 'invite-name', 'Ulla Again');
    await type(el, 'invite-email', 'ulla@union');
    await press($(el, '#invite-form button[type="submit"]'));
    await waitFor(() => $(el, '#error-invite-email'), 'the errors');
    expect(text($(el, '#error-invite-email'))).to.equal(
      'Enter their e-mail address, like name@example.org.',
    );
    expect(text($(el, '#error-invite-programmes'))).to.match(
      /^Choose at least one programme for a coordinator/,
    );
    expect(focused(el)).to.equal($(el, '#invite-email'));

    // An address with an account: the server's refusal beside the address.
    await type(el, 'invite-email', 'ulla@union.example');
    $<HTMLInputElement>(el, '#invite-programmes input[value="foundry"]').click();
    await press($(el, '#invite-form button[type="submit"]'));
    await waitFor(() => text($(el, '#error-invite-email')).startsWith('This address'), 'taken');
    expect($(el, '#error-invite-programmes')).to.equal(null);

    await type(el, 'invite-name', 'Nora Nilsson');
    await type(el, 'invite-email', 'nora@foundry.example');
    const language = $<HTMLSelectElement>(el, '#invite-lang');
    language.value = 'en';
    await press($(el, '#invite-form button[type="submit"]'));
    await waitFor(() => text($(el, '#account-notice')) !== '', 'sent');
    expect(text($(el, '#account-notice'))).to.equal(
      'An invitation was sent to Nora Nilsson at nora@foundry.example. Its link works once, for 7 days.',
    );
    expect(focused(el)).to.equal($(el, '#account-notice'));
    expect(api.requests.filter((r) => r.method === 'POST').at(-1)!.body).to.deep.equal({
      name: 'Nora Nilsson',
      email: 'nora@foundry.example',
      role: 'coordinator',
      lang: 'en',
      programmes: ['foundry'],
    });
    const nora = [...el.shadowRoot!.querySelectorAll('#coordinators > li')].find((li) =>
      text(li).includes('Nora Nilsson'),
    );
    expect(text(nora)).to.contain('Coordinator of Gjuteriets yrkesmentorer');
    expect(text(nora)).to.contain('Invited 21 Nov 2026, 09:00; has not accepted yet.');
  });

  it("revokes, invites again and removes an account by keyboard, the focus on what's left", async () => {
    const el = await administration('en');
    await press($(el, '[data-coordinator-id="co-ulla"] [data-action="revoke"]'));
    await waitFor(() => text($(el, '#account-notice')) !== '', 'revoked');
    expect(text($(el, '#account-notice'))).to.equal(
      'Ulla Union can no longer sign in. Invite them again to let them back.',
    );
    expect(text(card(el, 'co-ulla'))).to.contain('Revoked: cannot sign in.');
    expect(focused(el)).to.equal($(el, '#coordinator-co-ulla'));

    await press($(el, '[data-coordinator-id="co-ulla"] [data-action="invitation"]'));
    await waitFor(() => text($(el, '#account-notice')).startsWith('A new'), 'invited again');
    expect(text(card(el, 'co-ulla'))).to.contain('has not accepted yet');
    expect(focused(el)).to.equal($(el, '#coordinator-co-ulla'));

    await press($(el, '[data-coordinator-id="co-ulla"] [data-action="remove"]'));
    await waitFor(() => text($(el, '#account-notice')) === 'Ulla Union was removed.', 'removed');
    expect(el.shadowRoot!.querySelector('[data-coordinator-id="co-ulla"]')).to.equal(null);
    expect(focused(el)).to.equal($(el, '#account-notice'));
    expect(
      api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
    ).to.deep.equal([
      'POST /api/coordinator/coordinators/co-ulla/revoke',
      'POST /api/coordinator/coordinators/co-ulla/invitation',
      'DELETE /api/coordinator/coordinators/co-ulla',
    ]);
  });

  it('says in words why an action was refused', async () => {
    const el = await administration('sv');
    api.failNext('POST', 409);
    await press($(el, '[data-coordinator-id="co-ulla"] [data-action="revoke"]'));
    await waitFor(() => text($(el, '#account-notice')) !== '', 'refused');
    expect(text($(el, '#account-notice'))).to.equal(
      'Bjud in en annan administratör först: det måste finnas minst en som kan logga in.',
    );
    api.failNext('DELETE', 500);
    await press($(el, '[data-coordinator-id="co-frank"] [data-action="remove"]'));
    await waitFor(() => text($(el, '#account-notice')).startsWith('Det gick inte'), 'failed');
    expect(text(card(el, 'co-frank'))).to.contain('Frank Foundry');
  });

  it('tells the page when the session ended', async () => {
    const el = await administration('en');
    api.failNext('POST', 401);
    setTimeout(() => void press($(el, '[data-coordinator-id="co-ulla"] [data-action="revoke"]')));
    await oneEvent(el, 'mk-administration-session-ended');
    api.failNext('GET', 401);
    setTimeout(() => void el.reload());
    await oneEvent(el, 'mk-administration-session-ended');
    await waitFor(() => $(el, '.mk-state__error'), 'the failure');
    expect(text($(el, '.mk-state__error'))).to.contain('Your session has ended.');
  });

  it('offers Try again after a failed load, and then shows everything', async () => {
    api.failNext('GET', 503);
    const el = await administration('en');
    expect(text($(el, '[role="alert"]'))).to.contain('503');
    await press($(el, '[part="retry-button"]'));
    await waitFor(() => $(el, '#audit-table'), 'the audit log');
    expect(auditRows(el)).to.have.length(7);
  });

  it('loads only when asked, with manual', async () => {
    const el = await fixture<MkAdministration>(
      html`<mk-administration lang="en" manual></mk-administration>`,
    );
    await el.updateComplete;
    expect(api.requests).to.deep.equal([]);
    await el.reload();
    await settle(el);
    expect(api.requests.map((r) => r.path).sort()).to.deep.equal([
      '/api/coordinator/audit',
      '/api/coordinator/coordinators',
      '/api/coordinator/programmes',
      '/api/questions?programme=foundry',
      '/api/questions?programme=union-academics',
    ]);
  });

  it('renders hostile strings as text', async () => {
    api.restore();
    api = fakeAdministrationApi(hostileAdministration());
    const el = await administration('en');
    expect(text($(el, '#programmes'))).to.contain(HOSTILE_TEXT);
    expect(text(card(el, 'co-ulla'))).to.contain(HOSTILE_TEXT);
    expect(auditRows(el)[2]).to.deep.equal([
      '20 Nov 2026, 10:30',
      `${HOSTILE_TEXT} (coordinator)`,
      'Viewed the person',
      HOSTILE_TEXT,
    ]);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
