// Builds the widgets for two uses (scripts/build.mjs passes the mode):
// - `esm`: ES modules for `import '@mentorkit/widgets'`, with lit and zod left to the
//   partner's bundler (they are dependencies), into dist/esm;
// - `cdn:<file>`: one self-contained, minified module for one `<script type="module">` tag,
//   into dist/cdn: `cdn:mk-<widget>` (one widget, self-contained: one file with no shared
//   chunks, one request, and 1–3 KB less gzipped than the same code split across shared
//   chunks, docs/decisions/0007) and `cdn:mentorkit` (the loader, src/loader.ts: each widget a
//   chunk of its own that it imports when the widget's tag appears, and one chunk of what the
//   widgets share, Lit first; docs/decisions/0023). Lazy catalogues and parsers stay separate
//   chunks. Each build writes `.vite/manifest-<file>.json`, which `npm run size` and the
//   loader's table in scripts/build.mjs read.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import type { Plugin } from 'vite';
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
    // The base element and controllers, for apps built like the widgets (src/shared/index.ts).
    'shared/index': resolve(src, 'shared', 'index.ts'),
  };
  for (const name of widgetNames()) {
    entries[`${name}/index`] = resolve(src, name, 'index.ts');
    entries[`${name}/define`] = resolve(src, name, 'define.ts');
  }
  return entries;
}

/** The CDN files, each built on its own: the loader, and `mk-<widget>`. */
export function cdnEntries(): Record<string, string> {
  const entries: Record<string, string> = { mentorkit: resolve(src, 'loader.ts') };
  for (const name of widgetNames()) entries[`mk-${name}`] = resolve(src, name, 'define.ts');
  return entries;
}

/** A widget catalogue's module: its widget, its bundle's prefix (`matching-`), its language. */
const CATALOGUE = /widgets\/src\/(?:([^/]+)\/)?(?:([a-z]+)-)?locales\/([a-z]+)\.ts$/;

/** The language of a widget catalogue's module (`en` for `signup-form/locales/en.ts`). */
const catalogueLanguage = (id: string): string | undefined => CATALOGUE.exec(id)?.[3];

/**
 * A lazy catalogue is named after its widget, bundle and language (`match-card-ar`,
 * `common-ar`, `signup-form-matching-ar` for `signup-form/matching-locales/ar.ts`), so that the
 * size report and the network panel tell the many `ar` chunks apart; a widget's chunk under the
 * loader is named after its tag.
 */
function chunkName(facadeModuleId: string | null, name: string): string {
  // The loader's chunk of one widget (`chunks/mk-signup-form-<hash>.js`), named by its tag.
  const widget = facadeModuleId?.match(/src\/([^/]+)\/define\.ts$/);
  if (widget) return `mk-${widget[1]}`;
  const catalogue = facadeModuleId ? CATALOGUE.exec(facadeModuleId) : null;
  if (!catalogue) return name;
  const bundle = [catalogue[1] ?? 'common', catalogue[2]].filter(Boolean).join('-');
  return `${bundle}-${catalogue[3]}`;
}

/**
 * The loader's chunks: every module that two or more widgets import statically (Lit, the base
 * element, localisation, data states, core's formatting) in one `shared` chunk, and each
 * widget's other static modules in its own chunk when no other widget ever loads them, so that
 * a page loads Lit once however many widgets it shows, and one widget is three files: loader,
 * shared, widget. Found from each widget's define module once the module graph is built.
 */
function loaderChunks(): { plugin: Plugin; codeSplitting: object } {
  const group = new Map<string, string>();
  const plugin: Plugin = {
    name: 'mentorkit-loader-chunks',
    buildEnd() {
      const closure = (id: string, lazy: boolean, seen = new Set<string>()) => {
        if (seen.has(id)) return seen;
        seen.add(id);
        const info = this.getModuleInfo(id);
        for (const next of [
          ...(info?.importedIds ?? []),
          ...(lazy ? (info?.dynamicallyImportedIds ?? []) : []),
        ])
          closure(next, lazy, seen);
        return seen;
      };
      const widgets = widgetNames().map((name) => {
        const define = resolve(src, name, 'define.ts');
        return {
          tag: `mk-${name}`,
          define,
          own: closure(define, false),
          all: closure(define, true),
        };
      });
      for (const widget of widgets) {
        for (const id of widget.own) {
          const others = widgets.filter((other) => other !== widget);
          if (others.some((other) => other.own.has(id))) group.set(id, 'shared');
          else if (!others.some((other) => other.all.has(id))) group.set(id, widget.tag);
        }
      }
      // What a language's lazy catalogues import besides the shared chunk (core's goal words
      // in that language, which the form's and the card's catalogues both use) goes into the
      // common catalogue's chunk of that language, which the loader preloads for every widget
      // speaking it: in a chunk of their own they were found only once a catalogue had been
      // fetched and parsed, one more wait before an English form's first render.
      for (const id of this.getModuleIds()) {
        const lang = catalogueLanguage(id);
        if (!lang || group.has(id)) continue;
        const common = resolve(src, 'locales', `${lang}.ts`);
        const chunk = `common-${lang}`;
        // Only a language whose common catalogue is lazy (not Swedish, which every widget
        // bundles; not a catalogue's index).
        if (!this.getModuleInfo(common) || (group.has(common) && group.get(common) !== chunk))
          continue;
        const onlyThisLanguage = (dependency: string) =>
          (this.getModuleInfo(dependency)?.importers ?? []).every(
            (importer) => catalogueLanguage(importer) === lang || group.get(importer) === chunk,
          );
        group.set(common, chunk);
        for (const dependency of closure(id, false))
          if (
            !group.has(dependency) &&
            catalogueLanguage(dependency) === undefined &&
            onlyThisLanguage(dependency)
          )
            group.set(dependency, chunk);
      }
    },
  };
  const codeSplitting = {
    groups: [
      {
        name: 'shared',
        test: (id: string) => group.get(id) === 'shared',
        priority: 2,
      },
      {
        name: (id: string) => (group.get(id) === 'shared' ? null : (group.get(id) ?? null)),
        debugName: 'widget',
        priority: 1,
        // Only the modules chosen above: a dependency that another widget's lazy chunk also
        // imports must not pull that chunk, and the widget's define, onto the other's page.
        includeDependenciesRecursively: false,
      },
    ],
  };
  return { plugin, codeSplitting };
}

const isExternalForNpm = (id: string) => /^(lit|@lit\/|lit-html|lit-element|zod)(\/|$)/.test(id);

export default defineConfig(({ mode }) => {
  const cdnFile = mode.startsWith('cdn:') ? mode.slice('cdn:'.length) : undefined;
  const cdnEntry = cdnFile && cdnEntries()[cdnFile];
  if (cdnFile && !cdnEntry)
    throw new Error(`No CDN file "${cdnFile}": one of ${Object.keys(cdnEntries()).join(', ')}`);
  const cdn = cdnFile !== undefined && cdnEntry !== undefined;
  const loader = cdnFile === 'mentorkit' ? loaderChunks() : undefined;
  return {
    root,
    plugins: cdn ? [minifyCssTemplates(), ...(loader ? [loader.plugin] : [])] : [],
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
          codeSplitting: loader?.codeSplitting,
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) =>
            `chunks/${chunkName(chunk.facadeModuleId, chunk.name)}${cdn ? '-[hash]' : ''}.js`,
        },
      },
    },
  };
});
