#!/usr/bin/env node
// `npm run package`: the extension as the stores take it, from the build in extension/dist
// (`npm run build` first; the root script does both). Into extension/dist/packages/:
//   mentorkit-chromium-<version>.zip  the Chrome Web Store (and Edge Add-ons) upload
//   mentorkit-firefox-<version>.zip   the Firefox add-on, for addons.mozilla.org or for signing
//   store/                            the listing texts (en, sv) and, unless --no-screenshots,
//                                     screenshots taken by Playwright from the real extension
// Fails when web-ext lint finds an error in the Firefox build, or a warning other than Lit's
// template innerHTML (scripts/lint-firefox.mjs says why that one stays). web-ext zips each folder as it
// is (manifest.json at the root), the same way for both browsers.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFirefox } from './lint-firefox.mjs';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(extensionDir, '..');
const dist = join(extensionDir, 'dist');
const out = join(dist, 'packages');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const withScreenshots = !process.argv.includes('--no-screenshots');

function run(command, args, cwd = extensionDir) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

for (const browser of ['chromium', 'firefox']) {
  if (!existsSync(join(dist, browser, 'manifest.json'))) {
    console.error(`package: no build in extension/dist/${browser}; run \`npm run build\` first.`);
    process.exit(1);
  }
}
const { version } = JSON.parse(readFileSync(join(dist, 'chromium', 'manifest.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// What addons.mozilla.org checks on upload: no errors allowed.
if (!lintFirefox(join(dist, 'firefox'))) {
  console.error('package: web-ext lint found an error or an unexpected warning');
  process.exit(1);
}
for (const browser of ['chromium', 'firefox']) {
  run(npx, [
    'web-ext',
    'build',
    '--source-dir',
    join(dist, browser),
    '--artifacts-dir',
    out,
    '--filename',
    `mentorkit-${browser}-${version}.zip`,
    '--overwrite-dest',
  ]);
}

cpSync(join(extensionDir, 'store'), join(out, 'store'), { recursive: true });
if (withScreenshots) {
  run(
    npx,
    [
      'playwright',
      'test',
      '-c',
      'tests/playwright.config.ts',
      'tests/e2e/extension/store-screenshots.spec.ts',
      '--reporter=line',
    ],
    repoDir,
  );
}
console.log(`package: extension/dist/packages/ (version ${version})`);
