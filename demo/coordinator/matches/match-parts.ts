// The lines of one match that only show what is known of it: its state (status, who has not
// answered, the score, the meetings), its reasons, how it goes (the last meeting, the
// follow-ups) and its history (who did what, when and why), every code in words.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { MatchesBundle } from './matches-messages.ts';
import { reasonWords } from './reason-words.ts';
import type { MatchEntry, Role } from './types.ts';

type Localize = LocalizeController<MatchesBundle>;
type HistoryEvent = MatchEntry['history'][number];

/** A role inside a sentence: "mentee", "adept". */
export const roleInSentence = (localize: Localize, role: Role) =>
  localize.term('peopleRole', { role }).toLocaleLowerCase(localize.lang);

/** A moment in the programme's time (Stockholm), in the element's language. */
export const formatMoment = (localize: Localize, iso: string) =>
  localize.formatDate(iso, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

export const peopleOf = (localize: Localize, { profile }: MatchEntry) =>
  localize.term('matchesPeople', {
    mentor: profile.mentor.displayName,
    mentee: profile.mentee.displayName,
  });

export function renderState(localize: Localize, entry: MatchEntry): TemplateResult {
  const term = localize.term.bind(localize);
  const { profile, waitingFor } = entry;
  const parts = [
    term('matchesStatusLine', { status: term('peopleMatchStatus', { status: profile.status }) }),
  ];
  if (waitingFor.length) {
    const names = waitingFor.map((role) =>
      term('matchesPersonInRole', {
        name: profile[role].displayName,
        role: roleInSentence(localize, role),
      }),
    );
    parts.push(term('matchesWaitingFor', { names: localize.formatList(names) }));
  }
  if (profile.score !== undefined) {
    const score = localize.formatNumber(profile.score, { style: 'percent' });
    parts.push(term('matchesScoreShort', { score }));
  }
  if (profile.plannedMeetings) {
    parts.push(
      term('matchesMeetingsOf', {
        held: profile.meetingsHeld ?? 0,
        planned: profile.plannedMeetings,
      }),
    );
  }
  return html`<p class="match-state">${parts.join(' · ')}</p>`;
}

/** A stored reason keeps its kind, label and shared group, not its details. */
export function renderReasons(localize: Localize, entry: MatchEntry): TemplateResult {
  const share = (value: number) => localize.formatNumber(value, { style: 'percent' });
  return html`<ul class="reasons">
    ${entry.profile.reasons
      .filter((reason) => reason.weight > 0)
      .map((reason) => {
        const words = localize.term('matchesReasonShare', {
          reason: reasonWords(localize, reason),
          share: share(reason.weight),
        });
        return html`<li>${words}</li>`;
      })}
  </ul>`;
}

/** The last meeting and each follow-up sent: what the programme knows of how it goes. */
export function renderProgress(
  localize: Localize,
  { lastMeeting, followUps }: MatchEntry,
): TemplateResult | typeof nothing {
  const term = localize.term.bind(localize);
  const parts: string[] = [];
  if (lastMeeting)
    parts.push(term('matchesLastMeeting', { date: localize.formatDate(lastMeeting) }));
  for (const followUp of followUps) {
    parts.push(
      term('matchesFollowUp', {
        months: followUp.monthsAfterStart,
        role: roleInSentence(localize, followUp.role),
        state: term('matchesFollowUpState', { state: followUp.state }),
      }),
    );
  }
  return parts.length ? html`<p class="match-progress">${parts.join(' · ')}</p>` : nothing;
}

function historyLine(localize: Localize, event: HistoryEvent): TemplateResult {
  const term = localize.term.bind(localize);
  const about = event.about ? term('matchesAbout', { role: event.about }) : '';
  const changed =
    event.toStatus && event.toStatus !== event.fromStatus
      ? ` → ${term('peopleMatchStatus', { status: event.toStatus })}`
      : '';
  const reason = event.reason ? ` ${term('matchesHistoryReason', { reason: event.reason })}` : '';
  const what = `${term('matchesActor', { actor: event.actor })} ${term('matchesAction', {
    action: event.action,
    about,
  })}`;
  return html`<li>
    <time datetime=${event.at}>${formatMoment(localize, event.at)}</time>:
    ${what}${changed}${reason}
  </li>`;
}

export function renderHistory(localize: Localize, { history }: MatchEntry): TemplateResult {
  const term = localize.term.bind(localize);
  return html`<details class="match-history">
    <summary>${term('matchesHistory', { count: history.length })}</summary>
    ${
      history.length
        ? html`<ol>
            ${history.map((event) => historyLine(localize, event))}
          </ol>`
        : html`<p>${term('matchesHistoryNone')}</p>`
    }
  </details>`;
}
