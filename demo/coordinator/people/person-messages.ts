// The person view's message bundle for the widgets' LocalizeController: the shared people words
// (statuses, roles, levels, goals: ./locales/sv.ts) and the view's own (./locales/person-sv.ts).
// The coordinator speaks Swedish and English only; the widgets' other languages get the English
// words, which is also the controller's fallback.
import type { MessageBundle } from '@mentorkit/widgets/shared';
import type { PersonMessages } from './locales/person-sv.ts';
import { personSv } from './locales/person-sv.ts';
import type { PeopleMessages } from './locales/sv.ts';
import { peopleSv } from './locales/sv.ts';

export type PersonViewMessages = PeopleMessages & PersonMessages;

const english = async () => ({
  ...(await import('./locales/en.ts')).peopleEn,
  ...(await import('./locales/person-en.ts')).personEn,
});

export const personViewMessages: MessageBundle<PersonViewMessages> = {
  sv: { ...peopleSv, ...personSv },
  lazy: {
    en: english,
    ar: english,
    fa: english,
    prs: english,
    so: english,
    ti: english,
    uk: english,
  },
};
