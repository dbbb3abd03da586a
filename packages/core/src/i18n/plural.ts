/** Plural forms through `Intl.PluralRules`, so each catalogue gets its language's categories. */
import { intlLocaleFor } from './locales.ts';
import type { Locale } from './locales.ts';
import { memoised } from './memo.ts';

const rules = new Map<string, Intl.PluralRules>();

export type PluralCategory = Intl.LDMLPluralRule;

/** The forms a message offers: `other` is required, the rest as the language needs them. */
export type PluralForms = Readonly<Partial<Record<PluralCategory, string>> & { other: string }>;

/** The CLDR plural category of `count` in `locale` (`one`, `few`, … Arabic uses all six). */
export function pluralCategory(locale: Locale, count: number): PluralCategory {
  const tag = intlLocaleFor(locale, Intl.PluralRules);
  return memoised(rules, tag, undefined, () => new Intl.PluralRules(tag)).select(count);
}

/** Picks the form for `count`, using `other` where the message gives no specific form. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
