import { describe, expect, it } from 'vitest';
import { searchOccupations } from './search.ts';
import { testIndex } from './testing/index.ts';

const index = testIndex();
const first = (query: string, locale = 'sv') => searchOccupations(index, query, { locale })[0];
const labels = (query: string, locale = 'sv', limit = 5) =>
  searchOccupations(index, query, { locale, limit }).map((match) => match.label);

describe('searchOccupations', () => {
  it('finds a title by its name and returns its codes', () => {
    expect(first('Svetsare')).toMatchObject({
      titleId: 'rxrQ_Nyy_k6y',
      label: 'Svetsare',
      ssyk: '7212',
      isco08: ['7212'],
      groupName: 'Svetsare och gasskärare',
      source: 'jobtech',
    });
    expect(first('Svetsare', 'en')?.groupName).toBe('Welders and flame cutters');
  });

  it('forgives case and diacritics', () => {
    expect(first('Lakare')).toMatchObject({ label: 'Läkare', ssyk: '2219' });
    expect(first('LÄKARE')?.label).toBe('Läkare');
    expect(first('sjukskoterska')?.ssyk).toBe('2221');
  });

  it("reads SCB's inverted titles in either order, hyphenated or written together", () => {
    for (const query of ['svetsare tig', 'tig svetsare', 'TIG-svetsare', 'tigsvetsare']) {
      expect(labels(query, 'sv', 2), query).toEqual(
        expect.arrayContaining(['Svetsare, TIG-', 'TIG-svetsare']),
      );
    }
  });

  it('forgives one typo in a word of five letters or more, ranked after exact words', () => {
    expect(first('sjuksköterka')?.ssyk).toBe('2221');
    expect(first('elektrikr')?.label).toMatch(/elektriker/i);
    expect(first('advkat')?.label).toBe('Advokat');
    // A four-letter word with a typo is another word; nothing is made up for it.
    expect(searchOccupations(index, 'lärae')[0]?.score ?? 0).toBeLessThan(first('lärare')!.score);
    const typo = first('svetsrae')!;
    expect(typo.label).toBe('Svetsare');
    expect(typo.score).toBeLessThan(first('svetsare')!.score);
  });

  it('ranks an exact name before a longer one, a JobTech title before an SCB one', () => {
    expect(labels('läkare', 'sv', 1)).toEqual(['Läkare']);
    const welders = searchOccupations(index, 'svetsare', { limit: 10 });
    expect(welders[0]).toMatchObject({ label: 'Svetsare', source: 'jobtech' });
    expect(welders.slice(1).every((m) => m.score < welders[0]!.score)).toBe(true);
    const tig = searchOccupations(index, 'svetsare tig', { limit: 10 });
    expect(tig.every((m) => m.score < welders[0]!.score)).toBe(true);
  });

  it('finds a compound the data lacks by its head, after titles that have the word', () => {
    expect(first('allmänläkare')?.label).toBe('Läkare');
    expect(first('matematiklärare')?.label).toMatch(/lärare/i);
    expect(first('allmänläkare')!.score).toBeLessThan(first('läkare')!.score);
  });

  it('finds prefixes as a person types', () => {
    expect(labels('civiling mask', 'sv', 3)).toContain('Civilingenjör, maskin');
    expect(labels('apote', 'sv', 3)).toContain('Apotekare');
  });

  it('finds titles by JobTech keywords and legacy names, keeping the keyword as matched name', () => {
    const pharmacist = searchOccupations(index, 'farmacevt', { limit: 10 });
    expect(pharmacist.find((m) => m.label === 'Apotekare')?.matchedName).toMatch(/farmacevt/i);
    const legacy = searchOccupations(index, 'Städare/Lokalvårdare').find(
      (m) => m.source === 'legacy',
    );
    expect(legacy).toMatchObject({ titleId: undefined, ssyk: '9111' });
  });

  it('searches English and Arabic names (ESCO), with labels in the asked language', () => {
    expect(first('welder', 'en')).toMatchObject({ label: 'welder', ssyk: '7212', source: 'esco' });
    expect(first('general practitioner', 'en')?.ssyk).toBe('2211');
    expect(labels('lawyer', 'en', 2)).toContain('lawyer');
    const arabic = first('طبيب عام', 'ar');
    expect(arabic).toMatchObject({ ssyk: '2211', labelLanguage: 'ar' });
    // Arabic without hamza finds the same: أخصائي and اخصائي are written both ways.
    expect(first('ممرض', 'ar')?.ssyk).toMatch(/^(5321|2221|3240)$/);
    expect(first('welder', 'ar')?.label).not.toBe('welder');
  });

  it('honours the limit and returns nothing for nothing', () => {
    expect(searchOccupations(index, 'lärare', { limit: 3 })).toHaveLength(3);
    expect(searchOccupations(index, 'lärare', { limit: 1000 }).length).toBeLessThanOrEqual(50);
    expect(searchOccupations(index, '')).toEqual([]);
    expect(searchOccupations(index, '  ,;()  ')).toEqual([]);
    expect(searchOccupations(index, 'qqqqxxzz')).toEqual([]);
  });

  it('stays quick on hostile and huge input', () => {
    const hostile = [
      'a'.repeat(100_000),
      'läkare '.repeat(20_000),
      '<img src=x onerror=alert(1)>'.repeat(1000),
      '\u0000\uFFFF\uD800'.repeat(10_000),
      'e a s r t '.repeat(5000),
    ];
    for (const query of hostile) {
      const start = performance.now();
      const results = searchOccupations(index, query);
      // Generous for a busy 2-core machine; unbounded work would take seconds.
      expect(performance.now() - start, query.slice(0, 20)).toBeLessThan(500);
      expect(results.length).toBeLessThanOrEqual(10);
    }
  });
});
