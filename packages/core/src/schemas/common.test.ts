import { describe, expect, it } from 'vitest';
import {
  IsoDateTimeSchema,
  LanguageSkillSchema,
  PhoneSchema,
  TEXT_LIMITS,
  TimeZoneSchema,
  WebUrlSchema,
  boundedText,
} from './common.ts';

describe('WebUrlSchema', () => {
  it.each(['https://example.org/privacy', 'http://localhost:5173/signup?x=1#top'])(
    'accepts %s',
    (url) => {
      expect(WebUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    '//example.org/no-scheme',
    'https://',
    'not a url',
  ])('rejects %s', (url) => {
    expect(WebUrlSchema.safeParse(url).success).toBe(false);
  });

  it('rejects a URL longer than the limit', () => {
    const url = `https://example.org/${'a'.repeat(TEXT_LIMITS.url)}`;
    expect(WebUrlSchema.safeParse(url).success).toBe(false);
  });
});

describe('boundedText', () => {
  const schema = boundedText(10);

  it('accepts text up to the limit', () => {
    expect(schema.safeParse('0123456789').success).toBe(true);
  });

  it('rejects empty, blank and overlong text', () => {
    expect(schema.safeParse('').success).toBe(false);
    expect(schema.safeParse('   \n').success).toBe(false);
    expect(schema.safeParse('01234567890').success).toBe(false);
  });
});

describe('IsoDateTimeSchema', () => {
  it('accepts UTC and offset date-times', () => {
    expect(IsoDateTimeSchema.safeParse('2025-03-01T10:00:00Z').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2025-03-01T10:00:00.123+01:00').success).toBe(true);
  });

  it('rejects local times, dates and impossible dates', () => {
    expect(IsoDateTimeSchema.safeParse('2025-03-01T10:00:00').success).toBe(false);
    expect(IsoDateTimeSchema.safeParse('2025-03-01').success).toBe(false);
    expect(IsoDateTimeSchema.safeParse('2025-02-30T10:00:00Z').success).toBe(false);
  });
});

describe('small formats', () => {
  it('accepts phone numbers as people write them', () => {
    for (const phone of ['070-123 45 67', '+46 70 123 45 67', '(08) 123 456']) {
      expect(PhoneSchema.safeParse(phone).success, phone).toBe(true);
    }
    expect(PhoneSchema.safeParse('call me').success).toBe(false);
  });

  it('accepts IANA zones only', () => {
    expect(TimeZoneSchema.safeParse('Europe/Stockholm').success).toBe(true);
    expect(TimeZoneSchema.safeParse('America/Argentina/Buenos_Aires').success).toBe(true);
    expect(TimeZoneSchema.safeParse('W. Europe Standard Time').success).toBe(false);
  });

  it('takes a language skill as a BCP 47 code and a CEFR level or native', () => {
    expect(LanguageSkillSchema.safeParse({ code: 'prs', level: 'native' }).success).toBe(true);
    expect(LanguageSkillSchema.safeParse({ code: 'sv', level: 'B1' }).success).toBe(true);
    expect(LanguageSkillSchema.safeParse({ code: 'sv', level: 'B3' }).success).toBe(false);
    expect(LanguageSkillSchema.safeParse({ code: 'Swedish', level: 'B1' }).success).toBe(false);
  });
});
