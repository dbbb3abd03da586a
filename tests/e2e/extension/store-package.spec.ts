// What the stores receive (`npm run package`, extension/scripts/package.mjs): the Chrome Web
// Store zip, unpacked, is the extension, and loads and works in Chromium; the Firefox zip holds
// the Firefox manifest. `npm test` makes the packages before the end-to-end suites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../../support/pinned-clock.ts';
import { POPUP_PATH, useChromiumWithExtension } from '../../support/extension.ts';
import { unzip } from '../../support/unzip.ts';

const PACKAGES = fileURLToPath(new URL('../../../extension/dist/packages', import.meta.url));

function packageOf(browser: 'chromium' | 'firefox'): string {
  if (!existsSync(PACKAGES)) {
    throw new Error('No extension/dist/packages: run `node extension/scripts/package.mjs`.');
  }
  const name = readdirSync(PACKAGES).find((file) =>
    new RegExp(`^mentorkit-${browser}-\\d+\\.\\d+\\.\\d+\\.zip$`).test(file),
  );
  if (!name) throw new Error(`No ${browser} package in ${PACKAGES}`);
  return join(PACKAGES, name);
}

test('the Chrome Web Store zip, unpacked, loads and opens its popup', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'mentorkit-package-'));
  try {
    const files = unzip(packageOf('chromium'), join(folder, 'extension'));
    expect(files).toContain('manifest.json');
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
    const manifest = JSON.parse(
      readFileSync(join(folder, 'extension', 'manifest.json'), 'utf8'),
    ) as { manifest_version: number; version: string };
    expect(manifest.manifest_version).toBe(3);
    expect(packageOf('chromium')).toContain(`-${manifest.version}.zip`);

    await useChromiumWithExtension(
      join(folder, 'extension'),
      join(folder, 'profile'),
      async (context) => {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${new URL(worker.url()).host}/${POPUP_PATH}`);
        await expect(popup.getByRole('button', { name: 'Save' })).toBeVisible();
      },
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the Firefox zip holds the Firefox build', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'mentorkit-package-'));
  try {
    unzip(packageOf('firefox'), folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
