/** `<mk-follow-up>`'s messages: Swedish bundled, the other languages one chunk each. */
import type { MessageBundle } from '../../locales/index.ts';
import { followUpSv } from './sv.ts';
import type { FollowUpMessages } from './sv.ts';

export const followUpMessages: MessageBundle<FollowUpMessages> = {
  sv: followUpSv,
  lazy: {
    en: async () => (await import('./en.ts')).followUpEn,
    ar: async () => (await import('./ar.ts')).followUpAr,
    fa: async () => (await import('./fa.ts')).followUpFa,
    prs: async () => (await import('./prs.ts')).followUpPrs,
    so: async () => (await import('./so.ts')).followUpSo,
    ti: async () => (await import('./ti.ts')).followUpTi,
    uk: async () => (await import('./uk.ts')).followUpUk,
  },
};
