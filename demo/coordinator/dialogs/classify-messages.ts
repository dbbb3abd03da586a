// The classification dialog's message bundle: Swedish bundled, English on demand.
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { ClassifyMessages } from './locales/classify-sv.ts';
import { classifySv } from './locales/classify-sv.ts';

export const classifyMessages = coordinatorBundle<ClassifyMessages>(
  classifySv,
  async () => (await import('./locales/classify-en.ts')).classifyEn,
);
