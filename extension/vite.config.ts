// Builds the extension: `vite build` → dist/chromium, `vite build --mode firefox` → dist/firefox.
import { defaultClientConditions, defineConfig } from 'vite';
import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import { BACKGROUND_ENTRY, manifestFor, type BuildTarget } from './manifest.config.ts';
import { popupChunks } from './popup-chunks.ts';

/** Where crxjs writes the IIFE build of src/content/content-script.ts (imported with `?iife`). */
const INJECTED_CONTENT_SCRIPT = 'src/content/content-script.js';

/**
 * crxjs lists every `?iife` script in web_accessible_resources for all http(s) sites. A script
 * injected with scripting.executeScript({ files }) does not need that, and listing it would let
 * any site fetch it and so detect that a mentor has Mentorkit installed. Drop it.
 */
function keepInjectedScriptPrivate(): CrxPlugin {
  return {
    name: 'mentorkit:keep-injected-script-private',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const resources = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({
          ...entry,
          resources: entry.resources.filter((file) => file !== INJECTED_CONTENT_SCRIPT),
        }))
        .filter((entry) => entry.resources.length > 0);
      if (resources.length > 0) manifest.web_accessible_resources = resources;
      else delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

/**
 * crxjs maps entries to chunks by file name: when background/index.ts and content/index.ts both
 * existed, the service-worker loader imported the content script's chunk and the background never
 * ran, with no build error. Fail the build if the loader does not import the background entry.
 */
function checkServiceWorkerLoader(): CrxPlugin {
  return {
    name: 'mentorkit:check-service-worker-loader',
    writeBundle(_options, bundle) {
      const loader = bundle['service-worker-loader.js'];
      const source = loader?.type === 'asset' ? String(loader.source) : '';
      const imported = /import '\.\/([^']+)'/.exec(source)?.[1] ?? '';
      const chunk = bundle[imported];
      const entry = chunk?.type === 'chunk' ? (chunk.facadeModuleId ?? '') : '';
      if (!entry.endsWith(BACKGROUND_ENTRY)) {
        throw new Error(
          `service-worker-loader.js imports "${imported}" (from "${entry}"), not ${BACKGROUND_ENTRY}. ` +
            'Give every entry file a unique base name.',
        );
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: BuildTarget = mode === 'firefox' ? 'firefox' : 'chromium';
  const popup = popupChunks({
    root: import.meta.dirname,
    popupEntry: 'src/popup/popup.ts',
    backgroundEntry: BACKGROUND_ENTRY,
    pageBaseCss: 'src/shared/page-base.css',
  });
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target === 'firefox' ? 'firefox' : 'chrome',
      }),
      keepInjectedScriptPrivate(),
      checkServiceWorkerLoader(),
      popup.plugin,
    ],
    // Workspace packages (@mentorkit/core, glossary) from their TypeScript sources: the
    // `mentorkit-source` export condition (core's dist/ is for other people's builds).
    resolve: { conditions: ['mentorkit-source', ...defaultClientConditions] },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome127',
      // Both browsers preload modules themselves: Vite's polyfill would be one more file that
      // each page loads before its code (a chunk of its own once the popup's are grouped).
      modulePreload: { polyfill: false },
      // Extension pages that the manifest does not name (crxjs builds the ones it names).
      rollupOptions: {
        input: { sessions: 'src/sessions/sessions.html' },
        // Needed by the popup's groups (only the modules they name, not their dependencies).
        preserveEntrySignatures: 'allow-extension',
        output: { codeSplitting: popup.codeSplitting },
      },
    },
  };
});
