// The page a coordinator's sign-in link opens. GET shows a button and spends nothing: mail
// filters that open every link to scan it would otherwise use up the single-use link. Pressing
// it (POST, from this page's own origin only) spends the link, starts the session and sends
// the browser on to the coordinator view (303), where the new SameSite=Strict cookie is sent,
// as that navigation starts on this origin. Same frame, policy and stylesheet as the signup's
// confirmation page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BackendContext } from '../api/context.ts';
import {
  FORM_PAGE_POLICY,
  backendPage,
  browserLocale,
  sendLinkPage,
} from '../http/backend-page.ts';
import { notFromAnotherOrigin } from '../http/same-origin.ts';
import { html } from '../mail/html.ts';
import { CONFIRMATION_STYLESHEET_PATH } from '../signup-mail/confirmation-page.ts';
import {
  signInLinkUsable,
  useSignInLink,
  type LinkPurpose,
} from '../store/coordinator-sessions.ts';
import { getCoordinator } from '../store/coordinators.ts';
import { SIGN_IN_MESSAGES } from './sign-in-messages.ts';
import { startSession } from './sign-in-routes.ts';

export const SIGN_IN_PAGE_PATH = /^\/coordinator-sign-in\/([^/]+)$/;

/** The page: a button when the link can still be spent (`usable` says for what), else why not. */
function page(request: IncomingMessage, usable: LinkPurpose | undefined): string {
  const locale = browserLocale(request) === 'sv' ? 'sv' : 'en';
  const messages = SIGN_IN_MESSAGES[locale];
  const words = usable === 'invitation' ? messages.invitation : messages.page;
  const button = usable === 'invitation' ? messages.invitation.button : messages.button;
  return backendPage({
    locale,
    title: messages.page.title,
    stylesheetPath: CONFIRMATION_STYLESHEET_PATH,
    content: usable
      ? html`<p id="outcome" data-outcome="pending">${words.prompt}</p>
          <form method="post">
            <button type="submit">${button}</button>
          </form>`
      : html`<p id="outcome" data-outcome="used">${messages.page.used}</p>`,
  });
}

export async function answerSignInPage(
  context: BackendContext,
  token: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  request.resume();
  if (method === 'GET' || method === 'HEAD') {
    const usable = await signInLinkUsable(context.database, token, context.now());
    sendLinkPage(request, response, usable ? 200 : 410, page(request, usable), FORM_PAGE_POLICY);
    return;
  }
  if (method !== 'POST') {
    response.writeHead(405, { Allow: 'GET, HEAD, POST' });
    response.end();
    return;
  }
  if (!notFromAnotherOrigin(request)) {
    sendLinkPage(request, response, 403, page(request, undefined), FORM_PAGE_POLICY);
    return;
  }
  const coordinatorId = await context.database.transaction((tx) =>
    useSignInLink(tx, token, context.now()),
  );
  const coordinator = coordinatorId && (await getCoordinator(context.database, coordinatorId));
  if (!coordinator) {
    sendLinkPage(request, response, 410, page(request, undefined), FORM_PAGE_POLICY);
    return;
  }
  await startSession(context, request, response, coordinator, 'POST /coordinator-sign-in');
  response.writeHead(303, {
    Location: '/coordinator/',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  response.end();
}
