// The administration's message bundle: the shared people words (roles: ../people/locales/sv.ts)
// and its own; Swedish bundled, English on demand (shared/coordinator-bundle.ts).
import type { PeopleMessages } from '../people/locales/sv.ts';
import { peopleSv } from '../people/locales/sv.ts';
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { AdministrationOwnMessages } from './locales/administration-sv.ts';
import { administrationSv } from './locales/administration-sv.ts';

export type AdministrationMessages = PeopleMessages & AdministrationOwnMessages;

export const administrationMessages = coordinatorBundle<AdministrationMessages>(
  { ...peopleSv, ...administrationSv },
  async () => ({
    ...(await import('../people/locales/en.ts')).peopleEn,
    ...(await import('./locales/administration-en.ts')).administrationEn,
  }),
);
