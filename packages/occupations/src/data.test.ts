// The committed data files, as the index reads them: what the build promised is there.
import { describe, expect, it } from 'vitest';
import { attribution, attributionText } from './attribution.ts';
import { loadOccupationIndex } from './load.ts';
import { groupName, groupNamesFor } from './occupation-index.ts';
import { testIndex } from './testing/index.ts';

const index = testIndex();

describe('the occupation data', () => {
  it('has every source: JobTech, SCB, legacy names, ESCO, and the SSYK groups', () => {
    const count = (source: string) => index.titles.filter((t) => t.source === source).length;
    expect(count('jobtech')).toBe(2412);
    expect(count('scb')).toBeGreaterThan(7000);
    expect(count('legacy')).toBeGreaterThan(500);
    expect(count('esco')).toBeGreaterThan(2900);
    expect(count('group')).toBe(454);
  });

  it('gives every title a unit group that exists, and ids that are unique', () => {
    const ids = new Set<string>();
    for (const title of index.titles) {
      expect(index.groups.has(title.ssyk), title.ssyk).toBe(true);
      expect(title.isco08.every((code) => /^\d{4}$/.test(code))).toBe(true);
      if (!title.id) continue;
      expect(ids.has(title.id), title.id).toBe(false);
      ids.add(title.id);
    }
  });

  it('names the groups of every level, in Swedish and English', () => {
    expect(groupName(index, '2211', 'sv')).toBe('Specialistläkare');
    expect(groupName(index, '2211', 'en')).toBe('Specialist physicians');
    expect(groupName(index, '221', 'en')).toBe('Medical doctors');
    expect(groupName(index, '22', 'sv')).toBeTruthy();
    expect(groupName(index, '2', 'en')).toMatch(/higher education/);
    // No Arabic group names in any source: English instead.
    expect(groupName(index, '2211', 'ar')).toBe('Specialist physicians');
    expect(groupName(index, '9999')).toBeUndefined();
  });

  it("gives core's reasons SSYK names only, never an ISCO code's", () => {
    const names = groupNamesFor(index, 'en');
    expect(names('2211', 'ssyk')).toBe('Specialist physicians');
    expect(names('2211', 'isco08')).toBeUndefined();
  });

  it('carries the attribution each source asks for', () => {
    const text = attributionText();
    expect(text).toContain('Arbetsförmedlingen');
    expect(text).toContain('SCB');
    expect(text).toContain('ESCO classification of the European Commission');
    expect(attribution.every((source) => source.url.startsWith('https://'))).toBe(true);
  });
});

describe('loadOccupationIndex', () => {
  it('loads the Swedish titles alone, or with ESCO for English and Arabic', async () => {
    const swedish = await loadOccupationIndex();
    expect(swedish.hasEsco).toBe(false);
    expect(swedish.titles.some((title) => title.source === 'esco')).toBe(false);
    const withEsco = await loadOccupationIndex({ esco: true });
    expect(withEsco.titles.length).toBe(index.titles.length);
  });
});
