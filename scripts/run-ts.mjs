#!/usr/bin/env node
// Runs a TypeScript file with node: bundles it with esbuild into a temporary module (packages
// stay external) and imports it. Node's own type stripping varies by version; one small runner
// keeps the repository's scripts (schema generation, benchmarks) in TypeScript like the code they
// use, the same on every Node.
//   node scripts/run-ts.mjs path/to/script.ts [args...]
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Inside the repository, so that the bundle's external imports resolve from node_modules.
const CACHE_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  '.cache',
  'mk-run-ts',
);

/**
 * In a bundle every module's `import.meta.url` would be the bundle's own (in the cache folder);
 * code that finds files relative to itself needs its source file's URL, so put that in.
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.[cm]?ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const url = JSON.stringify(pathToFileURL(path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

export async function importTypeScript(entry) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const outdir = mkdtempSync(join(CACHE_DIR, 'run-'));
  const outfile = join(outdir, 'entry.mjs');
  try {
    await build({
      entryPoints: [resolve(entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Workspace packages (@mentorkit/*) export TypeScript sources under the `mentorkit-source`
      // condition (@mentorkit/core's dist/ is for other people's builds): bundle them; leave the
      // rest. `module` is esbuild's default condition, which a list of our own would drop.
      packages: 'bundle',
      conditions: ['mentorkit-source', 'module'],
      external: [
        'esbuild',
        'vite',
        'vitest',
        'playwright-core',
        '@playwright/test',
        'lit',
        'zod',
        'fake-indexeddb',
      ],
      sourcemap: 'inline',
      plugins: [keepImportMetaUrl],
      logLevel: 'warning',
      // No legacy decorators: nothing this runs uses any (the widgets' source that benches import
      // declares its properties in `static properties`). Fields as the tsconfig compiles them.
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    });
    // The bundle of one of the repository's own scripts, not data from outside.
    // eslint-disable-next-line no-unsanitized/method
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
    process.exit(2);
  }
  process.argv = [process.argv[0], entry, ...args];
  await importTypeScript(entry);
}
