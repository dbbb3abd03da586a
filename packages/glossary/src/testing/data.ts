// Test helper: the data files read from disk, so that a test of lookup over real terms does not
// depend on every domain's file being present (the bundled module imports all eleven).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GLOSSARY_DOMAINS, GlossaryTermSchema } from '@mentorkit/core';
import type { GlossaryDomain, GlossaryTerm } from '@mentorkit/core';

export const DATA_DIRECTORY = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataFilePath(domain: GlossaryDomain): string {
  return `${DATA_DIRECTORY}${domain}.json`;
}

/** The raw contents of the domains' files that exist, by domain. */
export function readDataFiles(): Map<GlossaryDomain, unknown[]> {
  const files = new Map<GlossaryDomain, unknown[]>();
  for (const domain of GLOSSARY_DOMAINS) {
    const path = dataFilePath(domain);
    if (existsSync(path)) files.set(domain, JSON.parse(readFileSync(path, 'utf8')) as unknown[]);
  }
  return files;
}

/** Every term of the files that exist, validated (throws on an invalid one). */
export function readTerms(): GlossaryTerm[] {
  return [...readDataFiles().values()].flat().map((raw) => GlossaryTermSchema.parse(raw));
}
