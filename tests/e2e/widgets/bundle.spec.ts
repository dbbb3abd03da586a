import { expect, test } from '../../support/pinned-clock.ts';

test('the demo gallery loads the CDN bundle with one script tag', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const bundle = page.waitForResponse((response) =>
    response.url().endsWith('/widgets/mentorkit.js'),
  );

  await page.goto('/');

  expect((await bundle).status()).toBe(200);
  await expect(page.locator('#bundle-status')).toHaveText(
    'Bundle loaded: 3 of 3 widgets registered.',
  );
  expect(errors).toEqual([]);
});

test('the demo server refuses paths outside its folders', async ({ request }) => {
  const response = await request.get('/widgets/..%2f..%2fpackage.json');
  expect(response.status()).toBe(404);
});
