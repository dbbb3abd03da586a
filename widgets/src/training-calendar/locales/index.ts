/** `<mk-training-calendar>`'s messages: Swedish bundled, the other languages one chunk each. */
import type { MessageBundle } from '../../locales/index.ts';
import { calendarSv } from './sv.ts';
import type { CalendarMessages } from './sv.ts';

export const calendarMessages: MessageBundle<CalendarMessages> = {
  sv: calendarSv,
  lazy: {
    en: async () => (await import('./en.ts')).calendarEn,
    ar: async () => (await import('./ar.ts')).calendarAr,
    fa: async () => (await import('./fa.ts')).calendarFa,
    prs: async () => (await import('./prs.ts')).calendarPrs,
    so: async () => (await import('./so.ts')).calendarSo,
    ti: async () => (await import('./ti.ts')).calendarTi,
    uk: async () => (await import('./uk.ts')).calendarUk,
  },
};
