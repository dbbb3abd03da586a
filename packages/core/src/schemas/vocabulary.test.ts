import { describe, expect, it } from 'vitest';
import { IdentifierSchema, WebUrlSchema } from './common.ts';
import { TEXT_LIMITS, isIdentifier, isWebUrl } from './vocabulary.ts';

// The predicates are for widgets that must not load zod at first render; they must accept
// exactly what the schemas accept.
describe('the zod-free predicates are the schemas', () => {
  it('isWebUrl keeps the length limit', () => {
    expect(isWebUrl(`https://a.example/${'p'.repeat(TEXT_LIMITS.url - 18)}`)).toBe(true);
    expect(isWebUrl(`https://a.example/${'p'.repeat(TEXT_LIMITS.url - 17)}`)).toBe(false);
  });

  it('isIdentifier is IdentifierSchema', () => {
    const samples = [
      'stockholm-2026',
      'a',
      'A.b_c:d@e-f',
      '9lives',
      '',
      'two words',
      '-leading',
      '.dot',
      'åäö',
      'x/y',
      'x\n',
      'x'.repeat(128),
      'x'.repeat(129),
    ];
    for (const sample of samples) {
      expect(isIdentifier(sample), sample).toBe(IdentifierSchema.safeParse(sample).success);
    }
    expect(isIdentifier('two words')).toBe(false);
    expect(isIdentifier('x'.repeat(128))).toBe(true);
  });

  it('isWebUrl is WebUrlSchema', () => {
    const long = `https://partner.example/${'p'.repeat(2048)}`;
    const samples = [
      'https://partner.example/integritet',
      'http://localhost:8000/privacy?lang=sv#top',
      'https://xn--rksmrgs-5wao1o.example/',
      'https://user:pass@partner.example/',
      'https://[::1]/privacy',
      'https://partner.example/a%20b',
      'HTTPS://partner.example/',
      'https:partner.example',
      'https:/partner.example',
      'https:///partner.example',
      'https://',
      'https://exa mple.com',
      ' https://partner.example/',
      'https://partner.example/ ',
      'https://partner.example/\t',
      'https://partner.\texample/\n',
      '\nhttps://partner.example/',
      'https://partner.example/\u00a0',
      '\u00a0https://partner.example/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://partner.example/',
      'mailto:dpo@partner.example',
      '/privacy',
      '',
      'https://partner.example:99999/',
      'https://exa%20mple.com/',
      long.slice(0, 2048),
      long.slice(0, 2049),
    ];
    for (const sample of samples) {
      expect(isWebUrl(sample), sample).toBe(WebUrlSchema.safeParse(sample).success);
    }
    expect(isWebUrl('https://partner.example/integritet')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
  });
});
