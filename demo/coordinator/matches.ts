// The list of matches: each one's state, who has not answered, the last meeting and the
// follow-ups, its history (who did what, when and why), and what the coordinator can do with it
// (match-controls.ts).
import { apiJson } from './api.ts';
import type { MatchListEntry } from './api-types.ts';
import { demoBadge } from './demo-badge.ts';
import { matchStatusWords, roleWord } from './code-words.ts';
import { byId, h } from './dom.ts';
import { formatDateTime, formatPercent } from './format.ts';
import { linkControls, meetingControls, stepControls } from './match-controls.ts';
import { reasonList } from './reason-list.ts';

type HistoryEvent = MatchListEntry['history'][number];

const ACTION_TEXT: Record<string, string> = {
  proposed: 'proposed the match',
  accepted: 'accepted',
  declined: 'declined',
  activated: 'activated the match',
  paused: 'paused the match',
  completed: 'completed the match',
  closed: 'closed the match',
  'link-revoked': 'revoked the link of the',
  'link-reissued': 'made a new link for the',
};

function historyLine(event: HistoryEvent): HTMLLIElement {
  const what = `${ACTION_TEXT[event.action] ?? event.action}${event.about ? ` ${roleWord(event.about)}` : ''}`;
  const status =
    event.toStatus && event.toStatus !== event.fromStatus
      ? ` → ${matchStatusWords(event.toStatus)}`
      : '';
  return h(
    'li',
    {},
    h('time', { datetime: event.at }, formatDateTime(event.at)),
    `: the ${event.actor === 'coordinator' ? 'coordinator' : roleWord(event.actor)} ${what}${status}`,
    event.reason ? ` (reason: ${event.reason})` : '',
  );
}

function waitingText({ profile, waitingFor }: MatchListEntry): string {
  if (waitingFor.length === 0) return '';
  const names = waitingFor.map((role) => `${profile[role].displayName} (${roleWord(role)})`);
  return ` · waiting for ${names.join(' and ')}`;
}

const ROUND_STATE: Record<MatchListEntry['followUps'][number]['state'], string> = {
  answered: 'answered',
  waiting: 'not answered yet',
  expired: 'not answered (link expired)',
};

/** The last meeting and each follow-up sent: what the programme knows of how it goes. */
function progressLine({ lastMeeting, followUps }: MatchListEntry): HTMLElement | false {
  const parts: string[] = [];
  if (lastMeeting) parts.push(`Last meeting: ${lastMeeting}`);
  for (const followUp of followUps) {
    parts.push(
      `${followUp.monthsAfterStart}-month follow-up, ${roleWord(followUp.role)}: ${ROUND_STATE[followUp.state]}`,
    );
  }
  return parts.length > 0 && h('p', { className: 'match-progress' }, parts.join(' · '));
}

function matchCard(entry: MatchListEntry): HTMLLIElement {
  const { demo, profile, history } = entry;
  const meetings = profile.plannedMeetings
    ? ` · ${profile.meetingsHeld ?? 0} of ${profile.plannedMeetings} meetings`
    : '';
  const headingId = `match-${profile.id}`;
  return h(
    'li',
    { className: 'card', 'data-match-id': profile.id, 'aria-labelledby': headingId },
    h(
      'h3',
      { id: headingId },
      `${profile.mentor.displayName} and ${profile.mentee.displayName}`,
      demoBadge(demo),
    ),
    h(
      'p',
      { className: 'match-state' },
      `Status: ${matchStatusWords(profile.status)}` +
        waitingText(entry) +
        (profile.score === undefined ? '' : ` · score ${formatPercent(profile.score)}`) +
        meetings,
    ),
    // A stored reason keeps its kind and label, not its details: the kind in words.
    reasonList(profile.reasons, (reason) => reason.weight),
    progressLine(entry),
    stepControls(entry, loadMatches),
    meetingControls(entry, loadMatches),
    linkControls(entry, loadMatches),
    h(
      'details',
      { className: 'match-history' },
      h('summary', {}, `History (${history.length})`),
      history.length ? h('ol', {}, history.map(historyLine)) : h('p', {}, 'Nothing recorded.'),
    ),
    h(
      'p',
      {},
      h('a', { href: `/api/matches/${encodeURIComponent(profile.id)}` }, 'Public profile (JSON)'),
    ),
  );
}

export async function loadMatches(): Promise<void> {
  const matches = await apiJson<MatchListEntry[]>('/api/coordinator/matches');
  byId('matches', HTMLElement).replaceChildren(
    ...(matches.length ? matches.map(matchCard) : [h('li', {}, 'No matches yet.')]),
  );
}
