// The store listings' screenshots, taken from the real extension (Chrome Web Store: 1280 × 800),
// into extension/dist/packages/store/screenshots/ beside the listing texts: in Swedish and in
// English, the popup, the sessions page with a mentor's autumn logged, and the options page.
// `npm run package` runs this spec; `npm test` too, so the pictures never show a stale screen.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, OPTIONS_PATH, POPUP_PATH, test } from '../../support/extension.ts';
import { SESSIONS_PATH, seedSessions, session } from './sessions-helpers.ts';

const SHOTS = fileURLToPath(
  new URL('../../../extension/dist/packages/store/screenshots', import.meta.url),
);
const SIZE = { width: 1280, height: 800 };

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const autumn = [
  session({ menteeAlias: 'Amal', date: '2026-11-18', topics: ['cv', 'interview'], rating: 5 }),
  session({
    menteeId: 'mentee-bashir',
    menteeAlias: 'Bashir',
    date: '2026-11-11',
    mode: 'workplace-visit',
    topics: ['workplace-culture', 'language'],
    durationMinutes: 90,
  }),
  session({ menteeAlias: 'Amal', date: '2026-10-28', topics: ['job-search'], rating: 4 }),
];

for (const [language, heading] of [
  ['en', 'Your data'],
  ['sv', 'Dina data'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ chromiumOptions: { args: [`--lang=${language}`] } });

    test(`screenshots for the store listing (${language})`, async ({ context, extensionUrl }) => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await context.newPage();
      await page.setViewportSize(SIZE);
      await page.goto(extensionUrl(SESSIONS_PATH));
      await seedSessions(page, autumn);
      await page.reload();
      await expect(page.getByRole('heading', { name: /Bashir/, level: 3 })).toBeVisible();
      const shots = {
        sessions: join(SHOTS, `${language}-2-sessions.png`),
        popup: join(SHOTS, `${language}-1-popup.png`),
        options: join(SHOTS, `${language}-3-options.png`),
      };
      await page.screenshot({ path: shots.sessions });

      await page.goto(extensionUrl(POPUP_PATH));
      await expect(page.locator('form').first()).toBeVisible();
      await page.screenshot({ path: shots.popup });

      await page.goto(extensionUrl(OPTIONS_PATH));
      await expect(page.getByRole('heading', { name: heading })).toBeAttached();
      await page.screenshot({ path: shots.options });

      for (const path of Object.values(shots)) expect(pngSize(path)).toEqual(SIZE);
    });
  });
}
