// <mk-trainings>' message bundle: the shared people words (repeat rules: ../people/locales),
// the training statuses the person view also shows (the same messages, not a copy), the
// programme choice's words and the list's own.
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import { personSv } from '../people/locales/person-sv.ts';
import type { PeopleMessages } from '../people/locales/sv.ts';
import { peopleSv } from '../people/locales/sv.ts';
import type { CommonMessages } from './locales/common-sv.ts';
import { commonSv } from './locales/common-sv.ts';
import type { TrainingsOwnMessages } from './locales/sv.ts';
import { trainingsSv } from './locales/sv.ts';

export type TrainingsMessages = PeopleMessages &
  CommonMessages &
  TrainingsOwnMessages & { personTrainingStatus: (typeof personSv)['personTrainingStatus'] };

export const trainingsMessages = coordinatorBundle<TrainingsMessages>(
  {
    ...peopleSv,
    ...commonSv,
    ...trainingsSv,
    personTrainingStatus: personSv.personTrainingStatus,
  },
  async () => ({
    ...(await import('../people/locales/en.ts')).peopleEn,
    ...(await import('./locales/common-en.ts')).commonEn,
    ...(await import('./locales/en.ts')).trainingsEn,
    personTrainingStatus: (await import('../people/locales/person-en.ts')).personEn
      .personTrainingStatus,
  }),
);
