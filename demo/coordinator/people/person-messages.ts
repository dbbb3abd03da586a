// The person view's message bundle: the shared people words (statuses, roles, levels, goals:
// ./locales/sv.ts) and the view's own (./locales/person-sv.ts).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { PersonMessages } from './locales/person-sv.ts';
import { personSv } from './locales/person-sv.ts';
import type { PeopleMessages } from './locales/sv.ts';
import { peopleSv } from './locales/sv.ts';

export type PersonViewMessages = PeopleMessages & PersonMessages;

export const personViewMessages = coordinatorBundle<PersonViewMessages>(
  { ...peopleSv, ...personSv },
  async () => ({
    ...(await import('./locales/en.ts')).peopleEn,
    ...(await import('./locales/person-en.ts')).personEn,
  }),
);
