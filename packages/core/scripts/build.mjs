#!/usr/bin/env node
// Builds @mentorkit/core for other people's builds: dist/ holds plain ES modules and their type
// declarations (`tsc -p tsconfig.build.json`; tests are left out), which package.json's exports
// serve under `types` and `default`. Inside this repository every tool takes the TypeScript
// sources instead, through the `mentorkit-source` condition (tsconfig.base.json's
// customConditions, the Vite and web-test-runner configs, scripts/run-ts.mjs), so nothing here
// needs this build first; `npm pack` does (tests/pack/pack-into-fresh-app.mjs checks the result).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const coreDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(coreDir, '../..');

// tsc leaves the output of a removed or renamed module behind; start from an empty folder.
rmSync(join(coreDir, 'dist'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(repoDir, 'node_modules/typescript/bin/tsc'), '-p', join(coreDir, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);
console.log('core built: dist (ES modules and type declarations)');
