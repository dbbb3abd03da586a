/** `<mk-signup-form>`'s messages: Swedish bundled, the other languages one chunk each. */
import type { MessageBundle } from '../../locales/index.ts';
import { signupSv } from './sv.ts';
import type { SignupMessages } from './sv.ts';

export const signupMessages: MessageBundle<SignupMessages> = {
  sv: signupSv,
  lazy: {
    en: async () => (await import('./en.ts')).signupEn,
    ar: async () => (await import('./ar.ts')).signupAr,
    fa: async () => (await import('./fa.ts')).signupFa,
    prs: async () => (await import('./prs.ts')).signupPrs,
    so: async () => (await import('./so.ts')).signupSo,
    ti: async () => (await import('./ti.ts')).signupTi,
    uk: async () => (await import('./uk.ts')).signupUk,
  },
};
