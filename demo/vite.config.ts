// Builds the demo's pages that have TypeScript of their own (site/app-pages.ts: the React 19
// and Vue 3 pages, the coordinator view) into demo/dist/apps, which the demo server serves
// under / (so /frameworks/react.html, /coordinator/). The widgets come from
// @mentorkit/widgets' ES modules, as a partner's bundler would take them, so build the widgets
// first (`npm run build` does). The pages' sources go through the same layout as the other
// demo pages (demo/site).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { APP_PAGES } from './site/app-pages.ts';
import { pageLayout } from './site/vite-page-layout.ts';

const demoDir = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: demoDir,
  base: '/',
  publicDir: false,
  plugins: [pageLayout()],
  build: {
    outDir: resolve(demoDir, 'dist', 'apps'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(
        Object.entries(APP_PAGES).map(([name, path]) => [name, resolve(demoDir, path)]),
      ),
    },
  },
});
