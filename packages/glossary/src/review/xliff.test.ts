import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '@mentorkit/core';
import { applyReviews } from './reviews.ts';
import type { ReviewFile } from './reviews.ts';
import { glossaryToXliff } from './xliff-export.ts';
import { importXliffReviews } from './xliff-import.ts';
import type { XliffImportResult } from './xliff-import.ts';
import { MAX_XLIFF_CHARS } from './xliff-format.ts';

const NOW = new Date('2026-12-03T09:00:00Z');

const kollektivavtal: GlossaryTerm = {
  id: 'kollektivavtal',
  lemma: 'kollektivavtal',
  forms: ['kollektivavtalet'],
  partOfSpeech: 'noun',
  domain: 'unions',
  explanation: {
    sv: 'Ett avtal om lön och villkor mellan facket och arbetsgivarna.',
    en: 'An agreement on pay and conditions between unions and employers.',
  },
  translations: {
    ar: { text: 'اتفاقية جماعية', explanation: 'اتفاق بين النقابة وأصحاب العمل.', reviewed: false },
    uk: { text: 'колективний договір', reviewed: false },
  },
  example: 'Vi har kollektivavtal på jobbet.',
};
const skyddsombud: GlossaryTerm = {
  id: 'skyddsombud',
  lemma: 'skyddsombud',
  forms: [],
  partOfSpeech: 'noun',
  domain: 'safety',
  explanation: { sv: 'En person som bevakar arbetsmiljön.', en: 'A safety representative.' },
  translations: { ar: { text: 'ممثل السلامة', reviewed: false } },
};
const TERMS = [kollektivavtal, skyddsombud];

function importAr(text: string, current?: ReviewFile): XliffImportResult {
  return importXliffReviews(text, { terms: TERMS, current, expectedLanguage: 'ar', now: NOW });
}

function errorsOf(result: XliffImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map(({ unit, code }) => ({ unit, code }));
}

/** A reviewer's edit: the segments of `unit` marked reviewed, its term's target replaced. */
function review(xliff: string, unit: string, newTerm?: string): string {
  const start = xliff.indexOf(`<unit id="${unit}"`);
  const end = xliff.indexOf('</unit>', start);
  let body = xliff
    .slice(start, end)
    .replaceAll('state="translated" subState="mentorkit:machine-assisted"', 'state="reviewed"');
  if (newTerm) {
    body = body.replace(
      /(<segment id="term"[^>]*>\s*<source>[^<]*<\/source>\s*<target>)[^<]*/,
      `$1${newTerm}`,
    );
  }
  return xliff.slice(0, start) + body + xliff.slice(end);
}

describe('XLIFF 2.0 export', () => {
  it('writes one unit per term, every existing translation machine-assisted', () => {
    const xliff = glossaryToXliff(TERMS, 'ar');
    expect(xliff).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="ar">',
    );
    expect(xliff.match(/<unit /g)).toHaveLength(2);
    expect(xliff.match(/state="translated" subState="mentorkit:machine-assisted"/g)).toHaveLength(
      3,
    );
    expect(xliff).not.toContain('state="reviewed"');
    expect(xliff).toContain('<target>اتفاقية جماعية</target>');
  });

  it('offers a term without a translation as an initial segment with no target', () => {
    const xliff = glossaryToXliff([skyddsombud], 'uk');
    expect(xliff).toMatch(
      /<segment id="term" state="initial">\s*<source>skyddsombud<\/source>\s*<\/segment>/,
    );
  });

  it('escapes text that looks like markup', () => {
    const hostile = {
      ...skyddsombud,
      translations: { ar: { text: '<b>&"x"</b>', reviewed: false } },
    };
    expect(glossaryToXliff([hostile], 'ar')).toContain(
      '<target>&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</target>',
    );
  });
});

