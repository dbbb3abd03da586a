// The layout for pages that Vite builds (the React and Vue pages, demo/frameworks): their
// sources are page sources like demo/pages' (front matter, then the content of <main>), turned
// into whole documents before Vite bundles the scripts they name.
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { urlPathOf } from './build-pages.ts';
import { renderPage } from './layout.ts';
import { parsePageSource } from './page-source.ts';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Renders each HTML entry through the layout; its URL is its path below demo/. */
export function pageLayout(): Plugin {
  return {
    name: 'mentorkit-page-layout',
    transformIndexHtml: {
      order: 'pre',
      handler(source, { filename }) {
        const path = relative(demoDir, filename);
        const page = parsePageSource(source, join('demo', path));
        return renderPage(page, urlPathOf(path.split(sep).join('/')));
      },
    },
  };
}
