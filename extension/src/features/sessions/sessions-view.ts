// The sessions page's list, filters and totals (the form is the quick-log module's).
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SESSION_TOPICS, type SessionLog, type SessionTopic } from '@mentorkit/core';
import { t, uiDirection } from '../../shared/i18n.ts';
import {
  formatDate,
  formatHours,
  formatMonth,
  minutesLabel,
  modeLabel,
  topicLabel,
} from '../quick-log/labels.ts';
import type { MenteeTotals, MonthTotals, SessionFilter } from './aggregate.ts';

export interface ListProps {
  sessions: readonly SessionLog[];
  /** How many to show; the rest behind "Show more". */
  shown: number;
  total: number;
  filter: SessionFilter;
  mentees: readonly { id: string; alias: string }[];
  months: readonly string[];
  // Callbacks as function-typed properties, not methods: the views take them off the props and
  // call them without `this`.
  onFilter: (filter: SessionFilter) => void;
  onShowMore: () => void;
  onEdit: (session: SessionLog) => void;
  onDelete: (session: SessionLog) => void;
  /** The session's line about the programme it is shared with (features/programme). */
  syncLine?: (session: SessionLog) => TemplateResult | typeof nothing;
}

export function filtersView({ filter, mentees, months, onFilter }: ListProps): TemplateResult {
  const value = (event: Event) => (event.target as HTMLSelectElement).value || undefined;
  return html`
    <div class="filters" role="group" aria-label=${t('sessionsFilters')}>
      <label>
        ${t('sessionsFilterMentee')}
        <select @change=${(event: Event) => onFilter({ ...filter, menteeId: value(event) })}>
          <option value="" .selected=${live(!filter.menteeId)}>${t('sessionsFilterAll')}</option>
          ${mentees.map(
            (mentee) =>
              html`<option value=${mentee.id} .selected=${live(filter.menteeId === mentee.id)}>
                ${mentee.alias}
              </option>`,
          )}
        </select>
      </label>
      <label>
        ${t('sessionsFilterMonth')}
        <select @change=${(event: Event) => onFilter({ ...filter, month: value(event) })}>
          <option value="" .selected=${live(!filter.month)}>${t('sessionsFilterAll')}</option>
          ${months.map(
            (month) =>
              html`<option value=${month} .selected=${live(filter.month === month)}>
                ${formatMonth(month)}
              </option>`,
          )}
        </select>
      </label>
      <label>
        ${t('sessionsFilterTopic')}
        <select
          @change=${(event: Event) =>
            onFilter({ ...filter, topic: value(event) as SessionTopic | undefined })}
        >
          <option value="" .selected=${live(!filter.topic)}>${t('sessionsFilterAll')}</option>
          ${SESSION_TOPICS.map(
            (topic) =>
              html`<option value=${topic} .selected=${live(filter.topic === topic)}>
                ${topicLabel(topic)}
              </option>`,
          )}
        </select>
      </label>
      ${
        filter.menteeId || filter.month || filter.topic
          ? html`<button type="button" @click=${() => onFilter({})}>
              ${t('sessionsFilterClear')}
            </button>`
          : ''
      }
    </div>
  `;
}

export function listView(props: ListProps): TemplateResult {
  const { sessions, total } = props;
  // One live region whatever the filters leave, so the change is heard: a region that comes
  // into the page with its text (the count after "no session matches") is not announced.
  const count =
    total === 0
      ? t('sessionsEmpty')
      : sessions.length === 0
        ? t('sessionsNoneMatch')
        : t('sessionsCount', [String(sessions.length), String(total)]);
  return html`
    <p aria-live="polite" data-testid="sessions-count">${count}</p>
    ${sessions.length === 0 ? '' : sessionList(props)}
  `;
}

function sessionList(props: ListProps): TemplateResult {
  const { sessions, shown } = props;
  return html`
    <ol class="session-list">
      ${sessions.slice(0, shown).map((session) => sessionItem(session, props))}
    </ol>
    ${
      sessions.length > shown
        ? html`<button type="button" @click=${props.onShowMore}>${t('sessionsShowMore')}</button>`
        : ''
    }
  `;
}

