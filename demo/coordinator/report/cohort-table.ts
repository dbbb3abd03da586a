// What became of a programme's matches, a row per cohort (the month they were proposed in), with
// the denominators said in words beside the table.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { CohortReport, ProgrammeReport } from '../api-types.ts';
import type { ReportMessages } from './report-messages.ts';
import type { ReportWords } from './report-words.ts';

type Measure = Exclude<keyof CohortReport, 'cohort'>;

/** The messages that take no parameters (a column's header). */
type PlainKey = {
  [Key in keyof ReportMessages]: ReportMessages[Key] extends string ? Key : never;
}[keyof ReportMessages];

/** The columns in order: the measure, its header, and whether its count stands alone. */
const COLUMNS: readonly [Measure, PlainKey, 'alone' | 'inRow'][] = [
  ['proposed', 'reportProposed', 'alone'],
  ['waiting', 'reportWaiting', 'inRow'],
  ['acceptedByBoth', 'reportAcceptedByBoth', 'inRow'],
  ['active', 'reportActive', 'inRow'],
  ['paused', 'reportPaused', 'inRow'],
  ['completed', 'reportCompleted', 'inRow'],
  ['closed', 'reportClosed', 'inRow'],
  ['declined', 'reportDeclined', 'inRow'],
  ['meetingsHeld', 'reportMeetingsHeld', 'inRow'],
];

export function renderCohortTable(
  words: ReportWords,
  programme: ProgrammeReport,
  idPrefix: string,
): TemplateResult {
  const term = words.localize.term.bind(words.localize);
  const noteId = `${idPrefix}-cohorts-note`;
  const captionId = `${idPrefix}-cohorts-caption`;
  return html`<p class="hint" id=${noteId}>${term('reportCohortDenominators')}</p>
    <!-- A wide table scrolls sideways in its box: the box takes the focus, so the keyboard can
      scroll it, and is named by the caption. -->
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table class="report-cohorts" aria-describedby=${noteId}>
        <caption id=${captionId}>
          ${term('reportCohortCaption', { programme: words.programmeName(programme) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term('reportCohort')}</th>
            ${COLUMNS.map(([, label]) => html`<th scope="col">${term(label)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${programme.cohorts.map(
            (cohort) =>
              html`<tr data-cohort=${cohort.cohort}>
                <th scope="row">${words.cohortName(cohort.cohort)}</th>
                ${COLUMNS.map(
                  ([measure, , kind]) =>
                    html`<td data-measure=${measure}>${words[kind](cohort[measure])}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
