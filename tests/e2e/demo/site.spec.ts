// The demo site (demo/pages through the layout of demo/site): every page loads without errors and
// passes axe; the strict-CSP page has no violations and every widget renders; the Arabic page is
// right to left; a gallery's controls change its widget, its snippet copies and its events are
// logged.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';
import type { Page } from '@playwright/test';
import { everyWidgetRendered } from '../../support/widgets-rendered.ts';

// axe over a whole page of several widgets is CPU-bound: about 15 s for the themes page on a
// 2-core machine, 40 s when another job keeps both cores busy; 30 s is not enough there.
test.describe.configure({ timeout: 90_000 });

const PAGES = [
  '/',
  '/gallery/signup-form.html',
  '/gallery/training-calendar.html',
  '/gallery/match-card.html',
  '/gallery/follow-up.html',
  '/gallery/glossary.html',
  '/programme.html',
  '/strict-csp.html',
  '/rtl.html',
  '/themes.html',
  '/embed.html',
];

/** Collects uncaught errors and CSP violations of a page. */
async function watch(
  page: Page,
): Promise<{ errors: string[]; violations: () => Promise<string[]> }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return {
    errors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Waits until every widget on the page has rendered, with its data. */
async function widgetsRendered(page: Page): Promise<void> {
  await page.waitForFunction(everyWidgetRendered);
}

for (const path of PAGES) {
  test(`${path} loads without errors and passes axe`, async ({ page }) => {
    const { errors, violations } = await watch(page);
    await page.goto(path);
    if (path !== '/') await widgetsRendered(page);
    // The navigation (built into the page, demo/site/site-nav.ts) lists every page and marks
    // this one.
    await expect(page.locator('header nav.site-nav a')).toHaveCount(15);
    await expect(page.locator('nav a[aria-current="page"]')).toHaveAttribute('href', path);
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });
}

// The layout renders the frame into every page when it is built: the pages the other tests
// do not visit have it too, and it needs no script.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page has the skip link, the whole nav with itself marked, and the footer', async ({
    page,
  }) => {
    const pages = [
      ['/privacy.html', undefined],
      ['/accessibility.html', 'Accessibility statement'],
      ['/examples/signup-form.html', undefined],
      ['/rtl.html', 'العربية'],
      ['/frameworks/vue.html', 'Vue'],
      ['/coordinator/', 'Coordinator'],
    ] as const;
    for (const [path, current] of pages) {
      await page.goto(path);
      await expect(page.locator('a.skip-link'), path).toHaveAttribute('href', '#main');
      await expect(page.locator('header nav.site-nav a'), path).toHaveCount(15);
      const marked = page.locator('nav a[aria-current="page"]');
      if (current) await expect(marked, path).toHaveText(current);
      else await expect(marked, path).toHaveCount(0);
      await expect(page.locator('footer.site-footer'), path).toBeVisible();
    }
  });
});

// The site and the widgets follow the visitor's dark setting: contrast holds there too.
for (const path of PAGES) {
  test(`${path} passes axe in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    if (path !== '/') await widgetsRendered(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('the strict-CSP page reports no violations and every widget renders', async ({ page }) => {
  const { errors, violations } = await watch(page);
  await page.goto('/strict-csp.html');
  await widgetsRendered(page);
  await expect(page.locator('#render-status')).toHaveText('3 of 3 widgets rendered.');
  await expect(page.locator('#csp-signup [part~="form"]')).toBeVisible();
  await expect(page.locator('#csp-calendar [part~="event"]').first()).toBeVisible();
  await expect(page.locator('#csp-match [part~="card"]')).toBeVisible();
  // The page reports every violation to the visitor.
  await expect(page.locator('#csp-status')).not.toContainText('script-src');
  await expect(page.locator('#csp-status')).not.toContainText('trusted-types');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Arabic page is right to left, and so are its widgets', async ({ page }) => {
  await page.goto('/rtl.html');
  await widgetsRendered(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  for (const id of ['rtl-signup', 'rtl-calendar', 'rtl-match']) {
    await expect(page.locator(`#${id}`)).toHaveAttribute('dir', 'rtl');
  }
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
});

test("the match card gallery's controls change the widget and the snippet", async ({ page }) => {
  await page.goto('/gallery/match-card.html');
  const card = page.locator('#playground');
  await expect(card.locator('[part~="card"]')).toBeVisible();

  await page.getByLabel('Audience (audience)').selectOption('coordinator');
  await expect(card).toHaveAttribute('audience', 'coordinator');
  await expect(card.locator('[part~="score"]')).toBeVisible();
  await expect(page.locator('#snippet')).toContainText('audience="coordinator"');

  await page.getByLabel('Language (lang)').selectOption('ar');
  await expect(card).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#snippet')).toContainText('lang="ar"');
  expect(await page.getByLabel('Language (lang)').locator('option').count()).toBe(9);

  await page.getByLabel(/Accept, decline, contact/).uncheck();
  await expect(card).not.toHaveAttribute('actions', /.*/);
  await expect(card.locator('[part~="accept-button"]')).toHaveCount(0);
});

