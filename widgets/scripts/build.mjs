#!/usr/bin/env node
// Builds @mentorkit/widgets: ES modules (dist/esm), the CDN bundle (dist/cdn), type declarations
// (dist/types, from the TypeScript project build) and the Custom Elements Manifest
// (dist/custom-elements.json, from the sources' JSDoc; scripts/check-manifest.mjs checks it
// against the bundle).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build, runnerImport } from 'vite';
import { cli as analyze } from '@custom-elements-manifest/analyzer/cli.js';
import { vscodeCustomData, webTypes } from './editor-data.mjs';

const widgetsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(widgetsDir, '..');

// Production builds of dependencies (Lit's `development` export condition is only taken
// otherwise); set before anything Vite loads, since loading the config would default it.
process.env.NODE_ENV = 'production';

// One build per CDN file, so that each is self-contained (see vite.config.ts).
const configFile = join(widgetsDir, 'vite.config.ts');
const { cdnEntries } = (await runnerImport(configFile)).module;
rmSync(join(widgetsDir, 'dist/cdn'), { recursive: true, force: true });
const modes = ['esm', ...Object.keys(cdnEntries()).map((file) => `cdn:${file}`)];
for (const mode of modes) {
  await build({ configFile, mode, logLevel: 'warn' });
}

// Subresource Integrity hashes of the CDN files, published beside them (integrity.json), so
// that a partner's snippet can carry `integrity` and `crossorigin` (README: the embed section).
const cdnDir = join(widgetsDir, 'dist/cdn');
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(cdnDir, file)))
    .digest('base64')}`;
const cdnFiles = [
  ...readdirSync(cdnDir).filter((name) => name.endsWith('.js')),
  ...readdirSync(join(cdnDir, 'chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `chunks/${name}`),
].sort();
writeFileSync(
  join(cdnDir, 'integrity.json'),
  `${JSON.stringify(Object.fromEntries(cdnFiles.map((file) => [file, sri(file)])), null, 2)}\n`,
);

// Declarations come from `tsc -b` (the project references build); copy the public ones.
execFileSync(
  process.execPath,
  [join(repoDir, 'node_modules/typescript/bin/tsc'), '-b', widgetsDir],
  {
    stdio: 'inherit',
  },
);
const declarations = join(repoDir, '.tsbuild/widgets/src');
const typesOut = join(widgetsDir, 'dist/types');
rmSync(typesOut, { recursive: true, force: true });
if (existsSync(declarations)) {
  cpSync(declarations, typesOut, {
    recursive: true,
    // Tests and their helpers (every module in a `testing/` folder) are not the package's API.
    filter: (path) =>
      !/\.(browser\.)?test\.d\.ts$/.test(path) && !/[\\/]testing([\\/]|$)/.test(path),
  });
}

// The manifest, with the config's globs and outdir (what `npm run analyze` writes too).
await analyze({
  argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  cwd: widgetsDir,
});
// Editor completion (VS Code's custom data, JetBrains' web-types) from the manifest.
const manifest = JSON.parse(readFileSync(join(widgetsDir, 'dist/custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8'));
const writeJson = (file, value) =>
  writeFileSync(join(widgetsDir, 'dist', file), `${JSON.stringify(value, null, 2)}\n`);
writeJson('vscode.html-custom-data.json', vscodeCustomData(manifest));
writeJson('web-types.json', webTypes(manifest, pkg));

console.log(
  'widgets built: dist/esm, dist/cdn (with integrity.json), dist/types, dist/custom-elements.json, editor data',
);
