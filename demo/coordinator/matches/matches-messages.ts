// The message bundle of <mk-proposal>, <mk-matches> and <mk-shared-sessions>: the people words
// (roles, match statuses, goals, times, ways of meeting: ../people/locales/sv.ts) and their own
// (./locales/sv.ts), Swedish bundled and English on demand.
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { PeopleMessages } from '../people/locales/sv.ts';
import { peopleSv } from '../people/locales/sv.ts';
import type { MatchesMessages } from './locales/sv.ts';
import { matchesSv } from './locales/sv.ts';

export type MatchesBundle = PeopleMessages & MatchesMessages;

export const matchesMessages = coordinatorBundle<MatchesBundle>(
  { ...peopleSv, ...matchesSv },
  async () => ({
    ...(await import('../people/locales/en.ts')).peopleEn,
    ...(await import('./locales/en.ts')).matchesEn,
  }),
);
