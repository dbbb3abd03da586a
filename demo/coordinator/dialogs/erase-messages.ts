// The erase dialog's message bundle: Swedish bundled, English on demand.
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { EraseMessages } from './locales/erase-sv.ts';
import { eraseSv } from './locales/erase-sv.ts';

export const eraseMessages = coordinatorBundle<EraseMessages>(
  eraseSv,
  async () => (await import('./locales/erase-en.ts')).eraseEn,
);
