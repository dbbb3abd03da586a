// What mentors shared from the Mentorkit extension (issue 18): per match, whether the mentor's
// extension is connected, how many sessions it shared and the latest; and the sessions flagged
// for the coordinator's attention, each with a button to mark it handled. The meetings those
// sessions count as are in each match card's progress (the matches list).
import { apiJson } from './api.ts';
import { sessionModeWords, sessionTopicWords } from './code-words.ts';
import { byId, h } from './dom.ts';
import { formatDateTime } from './format.ts';
import type {
  FlaggedSession,
  SharedSessionsAnswer,
  SharedSessionsOfMatch,
} from '../server/extension-sync/shared-sessions.ts';

function matchRow(match: SharedSessionsOfMatch): HTMLTableRowElement {
  return h(
    'tr',
    { 'data-match-id': match.matchId },
    h('th', { scope: 'row' }, `${match.mentorName} and ${match.menteeName}`),
    h('td', {}, match.connected ? 'Connected' : 'Disconnected'),
    h('td', { className: 'number' }, String(match.sessions)),
    h('td', {}, match.lastSession ?? '–'),
  );
}

function flaggedCard(session: FlaggedSession, reload: () => Promise<void>): HTMLLIElement {
  const headingId = `flagged-${session.sessionId}`;
  const status = h('p', { role: 'status' });
  const details = [
    `${session.durationMinutes} min`,
    sessionModeWords(session.mode),
    ...session.topics.map(sessionTopicWords),
    session.rating ? `rated ${session.rating} of 5` : undefined,
  ].filter((part): part is string => Boolean(part));
  const button = h(
    'button',
    { type: 'button' },
    `Mark handled: ${session.mentorName}, ${session.date}`,
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    const path = `/api/coordinator/matches/${encodeURIComponent(session.matchId)}/sessions/${session.sessionId}/handled`;
    apiJson(path, { method: 'POST', body: {} })
      .then(reload)
      .catch((error: unknown) => {
        button.disabled = false;
        status.textContent = `Not marked: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
  return h(
    'li',
    {
      className: 'card',
      'aria-labelledby': headingId,
      'data-session-id': session.sessionId,
      'data-handled': session.handledAt ? 'true' : 'false',
    },
    h('h3', { id: headingId }, `${session.mentorName} and ${session.menteeName}, ${session.date}`),
    h('p', {}, details.join(' · ')),
    session.note
      ? h('p', {}, 'The mentor’s note: ', h('q', { dir: 'auto' }, session.note))
      : h('p', { className: 'muted' }, 'No note shared.'),
    session.handledAt
      ? h('p', { className: 'feed-ok' }, `Handled ${formatDateTime(session.handledAt)}.`)
      : button,
    status,
  );
}

export async function loadSharedSessions(): Promise<void> {
  const answer = await apiJson<SharedSessionsAnswer>('/api/coordinator/shared-sessions');
  const table = byId('shared-sessions-matches', HTMLTableSectionElement);
  table.replaceChildren(...answer.matches.map(matchRow));
  byId('shared-sessions-none', HTMLElement).hidden = answer.matches.length > 0;
  const list = byId('flagged-sessions', HTMLUListElement);
  list.replaceChildren(
    ...answer.flagged.map((session) => flaggedCard(session, loadSharedSessions)),
  );
  if (answer.flagged.length === 0) {
    list.append(h('li', { className: 'muted' }, 'No session is flagged for your attention.'));
  }
}
