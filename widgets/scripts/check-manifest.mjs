#!/usr/bin/env node
// Checks the built Custom Elements Manifest (dist/custom-elements.json, which the build writes
// from the sources' JSDoc) against what the build ships, so that the analyzer's globs can
// neither miss an element nor pick up tests or their helpers, and the JSDoc cannot drift:
// - the elements the CDN loader (dist/cdn/mentorkit.js, run in Chromium on a page with every
//   documented tag) defines are exactly the manifest's custom elements, each once, each from
//   its widget's class module
//   (mk-match-card from src/match-card/match-card.ts);
// - each element's attributes are exactly the ones the defined element observes, and each of
//   its public reactive properties (inherited ones too) is one of the manifest's fields;
// - each element's events are exactly the `mk-*` events its widget declares in its events.ts
//   (the declaration `emit` is typed by), and the bundle has each of those names;
// - no module of the manifest is a test, a test helper (`testing/`) or test support;
// - no attribute's type is only an alias's name (editors could not offer its values);
// - the editor data built from it (vscode.html-custom-data.json, web-types.json) lists the same
//   tags with the same attributes.
//   node scripts/check-manifest.mjs        (npm run check:manifest -w @mentorkit/widgets)
// Run it after `npm run build`; `npm test` does.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../tests/support/find-browser.js';

const widgetsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(widgetsDir, 'dist', 'custom-elements.json');
const cdnDir = join(widgetsDir, 'dist', 'cdn');
const bundleFile = 'mentorkit.js';
const viteManifestPath = join(cdnDir, '.vite', 'manifest-mentorkit.json');

for (const path of [manifestPath, join(cdnDir, bundleFile), viteManifestPath]) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: build the widgets first (npm run build).`);
    process.exit(1);
  }
}

/** @type {{ modules?: Array<{ path: string, declarations?: any[] }> }} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const problems = [];

const testModule = /(\.test\.ts$|(^|\/)testing\/|(^|\/)test-support\/)/;
for (const module of manifest.modules ?? []) {
  if (testModule.test(module.path)) problems.push(`the manifest describes ${module.path}`);
}

/** The manifest's custom elements: tag → { module, attributes, events }. */
const documented = new Map();
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    // A class without a tag is a base class (its members are inherited by the widgets'); an
    // element whose tag the analyzer missed is then one the bundle defines and this lacks.
    if (!declaration.customElement || !declaration.tagName) continue;
    const tag = declaration.tagName;
    if (documented.has(tag)) problems.push(`the manifest describes ${tag} more than once`);
    // An alias's bare name tells an editor nothing: the build writes a union of string literals
    // out (custom-elements-manifest.config.mjs); another alias needs a plain type.
    for (const attribute of declaration.attributes ?? []) {
      if (/^[A-Z]\w*$/.test(attribute.type?.text ?? ''))
        problems.push(
          `<${tag}>: ${attribute.name}'s type is only the alias ${attribute.type.text}`,
        );
    }
    documented.set(tag, {
      module: module.path,
      attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
      fields: (declaration.members ?? [])
        .filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected',
        )
        .map((member) => member.name),
      events: (declaration.events ?? []).map((event) => event.name),
    });
  }
}

// The bundle and its chunks, as the build's Vite manifest lists them, served to Chromium
// from an address of its own; an init script records every `customElements.define`.
const bundleFiles = [
  ...new Set(Object.values(JSON.parse(readFileSync(viteManifestPath, 'utf8'))).map((c) => c.file)),
];
const bundleText = bundleFiles.map((file) => readFileSync(join(cdnDir, file), 'utf8')).join('\n');

