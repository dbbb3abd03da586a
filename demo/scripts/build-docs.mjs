#!/usr/bin/env node
// Turns the widgets' custom-elements.json (generated from their JSDoc) into one small JSON file
// per widget, demo/public/gallery/docs/<tag>.json, that the gallery pages render as reference
// tables: attributes, properties, methods, events, CSS parts and custom properties (the shared
// theme tokens included). The documentation is written once, in the widgets' sources.
//   node demo/scripts/build-docs.mjs          writes the files
//   node demo/scripts/build-docs.mjs --check  fails when the committed files are stale
// build-docs.test.ts runs the check under vitest.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MANIFEST_PATH = join(repoRoot, 'widgets', 'custom-elements.json');
export const DOCS_DIR = join(repoRoot, 'demo', 'public', 'gallery', 'docs');

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

/** The files to write: `{ '<tag>.json': content }`, formatted as the repository's Prettier would. */
export async function buildDocs(manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'))) {
  const tokens = themeTokens(manifest);
  const options = (await prettier.resolveConfig(join(DOCS_DIR, 'x.json'))) ?? {};
  const files = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('mk-')) continue;
      const json = JSON.stringify(describeElement(declaration, tokens));
      files[`${declaration.tagName}.json`] = await prettier.format(json, {
        ...options,
        parser: 'json',
      });
    }
  }
  return files;
}

/** The generated files on disk now. */
export function readDocs(dir = DOCS_DIR) {
  let names;
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return {};
  }
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

async function main() {
  const fresh = await buildDocs();
  if (process.argv.includes('--check')) {
    const current = readDocs();
    const stale = [...new Set([...Object.keys(fresh), ...Object.keys(current)])].filter(
      (name) => fresh[name] !== current[name],
    );
    if (stale.length > 0) {
      console.error(
        `demo/public/gallery/docs is stale (${stale.join(', ')}). Regenerate it:\n` +
          '  node demo/scripts/build-docs.mjs',
      );
      process.exitCode = 1;
    } else {
      console.log('demo/public/gallery/docs is up to date.');
    }
    return;
  }
  mkdirSync(DOCS_DIR, { recursive: true });
  for (const name of Object.keys(readDocs())) {
    if (!(name in fresh)) rmSync(join(DOCS_DIR, name));
  }
  for (const [name, content] of Object.entries(fresh)) writeFileSync(join(DOCS_DIR, name), content);
  console.log(`Wrote ${Object.keys(fresh).length} files to demo/public/gallery/docs.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
