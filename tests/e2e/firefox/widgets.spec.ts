// The widgets from the CDN bundle on the demo's pages, in a real Firefox (support/firefox.ts):
// partners' visitors use Firefox too. The Chromium suites (e2e/widgets, e2e/demo) test each
// widget in depth; these check that the pages render, pass axe and keep their CSP in Firefox, and
// that the demo's main story (a training picked in the calendar, a signup stored by the backend)
// works there.
import { coordinatorHeaders } from '../backend/backend-helpers.ts';
import { everyWidgetRendered } from '../../support/widgets-rendered.ts';
import { axeViolations, expect, test, textOf, type FirefoxPage } from '../../support/firefox.ts';

test.use({ withExtension: false });
// A browser start per test, and axe over long forms, on shared machines.
test.describe.configure({ timeout: 90_000 });

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

/** Waits until every widget on the page has rendered, with its data. */
async function widgetsRendered(page: FirefoxPage): Promise<void> {
  await page.waitForFunction(everyWidgetRendered);
}

for (const path of ['/programme.html', '/rtl.html', '/strict-csp.html']) {
  // openPage fails the test on any error or CSP violation (afterEach above).
  test(`${path} renders every widget and passes axe`, async ({ openPage }) => {
    const page = await openPage(path);
    await widgetsRendered(page);
    if (path === '/rtl.html') {
      const directions = await page.$$eval(
        'mk-signup-form, mk-training-calendar, mk-match-card',
        (widgets) => widgets.map((widget) => getComputedStyle(widget).direction),
      );
      expect(new Set(directions)).toEqual(new Set(['rtl']));
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a mentee picks a training in the calendar and signs up; the backend stores it', async ({
  openPage,
  baseURL,
}) => {
  const name = `Samira Firefox ${Date.now()}`;
  const page = await openPage('/programme.html');
  await widgetsRendered(page);

  await page.locator('#calendar >>> [part~="event-title"]').click();
  await page.locator('#calendar >>> [part~="signup-button"]').click();
  await expect
    .poll(() => page.$eval('#signup', (form) => form.getAttribute('training')))
    .toMatch(/.+/);
  const training = await page.$eval('#signup', (form) => form.getAttribute('training'));
  // People take longer than the form's bot threshold; this test types faster.
  await page.$eval('#signup', (form) => {
    (form as HTMLElement & { minFillTime: number }).minFillTime = 0;
  });

  const field = (selector: string) => page.locator(`#signup >>> ${selector}`);
  await field('[name="person.name"]').fill(name);
  await field('[name="person.email"]').fill(`samira.${Date.now()}@example.org`);
  await field('[name="profile.profession"]').fill('Civilingenjör, maskinteknik');
  await field('[name="profile.desiredField"]').fill('Produktionsteknik');
  await field('[name="profile.swedishLevel"]').fill('B1');
  await field('[name="profile.languages"][value="ar"]').click();
  await field('select[id$="-ar-level"]').fill('native');
  await field('[name="profile.goals"][value="cv"]').click();
  await field('[name="profile.availabilitySlots"][value="weekday-daytime"]').click();
  await field('[name="profile.meetingModes"][value="remote"]').click();
  await field('[name="profile.region"]').fill('Jönköpings län');
  await field('[name="consent"]').click();
  await field('[part~="submit"]').click();
  await expect
    .poll(() => textOf(page, '#signup >>> [part~="success"]'))
    .toContain('Thank you for signing up!');

  // The reference backend stored it, with the training chosen in the calendar, under the name the
  // feeds count its seats by: the JSON feed's `<series>/<yyyymmdd>` for the iCalendar reader's
  // `<series>#<yyyymmddThhmmss>` (the calendar reads the programme's .ics feed in local time).
  const response = await fetch(
    new URL(`/api/coordinator/signups?q=${encodeURIComponent(name)}`, baseURL),
    {
      headers: await coordinatorHeaders(),
    },
  );
  const stored = (await response.json()) as { kind: string; name: string; trainingUid: string }[];
  expect(stored.map(({ kind, name, trainingUid }) => ({ kind, name, trainingUid }))).toEqual([
    { kind: 'mentee', name, trainingUid: training?.replace(/#(\d{8})T\d{6}$/, '/$1') },
  ]);
});
