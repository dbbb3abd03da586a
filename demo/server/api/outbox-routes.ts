// The outbox for coordinators: every mail the backend wrote, whether it was sent, and why not.
// Without SMTP (the demo's default) this is where the mail is read. A coordinator sees the mails
// about their programmes' people; nobody sees the sign-in links.
import { actorOf, scopeOf } from '../coordinator-auth/authorize.ts';
import { SIGN_IN_MAIL_KIND } from '../coordinator-auth/sign-in-mail.ts';
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
      async handle({ request, response }) {
        const view: OutboxView = {
          smtpConfigured: backend.smtpConfigured,
          mails: await listOutbox(backend.database, {
            hiddenKinds: [SIGN_IN_MAIL_KIND],
            programmes: scopeOf(actorOf(request)),
          }),
        };
        sendJson(response, 200, view, { 'Cache-Control': 'no-store' });
      },
    },
  ];
}

export const COORDINATOR_OUTBOX_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/outbox' },
] as const;
