import { describe, expect, it } from 'vitest';
import { WebUrlSchema } from './common.ts';
import { WEB_URL_MAX_LENGTH, isWebUrl, webHref } from './web-url.ts';

// isWebUrl is for widgets that must not load zod at first render; it must accept exactly what
// the schema accepts.
describe('isWebUrl', () => {
  it('keeps the length limit', () => {
    expect(isWebUrl(`https://a.example/${'p'.repeat(WEB_URL_MAX_LENGTH - 18)}`)).toBe(true);
    expect(isWebUrl(`https://a.example/${'p'.repeat(WEB_URL_MAX_LENGTH - 17)}`)).toBe(false);
  });

  it('accepts what WebUrlSchema accepts', () => {
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

describe('webHref', () => {
  const page = 'https://partner.example/mentors/';

  it('resolves a relative address against the page and keeps only web addresses', () => {
    expect(webHref('anmal?id=1', page)).toBe('https://partner.example/mentors/anmal?id=1');
    expect(webHref('/integritet', page)).toBe('https://partner.example/integritet');
    expect(webHref('HTTPS://Partner.example', page)).toBe('https://partner.example/');
    expect(webHref(' https://meet.example.org/abc ')).toBe('https://meet.example.org/abc');
  });

  it('gives nothing for other schemes, a relative address without a page, or an overlong one', () => {
    for (const unsafe of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:dpo@partner.example',
      'ftp://partner.example/',
    ]) {
      expect(webHref(unsafe, page), unsafe).toBeUndefined();
    }
    expect(webHref('/integritet')).toBeUndefined();
    expect(webHref(`https://a.example/${'p'.repeat(WEB_URL_MAX_LENGTH)}`)).toBeUndefined();
  });
});
