import { expect, test } from '../../support/pinned-clock.ts';

test('the demo home page loads the loader with one script tag, and no widget it does not show', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const widgetFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/widgets/')) widgetFiles.push(request.url());
  });
  const bundle = page.waitForResponse((response) =>
    response.url().endsWith('/widgets/mentorkit.js'),
  );

  await page.goto('/');

  expect((await bundle).status()).toBe(200);
  await expect(page.locator('#bundle-status')).toHaveText(
    /^Loader ready: \d+ widgets, each loaded when its tag appears\.$/,
  );
  await expect(page.locator('#widget-list')).toContainText('<mk-signup-form>');
  // The home page shows no widget, so it loads none.
  expect(widgetFiles.map((url) => new URL(url).pathname)).toEqual(['/widgets/mentorkit.js']);
  expect(errors).toEqual([]);
});

test('the demo server refuses paths outside its folders', async ({ request }) => {
  const response = await request.get('/widgets/..%2f..%2fpackage.json');
  expect(response.status()).toBe(404);
});
