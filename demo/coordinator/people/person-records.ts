// The person's matches (with the other person, a link to their view, and the status in words)
// and the trainings they signed up for (when, in the training's own time zone, how it repeats,
// the occasion they chose), as tables with captions and column headers.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { PersonViewMessages } from './person-messages.ts';
import type { Person, PersonMatch, PersonTraining } from './person-types.ts';
import { readRepeatRule } from './repeat-rule.ts';

type Localize = LocalizeController<PersonViewMessages>;

/** The link to another person's view, as the list links to one (#person=<id>). */
export const personHref = (id: string) => `#person=${encodeURIComponent(id)}`;

function matchRow(localize: Localize, match: PersonMatch): TemplateResult {
  const term = localize.term.bind(localize);
  return html`<tr>
    <th scope="row"><a href=${personHref(match.other.id)}>${match.other.name}</a></th>
    <td>${term('peopleRole', { role: match.role })}</td>
    <td>${term('peopleMatchStatus', { status: match.status })}</td>
    <td>${localize.formatDate(match.createdAt)}</td>
    <td>${match.startedAt ? localize.formatDate(match.startedAt) : ''}</td>
  </tr>`;
}

/** A table of `rows` under `columns`, captioned for screen readers; `empty` when none. */
function table(caption: string, columns: readonly string[], rows: TemplateResult[], empty: string) {
  if (!rows.length) return html`<p class="muted">${empty}</p>`;
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

export function renderMatches(localize: Localize, person: Person): TemplateResult {
  const term = localize.term.bind(localize);
  return table(
    term('personMatchesHeading'),
    [
      term('personMatchWith'),
      term('personMatchTheirRole'),
      term('personMatchStatus'),
      term('personMatchProposed'),
      term('personMatchStarted'),
    ],
    person.matches.map((match) => matchRow(localize, match)),
    term('personNoMatches'),
  );
}

function when(localize: Localize, training: PersonTraining): string {
  const timeZone = training.timeZone;
  return `${localize.formatDate(training.startsAt, { timeZone })} ${localize.formatTime(
    training.startsAt,
    { timeZone },
  )}–${localize.formatTime(training.endsAt, { timeZone })}`;
}

function trainingRow(localize: Localize, training: PersonTraining): TemplateResult {
  const term = localize.term.bind(localize);
  const repeats = training.rrule
    ? term('peopleRepeat', { rule: readRepeatRule(training.rrule) })
    : '';
  const chosen = training.occurrenceDay
    ? term('personTrainingChosenDay', { date: localize.formatDate(training.occurrenceDay) })
    : '';
  return html`<tr>
    <th scope="row">${training.title}</th>
    <td>${when(localize, training)}</td>
    <td>${repeats}${repeats && chosen ? html`<br />` : ''}${chosen}</td>
    <td>${term('personTrainingStatus', { status: training.status })}</td>
  </tr>`;
}

export function renderTrainings(localize: Localize, person: Person): TemplateResult {
  const term = localize.term.bind(localize);
  return table(
    term('personTrainingsHeading'),
    [
      term('personTrainingsHeading'),
      term('personTrainingWhen'),
      term('personTrainingRepeats'),
      term('personMatchStatus'),
    ],
    person.trainings.map((training) => trainingRow(localize, training)),
    term('personNoTrainings'),
  );
}
