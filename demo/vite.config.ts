// Builds the demo's framework pages (React 19 and Vue 3) into demo/dist/frameworks; the demo
// server serves them under /frameworks/. The widgets come from @mentorkit/widgets' ES modules,
// as a partner's bundler would take them, so build the widgets first (`npm run build` does).
// The pages' sources go through the same layout as the other demo pages (demo/site).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { pageLayout } from './site/vite-page-layout.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), 'frameworks');

export default defineConfig({
  root,
  base: '/frameworks/',
  publicDir: false,
  plugins: [pageLayout()],
  build: {
    outDir: resolve(root, '..', 'dist', 'frameworks'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { react: resolve(root, 'react.html'), vue: resolve(root, 'vue.html') },
    },
  },
});