test('the calendar gallery switches views and sources, and logs the events', async ({ page }) => {
  await page.goto('/gallery/training-calendar.html');
  const calendar = page.locator('#playground');
  await expect(calendar.locator('[part~="event"]').first()).toBeVisible();

  await page.getByLabel('View (view)').selectOption('month');
  await expect(calendar).toHaveAttribute('view', 'month');
  await expect(calendar.locator('[part~="grid"]')).toBeVisible();

  await page.getByLabel('Data').selectOption('/api/trainings.ics');
  await expect(calendar).toHaveAttribute('src', '/api/trainings.ics');
  await expect(page.locator('#event-log')).toContainText('mk-calendar-load from #playground');
  await expect(page.locator('#snippet')).toContainText('src="/api/trainings.ics"');

  await page.getByLabel('Data').selectOption('/data/broken-feed.txt');
  await expect(calendar.locator('[part~="error"]')).toBeVisible();
  await expect(page.locator('#event-log')).toContainText('mk-calendar-error');
});

test('the signup gallery shows the misconfigured state when privacy-url is off', async ({
  page,
}) => {
  await page.goto('/gallery/signup-form.html');
  const form = page.locator('#playground');
  await expect(form.locator('[part~="form"]')).toBeVisible();
  await page.getByLabel('Who signs up (kind)').selectOption('mentee');
  await expect(form).toHaveAttribute('kind', 'mentee');
  await page.getByRole('checkbox', { name: /Privacy notice/ }).uncheck();
  await expect(form.locator('[part~="form"]')).toHaveCount(0);
  await expect(form.locator('[part~="state"]')).toBeVisible();
  await expect(page.locator('#snippet')).not.toContainText('privacy-url');
});

test('the copy button copies the snippet and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/gallery/match-card.html');
  await page.getByLabel('Layout (layout)').selectOption('compact');
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<script type="module" src="https://YOUR-CDN/mentorkit.js"></script>');
  expect(copied).toContain('layout="compact"');
  expect(copied).toBe(await page.locator('#snippet').textContent());
});

test("a widget's events appear in the gallery's log as they happen", async ({ page }) => {
  await page.goto('/gallery/match-card.html');
  await page.locator('#playground [part~="contact-button"]').click();
  await expect(page.locator('#event-log li').last()).toContainText(
    'mk-match-contact from #playground',
  );
  await expect(page.locator('#event-log')).toHaveAttribute('role', 'log');
});

test('the reference tables are generated from custom-elements.json', async ({ page }) => {
  await page.goto('/gallery/signup-form.html');
  const reference = page.locator('#reference');
  await expect(reference.getByRole('table', { name: 'Attributes' })).toContainText('privacy-url');
  await expect(reference.getByRole('table', { name: /^Events/ })).toContainText(
    'mk-signup-success',
  );
  await expect(reference.getByRole('table', { name: /^CSS parts/ })).toContainText('submit');
  await expect(reference.getByRole('table', { name: 'CSS custom properties' })).toContainText(
    '--mk-color-accent',
  );
});

test("on the programme page the calendar's Sign up fills the signup form", async ({ page }) => {
  await page.goto('/programme.html');
  await widgetsRendered(page);
  const calendar = page.locator('#calendar');
  const signup = page.locator('#signup');
  await calendar.locator('[part~="event-title"]').first().click();
  await calendar.locator('[part~="signup-button"]').first().click();
  await expect(signup).toHaveAttribute('training', /.+/);
  await expect(signup.locator('[part~="training"]')).toBeVisible();
});

test('the themes page shows every widget in both themes, light and dark', async ({ page }) => {
  await page.goto('/themes.html');
  await widgetsRendered(page);
  for (const panel of ['municipality-light', 'municipality-dark', 'union-light', 'union-dark']) {
    await expect(page.locator(`#${panel}-match [part~="card"]`)).toBeVisible();
    await expect(page.locator(`#${panel}-calendar [part~="event"]`).first()).toBeVisible();
    await expect(page.locator(`#${panel}-signup [part~="form"]`)).toBeVisible();
  }
  const accent = (id: string) =>
    page
      .locator(`#${id} [part~="submit"]`)
      .evaluate((button) => getComputedStyle(button).backgroundColor);
  expect(await accent('municipality-light-signup')).not.toBe(await accent('union-light-signup'));
  expect(await accent('union-light-signup')).not.toBe(await accent('union-dark-signup'));
});

test('the pages reflow at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of PAGES) {
    await page.goto(path);
    if (path !== '/') await widgetsRendered(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the signup forms link their consent to the privacy notice, which passes axe', async ({
  page,
}) => {
  await page.goto('/programme.html');
  const link = page.locator('#signup a[href$="/privacy.html"]');
  await expect(link).toHaveCount(1);
  await page.goto('/privacy.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notice (example)');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

// Issue 24: the accessibility statement itself, light and dark (it has no widgets, so it is not
// in PAGES, which waits for them).
test('the accessibility statement passes axe, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/accessibility.html');
    await expect(
      page.getByRole('heading', { level: 3, name: 'Fixed since the last assessment' }),
    ).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  }
});
