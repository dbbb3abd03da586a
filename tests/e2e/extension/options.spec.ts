import AxeBuilder from '@axe-core/playwright';
import type { Worker } from '@playwright/test';
import { expect, test, OPTIONS_PATH, type WithChrome } from '../../support/extension.ts';

/** What storage.local holds under `settings`, read in the service worker. */
async function storedSettings(serviceWorker: Worker): Promise<unknown> {
  const items = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.storage.local.get('settings');
  });
  return items.settings;
}

/** Writes `settings` as another page (or an older build) would. */
async function storeSettings(serviceWorker: Worker, settings: unknown): Promise<void> {
  await serviceWorker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

test('the mentee language is saved in storage.local and survives a reload', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));

  const language = options.getByLabel('Language of a new mentee');
  await expect(language).toHaveValue('');
  await expect(language.locator('option:checked')).toHaveText(
    'Not chosen (Swedish and English only)',
  );
  await expect(options.getByTestId('stored-settings')).toContainText('"menteeLanguage": null');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  // Named in the UI's language with its own name beside it (kept in its direction by isolates).
  await expect(language.locator('option[value="prs"]')).toHaveText('Dari (\u2068دری\u2069)');
  await language.selectOption({ label: 'Persian (\u2068فارسی\u2069)' });
  // The language form's status (the page's later sections have their own).
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect(options.getByTestId('stored-settings')).toContainText('"menteeLanguage": "fa"');

  expect(await storedSettings(serviceWorker)).toEqual({
    version: 2,
    menteeLanguage: 'fa',
    mentorLanguages: [],
  });

  await options.reload();
  await expect(options.getByLabel('Language of a new mentee')).toHaveValue('fa');
  await expect(options.getByRole('status').first()).toHaveText('');
});

test('the options page shows settings that change elsewhere, migrated', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  await expect(options.getByLabel('Language of a new mentee')).toHaveValue('');

  // Unversioned settings, as an older build or a hand edit would leave them.
  await storeSettings(serviceWorker, { menteeLanguage: 'ti' });
  await expect(options.getByLabel('Language of a new mentee')).toHaveValue('ti');
  await expect(options.getByTestId('stored-settings')).toContainText('"version": 2');

  // Version 1 settings (before the mentor's languages) keep what they said.
  await storeSettings(serviceWorker, { version: 1, menteeLanguage: 'uk' });
  await expect(options.getByLabel('Language of a new mentee')).toHaveValue('uk');
  await expect(options.getByTestId('stored-settings')).toContainText('"mentorLanguages": []');
  await expect(
    options.getByRole('group', { name: 'Languages you speak' }).getByRole('checkbox', {
      checked: true,
    }),
  ).toHaveCount(0);
});

test('the mentor’s languages are ticked by keyboard, saved and survive a reload', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  const languages = options.getByRole('group', { name: 'Languages you speak' });
  await expect(languages.getByRole('checkbox')).toHaveCount(8);
  await expect(languages.getByRole('checkbox', { checked: true })).toHaveCount(0);

  // Each name in its own language and direction.
  const arabic = languages.getByText('العربية');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');

  // Keyboard only: from the mentee language, Tab into the group and tick with Space.
  await options.getByLabel('Language of a new mentee').focus();
  await options.keyboard.press('Tab');
  await expect(languages.getByRole('checkbox', { name: 'Svenska' })).toBeFocused();
  await options.keyboard.press('Space');
  await options.keyboard.press('Tab');
  await expect(languages.getByRole('checkbox', { name: 'العربية' })).toBeFocused();
  await options.keyboard.press('Space');
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect(options.getByTestId('stored-settings')).toContainText(
    /"mentorLanguages": \[\s*"sv",\s*"ar"\s*\]/,
  );
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  expect(await storedSettings(serviceWorker)).toEqual({
    version: 2,
    menteeLanguage: null,
    mentorLanguages: ['sv', 'ar'],
  });

  await options.reload();
  await expect(languages.getByRole('checkbox', { name: 'Svenska' })).toBeChecked();
  await expect(languages.getByRole('checkbox', { name: 'العربية' })).toBeChecked();
  await expect(languages.getByRole('checkbox', { checked: true })).toHaveCount(2);

  await languages.getByRole('checkbox', { name: 'Svenska' }).uncheck();
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect(options.getByTestId('stored-settings')).toContainText(
    /"mentorLanguages": \[\s*"ar"\s*\]/,
  );
});

test('the shortcuts are listed with their keys and a way to change them', async ({
  context,
  extensionUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  const section = options.getByRole('region', { name: 'Keyboard shortcuts' });
  const list = section.getByTestId('shortcuts');
  await expect(list.locator('dt')).toHaveText([
    'Open the quick-log (log a session)',
    'Look up the selected term in the workplace glossary',
  ]);
  await expect(list.locator('dd')).toHaveText(['Alt+Shift+M', 'Alt+Shift+K']);
  await expect(section).toContainText('Opens the browser’s page for extension shortcuts');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  // Pages cannot link to chrome:// URLs: the button opens it through tabs.create.
  const change = section.getByRole('button', { name: 'Change the shortcuts' });
  await change.focus();
  const [shortcutsPage] = await Promise.all([
    context.waitForEvent('page'),
    options.keyboard.press('Enter'),
  ]);
  await expect(shortcutsPage).toHaveURL('chrome://extensions/shortcuts');
  await expect(section.getByRole('status')).toHaveText('');
});

test('a shortcut without a key says so, and Firefox gets directions', async ({
  context,
  extensionUrl,
}) => {
  // What Firefox's API looks like, with the lookup shortcut removed by the mentor: the polyfill
  // passes chrome.* through, so these stand in for the browser's own answers.
  await context.addInitScript(() => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: Record<string, unknown>;
        commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } & Record<
          string,
          unknown
        >;
      };
    };
    chrome.runtime.getBrowserInfo = () => Promise.resolve({ name: 'Firefox' });
    const getAll = chrome.commands.getAll.bind(chrome.commands);
    chrome.commands.getAll = async () =>
      (await getAll()).map((command) =>
        command.name === 'look-up-selection' ? { ...command, shortcut: '' } : command,
      );
  });
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  const section = options.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(section.getByTestId('shortcuts').locator('dd')).toHaveText([
    'Alt+Shift+M',
    'Not set',
  ]);
  await expect(section).toContainText(
    'open about:addons, choose the gear button (Tools for all add-ons), then Manage Extension Shortcuts',
  );
  // No commands.openShortcutSettings here, so no button that could not work.
  await expect(section.getByRole('button')).toHaveCount(0);
});
