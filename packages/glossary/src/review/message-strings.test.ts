// Issue 21: the widgets' messages with parameters go to translators as XLIFF 2.0 <ph/>
// placeholders, plural ones one segment per plural category of the target language; an import
// that drops or invents a placeholder is refused by name, and nothing is written (all or nothing).
import { describe, expect, it } from 'vitest';
import { plural, selectMessage } from '@mentorkit/core/i18n';
import { messageStrings, parameterNamesOf, pluralSamples } from './message-strings.ts';
import type { StringCatalogue, StringsImportResult } from './xliff-strings.ts';
import { importStringsXliff, parameterToken, stringsToXliff } from './xliff-strings.ts';

const NOW = new Date('2026-12-03T09:00:00Z');

// Shaped as the widgets' catalogues are (widgets/src/glossary/locales/sv.ts and ar.ts).
const sv = {
  glossaryExample: 'Exempel',
  glossaryResults: ({ count }: { count: number }): string =>
    plural('sv', count, { one: `${count} ord hittades`, other: `${count} ord hittades` }),
  glossaryNoResults: ({ query }: { query: string }): string => `Inga ord hittades för ”${query}”.`,
  matchRole: ({ role }: { role: string }): string => (role === 'mentor' ? 'Mentor' : 'Adept'),
  // Shaped as core's goal words are (packages/core/src/schemas/goal-words/).
  goalName: selectMessage('goal', { cv: 'CV', network: 'Professionellt nätverk' }),
};
const ar = {
  glossaryExample: 'مثال',
  glossaryResults: ({ count }: { count: number }): string =>
    plural('ar', count, {
      zero: 'لم يُعثر على أي كلمة',
      one: 'عُثر على كلمة واحدة',
      two: 'عُثر على كلمتين',
      few: `عُثر على ${count} كلمات`,
      many: `عُثر على ${count} كلمة`,
      other: `عُثر على ${count} كلمة`,
    }),
  glossaryNoResults: ({ query }: { query: string }): string => `لا توجد كلمات لـ «${query}».`,
  matchRole: ({ role }: { role: string }): string => (role === 'mentor' ? 'مرشد' : 'متدرب'),
  goalName: selectMessage('goal', { cv: 'السيرة الذاتية', network: 'شبكة مهنية' }),
};

const strings = messageStrings(sv, ar, 'ar');
const catalogue: StringCatalogue = {
  id: 'widgets:glossary',
  source: strings.source,
  target: strings.target,
  writable: false,
};

function importAr(text: string): StringsImportResult {
  return importStringsXliff(text, {
    catalogues: [catalogue],
    languages: ['ar'],
    expectedLanguage: 'ar',
    now: NOW,
  });
}

/** A reviewer marks one segment reviewed, with `target` as the new inner XML if given. */
function review(xliff: string, unit: string, segment: string, target?: string): string {
  const start = xliff.indexOf(`<segment id="${segment}"`, xliff.indexOf(`<unit id="${unit}">`));
  const end = xliff.indexOf('</segment>', start);
  let body = xliff
    .slice(start, end)
    .replace('state="translated" subState="mentorkit:machine-assisted"', 'state="reviewed"');
  if (target !== undefined)
    body = body.replace(/<target>.*<\/target>/, `<target>${target}</target>`);
  return xliff.slice(0, start) + body + xliff.slice(end);
}

