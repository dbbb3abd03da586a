// The embed builder (/embed.html): options chosen by keyboard change the live preview (the real
// widget from this backend); the snippet names this backend's files in full with the hash that
// integrity.json really has, or none (and says why) for latest or when the hashes cannot be
// loaded; Copy copies it, or selects it when the clipboard is refused; a hostile value stays
// text; and, the proof, the snippet as copied works on a partner page on another origin under
// a strict Content-Security-Policy.
import { createHash, randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../../support/pinned-clock.ts';
import { everyWidgetRendered } from '../../support/widgets-rendered.ts';
import { coordinatorHeaders } from '../backend/backend-helpers.ts';
import {
  WIDGETS_VERSION,
  partnerDocument,
  servePartnerSite,
  strictPolicy,
  watchForProblems,
} from '../widgets/partner-helpers.ts';

// axe over the page with a widget is CPU-bound on a busy 2-core machine (site.spec.ts: up to
// 40 s for a page of several widgets); a test here runs axe up to three times.
test.describe.configure({ timeout: 120_000 });

const HOSTILE = '"><script>alert(1)</script>';

/** The page, loaded, with its preview rendered and its snippet built. */
async function openBuilder(page: Page): Promise<string[]> {
  const problems = await watchForProblems(page);
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto('/embed.html');
  await page.waitForFunction(everyWidgetRendered);
  await expect(page.locator('#snippet')).toContainText('</mk-signup-form>');
  return problems;
}

const preview = (page: Page): Locator => page.locator('#preview > :first-child');
const snippetText = async (page: Page): Promise<string> =>
  (await page.locator('#snippet').textContent()) ?? '';

/** Axe over the whole page: no violations. */
async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(everyWidgetRendered);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

/** The published hashes of this version, as the backend serves them. */
async function publishedHashes(page: Page): Promise<Record<string, string>> {
  const response = await page.request.get(`/widgets/${WIDGETS_VERSION}/integrity.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Record<string, string>;
}

test('options chosen by keyboard change the preview: a mentee form in Arabic, right to left, dark', async ({
  page,
}) => {
  const problems = await openBuilder(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed builder');
  await expectAccessible(page);

  // Widget: the radio group moves with the arrow keys.
  await page.getByLabel('Signup form for mentors').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Signup form for mentees')).toBeChecked();
  await expect(preview(page)).toHaveAttribute('kind', 'mentee');

  // Language: Tab through the signup options to the language select, then arrow down to Arabic
  // (the page's language, sv, en, ar).
  await page.getByLabel('Your privacy notice (full address)').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Language', { exact: true })).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('ar');
  await expect(preview(page)).toHaveAttribute('lang', 'ar');
  await expect(preview(page)).toHaveAttribute('dir', 'rtl');
  await expect(preview(page).getByRole('button', { name: 'إرسال التسجيل' })).toBeVisible();

  // Theme: Tab to the group, then arrow to Dark.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('As your page is')).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Dark', { exact: true })).toBeChecked();
  await expect(preview(page)).toHaveAttribute('theme', 'dark');
  expect(await preview(page).evaluate((widget) => getComputedStyle(widget).colorScheme)).toBe(
    'dark',
  );

  const snippet = await snippetText(page);
  expect(snippet).toContain('kind="mentee"');
  expect(snippet).toContain('lang="ar"');
  expect(snippet).toContain('theme="dark"');
  // Only what the partner needs: the preview's own without-draft is not in the snippet.
  expect(snippet).not.toContain('without-draft');
  await expectAccessible(page);

  // The calendar and the card, by keyboard too: their own options replace the form's.
  await page.getByLabel('Signup form for mentees').focus();
  await page.keyboard.press('ArrowDown');
  await expect(preview(page)).toHaveJSProperty('localName', 'mk-training-calendar');
  await expect(preview(page).locator('[part~="event"]').first()).toBeVisible();
  await expect(preview(page)).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel('Your privacy notice (full address)')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(preview(page)).toHaveJSProperty('localName', 'mk-match-card');
  await expect(preview(page).locator('[part~="card"]')).toBeVisible();
  await expect(preview(page).locator('[part~="contact-link"]')).toHaveCount(0);
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

test('the glossary: subjects chosen by keyboard become its domains, and its preview searches them', async ({
  page,
}) => {
  const problems = await openBuilder(page);

  // The last widget in the group: arrow up from the first wraps to it.
  await page.getByLabel('Signup form for mentors').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Glossary of Swedish working life')).toBeChecked();
  await expect(preview(page)).toHaveJSProperty('localName', 'mk-glossary');
  await expect(page.getByRole('group', { name: 'Subjects' })).toBeVisible();
  // Every subject by default: the snippet names none, and the one-file script is the glossary's.
  await expect(page.locator('#snippet')).toContainText('</mk-glossary>');
  let snippet = await snippetText(page);
  expect(snippet).toContain(`/widgets/${WIDGETS_VERSION}/mk-glossary.js`);
  expect(snippet).not.toContain('domains=');
  // This page's address is not the partner's: the preview alone leaves it alone.
  await expect(preview(page)).toHaveAttribute('without-hash', '');
  expect(snippet).not.toContain('without-hash');

  // Two subjects, ticked with the space bar.
  await page.getByLabel('Cleaning', { exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Care', { exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(preview(page)).toHaveAttribute('domains', 'cleaning care');
  await expect(page.locator('#snippet')).toContainText('domains="cleaning care"');

  // The preview is the real widget with those subjects: a cleaning word is found, a pay word not.
  const search = preview(page).getByLabel('Search for a word');
  await search.fill('lokalvården');
  await expect(preview(page).locator('[part~="result"]').first()).toContainText('lokalvård');
  await search.fill('semesterersättning');
  await expect(preview(page).locator('[part~="status"]')).toContainText('No words found');
  expect(page.url()).not.toContain('#term=');
  await expectAccessible(page);

  // Every subject ticked is the same as none: the attribute goes again.
  for (const box of await page
    .getByRole('group', { name: 'Subjects' })
    .getByRole('checkbox')
    .all()) {
    await box.check();
  }
  await expect(preview(page)).not.toHaveAttribute('domains');
  snippet = await snippetText(page);
  expect(snippet).not.toContain('domains=');
  expect(problems).toEqual([]);
});

test("the calendar's programme: chosen, the snippet and the preview ask for that programme's trainings", async ({
  page,
}) => {
  const problems = await openBuilder(page);
  const origin = new URL(page.url()).origin;
  const programme = page
    .getByRole('group', { name: 'Training calendar', exact: true })
    .getByLabel('Programme');
  await page.getByLabel('Training calendar').check();
  // The signup form's programme is hidden with its fieldset; the calendar offers its own.
  await expect(page.locator('#programme-control')).toBeHidden();
  await expect(programme).toBeVisible();
  await expect(programme).toHaveValue('');
  expect(await snippetText(page)).toContain(`src="${origin}/api/trainings.json"`);

  const asked = page.waitForRequest((request) =>
    request.url().endsWith('/api/trainings.json?programme=demo'),
  );
  await programme.focus();
  await page.keyboard.press('ArrowDown');
  await expect(programme).toHaveValue('demo');
  const snippet = await snippetText(page);
  expect(snippet).toContain('programme="demo"');
  expect(snippet).not.toContain('trainings.json');
  await expect(preview(page)).toHaveAttribute('programme', 'demo');
  await expect(preview(page)).not.toHaveAttribute('src', /./);
  await asked;
  // The demo programme's calendar shows the demo's trainings (seeded into its programme).
  await expect(
    preview(page)
      .locator('[part~="event-title"]', { hasText: 'Språkcafé för mentorer och adepter' })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);

  // Every programme again: the whole feed, by its address.
  await programme.selectOption('');
  expect(await snippetText(page)).toContain(`src="${origin}/api/trainings.json"`);
  expect(await snippetText(page)).not.toContain('programme=');
  expect(problems).toEqual([]);
});

test('the snippet names this backend in full, with the hash integrity.json has, or none with latest', async ({
  page,
}) => {
  const problems = await openBuilder(page);
  const origin = new URL(page.url()).origin;
  const hashes = await publishedHashes(page);
  await expect(page.locator('#snippet-status')).toHaveText(
    `Version ${WIDGETS_VERSION}, with its integrity hashes.`,
  );

  let snippet = await snippetText(page);
  expect(snippet).toContain(`src="${origin}/widgets/${WIDGETS_VERSION}/mk-signup-form.js"`);
  expect(snippet).toContain(`integrity="${hashes['mk-signup-form.js']}"`);
  expect(hashes['mk-signup-form.js']).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  expect(snippet).toContain('crossorigin="anonymous"');
  expect(snippet).toContain(`endpoint="${origin}/api/signups"`);
  expect(snippet).toContain(`privacy-url="${origin}/privacy.html"`);
  expect(snippet).toContain('programme="demo"');
  // The defaults need no style block.
  expect(snippet).not.toContain('<style>');

  await page.getByLabel(/Any widget/).check();
  snippet = await snippetText(page);
  expect(snippet).toContain(`src="${origin}/widgets/${WIDGETS_VERSION}/mentorkit.js"`);
  expect(snippet).toContain(`integrity="${hashes['mentorkit.js']}"`);
  // What that hash covers: the loader, and through the hashes it carries, the widget file.
  await expect(page.locator('#snippet-notes')).toContainText(
    'The loader checks the widget file it imports against a hash it carries',
  );

  await page.getByLabel(/Always the newest/).check();
  snippet = await snippetText(page);
  expect(snippet).toContain(`src="${origin}/widgets/latest/mentorkit.js"`);
  expect(snippet).not.toContain('integrity=');
  expect(snippet).not.toContain('crossorigin=');
  await expect(page.locator('#snippet-notes')).toContainText('No integrity with latest');

  await page.getByLabel(/This version/).check();
  await page.getByLabel(/This widget only/).check();
  await page.getByLabel('Training calendar').check();
  snippet = await snippetText(page);
  expect(snippet).toContain(`integrity="${hashes['mk-training-calendar.js']}"`);
  expect(snippet).toContain(`src="${origin}/api/trainings.json"`);

  await page.getByLabel('Match card').check();
  await page.getByLabel('Match id').fill('demo-match-2');
  snippet = await snippetText(page);
  expect(snippet).toContain(`integrity="${hashes['mk-match-card.js']}"`);
  expect(snippet).toContain(`src="${origin}/api/matches/demo-match-2"`);
  expect(snippet).toContain('audience="public"');
  await expect(preview(page)).toHaveAttribute('src', `${origin}/api/matches/demo-match-2`);
  await expect(preview(page).locator('[part~="card"]')).toBeVisible();

  // A colour and a font: a style block with those tokens, and the preview wears them.
  await page.getByLabel('Accent colour').fill('#a6192e');
  await page.getByLabel('Font').selectOption({ label: 'Georgia (serif)' });
  snippet = await snippetText(page);
  expect(snippet).toContain(
    "<style>\n  mk-match-card {\n    --mk-color-accent: #a6192e;\n    --mk-font-family: Georgia, 'Times New Roman', serif;\n  }\n</style>",
  );
  expect(
    await preview(page).evaluate((widget) =>
      getComputedStyle(widget).getPropertyValue('--mk-color-accent'),
    ),
  ).toBe('#a6192e');
  await expect(page.locator('#accent-hint')).toContainText('in light');
  expect(problems).toEqual([]);
});

test('Copy puts the snippet on the clipboard; when the clipboard is refused, the snippet is selected', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await openBuilder(page);
  await page.getByLabel('Signup form for mentees').check();
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  await expect(page.locator('#copy-status')).toHaveAttribute('role', 'status');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippetText(page));
  expect(copied).toContain('kind="mentee"');

  // A browser that refuses: the status says what to do, and the text is already selected.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toContainText(
    'Could not copy: the snippet is selected',
  );
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(await snippetText(page));
  expect(problems).toEqual([]);
});

test('a hostile privacy address stays text: escaped in the snippet, never run, and flagged at the field', async ({
  page,
}) => {
  const problems = await openBuilder(page);
  const scriptsBefore = await page.locator('script').count();
  const field = page.getByLabel('Your privacy notice (full address)');
  await field.fill(HOSTILE);

  const snippet = await snippetText(page);
  expect(snippet).toContain('privacy-url="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  // The snippet's HTML gives the value back exactly, as one attribute of the widget (parsed on
  // a blank page: the builder's own Trusted Types policy rightly refuses DOMParser a string).
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((html) => {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const form = document.querySelector('mk-signup-form');
    return {
      privacyUrl: form?.getAttribute('privacy-url'),
      scripts: document.querySelectorAll('script').length,
    };
  }, snippet);
  expect(parsed).toEqual({ privacyUrl: HOSTILE, scripts: 1 });
  await blank.close();

  await expect(page.locator('#snippet')).toHaveJSProperty('childElementCount', 0);
  await expect(page.locator('script')).toHaveCount(scriptsBefore);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#privacy-error')).toHaveText(/full web address/);
  await expect(preview(page)).toHaveAttribute('privacy-url', HOSTILE);
  await expect(preview(page).locator('form')).toBeVisible();
  await expectAccessible(page);

  await field.fill('https://kommun.example/integritet');
  await expect(field).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(page.locator('#snippet')).toContainText(
    'privacy-url="https://kommun.example/integritet"',
  );
  expect(problems).toEqual([]);
});

test('integrity.json failing to load: a clear message, a snippet without integrity, and Try again', async ({
  page,
}) => {
  const problems = await watchForProblems(page, { consoleErrors: false });
  await page.route('**/widgets/*/integrity.json', (route) =>
    route.fulfill({ status: 503, body: 'unavailable' }),
  );
  await page.goto('/embed.html');
  const status = page.locator('#snippet-status');
  await expect(status).toContainText('The integrity hashes could not be loaded');
  await expect(status).toContainText('HTTP 503');
  const snippet = page.locator('#snippet');
  await expect(snippet).toContainText(`/widgets/${WIDGETS_VERSION}/mk-signup-form.js"`);
  await expect(snippet).not.toContainText('integrity=');
  await expect(page.locator('#snippet-notes')).toContainText('the hashes could not be loaded');
  // The rest of the page works: the preview and Copy.
  await expect(preview(page).locator('form')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy snippet' })).toBeEnabled();
  await expectAccessible(page);

  await page.unroute('**/widgets/*/integrity.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveText(`Version ${WIDGETS_VERSION}, with its integrity hashes.`);
  await expect(status).toBeFocused();
  await expect(snippet).toContainText('integrity="sha384-');
  expect(problems).toEqual([]);
});

test('without the version list, the snippet uses latest and says why', async ({ page }) => {
  await page.route('**/widgets/versions.json', (route) => route.abort());
  await page.goto('/embed.html');
  await expect(page.locator('#snippet-status')).toContainText('The version could not be loaded');
  await expect(page.getByLabel(/This version/)).toBeDisabled();
  await expect(page.getByLabel(/Always the newest/)).toBeChecked();
  await expect(page.locator('#snippet')).toContainText('/widgets/latest/mk-signup-form.js"');
  await expect(page.locator('#snippet')).not.toContainText('integrity=');
});

test('the snippet as copied works on a partner page on another origin, under a strict CSP', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const builderProblems = await openBuilder(page);
  const backend = new URL(page.url()).origin;
  // A mentor form in the partner page's own language, the union's red and Georgia.
  await page
    .getByLabel('Your privacy notice (full address)')
    .fill('https://facket.example/integritet');
  await page.getByLabel('Accent colour').fill('#a6192e');
  await page.getByLabel('Font').selectOption({ label: 'Georgia (serif)' });
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(builderProblems).toEqual([]);

  // The partner allows the snippet's <style> element by its hash, as the note says.
  const style = /<style>([\s\S]*?)<\/style>/.exec(snippet)?.[1] ?? '';
  expect(style).toContain('--mk-color-accent: #a6192e');
  const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  const policy = strictPolicy(backend).replace("style-src 'self'", `style-src 'self' ${styleHash}`);
  const partner = await servePartnerSite(() => ({
    '/': [
      'text/html; charset=utf-8',
      partnerDocument({
        title: 'Facket – bli mentor',
        policy,
        body: `<h1>Bli mentor för en nyanländ kollega</h1>\n${snippet}`,
      }),
    ],
  }));
  try {
    const partnerPage = await context.newPage();
    const problems = await watchForProblems(partnerPage);
    await partnerPage.goto(`${partner.origin}/`);
    const form = partnerPage.locator('mk-signup-form');
    await expect(form.locator('form')).toBeVisible();
    const submit = form.getByRole('button', { name: 'Skicka anmälan' });
    expect(await submit.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
      'rgb(166, 25, 46)',
    );
    expect(await submit.evaluate((button) => getComputedStyle(button).fontFamily)).toContain(
      'Georgia',
    );

    await form.evaluate((element) => {
      (element as HTMLElement & { minFillTime: number }).minFillTime = 0;
    });
    const email = `embed.builder.${randomUUID()}@example.se`;
    await form.getByLabel('Namn', { exact: true }).fill('Maja Inbäddad');
    await form.getByLabel('E-postadress').fill(email);
    await form.getByLabel('Arbetsplats eller organisation').fill('Bruket i Hultsfred');
    await form.getByLabel('Yrke', { exact: true }).fill('Gjutare');
    await form.getByLabel('Bransch').fill('Gjuteri');
    await form.getByLabel('Antal år i yrket').fill('9');
    await form.getByRole('checkbox', { name: 'svenska', exact: true }).check();
    await form.getByLabel('Nivå: svenska').selectOption('native');
    await form.getByRole('checkbox', { name: 'Att skriva ett cv' }).check();
    await form.getByRole('checkbox', { name: 'Vardagar, kvällstid' }).check();
    await form.getByRole('checkbox', { name: 'På plats' }).check();
    await form.getByLabel('Ort eller region').fill('Kalmar län');
    await form.getByLabel('Varför vill du bli mentor?').fill('Jag vill visa hur bruket fungerar.');
    await form.getByLabel('Jag har läst hur mina uppgifter behandlas').check();
    await submit.click();
    await expect(form.locator('[part="success"]')).toBeVisible();

    const stored = await request.get('/api/coordinator/signups', {
      headers: await coordinatorHeaders(),
    });
    const signups = (await stored.json()) as { email?: string; programmeId?: string | null }[];
    const signup = signups.find((row) => JSON.stringify(row).includes(email));
    expect(signup).toBeDefined();
    expect(JSON.stringify(signup)).toContain('"demo"');
    expect(JSON.stringify(signup)).toContain('https://facket.example/integritet');

    const axe = await new AxeBuilder({ page: partnerPage }).analyze();
    expect(axe.violations).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    partner.close();
  }
});
