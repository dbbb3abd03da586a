#!/usr/bin/env node
// `npm run size`: gzipped sizes of what partners' pages and mentors' browsers load, against the
// budgets in tests/size-budgets.json. Reads the Vite manifests of the built widgets
// (widgets/dist/cdn) and extension (extension/dist/chromium), so run `npm run build` first.
//   --json FILE   also write { passed, failed } for the test summary
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(repoDir, 'tests/size-budgets.json'), 'utf8'));

/** The manifests of the CDN builds: one per file, each built on its own (widgets/vite.config.ts). */
function readCdnManifests(distDir) {
  const dir = join(distDir, '.vite');
  const names = existsSync(dir)
    ? readdirSync(dir).filter((name) => /^manifest-.+\.json$/.test(name))
    : [];
  if (names.length === 0)
    console.error(`No build found at ${distDir}: run \`npm run build\` first.`);
  return names.sort().map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Files an entry loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function closureBytes(distDir, manifest, keys) {
  let bytes = 0;
  for (const key of keys) bytes += gzipSize(join(distDir, manifest[key].file));
  return bytes;
}

const rows = [];
const measure = (kind, name, bytes, maxBytes) =>
  rows.push({ kind, name, bytes, maxBytes, ok: bytes <= maxBytes });

const missingBuild = (kind, what) =>
  rows.push({ kind, name: `${what}: not built (npm run build)`, bytes: 0, maxBytes: 0, ok: false });

// Widgets: the loader (mentorkit.js), a page that loads one widget or every widget through it,
// each widget's own self-contained file, each such file with the chunks it requests as it
// connects ("first use": what a page pays before the widget can check a field or show a
// profile), and lazy chunks (once each: a chunk that two builds made alike has the same hashed
// name).
const cdnDir = join(repoDir, 'widgets/dist/cdn');
const manifests = readCdnManifests(cdnDir);
if (manifests.length === 0) missingBuild('widgets', 'widgets/dist/cdn');
const lazyRows = new Map();
const firstUseRows = [];
const loaderRows = [];
for (const cdn of manifests) {
  const entryKeys = new Set();
  for (const [key, chunk] of Object.entries(cdn)) {
    if (!chunk.isEntry) continue;
    const closure = staticClosure(cdn, key);
    closure.forEach((k) => entryKeys.add(k));
    const bytes = closureBytes(cdnDir, cdn, closure);
    if (chunk.file === budgets.cdnBundle.file) {
      measure('CDN bundle', chunk.file, bytes, budgets.cdnBundle.maxBytes);
      // The loader's pages: with each widget's chunk and what it imports statically (the shared
      // chunk), and with every widget. A widget's chunk comes before its lazy chunks, so those
      // count only what they add.
      const page = new Set(closure);
      for (const widgetKey of chunk.dynamicImports ?? []) {
        const tag = cdn[widgetKey].name;
        const keys = staticClosure(cdn, widgetKey, new Set(closure));
        keys.forEach((k) => page.add(k));
        loaderRows.push([`${chunk.file} + ${tag}`, closureBytes(cdnDir, cdn, keys), tag]);
      }
      page.forEach((k) => entryKeys.add(k));
      loaderRows.push([`${chunk.file} + every widget`, closureBytes(cdnDir, cdn, page), 'every']);
      // Pages with some of the widgets, each budgeted under its tags joined by " + " (issue 23:
      // a page with the three widgets of 2026-11-30 loads no more than mentorkit.js did).
      for (const tags of Object.keys(budgets.loaderPage).filter((name) => name.includes(' + '))) {
        const keys = new Set(closure);
        for (const tag of tags.split(' + ')) {
          const widgetKey = chunk.dynamicImports?.find((key) => cdn[key].name === tag);
          if (widgetKey) staticClosure(cdn, widgetKey, keys);
          else missingBuild('loader page', `${chunk.file} + ${tag}`);
        }
        loaderRows.push([`${chunk.file} + ${tags}`, closureBytes(cdnDir, cdn, keys), tags]);
      }
    } else {
      const maxBytes = budgets.widgetEntry[chunk.file] ?? budgets.widgetEntry.maxBytes;
      measure('widget entry', chunk.file, bytes, maxBytes);
    }
  }
  // An entry with the chunks it requests as it connects (each counted once).
  for (const use of budgets.firstUse.entries) {
    const entryKey = Object.keys(cdn).find((key) => cdn[key].isEntry && cdn[key].file === use.file);
    if (!entryKey) continue;
    const keys = new Set(staticClosure(cdn, entryKey));
    for (const key of use.with) {
      if (cdn[key]) staticClosure(cdn, key, keys);
      else missingBuild('first use', `${use.file} + ${key}`);
    }
    const name = `${use.file} + ${use.with.map((key) => key.replace(/^.*\/|\.ts$/g, '')).join(' + ')}`;
    firstUseRows.push([name, closureBytes(cdnDir, cdn, keys), use.maxBytes]);
  }
  for (const [key, chunk] of Object.entries(cdn)) {
    if (!chunk.isDynamicEntry || entryKeys.has(key) || lazyRows.has(chunk.file)) continue;
    const ownKeys = [...staticClosure(cdn, key)].filter((k) => !entryKeys.has(k));
    lazyRows.set(chunk.file, { key, bytes: closureBytes(cdnDir, cdn, ownKeys) });
  }
}
for (const [name, bytes, tag] of loaderRows) {
  const maxBytes = budgets.loaderPage[tag];
  if (maxBytes === undefined) missingBuild('loader page', `a budget for ${name}`);
  else measure('loader page', name, bytes, maxBytes);
}
for (const [name, bytes, maxBytes] of firstUseRows) measure('first use', name, bytes, maxBytes);
// Data loaded on first use (the occupation titles) has a budget of its own per source file: the
// 40 KB rule is for code, and data is as large as its content.
const dataBudgets = budgets.dataChunk?.chunks ?? {};
const dataFound = new Set();
for (const [file, { key, bytes }] of lazyRows) {
  if (key in dataBudgets) {
    dataFound.add(key);
    measure('data chunk', file, bytes, dataBudgets[key]);
  } else {
    measure('lazy chunk', file, bytes, budgets.lazyChunk.maxBytes);
  }
}
// A budget for data that no build loads any more is stale: say so rather than pass.
if (manifests.length > 0) {
  for (const key of Object.keys(dataBudgets))
    if (!dataFound.has(key)) missingBuild('data chunk', key);
}

// Extension: the content script runs on the mentor's pages, so it is kept small. It is built
// as one self-contained file (injected with scripting.executeScript), so its size is its own.
const contentScript = join(repoDir, 'extension/dist/chromium', budgets.extensionContentScript.file);
if (existsSync(contentScript)) {
  measure(
    'extension',
    `content script (${budgets.extensionContentScript.file})`,
    gzipSize(contentScript),
    budgets.extensionContentScript.maxBytes,
  );
} else {
  missingBuild('extension', budgets.extensionContentScript.file);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `${'kind'.padEnd(14)}${'file'.padEnd(52)}${'gzip'.padStart(10)}${'budget'.padStart(10)}${'bytes'.padStart(11)}`,
);
for (const row of rows) {
  console.log(
    `${row.kind.padEnd(14)}${row.name.padEnd(52)}${kb(row.bytes).padStart(10)}${kb(row.maxBytes).padStart(10)}${String(row.bytes).padStart(9)} B  ${row.ok ? 'ok' : row.maxBytes === 0 ? 'MISSING' : 'OVER BUDGET'}`,
  );
}
const failed = rows.filter((row) => !row.ok).length;
const jsonIndex = process.argv.indexOf('--json');
if (jsonIndex > 0)
  writeFileSync(
    process.argv[jsonIndex + 1],
    JSON.stringify({ passed: rows.length - failed, failed, skipped: 0 }),
  );
process.exit(failed ? 1 : 0);
