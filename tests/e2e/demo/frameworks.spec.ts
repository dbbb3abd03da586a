import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';

// The same widgets in a React 19 and a Vue 3 page: objects arrive as properties (the match
// card renders the match it was given) and events reach the framework's handlers.
for (const framework of ['react', 'vue'] as const) {
  test(`the widgets work in the ${framework} page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/frameworks/${framework}.html`);

    const card = page.locator('mk-match-card');
    await expect(card.getByText('Svetsare').first()).toBeVisible();
    await expect(
      page.locator('mk-training-calendar').getByText('Mentorsutbildning, grunddag (demo)').first(),
    ).toBeVisible();

    await card.getByRole('button', { name: /accept/i }).click();
    await expect(page.getByTestId('event-log')).toContainText('mk-match-accept');

    expect(errors).toEqual([]);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });
}
