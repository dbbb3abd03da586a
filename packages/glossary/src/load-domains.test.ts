import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TRANSLATION_LOCALES } from '@mentorkit/core';
import { loadDomainTerms } from './load-domains.ts';
import { readDataFiles } from './testing/data.ts';

describe('loadDomainTerms', () => {
  it('loads only the domains asked for, in the files’ order', async () => {
    const terms = await loadDomainTerms(['pay', 'unions']);
    const files = readDataFiles();
    expect(terms.map((term) => term.id)).toEqual(
      [...(files.get('pay') ?? []), ...(files.get('unions') ?? [])].map(
        (raw) => (raw as { id: string }).id,
      ),
    );
    expect(new Set(terms.map((term) => term.domain))).toEqual(new Set(['pay', 'unions']));
  });

  it('loads every domain for an empty list, with each language’s review applied', async () => {
    const all = await loadDomainTerms([]);
    expect(all.length).toBe([...readDataFiles().values()].flat().length);
    for (const language of GLOSSARY_TRANSLATION_LOCALES) {
      // The shipped review files are the only source of `reviewed: true`: nothing is reviewed
      // that no review file names.
      const reviewed = (await loadDomainTerms(['unions'], { language })).filter(
        (term) => term.translations[language]?.reviewed,
      );
      const file = readFileSync(new URL(`../reviews/${language}.json`, import.meta.url), 'utf8');
      const named = Object.keys((JSON.parse(file) as { terms: Record<string, unknown> }).terms);
      for (const term of reviewed) expect(named).toContain(term.id);
    }
  });
});
