// The page the confirmation link opens: GET shows a button, and only pressing it (POST)
// confirms. Mail filters that open every link to scan it (Outlook's Safe Links and others)
// would otherwise confirm signups nobody confirmed. In the signup's language, right to left
// where needed; a link that is unknown or expired says so in plain words. Its own strict
// policy: no script at all, its one stylesheet from here, forms only to itself.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import type { Now } from '../jobs/clock.ts';
import {
  FORM_PAGE_POLICY,
  answerStylesheet,
  backendPage,
  browserLocale,
  sendLinkPage,
} from '../http/backend-page.ts';
import { html } from '../mail/html.ts';
import { confirmSignup, inspectConfirmationToken } from '../store/signup-confirmations.ts';
import { CONFIRMATION_MESSAGES } from './confirmation-messages.ts';

export const CONFIRMATION_PATH = /^\/signup\/confirm\/([^/]+)$/;
export const CONFIRMATION_STYLESHEET_PATH = '/signup/confirm.css';

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;max-width:36rem;padding:0 1rem;color:#1b1c20;background:#fff}
button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:0;background:#0b57c2;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #0b57c2;outline-offset:2px}`;

type Outcome = 'pending' | 'confirmed' | 'already-confirmed' | 'expired' | 'unknown';

function page(locale: Locale, outcome: Outcome, kind: 'mentor' | 'mentee' | undefined): string {
  const messages = CONFIRMATION_MESSAGES[locale];
  const text = {
    pending: messages.page.prompt(messages.role[kind ?? 'mentee']),
    confirmed: messages.page.confirmed,
    'already-confirmed': messages.page.alreadyConfirmed,
    expired: messages.page.expired,
    unknown: messages.page.unknown,
  }[outcome];
  const form =
    outcome === 'pending'
      ? html`<form method="post"><button type="submit">${messages.button}</button></form>`
      : '';
  return backendPage({
    locale,
    title: messages.page.title,
    stylesheetPath: CONFIRMATION_STYLESHEET_PATH,
    content: html`<p id="outcome" data-outcome="${outcome}">${text}</p>
      ${form}`,
  });
}

export function answerConfirmationStylesheet(response: ServerResponse): void {
  answerStylesheet(response, STYLE);
}

export async function answerConfirmation(
  database: Database,
  now: Now,
  token: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  request.resume();
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    response.writeHead(405, { Allow: 'GET, HEAD, POST' });
    response.end();
    return;
  }
  const state =
    method === 'POST'
      ? await confirmSignup(database, token, now())
      : await inspectConfirmationToken(database, token, now());
  const locale =
    state.kind !== 'unknown' && isLocale(state.locale) ? state.locale : browserLocale(request);
  const outcome: Outcome =
    state.kind === 'confirmed' && method !== 'POST' ? 'already-confirmed' : state.kind;
  const body = page(locale, outcome, 'role' in state ? state.role : undefined);
  const status = outcome === 'unknown' ? 404 : outcome === 'expired' ? 410 : 200;
  sendLinkPage(request, response, status, body, FORM_PAGE_POLICY);
}
