// The coordinator's language before anyone chooses: the stored choice, else the browser's
// Swedish or English, else Swedish (docs/decisions/0031).
import { describe, expect, it } from 'vitest';
import { initialLanguage } from './language-switch.ts';

describe('the coordinator page’s first language', () => {
  it('is the stored choice when there is one', () => {
    expect(initialLanguage('en', ['sv-SE'])).toBe('en');
    expect(initialLanguage('sv', ['en-GB'])).toBe('sv');
  });

  it('is the first of Swedish and English the browser asks for', () => {
    expect(initialLanguage(null, ['en-US', 'sv'])).toBe('en');
    expect(initialLanguage(null, ['de-DE', 'sv-FI', 'en'])).toBe('sv');
    expect(initialLanguage('fr', ['EN'])).toBe('en');
  });

  it('is Swedish when the browser asks for neither', () => {
    expect(initialLanguage(null, ['ar', 'fa-IR'])).toBe('sv');
    expect(initialLanguage(null, [])).toBe('sv');
  });
});
