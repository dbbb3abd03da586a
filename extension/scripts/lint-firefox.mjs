#!/usr/bin/env node
// `web-ext lint` of the Firefox build, as addons.mozilla.org checks an upload: fails on any
// error, and on any warning but the one Lit's renderer is known to cause (README, "Load the
// extension"): lit-html's Template.createElement assigns to a fresh <template>'s innerHTML the
// HTML it builds from our own template literals' static strings, never from a value (values
// are bound afterwards as text or attributes through the DOM). That warning is accepted only
// where the source at its line and column is that very assignment, so a new innerHTML anywhere
// else (ours or a library's) still fails the package.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** lit-html's createElement, minified or not: `let n=d.createElement(`template`);return n.innerHTML=e,n}`. */
const LIT_TEMPLATE_ASSIGNMENT =
  /createElement\(\s*[`'"]template[`'"]\s*\);?\s*(?:return\s+)?\(?\s*(\w+)\.innerHTML\s*=\s*\w+\s*,\s*\1\s*\)?\s*;?\s*}/;

/** Whether the warning is lit-html's template assignment, read at its place in the file. */
export function isLitTemplateWarning(warning, sourceDir) {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  let lines;
  try {
    lines = readFileSync(join(sourceDir, warning.file), 'utf8').split('\n');
  } catch {
    return false;
  }
  const line = lines[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  return LIT_TEMPLATE_ASSIGNMENT.test(line.slice(Math.max(0, column - 80), column + 40));
}

export function lintFirefox(sourceDir) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(
    npx,
    ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.error(result.stdout, result.stderr);
    throw new Error('web-ext lint gave no report');
  }
  const errors = report.errors ?? [];
  const warnings = report.warnings ?? [];
  const lit = warnings.filter((warning) => isLitTemplateWarning(warning, sourceDir));
  const others = warnings.filter((warning) => !lit.includes(warning));
  const describe = (item) => `  ${item.code} ${item.file ?? ''}:${item.line ?? ''} ${item.message}`;
  console.log(
    `web-ext lint: ${errors.length} errors, ${warnings.length} warnings ` +
      `(${lit.length} of them Lit's template innerHTML, accepted: see the README)`,
  );
  for (const item of [...errors, ...others]) console.log(describe(item));
  return errors.length === 0 && others.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sourceDir = process.argv[2] ?? 'dist/firefox';
  process.exit(lintFirefox(sourceDir) ? 0 : 1);
}