describe('XLIFF 2.0 review import', () => {
  it('round trip: export → review → import → export gives the reviewed file back', () => {
    const edited = review(glossaryToXliff(TERMS, 'ar'), 'kollektivavtal', 'الاتفاقية الجماعية');
    const result = importAr(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.summary).toEqual({
      language: 'ar',
      units: 2,
      reviewed: 1,
      corrected: 1,
      withdrawn: 0,
    });
    expect(glossaryToXliff(TERMS, 'ar', result.reviews)).toBe(edited);
    expect(result.reviews.terms['kollektivavtal']).toEqual({
      source: { term: 'kollektivavtal', explanation: kollektivavtal.explanation.sv },
      target: { term: 'الاتفاقية الجماعية', explanation: 'اتفاق بين النقابة وأصحاب العمل.' },
      reviewedOn: '2026-12-03',
    });
  });

  it('marks only the reviewed translation reviewed on the card, and only while its Swedish stands', () => {
    const result = importAr(review(glossaryToXliff(TERMS, 'ar'), 'kollektivavtal'));
    if (!result.ok) throw new Error('import failed');
    const [reviewed, other] = applyReviews(TERMS, { ar: result.reviews });
    expect(reviewed?.translations.ar?.reviewed).toBe(true);
    expect(reviewed?.translations.uk?.reviewed).toBe(false);
    expect(other?.translations.ar?.reviewed).toBe(false);
    const rewritten = {
      ...kollektivavtal,
      explanation: { ...kollektivavtal.explanation, sv: 'Nytt.' },
    };
    expect(applyReviews([rewritten], { ar: result.reviews })[0]?.translations.ar?.reviewed).toBe(
      false,
    );
  });

  it('keeps the first review date when the same review is imported again, and withdraws a review', () => {
    const first = importAr(review(glossaryToXliff(TERMS, 'ar'), 'kollektivavtal'));
    if (!first.ok) throw new Error('import failed');
    const older = {
      ...first.reviews,
      terms: {
        kollektivavtal: { ...first.reviews.terms['kollektivavtal']!, reviewedOn: '2026-01-01' },
      },
    };
    const again = importAr(glossaryToXliff(TERMS, 'ar', older), older);
    expect(again.ok && again.reviews.terms['kollektivavtal']?.reviewedOn).toBe('2026-01-01');
    const withdrawn = importAr(glossaryToXliff(TERMS, 'ar'), older);
    expect(withdrawn.ok && withdrawn.summary.withdrawn).toBe(1);
    expect(withdrawn.ok && Object.keys(withdrawn.reviews.terms)).toEqual([]);
  });

  it('is all or nothing, naming each unit and its problem', () => {
    let xliff = review(glossaryToXliff(TERMS, 'ar'), 'kollektivavtal');
    xliff = xliff.replace('<source>skyddsombud</source>', '<source>skyddsombudet</source>');
    xliff = xliff.replace(
      '</file>',
      '<unit id="okand"><segment id="term"><source>x</source></segment></unit>\n</file>',
    );
    const result = importAr(xliff);
    expect(errorsOf(result)).toEqual([
      { unit: 'skyddsombud', code: 'source-changed' },
      { unit: 'okand', code: 'unknown-unit' },
    ]);
    if (!result.ok) expect(result.errors[1]?.reason).toBe('No term has the id "okand".');
  });

  it('refuses a changed target that is not marked reviewed, a duplicate unit and a bad state', () => {
    const xliff = glossaryToXliff(TERMS, 'ar');
    expect(errorsOf(importAr(xliff.replace('اتفاقية جماعية', 'تغيير')))).toEqual([
      { unit: 'kollektivavtal', code: 'changed-unreviewed' },
    ]);
    const unit = xliff.slice(
      xliff.indexOf('<unit id="skyddsombud"'),
      xliff.lastIndexOf('</unit>') + 7,
    );
    expect(errorsOf(importAr(xliff.replace('</file>', `${unit}\n</file>`)))).toEqual([
      { unit: 'skyddsombud', code: 'duplicate-unit' },
    ]);
    expect(
      errorsOf(
        importAr(
          xliff
            .replace('state="initial"', 'x')
            .replace(/state="translated" subState="[^"]+"/, 'state="approved"'),
        ),
      ),
    ).toEqual([{ unit: 'kollektivavtal', code: 'invalid-state' }]);
  });

  it('refuses the wrong target language, in the file or in a target', () => {
    const uk = glossaryToXliff(TERMS, 'uk');
    expect(errorsOf(importAr(uk))).toEqual([{ unit: '', code: 'wrong-target-language' }]);
    const ar = review(glossaryToXliff(TERMS, 'ar'), 'skyddsombud').replace(
      '<target>ممثل السلامة',
      '<target xml:lang="fa">ممثل السلامة',
    );
    expect(errorsOf(importAr(ar))).toEqual([
      { unit: 'skyddsombud', code: 'wrong-target-language' },
    ]);
    expect(errorsOf(importAr(ar.replace('trgLang="ar"', 'trgLang="de"')))).toEqual([
      { unit: '', code: 'wrong-target-language' },
    ]);
  });

  it('refuses entities and DOCTYPEs (billion laughs) before parsing', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="ar"><file id="glossary"><unit id="skyddsombud"><segment id="term" state="reviewed"><source>skyddsombud</source><target>&lol2;</target></segment></unit></file></xliff>`;
    const result = importAr(laughs);
    expect(errorsOf(result)).toEqual([{ unit: '', code: 'unreadable' }]);
    if (!result.ok) expect(result.errors[0]?.line).toBe(2);
    // An entity that nothing declares is an error, not an expansion.
    const undeclared = review(glossaryToXliff(TERMS, 'ar'), 'skyddsombud').replace(
      'ممثل السلامة',
      '&xxe;',
    );
    expect(errorsOf(importAr(undeclared))).toEqual([{ unit: '', code: 'unreadable' }]);
  });

  it('refuses a file over the size limit without reading it', () => {
    const huge = glossaryToXliff(TERMS, 'ar') + ' '.repeat(MAX_XLIFF_CHARS);
    const result = importAr(huge);
    expect(errorsOf(result)).toEqual([{ unit: '', code: 'unreadable' }]);
    if (!result.ok) expect(result.errors[0]?.reason).toMatch(/larger than/);
  });

  it('keeps script in text as text, and refuses markup inside a target', () => {
    const escaped = review(
      glossaryToXliff(TERMS, 'ar'),
      'skyddsombud',
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    const result = importAr(escaped);
    expect(result.ok && result.reviews.terms['skyddsombud']?.target.term).toBe(
      '<img src=x onerror=alert(1)>',
    );
    const element = review(
      glossaryToXliff(TERMS, 'ar'),
      'skyddsombud',
      '<script>alert(1)</script>',
    );
    expect(errorsOf(importAr(element))).toEqual([{ unit: 'skyddsombud', code: 'markup-in-text' }]);
  });

  it('refuses what is not XLIFF 2.0 or not well formed, and a reviewed segment without target', () => {
    expect(errorsOf(importAr('<xliff version="1.2"/>'))).toEqual([{ unit: '', code: 'not-xliff' }]);
    expect(errorsOf(importAr('<xliff'))).toEqual([{ unit: '', code: 'unreadable' }]);
    const empty = review(glossaryToXliff(TERMS, 'ar'), 'skyddsombud').replace(
      '<target>ممثل السلامة</target>',
      '<target> </target>',
    );
    expect(errorsOf(importAr(empty))).toEqual([{ unit: 'skyddsombud', code: 'missing-target' }]);
    const long = review(glossaryToXliff(TERMS, 'ar'), 'skyddsombud', 'x'.repeat(500));
    expect(errorsOf(importAr(long))).toEqual([{ unit: 'skyddsombud', code: 'invalid-text' }]);
  });
});
