// The funder's report: per programme, what became of the matches of each cohort (a table) and
// what the mentees answered at each follow-up round (a stacked bar per round, as an SVG with a
// data table beside it), with the headline share in qualified jobs. The backend sends only
// suppressed counts (demo/server/report/): a count standing alone (proposed, asked, answered)
// is hidden when under 5 and said so; a cell of a row may also be hidden to protect another,
// so such cells all read "hidden", whichever rule hid them.
import type { MentoringHelpLevel, WorkSituation } from '@mentorkit/core';
import { apiJson, Unauthorized } from './api.ts';
import type {
  CohortReport,
  Json,
  Programme,
  ProgrammeReport,
  Report,
  RoundReport,
  SuppressedCount,
  SuppressedShare,
} from './api-types.ts';
import { HELPED_CHOICES } from '../../widgets/src/follow-up/questions.ts';
import { followUpEn } from '../../widgets/src/follow-up/locales/en.ts';
import { demoBadge } from './demo-badge.ts';
import { downloadFile } from './download.ts';
import { byId, h } from './dom.ts';
import { formatPercent } from './format.ts';
import { handleFailure } from './session.ts';

const SITUATIONS: Record<WorkSituation, string> = {
  'qualified-job': 'Qualified job',
  'other-job': 'Other job',
  studies: 'Studies',
  looking: 'Looking for work',
  other: 'Other',
};

/** How much it helped: the words the mentees and mentors chose in the follow-up form. */
const HELPED = Object.fromEntries(
  HELPED_CHOICES.map(({ value, labelKey }) => [value, followUpEn[labelKey]]),
) as Record<MentoringHelpLevel, string>;

/** A hidden count that stands alone is under 5; a hidden cell of a row may be any size. */
const FEWER_THAN_5 = 'fewer than 5';
const HIDDEN = 'hidden';

const alone = (cell: SuppressedCount) => (cell.suppressed ? FEWER_THAN_5 : String(cell.count));
const inRow = (cell: SuppressedCount) => (cell.suppressed ? HIDDEN : String(cell.count));
const withShare = (cell: SuppressedShare) =>
  cell.suppressed ? HIDDEN : `${cell.count} (${formatPercent(cell.share)})`;

const monthName = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** `2026-11` as "November 2026". */
const cohortName = (cohort: string) => monthName.format(new Date(`${cohort}-01T12:00:00Z`));

/** The programmes' names by id, as last loaded with the report: the report answers ids. */
let programmeNames: ReadonlyMap<string, string> = new Map();

/** Its name; a programme the coordinator cannot see by name (none on record) by its id. */
const programmeName = ({ programmeId }: ProgrammeReport) =>
  programmeId === null
    ? 'No programme'
    : (programmeNames.get(programmeId) ?? `Programme ${programmeId}`);

const months = (round: RoundReport) =>
  round.monthsAfterStart === 1 ? '1 month' : `${round.monthsAfterStart} months`;

/** Ids for the SVG's title and description, unique on the page. */
let idCounter = 0;
const nextId = (prefix: string) => `${prefix}-${++idCounter}`;

function cohortTable(programme: ProgrammeReport): HTMLElement {
  const columns: [keyof CohortReport, string, (cell: SuppressedCount) => string][] = [
    ['proposed', 'Proposed', alone],
    ['waiting', 'Waiting for answers', inRow],
    ['acceptedByBoth', 'Accepted by both', inRow],
    ['active', 'Active now', inRow],
    ['paused', 'Paused', inRow],
    ['completed', 'Completed', inRow],
    ['closed', 'Closed', inRow],
    ['declined', 'of which declined', inRow],
    ['meetingsHeld', 'Meetings held', inRow],
  ];
  return h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'report-cohorts' },
      h(
        'caption',
        {},
        `Matches by cohort, the month they were proposed in (Stockholm time): ${programmeName(programme)}`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Cohort'),
          columns.map(([, label]) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        {},
        programme.cohorts.map((cohort) =>
          h(
            'tr',
            { 'data-cohort': cohort.cohort },
            h('th', { scope: 'row' }, cohortName(cohort.cohort)),
            columns.map(([key, , text]) =>
              h('td', { 'data-measure': key }, text(cohort[key] as SuppressedCount)),
            ),
          ),
        ),
      ),
    ),
  );
}

// --- The chart ---------------------------------------------------------------------------------
//
// One horizontal bar per round, 100 % wide, a segment per work situation shown, and one for the
// hidden ones together. Each situation has its own pattern (not colour alone), the segments are
// outlined, and each wide enough is labelled directly; the legend repeats the patterns. Colours
// come from the stylesheet (currentColor and system colours under forced colours).

const SVG = 'http://www.w3.org/2000/svg';

function svg<Tag extends keyof SVGElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[Tag] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

type SegmentKind = WorkSituation | 'hidden';

