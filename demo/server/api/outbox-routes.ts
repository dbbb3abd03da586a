// The outbox for coordinators: every mail the backend wrote, whether it was sent, and why not.
// Without SMTP (the demo's default) this is where the mail is read.
import { sendJson } from '../http/respond.ts';
import { listOutbox, type OutboxMail } from '../store/outbox.ts';
import type { BackendContext } from './context.ts';
import type { Route } from './router.ts';

/** What `GET /api/coordinator/outbox` answers. */
export interface OutboxView {
  /** False: no MENTORKIT_SMTP_URL, the mails stay here. */
  smtpConfigured: boolean;
  mails: OutboxMail[];
}

export function coordinatorOutboxRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/outbox$/,
      async handle({ response }) {
        const view: OutboxView = {
          smtpConfigured: backend.smtpConfigured,
          mails: await listOutbox(backend.database),
        };
        sendJson(response, 200, view, { 'Cache-Control': 'no-store' });
      },
    },
  ];
}

export const COORDINATOR_OUTBOX_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/outbox' },
] as const;
