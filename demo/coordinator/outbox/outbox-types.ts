// The outbox as the element reads GET /api/coordinator/outbox: the server's types (type-only,
// nothing of the server is bundled) after JSON, checked enough to render.
import type { OutboxMail, OutboxView } from '../api-types.ts';

export type { OutboxMail, OutboxView };

export function parseOutbox(body: unknown): OutboxView {
  const view = body as Partial<OutboxView> | null;
  if (!view || typeof view !== 'object' || !Array.isArray(view.mails)) {
    throw new TypeError('Not an outbox');
  }
  return view as OutboxView;
}
