/** `<mk-glossary>`'s messages: Swedish bundled, the other languages one chunk each. */
import type { MessageBundle } from '../../locales/index.ts';
import { glossarySv } from './sv.ts';
import type { GlossaryMessages } from './sv.ts';

export const glossaryMessages: MessageBundle<GlossaryMessages> = {
  sv: glossarySv,
  lazy: {
    en: async () => (await import('./en.ts')).glossaryEn,
    ar: async () => (await import('./ar.ts')).glossaryAr,
    fa: async () => (await import('./fa.ts')).glossaryFa,
    prs: async () => (await import('./prs.ts')).glossaryPrs,
    so: async () => (await import('./so.ts')).glossarySo,
    ti: async () => (await import('./ti.ts')).glossaryTi,
    uk: async () => (await import('./uk.ts')).glossaryUk,
  },
};
