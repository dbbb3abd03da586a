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

export function renderMatches(localize: Localize, person: Person): TemplateResult {
  const term = localize.term.bind(localize);
  if (!person.matches.length) return html`<p class="muted">${term('personNoMatches')}</p>`;
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${term('personMatchesHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term('personMatchWith')}</th>
          <th scope="col">${term('personMatchTheirRole')}</th>
          <th scope="col">${term('personMatchStatus')}</th>
          <th scope="col">${term('personMatchProposed')}</th>
          <th scope="col">${term('personMatchStarted')}</th>
        </tr>
      </thead>
      <tbody>
        ${person.matches.map((match) => matchRow(localize, match))}
      </tbody>
    </table>
  </div>`;
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
  if (!person.trainings.length) return html`<p class="muted">${term('personNoTrainings')}</p>`;
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${term('personTrainingsHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term('personTrainingsHeading')}</th>
          <th scope="col">${term('personTrainingWhen')}</th>
          <th scope="col">${term('personTrainingRepeats')}</th>
          <th scope="col">${term('personMatchStatus')}</th>
        </tr>
      </thead>
      <tbody>
        ${person.trainings.map((training) => trainingRow(localize, training))}
      </tbody>
    </table>
  </div>`;
}
