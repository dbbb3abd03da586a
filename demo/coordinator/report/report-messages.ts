// The report's message bundle: Swedish bundled, English on demand (../shared/coordinator-bundle).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { ReportMessages } from './locales/sv.ts';
import { reportSv } from './locales/sv.ts';

export type { ReportMessages };

export const reportMessages = coordinatorBundle<ReportMessages>(
  reportSv,
  async () => (await import('./locales/en.ts')).reportEn,
);
