// <mk-feeds>' message bundle: the words it shares with <mk-trainings> (the programme choice,
// Keep it, a failed action: ../trainings/locales/common-sv.ts) and its own.
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { CommonMessages } from '../trainings/locales/common-sv.ts';
import { commonSv } from '../trainings/locales/common-sv.ts';
import type { FeedsOwnMessages } from './locales/sv.ts';
import { feedsSv } from './locales/sv.ts';

export type FeedsMessages = CommonMessages & FeedsOwnMessages;

export const feedsMessages = coordinatorBundle<FeedsMessages>(
  { ...commonSv, ...feedsSv },
  async () => ({
    ...(await import('../trainings/locales/common-en.ts')).commonEn,
    ...(await import('./locales/en.ts')).feedsEn,
  }),
);
