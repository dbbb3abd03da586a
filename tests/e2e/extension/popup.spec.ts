import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test,
  OPTIONS_PATH,
  POPUP_PATH,
  type WithChrome,
} from '../../support/extension.ts';

test('the popup opens on the quick-log form and links to the settings', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));

  await expect(popup.getByRole('heading', { level: 1, name: 'Mentorkit' })).toBeVisible();
  await expect(popup.getByRole('form', { name: 'Log a session' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', /^en/);
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  const settings = popup.getByRole('link', { name: 'Settings' });
  await expect(settings).toHaveAttribute('href', extensionUrl(OPTIONS_PATH));
  const [options] = await Promise.all([context.waitForEvent('page'), settings.click()]);
  await expect(options).toHaveURL(extensionUrl(OPTIONS_PATH));
  await expect(
    options.getByRole('heading', { level: 1, name: 'Mentorkit settings' }),
  ).toBeVisible();
});

test('an extension page gets an answer from the service worker', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  const answers = await popup.evaluate(async () => {
    const { runtime } = (globalThis as unknown as WithChrome).chrome;
    return [
      await runtime.sendMessage({ type: 'ping' }),
      // Allowed from content scripts and pages alike.
      await runtime.sendMessage({ type: 'lookup-term', text: 'kollektivavtal' }),
      // Only the background may send this one, and only to a tab.
      await runtime.sendMessage({ type: 'show-lookup', text: 'kollektivavtal' }),
    ];
  });
  expect(answers).toEqual([
    { ok: true, data: { extensionVersion: '0.1.0' } },
    {
      ok: true,
      data: {
        text: 'kollektivavtal',
        entries: [expect.objectContaining({ lemma: 'kollektivavtal', found: 'kollektivavtal' })],
      },
    },
    { ok: false, error: 'The background does not handle "show-lookup" messages' },
  ]);
});
