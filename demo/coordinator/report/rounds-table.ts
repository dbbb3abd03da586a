// The mentees' follow-ups of a programme, a row per round (months after the match started): how
// many were asked and answered, and each answer as a number and a share of those who answered,
// "how much it helped" in the follow-up form's words. The denominators are said beside it.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ProgrammeReport, RoundReport, SuppressedShare } from '../api-types.ts';
import { HELPED_LEVELS, WORK_SITUATIONS } from './follow-up-answers.ts';
import type { ReportWords } from './report-words.ts';

function shareCells<Key extends string>(
  words: ReportWords,
  round: RoundReport,
  keys: readonly Key[],
  cells: Record<Key, SuppressedShare>,
) {
  return keys.map(
    (key) =>
      html`<td data-value=${key}>
        ${
          round.sharesShown
            ? words.withShare(cells[key])
            : words.localize.term('reportTooFewAnswers')
        }
      </td>`,
  );
}

export function renderRoundsTable(
  words: ReportWords,
  programme: ProgrammeReport,
  idPrefix: string,
): TemplateResult {
  const term = words.localize.term.bind(words.localize);
  const noteId = `${idPrefix}-rounds-note`;
  const captionId = `${idPrefix}-rounds-caption`;
  return html`<p class="hint" id=${noteId}>${term('reportRoundsDenominators')}</p>
    <!-- A wide table scrolls sideways in its box: the box takes the focus, so the keyboard can
      scroll it, and is named by the caption. -->
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table class="report-rounds" aria-describedby=${noteId}>
        <caption id=${captionId}>
          ${term('reportRoundsCaption', { programme: words.programmeName(programme) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term('reportMonthsAfterStart')}</th>
            <th scope="col">${term('reportAsked')}</th>
            <th scope="col">${term('reportAnswered')}</th>
            ${WORK_SITUATIONS.map(
              (situation) => html`<th scope="col">${term('reportSituation', { situation })}</th>`,
            )}
            ${HELPED_LEVELS.map((level) => html`<th scope="col">${term('reportHelped', { level })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${programme.rounds.map(
            (round) =>
              html`<tr data-round=${round.monthsAfterStart}>
                <th scope="row">${words.months(round.monthsAfterStart)}</th>
                <td data-measure="asked">${words.alone(round.asked)}</td>
                <td data-measure="answered">${words.alone(round.answered)}</td>
                ${shareCells(words, round, WORK_SITUATIONS, round.workSituation)}
                ${shareCells(words, round, HELPED_LEVELS, round.helped)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
