// Builds the demo's static pages: every page source in demo/pages, through the layout, into
// demo/dist/pages (same paths). The demo server serves that folder first, then demo/public
// (the pages' scripts, styles and data), so the URLs stay those of the sources' paths.
// demo/pages/_partials holds what pages include (`<!-- include: name.html -->`, page-source.ts):
// partials are not pages, so they are neither built nor served.
//   node scripts/run-ts.mjs demo/site/build-pages.ts     (part of `npm run build`)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage } from './layout.ts';
import { parsePageSource, type Partials } from './page-source.ts';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_SOURCE_DIR = join(demoDir, 'pages');
export const PAGES_BUILD_DIR = join(demoDir, 'dist', 'pages');
export const PUBLIC_DIR = join(demoDir, 'public');
/** The folder of partials below a pages folder. */
export const PARTIALS_FOLDER = '_partials';

/** The URL a file at `path` (relative, with `/`) is served at: `a/index.html` is `/a/`. */
export function urlPathOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The page sources' paths below `dir`, with `/` between folders, sorted (partials are not pages). */
export function listPageSources(dir = PAGES_SOURCE_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split(sep).join('/'))
    .filter((path) => !path.startsWith(`${PARTIALS_FOLDER}/`))
    .sort();
}

/** The partials of `dir`'s _partials folder, by file name. */
export function readPartials(dir = PAGES_SOURCE_DIR): Partials {
  const partialsDir = join(dir, PARTIALS_FOLDER);
  if (!existsSync(partialsDir)) return {};
  return Object.fromEntries(
    readdirSync(partialsDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name, readFileSync(join(partialsDir, name), 'utf8')]),
  );
}

/** Every page rendered: `{ 'gallery/signup-form.html': '<!doctype html>…' }`. */
export function renderPages(dir = PAGES_SOURCE_DIR): Record<string, string> {
  const pages: Record<string, string> = {};
  const partials = readPartials(dir);
  for (const path of listPageSources(dir)) {
    const source = parsePageSource(
      readFileSync(join(dir, path), 'utf8'),
      relative(demoDir, join(dir, path)),
      partials,
    );
    pages[path] = renderPage(source, urlPathOf(path));
  }
  return pages;
}

/** Renders every page into `outDir` (emptied first). */
export function buildPages(outDir = PAGES_BUILD_DIR, sourceDir = PAGES_SOURCE_DIR): number {
  const pages = renderPages(sourceDir);
  // A file of the same path in demo/public would never be served: say so rather than hide it.
  const shadowed = Object.keys(pages).filter((path) => existsSync(join(PUBLIC_DIR, path)));
  if (shadowed.length > 0) {
    throw new Error(
      `demo/public has files that demo/pages also builds: ${shadowed.join(', ')}. Keep one.`,
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(pages)) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return Object.keys(pages).length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = buildPages();
  console.log(`Built ${count} pages into ${relative(process.cwd(), PAGES_BUILD_DIR)}.`);
}