function sessionItem(
  session: SessionLog,
  { onEdit, onDelete, syncLine }: ListProps,
): TemplateResult {
  const title = t('sessionsItemTitle', [formatDate(session.date), session.menteeAlias]);
  const details = [
    session.startTime,
    minutesLabel(session.durationMinutes),
    modeLabel(session.mode),
    ...session.topics.map(topicLabel),
    session.rating ? t('sessionsRating', String(session.rating)) : undefined,
  ].filter(Boolean);
  return html`
    <li data-session-id=${session.id}>
      <h3>${title}</h3>
      <p>${details.join(' · ')}</p>
      ${session.needsAttention ? html`<p class="attention">${t('sessionsNeedsAttention')}</p>` : ''}
      ${session.followUp ? html`<p>${t('sessionsFollowUp', session.followUp)}</p>` : ''}
      ${session.notes ? html`<p class="notes">${session.notes}</p>` : ''}
      ${syncLine ? syncLine(session) : nothing}
      <div class="row-actions">
        <button
          type="button"
          id="edit-${session.id}"
          aria-label=${t('sessionsEditLabel', title)}
          @click=${() => onEdit(session)}
        >
          ${t('sessionsEdit')}
        </button>
        <button
          type="button"
          aria-label=${t('sessionsDeleteLabel', title)}
          @click=${() => onDelete(session)}
        >
          ${t('sessionsDelete')}
        </button>
      </div>
    </li>
  `;
}

export function menteeTotalsView(totals: readonly MenteeTotals[]): TemplateResult {
  return html`
    <table data-testid="mentee-totals">
      <caption>
        ${t('totalsPerMentee')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('totalsMentee')}</th>
          <th scope="col">${t('totalsSessions')}</th>
          <th scope="col">${t('totalsHours')}</th>
          <th scope="col">${t('totalsLastMet')}</th>
        </tr>
      </thead>
      <tbody>
        ${totals.map(
          (row) => html`
            <tr>
              <th scope="row">${row.alias}</th>
              <td class="number">${row.sessions}</td>
              <td class="number">${formatHours(row.minutes)}</td>
              <td>${formatDate(row.lastMet)}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

const CHART_WIDTH = 360;
const CHART_HEIGHT = 120;
const BAR_AREA = 96;

/**
 * A bar chart of hours per month (hidden from assistive technology) and its table. Time runs
 * in the reading direction: the latest month is rightmost in ltr, leftmost in rtl.
 */
export function monthTotalsView(
  totals: readonly MonthTotals[],
  direction: 'ltr' | 'rtl' = uiDirection(),
): TemplateResult {
  const most = Math.max(1, ...totals.map((month) => month.minutes));
  const slot = CHART_WIDTH / totals.length;
  const left = (index: number) => (direction === 'rtl' ? totals.length - 1 - index : index) * slot;
  return html`
    <svg
      class="chart"
      viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}"
      aria-hidden="true"
      focusable="false"
    >
      ${totals.map((month, index) => {
        const height = (month.minutes / most) * BAR_AREA;
        return svg`
          <rect x=${left(index) + slot * 0.15} y=${BAR_AREA - height} width=${slot * 0.7}
            height=${height}></rect>
          <text x=${left(index) + slot / 2} y=${CHART_HEIGHT - 6} text-anchor="middle">${month.month.slice(5)}</text>
        `;
      })}
    </svg>
    <table data-testid="month-totals">
      <caption>
        ${t('totalsPerMonth')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('totalsMonth')}</th>
          <th scope="col">${t('totalsSessions')}</th>
          <th scope="col">${t('totalsHours')}</th>
        </tr>
      </thead>
      <tbody>
        ${[...totals].reverse().map(
          (row) => html`
            <tr>
              <th scope="row">${formatMonth(row.month)}</th>
              <td class="number">${row.sessions}</td>
              <td class="number">${formatHours(row.minutes)}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}
