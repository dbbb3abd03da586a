#!/usr/bin/env node
// Builds @mentorkit/occupations for other people's builds, as @mentorkit/core does
// (packages/core/scripts/build.mjs): dist/ holds plain ES modules and their type declarations.
// The data files stay where they are (data/, shipped in the tarball): the modules import them
// lazily by a relative path that is the same from src/ and dist/. Inside this repository tools
// take src/ through the `mentorkit-source` condition and need no build first.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(packageDir, '../..');

// tsc leaves the output of a removed or renamed module behind; start from an empty folder.
rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(repoDir, 'node_modules/typescript/bin/tsc'), '-p', join(packageDir, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);
console.log('occupations built: dist (ES modules and type declarations)');
