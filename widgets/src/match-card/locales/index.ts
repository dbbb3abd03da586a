/** `<mk-match-card>`'s messages: Swedish bundled, the other languages one chunk each. */
import type { MessageBundle } from '../../locales/index.ts';
import { matchCardSv } from './sv.ts';
import type { MatchCardMessages } from './sv.ts';

export const matchMessages: MessageBundle<MatchCardMessages> = {
  sv: matchCardSv,
  lazy: {
    en: async () => (await import('./en.ts')).matchCardEn,
    ar: async () => (await import('./ar.ts')).matchCardAr,
    fa: async () => (await import('./fa.ts')).matchCardFa,
    prs: async () => (await import('./prs.ts')).matchCardPrs,
    so: async () => (await import('./so.ts')).matchCardSo,
    ti: async () => (await import('./ti.ts')).matchCardTi,
    uk: async () => (await import('./uk.ts')).matchCardUk,
  },
};