/** The pattern of each kind: solid, stripes, dots, cross-hatch, waves; hidden is blank. */
function patterns(prefix: string): SVGDefsElement {
  const pattern = (kind: SegmentKind, ...shapes: SVGElement[]) =>
    svg(
      'pattern',
      {
        id: `${prefix}-${kind}`,
        width: 8,
        height: 8,
        patternUnits: 'userSpaceOnUse',
        class: `report-pattern report-pattern-${kind}`,
      },
      svg('rect', { width: 8, height: 8, class: 'report-pattern-ground' }),
      ...shapes,
    );
  const line = (d: string) => svg('path', { d, class: 'report-pattern-ink' });
  return svg(
    'defs',
    {},
    pattern('qualified-job', svg('rect', { width: 8, height: 8, class: 'report-pattern-solid' })),
    pattern('other-job', line('M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6')),
    pattern('studies', svg('circle', { cx: 4, cy: 4, r: 1.6, class: 'report-pattern-dot' })),
    pattern('looking', line('M0,0 L8,8 M8,0 L0,8')),
    pattern('other', line('M0,4 L8,4')),
    pattern('hidden'),
  );
}

interface Segment {
  kind: SegmentKind;
  label: string;
  share: number;
}

function segmentsOf(round: RoundReport): Segment[] {
  const segments: Segment[] = [];
  let hiddenShare = 1;
  for (const [kind, cell] of Object.entries(round.workSituation) as [
    WorkSituation,
    SuppressedShare,
  ][]) {
    if (cell.suppressed) continue;
    segments.push({ kind, label: SITUATIONS[kind], share: cell.share });
    hiddenShare -= cell.share;
  }
  if (hiddenShare > 0.0005) segments.push({ kind: 'hidden', label: 'Hidden', share: hiddenShare });
  return segments;
}

function describeRound(round: RoundReport): string {
  if (!round.sharesShown) {
    return `${months(round)}: ${alone(round.answered)} answered, too few to show shares.`;
  }
  const parts = segmentsOf(round).map(
    (segment) => `${segment.label} ${formatPercent(segment.share)}`,
  );
  return `${months(round)}: ${round.answered.suppressed ? '' : round.answered.count} answered; ${parts.join(', ')}.`;
}

function outcomeChart(programme: ProgrammeReport): SVGSVGElement {
  const prefix = nextId('report-chart');
  const width = 640;
  const labelWidth = 90;
  const barWidth = width - labelWidth - 10;
  const barHeight = 30;
  const gap = 16;
  const legendHeight = 28;
  const height = programme.rounds.length * (barHeight + gap) + legendHeight + 8;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const chart = svg(
    'svg',
    {
      role: 'img',
      viewBox: `0 0 ${width} ${height}`,
      class: 'report-chart',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
    },
    svg(
      'title',
      { id: titleId },
      `Mentees' work situation at each follow-up: ${programmeName(programme)}`,
    ),
    svg('desc', { id: descId }, programme.rounds.map(describeRound).join(' ')),
    patterns(prefix),
  );
  programme.rounds.forEach((round, index) => {
    const y = index * (barHeight + gap);
    const group = svg('g', { class: 'report-bar', 'aria-hidden': 'true' });
    group.append(
      svg(
        'text',
        { x: 0, y: y + barHeight / 2, 'dominant-baseline': 'middle', class: 'report-text' },
        months(round),
      ),
    );
    if (!round.sharesShown) {
      group.append(
        svg('rect', {
          x: labelWidth,
          y,
          width: barWidth,
          height: barHeight,
          class: 'report-empty',
        }),
        svg(
          'text',
          {
            x: labelWidth + 8,
            y: y + barHeight / 2,
            'dominant-baseline': 'middle',
            class: 'report-text',
          },
          `${alone(round.answered)} answered: no shares shown`,
        ),
      );
    } else {
      let x = labelWidth;
      for (const segment of segmentsOf(round)) {
        const w = segment.share * barWidth;
        group.append(
          svg('rect', {
            x,
            y,
            width: w,
            height: barHeight,
            fill: `url(#${prefix}-${segment.kind})`,
            class: `report-segment report-segment-${segment.kind}`,
          }),
        );
        const text = `${segment.label} ${formatPercent(segment.share)}`;
        // About 7.5 units a character at this size: label inside when it fits, on a plate.
        if (w > text.length * 7.5 + 14) {
          group.append(
            svg('rect', {
              x: x + 4,
              y: y + 6,
              width: text.length * 7.5 + 6,
              height: barHeight - 12,
              class: 'report-plate',
            }),
            svg(
              'text',
              {
                x: x + 6,
                y: y + barHeight / 2,
                'dominant-baseline': 'middle',
                class: 'report-text',
              },
              text,
            ),
          );
        }
        x += w;
      }
    }
    chart.append(group);
  });
  // The legend: every kind's pattern and name.
  const legendY = programme.rounds.length * (barHeight + gap);
  const legend = svg('g', { class: 'report-legend', 'aria-hidden': 'true' });
  let x = 0;
  for (const [kind, label] of [
    ...(Object.entries(SITUATIONS) as [SegmentKind, string][]),
    ['hidden', 'Hidden'] as [SegmentKind, string],
  ]) {
    legend.append(
      svg('rect', {
        x,
        y: legendY + 4,
        width: 16,
        height: 16,
        fill: `url(#${prefix}-${kind})`,
        class: 'report-segment',
      }),
      svg(
        'text',
        { x: x + 20, y: legendY + 12, 'dominant-baseline': 'middle', class: 'report-text' },
        label,
      ),
    );
    x += 28 + label.length * 7;
  }
  chart.append(legend);
  return chart;
}

