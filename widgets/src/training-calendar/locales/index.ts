/** `<mk-training-calendar>`'s messages: Swedish and English bundled, the other languages one chunk each. */
import type { MessageBundle } from '../../locales/index.ts';
import { calendarSv } from './sv.ts';
import type { CalendarMessages } from './sv.ts';
import { calendarEn } from './en.ts';

export const calendarMessages: MessageBundle<CalendarMessages> = {
  sv: calendarSv,
  en: calendarEn,
  lazy: {
    ar: async () => (await import('./ar.ts')).calendarAr,
    fa: async () => (await import('./fa.ts')).calendarFa,
    prs: async () => (await import('./prs.ts')).calendarPrs,
    so: async () => (await import('./so.ts')).calendarSo,
    ti: async () => (await import('./ti.ts')).calendarTi,
    uk: async () => (await import('./uk.ts')).calendarUk,
  },
};
