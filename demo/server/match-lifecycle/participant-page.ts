// The page a participant's link opens (/match/<token>): their own match card, the backend's own
// <mk-match-card audience="participant" actions> from /widgets/, in their language (right to
// left where needed), reading the profile and sending the answer through the token's API
// (/api/participant/<token>). A link that is unknown, expired or revoked says so in plain words
// and loads no script. Its own strict policy: scripts and data from here only, Trusted Types
// for Lit, no referrer (the page's URL is the person's key).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import type { Now } from '../jobs/clock.ts';
import {
  WIDGET_PAGE_POLICY,
  answerStylesheet,
  backendPage,
  browserLocale,
  sendLinkPage,
} from '../http/backend-page.ts';
import { html } from '../mail/html.ts';
import { INTRODUCTION_MESSAGES } from '../match-mail/introduction-messages.ts';
import { readMatchLink } from '../store/match-links.ts';
import { getMatch } from '../store/matches.ts';
import { getSignup } from '../store/signups.ts';

export const PARTICIPANT_PAGE_PATH = /^\/match\/([A-Za-z0-9_-]+)$/;
export const PARTICIPANT_STYLESHEET_PATH = '/match/participant.css';

/** The API of a link, for the card's `src` (and the routes in api/participant-routes.ts). */
export const participantApiPath = (token: string) => `/api/participant/${token}`;

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;max-width:48rem;padding:0 1rem;color:#1b1c20;background:#fff}
h1{font-size:1.5rem}`;

type Outcome = 'card' | 'expired' | 'revoked' | 'unknown';

function page(locale: Locale, outcome: Outcome, token: string): string {
  const messages = INTRODUCTION_MESSAGES[locale].page;
  const content =
    outcome === 'card'
      ? html`<mk-match-card
          audience="participant"
          actions
          src="${participantApiPath(token)}"
        ></mk-match-card>`
      : html`<p id="outcome" data-outcome="${outcome}">${messages[outcome]}</p>`;
  const script =
    outcome === 'card'
      ? html`<script type="module" src="/widgets/latest/mk-match-card.js"></script>`
      : '';
  return backendPage({
    locale,
    title: messages.title,
    stylesheetPath: PARTICIPANT_STYLESHEET_PATH,
    head: script,
    content,
  });
}

export function answerParticipantStylesheet(response: ServerResponse): void {
  answerStylesheet(response, STYLE);
}

/** The language of the person whose link it is; undefined when the match or person is gone. */
async function personLocale(
  database: Database,
  matchId: string,
  role: 'mentor' | 'mentee',
): Promise<Locale | undefined> {
  const match = await getMatch(database, matchId);
  if (!match) return undefined;
  const signup = await getSignup(
    database,
    role === 'mentor' ? match.mentorSignupId : match.menteeSignupId,
  );
  const locale = signup?.submission.locale;
  return locale !== undefined && isLocale(locale) ? locale : signup ? 'sv' : undefined;
}

export async function answerParticipantPage(
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
  const link = await readMatchLink(database, token, now());
  const locale =
    link.kind === 'unknown' ? undefined : await personLocale(database, link.matchId, link.role);
  const outcome: Outcome = link.kind === 'valid' ? 'card' : locale ? link.kind : 'unknown';
  const body = page(locale ?? browserLocale(request), outcome, token);
  const status = outcome === 'card' ? 200 : outcome === 'unknown' ? 404 : 410;
  sendLinkPage(request, response, status, body, WIDGET_PAGE_POLICY);
}
