// The layout's own words, in each language a demo page can be in. A page's `lang` picks them
// (and the nav's labels, site-nav.ts); the direction comes with the language.

export const LAYOUT_TEXT = {
  en: {
    dir: 'ltr',
    skipLink: 'Skip to content',
    navLabel: 'Demo pages',
    footer:
      'Mentorkit demo. Every person, organisation and event on these pages is fictional demo data.',
  },
  ar: {
    dir: 'rtl',
    skipLink: 'انتقل إلى المحتوى',
    navLabel: 'صفحات العرض',
    footer: 'عرض Mentorkit التوضيحي. كل الأشخاص والمنظمات والفعاليات هنا خيالية.',
  },
} as const;

export type LayoutLanguage = keyof typeof LAYOUT_TEXT;

export function isLayoutLanguage(lang: string): lang is LayoutLanguage {
  return Object.hasOwn(LAYOUT_TEXT, lang);
}
