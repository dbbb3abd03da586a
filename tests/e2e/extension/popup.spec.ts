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
        // A new profile: no mentee yet, and no language for a new mentee chosen in the settings.
        language: null,
        languages: [],
      },
    },
    { ok: false, error: 'The background does not handle "show-lookup" messages' },
  ]);
});

// Issue 24 (WCAG 1.4.3, 2.4.7): the glossary search's styles once leaked into the whole popup
// (#075550 links on #121212, a focus ring of 1.08:1). axe assumes a white page behind a
// transparent one, so the page's real (dark) canvas is painted before it runs.
test('the popup is readable in dark mode, links and focus ring included', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByRole('form', { name: 'Log a session' })).toBeVisible();
  await popup.evaluate(() => {
    document.documentElement.style.backgroundColor = 'Canvas';
  });
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  for (const name of ['All sessions and totals', 'Settings']) {
    const link = popup.getByRole('link', { name });
    await link.focus();
    const { text, ring } = await link.evaluate((el) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (value: string) => {
        const [r = 0, g = 0, b = 0] = rgb(value);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      const style = getComputedStyle(el);
      const page = getComputedStyle(document.documentElement).backgroundColor;
      return { text: ratio(style.color, page), ring: ratio(style.outlineColor, page) };
    });
    expect(text, `${name}: text contrast`).toBeGreaterThanOrEqual(4.5);
    expect(ring, `${name}: focus ring contrast`).toBeGreaterThanOrEqual(3);
  }
});
