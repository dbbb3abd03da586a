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

// The loader (mentorkit.js) carries what it needs to know of its chunks, written in place of a
// global's name (src/loader.ts), before mentorkit.js itself is hashed:
// - each widget's chunk and the chunks it imports statically, with their SRI (SHA-256, shorter
//   than integrity.json's SHA-384): the loader preloads them with those before it imports the
//   widget, so that the `integrity` of mentorkit.js vouches for the widget code it runs
//   (README: "Integrity" says what that covers);
// - the hash of each chunk of messages per bundle and language, which it preloads beside a
//   widget's chunk for the language the widget will speak.
const sri256 = (file) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(join(cdnDir, file)))
    .digest('base64')}`;
const loaderManifest = JSON.parse(
  readFileSync(join(cdnDir, '.vite/manifest-mentorkit.json'), 'utf8'),
);
const staticFiles = (key, found = new Set()) => {
  const chunk = loaderManifest[key];
  if (found.has(chunk.file)) return found;
  found.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticFiles(imported, found);
  return found;
};
const loaderTable = { files: {}, messages: {} };
for (const key of loaderManifest['src/loader.ts'].dynamicImports ?? []) {
  // Named after its tag by vite.config.ts.
  const tag = loaderManifest[key].name;
  if (!/^mk-[a-z-]+$/.test(tag)) throw new Error(`The loader imports ${tag}, not a widget`);
  loaderTable.files[tag] = [...staticFiles(key)].map((file) => [file, sri256(file)]);
}
for (const [key, chunk] of Object.entries(loaderManifest)) {
  // A catalogue's chunk (`src/match-card/locales/en.ts`), or the common catalogue's, which
  // vite.config.ts makes a group (named `common-en`) with the words a language's catalogues
  // share.
  const catalogue =
    /^src\/(?:([^/]+)\/)?locales\/([a-z]+)\.ts$/.exec(key) ??
    (key.startsWith('_') ? /^(common)-([a-z]+)$/.exec(chunk.name ?? '') : null);
  if (!catalogue) continue;
  const [, bundle = 'common', lang] = catalogue;
  const prefix = `chunks/${bundle}-${lang}-`;
  if (!chunk.file.startsWith(prefix)) throw new Error(`${key} is ${chunk.file}, not ${prefix}…`);
  (loaderTable.messages[bundle] ??= {})[lang] = chunk.file.slice(prefix.length, -'.js'.length);
}
const loaderFile = join(cdnDir, 'mentorkit.js');
const loaderCode = readFileSync(loaderFile, 'utf8');
const placeholder = 'globalThis.__MENTORKIT_FILES__';
if (!loaderCode.includes(placeholder)) throw new Error(`mentorkit.js has no ${placeholder}`);
writeFileSync(loaderFile, loaderCode.replaceAll(placeholder, `(${JSON.stringify(loaderTable)})`));

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
