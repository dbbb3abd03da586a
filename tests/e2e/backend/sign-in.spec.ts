// The coordinator page's sign-in and account parts in Swedish against the real backend (the other
// specs read them in English, Chromium's language): the page's heading, an address missing said
// beside the field, a link asked for ("Titta i din e-post", the focus there), the first
// administrator in by the token, the role in words, the passkeys' empty list, signing out; axe
// on these parts in each state.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN } from './backend-helpers.ts';

async function expectAccessible(page: Page, ...parts: string[]): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const part of parts) builder = builder.include(part);
  expect((await builder.analyze()).violations).toEqual([]);
}

test('the sign-in and the account speak Swedish, with errors beside the field and the focus after each step', async ({
  page,
}) => {
  await page.goto('/coordinator/');
  await page.getByLabel('Språk / Language').selectOption('sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samordnarvyn');
  await expect(page.getByRole('heading', { name: 'Logga in', exact: true })).toBeVisible();
  await expectAccessible(page, 'mk-page-intro', 'mk-sign-in');

  // No address: said beside the field, the focus on it, nothing asked of the server.
  const address = page.getByLabel('Din e-postadress');
  await page.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
  await expect(page.locator('mk-sign-in #error-email')).toHaveText(
    'Skriv din e-postadress, till exempel namn@example.org.',
  );
  await expect(address).toBeFocused();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'mk-sign-in');

  // A link asked for: the same answer for every address.
  const email = `${crypto.randomUUID()}@example.org`;
  await address.fill(email);
  await address.press('Enter');
  await expect(page.getByRole('heading', { name: 'Titta i din e-post' })).toBeFocused();
  await expect(page.locator('mk-sign-in .sent')).toContainText(`Om ${email} har ett konto`);
  await expectAccessible(page, 'mk-sign-in');

  // The first administrator, by the token.
  await page.getByLabel('Samordnarnyckel').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page.locator('#signed-in-as')).toHaveText(
    'Inloggad som First administrator, administratör.',
  );
  await page.getByText('Dina passkeys').click();
  await expect(page.locator('#passkeys')).toHaveText('Inga passkeys än.');
  await expect(page.getByRole('button', { name: 'Lägg till en passkey' })).toBeVisible();
  await expectAccessible(page, 'mk-page-intro', 'mk-account-bar', 'mk-passkeys');

  // Signed out: said, with the focus on the address.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.locator('mk-sign-in .notice')).toHaveText('Du är utloggad.');
  await expect(address).toBeFocused();
  await expect(page.locator('#workspace')).toBeHidden();
});
