// The people list's message bundle: the shared people words (statuses, roles: ./locales/sv.ts)
// and the list's own (./locales/list-sv.ts).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { PeopleListMessages } from './locales/list-sv.ts';
import { peopleListSv } from './locales/list-sv.ts';
import type { PeopleMessages } from './locales/sv.ts';
import { peopleSv } from './locales/sv.ts';

export type ListMessages = PeopleMessages & PeopleListMessages;

export const peopleListMessages = coordinatorBundle<ListMessages>(
  { ...peopleSv, ...peopleListSv },
  async () => ({
    ...(await import('./locales/en.ts')).peopleEn,
    ...(await import('./locales/list-en.ts')).peopleListEn,
  }),
);