const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
/** @type {Array<{ tag: string, observed: string[], properties: string[] }>} */
let defined;
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('http://bundle.test/**', async (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    if (path === '') {
      await route.fulfill({
        contentType: 'text/html',
        // Every documented tag, which the loader defines as it finds them.
        body: `<!doctype html><script type="module" src="/${bundleFile}"></script>${[
          ...documented.keys(),
        ]
          .map((tag) => `<${tag}></${tag}>`)
          .join('')}`,
      });
    } else if (bundleFiles.includes(path)) {
      await route.fulfill({ contentType: 'text/javascript', path: join(cdnDir, path) });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  await page.addInitScript(() => {
    const tags = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (tag, constructor, options) => {
      tags.push(tag);
      define(tag, constructor, options);
    };
    Object.defineProperty(window, '__definedTags', { value: tags });
  });
  await page.goto('http://bundle.test/', { waitUntil: 'load' });
  // The loader imports each widget's chunk after the page loaded; a tag it does not know stays
  // undefined, which the comparison below reports.
  await page
    .waitForFunction(
      (tags) => tags.every((tag) => customElements.get(tag)),
      [...documented.keys()],
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  defined = await page.evaluate(() =>
    window.__definedTags.map((tag) => ({
      tag,
      observed: [...(customElements.get(tag)?.observedAttributes ?? [])],
      // Lit's reactive properties, inherited ones too, without internal state.
      properties: [...(customElements.get(tag)?.elementProperties ?? [])]
        .filter(([, options]) => !options.state)
        .map(([name]) => String(name)),
    })),
  );
  for (const message of pageErrors) problems.push(`the bundle threw: ${message}`);
} finally {
  await browser.close();
}

const sorted = (list) => [...list].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const listed = (list) => (list.length ? list.join(', ') : 'none');

if (defined.length === 0) problems.push(`${bundleFile} defines no custom element`);
for (const { tag } of defined) {
  if (!documented.has(tag)) problems.push(`${bundleFile} defines <${tag}>, the manifest lacks it`);
}
const definedTags = new Set(defined.map(({ tag }) => tag));
for (const tag of documented.keys()) {
  if (!definedTags.has(tag))
    problems.push(`the manifest describes <${tag}>, ${bundleFile} lacks it`);
}

for (const { tag, observed, properties } of defined) {
  const element = documented.get(tag);
  if (!element) continue;
  const folder = tag.replace(/^mk-/, '');
  if (element.module !== `src/${folder}/${folder}.ts`) {
    problems.push(`<${tag}> is described from ${element.module}, not src/${folder}/${folder}.ts`);
  }
  if (!same(element.attributes, observed)) {
    problems.push(
      `<${tag}>: the manifest's attributes (${listed(sorted(element.attributes))}) are not the ` +
        `ones it observes (${listed(sorted(observed))})`,
    );
  }
  const undocumented = properties.filter((name) => !element.fields.includes(name));
  if (undocumented.length > 0) {
    problems.push(
      `<${tag}>: the manifest lacks the public properties ${undocumented.join(', ')} ` +
        '(a base class outside the globs?)',
    );
  }
  const eventsFile = join(widgetsDir, 'src', folder, 'events.ts');
  const declaredEvents = existsSync(eventsFile)
    ? [...readFileSync(eventsFile, 'utf8').matchAll(/^\s*'(mk-[a-z0-9-]+)'\s*:/gm)].map((m) => m[1])
    : [];
  if (!same(element.events, declaredEvents)) {
    problems.push(
      `<${tag}>: the manifest's events (${listed(sorted(element.events))}) are not the ones ` +
        `src/${folder}/events.ts declares (${listed(sorted(declaredEvents))}); ` +
        'each needs a @fires line',
    );
  }
  for (const event of element.events) {
    if (!['"', "'", '`'].some((quote) => bundleText.includes(`${quote}${event}${quote}`))) {
      problems.push(`<${tag}>: the bundle never names its event ${event}`);
    }
  }
}

// The editor data (built from the manifest) lists the same tags and attributes.
const vscodeData = JSON.parse(
  readFileSync(join(widgetsDir, 'dist', 'vscode.html-custom-data.json'), 'utf8'),
);
const webTypesData = JSON.parse(readFileSync(join(widgetsDir, 'dist', 'web-types.json'), 'utf8'));
const editorSets = [
  ['vscode.html-custom-data.json', vscodeData.tags ?? []],
  ['web-types.json', webTypesData.contributions?.html?.elements ?? []],
];
for (const [file, elements] of editorSets) {
  const byTag = new Map(elements.map((element) => [element.name, element]));
  for (const [tag, { attributes }] of documented) {
    const listed = byTag.get(tag);
    if (!listed) {
      problems.push(`${file} lacks <${tag}>`);
      continue;
    }
    const names = (listed.attributes ?? []).map((attribute) => attribute.name).sort();
    if (names.join() !== [...attributes].sort().join())
      problems.push(`${file}: <${tag}>'s attributes (${names.join(', ')}) are not the manifest's`);
  }
  if (byTag.size !== documented.size) problems.push(`${file} lists other tags than the manifest`);
}

if (problems.length > 0) {
  console.error(
    `widgets/dist/custom-elements.json does not describe what the build ships:\n` +
      problems.map((problem) => `  - ${problem}`).join('\n') +
      '\n(the analyzer reads the globs in widgets/custom-elements-manifest.config.mjs and the ' +
      "classes' JSDoc)",
  );
  process.exitCode = 1;
} else {
  console.log(
    `widgets/dist/custom-elements.json describes every element ${bundleFile} defines:\n` +
      defined
        .map(({ tag }) => {
          const { attributes, events } = documented.get(tag);
          return `  <${tag}>: ${attributes.length} attributes, ${events.length} events`;
        })
        .join('\n'),
  );
}