describe('the widgets’ messages with parameters', () => {
  it('reads the parameters a message takes, and one number per plural category', () => {
    expect(parameterNamesOf(sv.glossaryResults)).toEqual(['count']);
    expect(parameterNamesOf(({ a, b = 2 }: { a: number; b?: number }) => `${a}${b}`)).toEqual([
      'a',
      'b',
    ]);
    expect([...pluralSamples('ar').keys()].sort()).toEqual(
      ['few', 'many', 'one', 'other', 'two', 'zero'].sort(),
    );
    expect([...pluralSamples('sv').keys()].sort()).toEqual(['one', 'other']);
  });

  it('render as text with placeholders, a plural one per category of the target language', () => {
    const count = parameterToken('count');
    expect(strings.source.glossaryNoResults).toBe(
      `Inga ord hittades för ”${parameterToken('query')}”.`,
    );
    expect(strings.target['glossaryResults#few']).toBe(`عُثر على ${count} كلمات`);
    expect(strings.source['glossaryResults#few']).toBe(`${count} ord hittades`);
    expect(strings.target['glossaryResults#one']).toBe('عُثر على كلمة واحدة');
    expect(
      Object.keys(strings.source).filter((key) => key.startsWith('glossaryResults#')),
    ).toHaveLength(6);
    // A choice written as a function is no placeholder: left out and named.
    expect(strings.skipped).toEqual(['matchRole']);
  });

  it('give a choice made with selectMessage one plain segment per choice', () => {
    expect(strings.source['goalName#network']).toBe('Professionellt nätverk');
    expect(strings.target['goalName#network']).toBe('شبكة مهنية');
    expect(strings.target['goalName#cv']).toBe('السيرة الذاتية');
    expect(Object.keys(strings.source).filter((key) => key.startsWith('goalName'))).toEqual([
      'goalName#cv',
      'goalName#network',
    ]);
    const xliff = stringsToXliff([catalogue], 'ar');
    expect(xliff).toContain('<source>Professionellt nätverk</source>');
  });

  it('are exported as <ph/> with the parameter in <originalData>, source and target alike', () => {
    const xliff = stringsToXliff([catalogue], 'ar');
    expect(xliff).toContain('<data id="query">{query}</data>');
    expect(xliff).toContain(
      '<source>Inga ord hittades för ”<ph id="text.query.1" dataRef="query" disp="{query}" canDelete="no"/>”.</source>',
    );
    expect(xliff).toContain(
      '<target>عُثر على <ph id="few.count.1" dataRef="count" disp="{count}" canDelete="no"/> كلمات</target>',
    );
    expect(xliff).not.toContain('\uE000');
  });

  it('round trip: export → review with the placeholders kept → import → export says reviewed', () => {
    let xliff = stringsToXliff([catalogue], 'ar');
    xliff = review(xliff, 'glossaryNoResults', 'text');
    xliff = review(xliff, 'glossaryResults', 'few');
    xliff = review(xliff, 'glossaryResults', 'one');
    const result = importAr(xliff);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.summary.reviewed).toBe(3);
    expect(result.reviews.files['widgets:glossary']?.['glossaryResults#few']?.target).toBe(
      strings.target['glossaryResults#few'],
    );
    const again = stringsToXliff([catalogue], 'ar', result.reviews);
    expect(again).toBe(xliff);
  });

  it('refuses a text that drops or invents a placeholder, naming it, and imports nothing', () => {
    const xliff = stringsToXliff([catalogue], 'ar');
    // The reviewer typed the number instead of keeping the placeholder, in one segment…
    let edited = review(xliff, 'glossaryResults', 'few', 'عُثر على 5 كلمات');
    // …and added a placeholder the Swedish does not have in another…
    edited = review(
      edited,
      'glossaryNoResults',
      'text',
      'لا توجد كلمات لـ «<ph id="text.query.1" dataRef="query"/>» <ph id="x" dataRef="count"/>.',
    );
    // …while a third segment is right: all or nothing, so it is not imported either.
    edited = review(edited, 'glossaryResults', 'one');
    const result = importAr(edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ unit, code, reason }) => ({ unit, code, reason }))).toEqual([
      {
        unit: 'widgets:glossary/glossaryResults#few',
        code: 'placeholder-mismatch',
        reason: 'The text drops {count}: keep exactly the placeholders of the Swedish ({count}).',
      },
      {
        unit: 'widgets:glossary/glossaryNoResults',
        code: 'placeholder-mismatch',
        reason:
          'The text adds {count}, which the Swedish does not have: keep exactly the placeholders of the Swedish ({query}).',
      },
    ]);
  });

  it('refuses other markup and a segment that is not the message’s', () => {
    const xliff = stringsToXliff([catalogue], 'ar');
    const bold = review(
      xliff,
      'glossaryNoResults',
      'text',
      '<pc id="1">لا</pc> «<ph id="text.query.1" dataRef="query"/>»',
    );
    const result = importAr(bold);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['markup-in-text']);
    const renamed = xliff.replace('<segment id="few"', '<segment id="several"');
    const unknown = importAr(renamed);
    expect(unknown.ok ? [] : unknown.errors.map((error) => error.code)).toEqual([
      'unknown-segment',
    ]);
  });
});
