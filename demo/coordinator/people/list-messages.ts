// The people list's message bundle for the widgets' LocalizeController: the shared people words
// (statuses, roles: ./locales/sv.ts) and the list's own (./locales/list-sv.ts). The coordinator
// speaks Swedish and English only; the widgets' other languages get the English words, which
// is also the controller's fallback.
import type { MessageBundle } from '@mentorkit/widgets/shared';
import type { PeopleListMessages } from './locales/list-sv.ts';
import { peopleListSv } from './locales/list-sv.ts';
import type { PeopleMessages } from './locales/sv.ts';
import { peopleSv } from './locales/sv.ts';

export type ListMessages = PeopleMessages & PeopleListMessages;

const english = async () => ({
  ...(await import('./locales/en.ts')).peopleEn,
  ...(await import('./locales/list-en.ts')).peopleListEn,
});

export const peopleListMessages: MessageBundle<ListMessages> = {
  sv: { ...peopleSv, ...peopleListSv },
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
