// One programme of the report: its name (and "Demo" for the seeded data, reported apart), the
// headline share in qualified jobs with its denominator in words, what became of its matches by
// cohort, and the follow-ups' answers as a chart and a table.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ProgrammeReport } from '../api-types.ts';
import { renderCohortTable } from './cohort-table.ts';
import { renderOutcomeChart } from './outcome-chart.ts';
import type { ReportWords } from './report-words.ts';
import { renderRoundsTable } from './rounds-table.ts';

function headline(words: ReportWords, programme: ProgrammeReport) {
  const { headline } = programme;
  if (!headline) return nothing;
  return html`<p class="report-headline">
    ${words.localize.term('reportHeadline', {
      share: words.percent(headline.qualifiedJobShare),
      answered: headline.answered,
      formatted: words.number(headline.answered),
      months: words.months(headline.monthsAfterStart),
    })}
  </p>`;
}

/** `index` makes the section's ids unique in the element. */
export function renderProgrammeSection(
  words: ReportWords,
  programme: ProgrammeReport,
  index: number,
): TemplateResult {
  const term = words.localize.term.bind(words.localize);
  const idPrefix = `report-programme-${index}`;
  return html`<article
    class="report-programme"
    aria-labelledby=${idPrefix}
    data-programme=${programme.programmeId ?? ''}
    data-demo=${programme.demo ? 'yes' : 'no'}
  >
    <h3 id=${idPrefix}>
      ${words.programmeName(programme)}
      ${programme.demo ? html`<span class="badge">${term('reportDemo')}</span>` : nothing}
    </h3>
    ${headline(words, programme)} ${renderCohortTable(words, programme, idPrefix)}
    <h4>${term('reportOutcomesHeading')}</h4>
    ${
      programme.rounds.length === 0
        ? html`<p class="muted report-no-rounds">${term('reportNoRounds')}</p>`
        : html`<div class="report-outcomes">
            ${renderOutcomeChart(words, programme, idPrefix)}
            ${renderRoundsTable(words, programme, idPrefix)}
          </div>`
    }
  </article>`;
}
