#!/usr/bin/env node
// Fails when the committed custom-elements.json is not what the analyzer makes of the sources
// now, so the manifest that editors, frameworks and the docs read never drifts from the code.
//   node scripts/check-manifest.mjs        (npm run check:manifest -w @mentorkit/widgets)
// The manifest is generated in memory with the same CLI and config as `npm run analyze`
// (the CLI joins any --outdir onto the working directory, so a temp dir is not an option).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const widgetsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(widgetsDir, 'custom-elements.json');

const fresh = await cli({
  argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  cwd: widgetsDir,
  noWrite: true,
});
const expected = `${JSON.stringify(fresh, null, 2)}\n`;

let committed;
try {
  committed = readFileSync(manifestPath, 'utf8');
} catch {
  committed = undefined;
}

if (committed === expected) {
  console.log('custom-elements.json is up to date.');
} else {
  const why = committed === undefined ? 'is missing' : 'is out of date with the sources';
  console.error(
    `widgets/custom-elements.json ${why}.\n` +
      'Regenerate it and commit the result:\n' +
      '  npm run analyze -w @mentorkit/widgets',
  );
  process.exitCode = 1;
}
