import AxeBuilder from '@axe-core/playwright';
import { expect, test, OPTIONS_PATH, type WithChrome } from '../../support/extension.ts';

test('the mentee language is saved in storage.local and survives a reload', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));

  const language = options.getByLabel('Your mentee’s language');
  await expect(language).toHaveValue('');
  await expect(language.locator('option:checked')).toHaveText(
    'Not chosen (Swedish and English only)',
  );
  await expect(options.getByTestId('stored-settings')).toContainText('"menteeLanguage": null');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  await language.selectOption({ label: 'فارسی' });
  // The language form's status (the page's later sections have their own).
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect(options.getByTestId('stored-settings')).toContainText('"menteeLanguage": "fa"');

  const stored = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.storage.local.get('settings');
  });
  expect(stored).toEqual({ settings: { version: 1, menteeLanguage: 'fa' } });

  await options.reload();
  await expect(options.getByLabel('Your mentee’s language')).toHaveValue('fa');
  await expect(options.getByRole('status').first()).toHaveText('');
});

test('the options page shows settings that change elsewhere, migrated', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  await expect(options.getByLabel('Your mentee’s language')).toHaveValue('');

  // Unversioned settings, as an older build or a hand edit would leave them.
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({ settings: { menteeLanguage: 'ti' } });
  });
  await expect(options.getByLabel('Your mentee’s language')).toHaveValue('ti');
  await expect(options.getByTestId('stored-settings')).toContainText('"version": 1');
});
