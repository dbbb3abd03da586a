// Which of the glossary's translations a reader of `lang` gets: Arabic, Persian, Dari, Somali,
// Tigrinya and Ukrainian have one; Swedish readers get the Swedish and English ones the English.
import { GLOSSARY_TRANSLATION_LOCALES } from '@mentorkit/core';
import type { GlossaryTranslationLocale } from '@mentorkit/core';
import type { Locale } from '@mentorkit/core/i18n';

export function translationLocale(lang: Locale): GlossaryTranslationLocale | undefined {
  return (GLOSSARY_TRANSLATION_LOCALES as readonly string[]).includes(lang)
    ? (lang as GlossaryTranslationLocale)
    : undefined;
}