function outcomeTable(programme: ProgrammeReport): HTMLElement {
  const shareCells = <Key extends string>(
    round: RoundReport,
    cells: Record<Key, SuppressedShare>,
  ) =>
    (Object.entries(cells) as [Key, SuppressedShare][]).map(([key, cell]) =>
      h('td', { 'data-value': key }, round.sharesShown ? withShare(cell) : 'too few answers'),
    );
  return h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'report-rounds' },
      h(
        'caption',
        {},
        `Mentees' follow-ups by round, number (share of those who answered): ${programmeName(programme)}`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Months after start'),
          h('th', { scope: 'col' }, 'Asked'),
          h('th', { scope: 'col' }, 'Answered'),
          Object.values(SITUATIONS).map((label) => h('th', { scope: 'col' }, label)),
          Object.values(HELPED).map((label) => h('th', { scope: 'col' }, `Helped: ${label}`)),
        ),
      ),
      h(
        'tbody',
        {},
        programme.rounds.map((round) =>
          h(
            'tr',
            { 'data-round': round.monthsAfterStart },
            h('th', { scope: 'row' }, months(round)),
            h('td', { 'data-measure': 'asked' }, alone(round.asked)),
            h('td', { 'data-measure': 'answered' }, alone(round.answered)),
            shareCells(round, round.workSituation),
            shareCells(round, round.helped),
          ),
        ),
      ),
    ),
  );
}

function programmeSection(programme: ProgrammeReport): HTMLElement {
  const headingId = nextId('report-programme');
  const { headline } = programme;
  return h(
    'article',
    {
      className: 'report-programme',
      'aria-labelledby': headingId,
      'data-programme': programme.programmeId ?? '',
      'data-demo': programme.demo ? 'yes' : 'no',
    },
    h('h3', { id: headingId }, programmeName(programme), demoBadge(programme.demo)),
    headline &&
      h(
        'p',
        { className: 'report-headline' },
        `${formatPercent(headline.qualifiedJobShare)} in qualified jobs at ${headline.monthsAfterStart} months (n = ${headline.answered})`,
      ),
    cohortTable(programme),
    h('h4', {}, 'Follow-ups: the mentees’ work situation'),
    programme.rounds.length === 0
      ? h('p', { className: 'muted report-no-rounds' }, 'No follow-ups have been sent yet.')
      : h(
          'div',
          { className: 'report-outcomes' },
          h('figure', {}, outcomeChart(programme)),
          outcomeTable(programme),
        ),
  );
}

function downloadCsv(dialect: '' | 'excel-sv'): Promise<void> {
  return downloadFile(
    `/api/coordinator/report.csv${dialect ? `?dialect=${dialect}` : ''}`,
    `report-${new Date().toISOString().slice(0, 10)}${dialect ? '-excel' : ''}.csv`,
    'The report was downloaded as CSV.',
  );
}

/** Loads and shows the report; a failure is shown in the section, with Try again. */
export async function loadReport(): Promise<void> {
  const container = byId('report', HTMLElement);
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(h('p', { className: 'muted' }, 'Loading the report…'));
  let report: Report;
  try {
    let programmes: Json<Programme>[];
    [report, programmes] = await Promise.all([
      apiJson<Report>('/api/coordinator/report'),
      apiJson<Json<Programme>[]>('/api/coordinator/programmes'),
    ]);
    programmeNames = new Map(programmes.map(({ id, name }) => [id, name]));
  } catch (error) {
    container.removeAttribute('aria-busy');
    // A refused token signs out (the caller's handleFailure); anything else is told here.
    if (error instanceof Unauthorized) throw error;
    const retry = h('button', { type: 'button' }, 'Try again');
    retry.addEventListener('click', () => {
      loadReport().catch(handleFailure);
    });
    container.replaceChildren(
      h(
        'p',
        { className: 'error', role: 'alert' },
        `The report could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      ),
      retry,
    );
    return;
  }
  container.removeAttribute('aria-busy');
  container.replaceChildren(
    ...(report.programmes.length
      ? report.programmes.map(programmeSection)
      : [h('p', { className: 'muted report-empty-state' }, 'No matches yet: nothing to report.')]),
  );
}

export function initReport(): void {
  byId('report-csv', HTMLButtonElement).addEventListener('click', () => void downloadCsv(''));
  byId('report-csv-excel', HTMLButtonElement).addEventListener(
    'click',
    () => void downloadCsv('excel-sv'),
  );
  byId('report-refresh', HTMLButtonElement).addEventListener('click', () => {
    loadReport().catch(handleFailure);
  });
}
