// The page a follow-up's link opens (/follow-up/<token>): the backend's own <mk-follow-up> from
// /widgets/, in the person's language (right to left where needed), loading the questionnaire
// and sending the answers through the token's API (/api/follow-ups/<token>). A link that is
// unknown or expired says so in plain words and loads no script.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import {
  backendPage,
  browserLocale,
  sendLinkPage,
  widgetPagePolicy,
} from '../http/backend-page.ts';
import type { Now } from '../jobs/clock.ts';
import { html } from '../mail/html.ts';
import { PARTICIPANT_STYLESHEET_PATH } from '../match-lifecycle/participant-page.ts';
import { readFollowUpLink, type StoredFollowUp } from '../store/follow-ups.ts';
import { getMatch } from '../store/matches.ts';
import { getSignup } from '../store/signups.ts';
import { FOLLOW_UP_MESSAGES } from './follow-up-messages.ts';

export const FOLLOW_UP_PAGE_PATH = /^\/follow-up\/([A-Za-z0-9_-]+)$/;

/** The API of a follow-up's link, for the widget's `src` (api/follow-up-routes.ts). */
export const followUpApiPath = (token: string) => `/api/follow-ups/${token}`;

type Outcome = 'form' | 'expired' | 'unknown';

function page(locale: Locale, outcome: Outcome, token: string): string {
  const messages = FOLLOW_UP_MESSAGES[locale].page;
  const content =
    outcome === 'form'
      ? html`<mk-follow-up src="${followUpApiPath(token)}"></mk-follow-up>`
      : html`<p id="outcome" data-outcome="${outcome}">${messages[outcome]}</p>`;
  const script =
    outcome === 'form'
      ? html`<script type="module" src="/widgets/latest/mk-follow-up.js"></script>`
      : '';
  return backendPage({
    locale,
    title: messages.title,
    // The participant page's stylesheet: the same frame around one widget.
    stylesheetPath: PARTICIPANT_STYLESHEET_PATH,
    head: script,
    content,
  });
}

/** The language of the person the follow-up is for; undefined when they are gone. */
export async function followUpLocale(
  database: Database,
  followUp: StoredFollowUp,
): Promise<Locale | undefined> {
  const match = await getMatch(database, followUp.matchId);
  if (!match) return undefined;
  const signup = await getSignup(
    database,
    followUp.role === 'mentor' ? match.mentorSignupId : match.menteeSignupId,
  );
  if (!signup) return undefined;
  const locale = signup.submission.locale;
  return locale !== undefined && isLocale(locale) ? locale : 'sv';
}

export async function answerFollowUpPage(
  database: Database,
  now: Now,
  token: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  request.resume();
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' });
    response.end();
    return;
  }
  const link = await readFollowUpLink(database, token, now());
  const locale =
    link.kind === 'unknown' ? undefined : await followUpLocale(database, link.followUp);
  const outcome: Outcome =
    link.kind === 'valid' && locale
      ? 'form'
      : link.kind === 'expired' && locale
        ? 'expired'
        : 'unknown';
  const body = page(locale ?? browserLocale(request), outcome, token);
  const status = outcome === 'form' ? 200 : outcome === 'expired' ? 410 : 404;
  sendLinkPage(request, response, status, body, widgetPagePolicy());
}
