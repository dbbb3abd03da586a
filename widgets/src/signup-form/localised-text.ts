/** A partner's localised text, kept apart from questions.ts (and its zod) for the first render. */
import type { Locale } from '@mentorkit/core';
import type { LocalisedText } from './questions.ts';

/** `text` in `locale`, else English, else Swedish, else the first given. */
export function localisedText(text: LocalisedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? text.sv ?? Object.values(text).find(Boolean) ?? '';
}
