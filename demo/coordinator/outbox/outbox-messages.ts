// The outbox's message bundle: Swedish bundled, English on demand (shared/coordinator-bundle.ts).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { OutboxMessages } from './locales/outbox-sv.ts';
import { outboxSv } from './locales/outbox-sv.ts';

export type { OutboxMessages };

export const outboxMessages = coordinatorBundle<OutboxMessages>(
  outboxSv,
  async () => (await import('./locales/outbox-en.ts')).outboxEn,
);
