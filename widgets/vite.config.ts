// Builds the widgets for two uses (scripts/build.mjs passes the mode):
// - `esm`: ES modules for `import '@mentorkit/widgets'`, with lit and zod left to the
//   partner's bundler (they are dependencies), into dist/esm;
// - `cdn:<file>`: one self-contained, minified module for one `<script type="module">` tag,
//   into dist/cdn: `cdn:mentorkit` (all widgets) or `cdn:mk-<widget>` (one widget). Each is
//   its own build, so an entry is one file with no shared chunks: one request, and 1–3 KB
//   less gzipped than the same code split across shared chunks (docs/decisions/0007). A page
//   with two widgets loads `mentorkit.js`. Lazy catalogues and parsers stay separate chunks.
//   Each build writes `.vite/manifest-<file>.json`, which `npm run size` reads.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyCssTemplates } from './minify-css-templates.ts';

const root = dirname(fileURLToPath(import.meta.url));
const src = join(root, 'src');

/** Every folder of src/ with a define.ts is a widget (src/signup-form → mk-signup-form). */
export function widgetNames(): string[] {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}

function esmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(src, 'index.ts'),
    define: resolve(src, 'define.ts'),
  };
  for (const name of widgetNames()) {
    entries[`${name}/index`] = resolve(src, name, 'index.ts');
    entries[`${name}/define`] = resolve(src, name, 'define.ts');
  }
  return entries;
}

/** The CDN files, each built on its own: `mentorkit` (every widget) and `mk-<widget>`. */
export function cdnEntries(): Record<string, string> {
  const entries: Record<string, string> = { mentorkit: resolve(src, 'define.ts') };
  for (const name of widgetNames()) entries[`mk-${name}`] = resolve(src, name, 'define.ts');
  return entries;
}

/**
 * A lazy catalogue is named after its widget, bundle and language (`match-card-ar`,
 * `common-ar`, `signup-form-matching-ar` for `signup-form/matching-locales/ar.ts`), so that the
 * size report and the network panel tell the many `ar` chunks apart.
 */
function chunkName(facadeModuleId: string | null, name: string): string {
  const catalogue = facadeModuleId?.match(
    /src\/(?:([^/]+)\/)?(?:([a-z]+)-)?locales\/([a-z]+)\.ts$/,
  );
  if (!catalogue) return name;
  const bundle = [catalogue[1] ?? 'common', catalogue[2]].filter(Boolean).join('-');
  return `${bundle}-${catalogue[3]}`;
}

const isExternalForNpm = (id: string) => /^(lit|@lit\/|lit-html|lit-element|zod)(\/|$)/.test(id);

export default defineConfig(({ mode }) => {
  const cdnFile = mode.startsWith('cdn:') ? mode.slice('cdn:'.length) : undefined;
  const cdnEntry = cdnFile && cdnEntries()[cdnFile];
  if (cdnFile && !cdnEntry)
    throw new Error(`No CDN file "${cdnFile}": one of ${Object.keys(cdnEntries()).join(', ')}`);
  const cdn = cdnFile !== undefined && cdnEntry !== undefined;
  return {
    root,
    plugins: cdn ? [minifyCssTemplates()] : [],
    // @mentorkit/core from its TypeScript sources (the `mentorkit-source` export condition), as
    // every tool in this repository takes it; its dist/ is for other people's builds.
    resolve: { conditions: ['mentorkit-source', ...defaultClientConditions] },
    build: {
      outDir: cdn ? 'dist/cdn' : 'dist/esm',
      // The CDN files share dist/cdn; scripts/build.mjs empties it once.
      emptyOutDir: !cdn,
      target: 'es2022',
      minify: cdn,
      sourcemap: true,
      manifest: cdn ? `.vite/manifest-${cdnFile}.json` : false,
      copyPublicDir: false,
      // Both are library builds: an application build would wrap every lazy `import()` in
      // Vite's preload helper (about 1 KB, for preloading CSS the widgets do not have).
      lib: { entry: cdn ? { [cdnFile]: cdnEntry } : esmEntries(), formats: ['es'] },
      rollupOptions: {
        preserveEntrySignatures: cdn ? 'allow-extension' : undefined,
        external: cdn ? [] : isExternalForNpm,
        output: {
          // Library mode keeps whitespace in ES output (for the partner's tree-shaking), which
          // is right for dist/esm but doubles the CDN files, so those are fully minified.
          minify: cdn ? true : undefined,
          // Nor does it drop `/* @__PURE__ */` annotations, which only a bundler downstream reads.
          comments: cdn ? false : undefined,
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) =>
            `chunks/${chunkName(chunk.facadeModuleId, chunk.name)}${cdn ? '-[hash]' : ''}.js`,
        },
      },
    },
  };
});
