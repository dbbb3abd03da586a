// The page a participant's link opens (/match/<token>): their own match card, the backend's own
// <mk-match-card audience="participant" actions> from /widgets/, in their language (right to
// left where needed), reading the profile and sending the answer through the token's API
// (/api/participant/<token>). While the match runs, a form under the card records a day the two
// met (meeting-form.ts, posted to this page). A link that is unknown, expired or revoked says so
// in plain words and loads no script. Its own strict policy: scripts and data from here only,
// Trusted Types for Lit, forms to this origin only, no referrer (the URL is the person's key).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import type { Now } from '../jobs/clock.ts';
import {
  answerStylesheet,
  backendPage,
  browserLocale,
  sendLinkPage,
  widgetPagePolicy,
} from '../http/backend-page.ts';
import { html, type SafeHtml } from '../mail/html.ts';
import { INTRODUCTION_MESSAGES } from '../match-mail/introduction-messages.ts';
import { readMatchLink } from '../store/match-links.ts';
import { connectCodeFor, connectSection } from '../extension-sync/connect-section.ts';
import { meetingForm, meetingNoticeOf, noticeQuery, takeMeetingForm } from './meeting-form.ts';
import type { MatchRole } from '../store/match-history.ts';
import { getMatch, type StoredMatch } from '../store/matches.ts';
import { getSignup } from '../store/signups.ts';

export const PARTICIPANT_PAGE_PATH = /^\/match\/([A-Za-z0-9_-]+)$/;
export const PARTICIPANT_STYLESHEET_PATH = '/match/participant.css';

/** The API of a link, for the card's `src` (and the routes in api/participant-routes.ts). */
export const participantApiPath = (token: string) => `/api/participant/${token}`;

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;max-width:48rem;padding:0 1rem;color:#1b1c20;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem}
.meeting{margin-block-start:2rem}.meeting form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.meeting label{flex-basis:100%}.meeting input,.meeting button{font:inherit;min-height:2.75rem;padding:.25rem .75rem}
.meeting button{background:#075550;color:#fff;border:2px solid #075550;border-radius:.375rem;cursor:pointer}
.meeting :focus-visible{outline:3px solid #1b1c20;outline-offset:2px}
.connect{margin-block-start:2rem}.connect input{font:inherit;width:100%;box-sizing:border-box;padding:.25rem .5rem;min-height:2.75rem}
.connect input:focus-visible{outline:3px solid #1b1c20;outline-offset:2px}`;

type Outcome = 'card' | 'expired' | 'revoked' | 'unknown';

function page(locale: Locale, outcome: Outcome, token: string, below: SafeHtml | '' = ''): string {
  const messages = INTRODUCTION_MESSAGES[locale].page;
  const content =
    outcome === 'card'
      ? html`<mk-match-card
            audience="participant"
            actions
            src="${participantApiPath(token)}"
          ></mk-match-card>
          ${below}`
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

/** The match and the language of the person whose link it is; undefined when either is gone. */
async function linkedPerson(
  database: Database,
  matchId: string,
  role: MatchRole,
): Promise<{ match: StoredMatch; locale: Locale } | undefined> {
  const match = await getMatch(database, matchId);
  if (!match) return undefined;
  const signup = await getSignup(
    database,
    role === 'mentor' ? match.mentorSignupId : match.menteeSignupId,
  );
  if (!signup) return undefined;
  const locale = signup.submission.locale;
  return { match, locale: locale !== undefined && isLocale(locale) ? locale : 'sv' };
}

export async function answerParticipantPage(
  database: Database,
  now: Now,
  token: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    request.resume();
    response.writeHead(405, { Allow: 'GET, HEAD, POST' });
    response.end();
    return;
  }
  const link = await readMatchLink(database, token, now());
  const person =
    link.kind === 'unknown' ? undefined : await linkedPerson(database, link.matchId, link.role);
  if (method === 'POST' && link.kind === 'valid' && person) {
    const notice = await takeMeetingForm(database, request, person.match, link.role, now());
    // Back to the page, which says what happened; a reload does not post again.
    response.writeHead(303, {
      Location: `/match/${token}${noticeQuery(notice)}`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end();
    return;
  }
  request.resume();
  const outcome: Outcome = link.kind === 'valid' ? 'card' : person ? link.kind : 'unknown';
  const locale = person?.locale ?? browserLocale(request);
  const url = new URL(request.url ?? '/', 'http://localhost');
  const below =
    outcome === 'card' && person && link.kind === 'valid'
      ? html`${meetingForm(locale, person.match, now(), meetingNoticeOf(url))}
        ${connectSection(locale, person.match, link.role, connectCodeFor(request, token))}`
      : '';
  const body = page(locale, outcome, token, below);
  const status = outcome === 'card' ? 200 : outcome === 'unknown' ? 404 : 410;
  sendLinkPage(request, response, status, body, widgetPagePolicy('self'));
}
