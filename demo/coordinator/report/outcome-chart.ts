// The mentees' work situation at each follow-up round: one horizontal bar per round, 100 % wide,
// a segment per work situation shown and one for the hidden ones together. Each situation has its
// own pattern (not colour alone), the segments are outlined, and each wide enough is labelled
// directly; the legend repeats the patterns. The whole is one image whose description says every
// figure in words; the data table beside it (rounds-table.ts) has them too. Colours come from
// the stylesheet (report.styles.ts), system colours under forced colours.
import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { WorkSituation } from '@mentorkit/core';
import type { ProgrammeReport, RoundReport, SuppressedShare } from '../api-types.ts';
import { WORK_SITUATIONS } from './follow-up-answers.ts';
import type { ReportWords } from './report-words.ts';

type SegmentKind = WorkSituation | 'hidden';

interface Segment {
  kind: SegmentKind;
  label: string;
  share: number;
}

/** The situations shown, and the rest together as "Hidden" (what the shown ones leave of 100 %). */
function segmentsOf(words: ReportWords, round: RoundReport): Segment[] {
  const situation = (kind: SegmentKind) =>
    words.localize.term('reportSituation', { situation: kind });
  const segments: Segment[] = [];
  let hiddenShare = 1;
  for (const kind of WORK_SITUATIONS) {
    const cell: SuppressedShare = round.workSituation[kind];
    if (cell.suppressed) continue;
    segments.push({ kind, label: situation(kind), share: cell.share });
    hiddenShare -= cell.share;
  }
  if (hiddenShare > 0.0005) {
    segments.push({ kind: 'hidden', label: situation('hidden'), share: hiddenShare });
  }
  return segments;
}

/** One round in a sentence, for the image's description. */
function describeRound(words: ReportWords, round: RoundReport): string {
  const term = words.localize.term.bind(words.localize);
  const months = words.months(round.monthsAfterStart);
  const answered = words.alone(round.answered);
  if (!round.sharesShown) return term('reportRoundTooFew', { months, answered });
  const shares = segmentsOf(words, round)
    .map((segment) => `${segment.label} ${words.percent(segment.share)}`)
    .join(', ');
  return term('reportRoundShares', { months, answered, shares });
}

/** The pattern of each kind: solid, stripes, dots, cross-hatch, lines; hidden is blank. */
function patterns(prefix: string): SVGTemplateResult {
  const pattern = (kind: SegmentKind, shapes: SVGTemplateResult | string = '') =>
    svg`<pattern
      id=${`${prefix}-${kind}`}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
      class=${`report-pattern report-pattern-${kind}`}
    >
      <rect width="8" height="8" class="report-pattern-ground"></rect>
      ${shapes}
    </pattern>`;
  const line = (d: string) => svg`<path d=${d} class="report-pattern-ink"></path>`;
  return svg`<defs>
    ${pattern('qualified-job', svg`<rect width="8" height="8" class="report-pattern-solid"></rect>`)}
    ${pattern('other-job', line('M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6'))}
    ${pattern('studies', svg`<circle cx="4" cy="4" r="1.6" class="report-pattern-dot"></circle>`)}
    ${pattern('looking', line('M0,0 L8,8 M8,0 L0,8'))}
    ${pattern('other', line('M0,4 L8,4'))}
    ${pattern('hidden')}
  </defs>`;
}

const WIDTH = 640;
const LABEL_WIDTH = 90;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 10;
const BAR_HEIGHT = 30;
const GAP = 16;
const LEGEND_HEIGHT = 28;
/** About this many units a character at the chart's text size (to fit labels and the legend). */
const CHARACTER_WIDTH = 7.5;

const text = (x: number, y: number, content: string) =>
  svg`<text x=${x} y=${y} dominant-baseline="middle" class="report-text">${content}</text>`;

function bar(words: ReportWords, round: RoundReport, index: number, prefix: string) {
  const y = index * (BAR_HEIGHT + GAP);
  const middle = y + BAR_HEIGHT / 2;
  if (!round.sharesShown) {
    return svg`<g class="report-bar" aria-hidden="true">
      ${text(0, middle, words.months(round.monthsAfterStart))}
      <rect x=${LABEL_WIDTH} y=${y} width=${BAR_WIDTH} height=${BAR_HEIGHT} class="report-empty"></rect>
      ${text(
        LABEL_WIDTH + 8,
        middle,
        words.localize.term('reportBarNoShares', { answered: words.alone(round.answered) }),
      )}
    </g>`;
  }
  let x = LABEL_WIDTH;
  const segments = segmentsOf(words, round).map((segment) => {
    const start = x;
    const width = segment.share * BAR_WIDTH;
    x += width;
    const label = `${segment.label} ${words.percent(segment.share)}`;
    const labelWidth = label.length * CHARACTER_WIDTH;
    // Labelled inside when it fits, on a plate.
    const labelled =
      width > labelWidth + 14
        ? svg`<rect x=${start + 4} y=${y + 6} width=${labelWidth + 6} height=${BAR_HEIGHT - 12} class="report-plate"></rect>
            ${text(start + 6, middle, label)}`
        : '';
    return svg`<rect
        x=${start}
        y=${y}
        width=${width}
        height=${BAR_HEIGHT}
        fill=${`url(#${prefix}-${segment.kind})`}
        class=${`report-segment report-segment-${segment.kind}`}
      ></rect>
      ${labelled}`;
  });
  return svg`<g class="report-bar" aria-hidden="true">
    ${text(0, middle, words.months(round.monthsAfterStart))} ${segments}
  </g>`;
}

function legend(words: ReportWords, y: number, prefix: string) {
  let x = 0;
  const items = [...WORK_SITUATIONS, 'hidden' as const].map((kind) => {
    const label = words.localize.term('reportSituation', { situation: kind });
    const item = svg`<rect x=${x} y=${y + 4} width="16" height="16" fill=${`url(#${prefix}-${kind})`} class="report-segment"></rect>
      ${text(x + 20, y + 12, label)}`;
    x += 28 + label.length * 7;
    return item;
  });
  return svg`<g class="report-legend" aria-hidden="true">${items}</g>`;
}

/** `idPrefix` makes the patterns' and the title's ids unique in the element. */
export function renderOutcomeChart(
  words: ReportWords,
  programme: ProgrammeReport,
  idPrefix: string,
): TemplateResult {
  const prefix = `${idPrefix}-chart`;
  const { rounds } = programme;
  const legendY = rounds.length * (BAR_HEIGHT + GAP);
  const height = legendY + LEGEND_HEIGHT + 8;
  const title = words.localize.term('reportChartTitle', {
    programme: words.programmeName(programme),
  });
  return html`<figure>
    <svg
      role="img"
      viewBox="0 0 ${WIDTH} ${height}"
      class="report-chart"
      aria-labelledby="${prefix}-title"
      aria-describedby="${prefix}-desc"
    >
      <title id="${prefix}-title">${title}</title>
      <desc id="${prefix}-desc">
        ${rounds.map((round) => describeRound(words, round)).join(' ')}
      </desc>
      ${patterns(prefix)} ${rounds.map((round, index) => bar(words, round, index, prefix))}
      ${legend(words, legendY, prefix)}
    </svg>
  </figure>`;
}
