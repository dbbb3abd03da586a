/**
 * The messages of the fields matching needs: Swedish with checks.ts (which registers this
 * bundle when it arrives), the other languages one chunk each, like every bundle.
 */
import type { MessageBundle } from '../../locales/index.ts';
import { signupMatchingSv } from './sv.ts';
import type { SignupMatchingMessages } from './sv.ts';

export const signupMatchingMessages: MessageBundle<SignupMatchingMessages> = {
  sv: signupMatchingSv,
  lazy: {
    en: async () => (await import('./en.ts')).signupMatchingEn,
    ar: async () => (await import('./ar.ts')).signupMatchingAr,
    fa: async () => (await import('./fa.ts')).signupMatchingFa,
    prs: async () => (await import('./prs.ts')).signupMatchingPrs,
    so: async () => (await import('./so.ts')).signupMatchingSo,
    ti: async () => (await import('./ti.ts')).signupMatchingTi,
    uk: async () => (await import('./uk.ts')).signupMatchingUk,
  },
};
