/**
 * Writes packages/core/schemas/*.schema.json from the zod schemas. From the repository root:
 *   node scripts/run-ts.mjs packages/core/scripts/generate-json-schemas.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderJsonSchemaFiles } from './json-schemas.ts';

// The runner bundles this file elsewhere, so `import.meta.url` is not here; `argv[1]` is.
const scriptPath = process.argv[1];
if (!scriptPath?.endsWith('generate-json-schemas.ts')) {
  throw new Error(
    'Run me as: node scripts/run-ts.mjs packages/core/scripts/generate-json-schemas.ts',
  );
}
const JSON_SCHEMA_DIRECTORY = resolve(dirname(scriptPath), '..', 'schemas');

const files = await renderJsonSchemaFiles(JSON_SCHEMA_DIRECTORY);
mkdirSync(JSON_SCHEMA_DIRECTORY, { recursive: true });
// Remove files of schemas that no longer exist, so the directory is exactly the contract.
for (const existing of readdirSync(JSON_SCHEMA_DIRECTORY)) {
  if (existing.endsWith('.schema.json') && !files.has(existing)) {
    rmSync(join(JSON_SCHEMA_DIRECTORY, existing));
  }
}
for (const [fileName, text] of files) {
  writeFileSync(join(JSON_SCHEMA_DIRECTORY, fileName), text);
  console.log(`wrote ${join(JSON_SCHEMA_DIRECTORY, fileName)}`);
}
