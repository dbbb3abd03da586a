#!/usr/bin/env node
// Turns the widgets' built custom-elements.json (widgets/dist, generated from their JSDoc by the
// widgets' build) into one small JSON file per widget, demo/dist/gallery-docs/<tag>.json, that
// the demo server serves as /gallery/docs/<tag>.json and the gallery pages render as reference
// tables: attributes, properties, methods, events, CSS parts and custom properties (the shared
// theme tokens included). The documentation is written once, in the widgets' sources; nothing
// generated is committed.
//   node demo/scripts/build-docs.mjs     (part of the demo's `npm run build`, after the widgets')
// build-docs.test.ts checks the shape on a small manifest of its own.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MANIFEST_PATH = join(repoRoot, 'widgets', 'dist', 'custom-elements.json');
export const DOCS_DIR = join(repoRoot, 'demo', 'dist', 'gallery-docs');

const text = (value) => (typeof value === 'string' ? value.trim() : '');
const isPublic = (member) =>
  !member.static && member.privacy !== 'private' && member.privacy !== 'protected';

/** The shared `--mk-*` tokens: the `THEME_TOKENS` list in the manifest. */
function themeTokens(manifest) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.name !== 'THEME_TOKENS') continue;
      const source = `${declaration.default ?? ''} ${declaration.type?.text ?? ''}`;
      return [...new Set(source.match(/--mk-[a-z0-9-]+/g) ?? [])];
    }
  }
  return [];
}

/** The documentation of one custom element, in the shape the gallery renders. */
function describeElement(declaration, tokens) {
  const fields = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && isPublic(member),
  );
  const ownProperties = (declaration.cssProperties ?? []).map((property) => ({
    name: property.name,
    description: text(property.description),
  }));
  const documented = new Set(ownProperties.map((property) => property.name));
  return {
    tagName: declaration.tagName,
    className: declaration.name,
    summary: text(declaration.summary),
    description: text(declaration.description),
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      property: attribute.fieldName ?? '',
      type: text(attribute.type?.text),
      default: text(attribute.default),
      description: text(attribute.description),
    })),
    properties: fields.map((field) => ({
      name: field.name,
      attribute: field.attribute ?? '',
      type: text(field.type?.text),
      default: text(field.default),
      description: text(field.description),
    })),
    methods: (declaration.members ?? [])
      .filter((member) => member.kind === 'method' && isPublic(member))
      .map((method) => ({
        name: method.name,
        parameters: (method.parameters ?? []).map((parameter) => parameter.name).join(', '),
        description: text(method.description),
      })),
    events: (declaration.events ?? []).map((event) => ({
      name: event.name,
      type: text(event.type?.text),
      description: text(event.description),
    })),
    cssParts: (declaration.cssParts ?? []).map((part) => ({
      name: part.name,
      description: text(part.description),
    })),
    cssProperties: [
      ...ownProperties,
      ...tokens
        .filter((token) => !documented.has(token))
        .map((token) => ({ name: token, description: 'Shared theme token (every widget).' })),
    ],
  };
}

/** The files to write: `{ '<tag>.json': content }`, one per `mk-*` element of `manifest`. */
export function buildDocs(manifest) {
  const tokens = themeTokens(manifest);
  const files = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('mk-')) continue;
      files[`${declaration.tagName}.json`] =
        `${JSON.stringify(describeElement(declaration, tokens), null, 2)}\n`;
    }
  }
  return files;
}

/** Writes the files for the built manifest into `outDir` (emptied first); returns their number. */
export function writeDocs(manifestPath = MANIFEST_PATH, outDir = DOCS_DIR) {
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${relative(repoRoot, manifestPath)} is missing: build the widgets first ` +
        '(npm run build -w @mentorkit/widgets; the root `npm run build` does it in order).',
    );
  }
  const files = buildDocs(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (Object.keys(files).length === 0) {
    throw new Error(`${relative(repoRoot, manifestPath)} describes no mk-* element.`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  return Object.keys(files).length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = writeDocs();
  console.log(`Wrote ${count} files to ${relative(process.cwd(), DOCS_DIR)}.`);
}
