import { describe, expect, it } from 'vitest';
import { invalidFieldPaths } from './field-path.ts';
import { GlossaryTermSchema } from './glossary-term.ts';
import type { GlossaryTerm } from './glossary-term.ts';

const term: GlossaryTerm = {
  id: 'kollektivavtal',
  lemma: 'kollektivavtal',
  forms: ['kollektivavtalet', 'kollektivavtalen', 'kollektivavtals'],
  partOfSpeech: 'noun',
  domain: 'unions',
  explanation: {
    sv: 'Ett avtal mellan fackförbund och arbetsgivare. Det bestämmer till exempel lön och semester.',
    en: 'An agreement between a union and employers that sets pay, hours and other terms.',
  },
  translations: {
    ar: { text: 'اتفاقية جماعية', reviewed: true },
    uk: {
      text: 'колективний договір',
      explanation: 'Угода між профспілкою та роботодавцями про зарплату та умови праці.',
      reviewed: false,
    },
  },
  example: 'Vi har kollektivavtal på jobbet.',
  related: ['fackforbund', 'lon'],
  source: 'https://www.example.org/ordlista/kollektivavtal',
};

function pathsOf(input: unknown): string[] {
  const result = GlossaryTermSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return invalidFieldPaths(result.error);
}

describe('GlossaryTermSchema', () => {
  it('accepts a term with some translations', () => {
    expect(GlossaryTermSchema.parse(term)).toEqual(term);
  });

  it('rejects a translation into a language we do not translate into', () => {
    const translations = { ...term.translations, de: { text: 'Tarifvertrag', reviewed: true } };
    expect(pathsOf({ ...term, translations })).toEqual(['translations']);
  });

  it('rejects a translation without its reviewed flag', () => {
    const translations = { fa: { text: 'قرارداد جمعی' } };
    expect(pathsOf({ ...term, translations })).toEqual(['translations.fa.reviewed']);
  });

  it('rejects an empty or oversized translated explanation', () => {
    const empty = { uk: { text: 'колективний договір', explanation: '  ', reviewed: false } };
    expect(pathsOf({ ...term, translations: empty })).toEqual(['translations.uk.explanation']);
    const huge = {
      uk: { text: 'колективний договір', explanation: 'x'.repeat(1001), reviewed: false },
    };
    expect(pathsOf({ ...term, translations: huge })).toEqual(['translations.uk.explanation']);
    const longTerm = { uk: { text: 'x'.repeat(201), reviewed: false } };
    expect(pathsOf({ ...term, translations: longTerm })).toEqual(['translations.uk.text']);
  });

  it('rejects an unknown domain, a missing explanation and a javascript: source', () => {
    expect(pathsOf({ ...term, domain: 'astrology' })).toEqual(['domain']);
    expect(pathsOf({ ...term, explanation: { en: term.explanation.en } })).toEqual([
      'explanation.sv',
    ]);
    expect(pathsOf({ ...term, source: 'javascript:alert(1)' })).toEqual(['source']);
  });
});
