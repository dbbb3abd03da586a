// The administration's message bundle: Swedish bundled, English on demand
// (shared/coordinator-bundle.ts).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { AdministrationMessages } from './locales/administration-sv.ts';
import { administrationSv } from './locales/administration-sv.ts';

export type { AdministrationMessages };

export const administrationMessages = coordinatorBundle<AdministrationMessages>(
  administrationSv,
  async () => (await import('./locales/administration-en.ts')).administrationEn,
);
