import { css } from 'lit';

/**
 * The report's own layout on the widgets' theme tokens (light or dark as they are): a programme
 * per article under a rule, its headline figure large, and the chart of follow-up answers. The
 * chart's segments differ by pattern (ink on a ground) and are outlined and labelled, so neither
 * colour vision nor forced colours loses them; under forced colours the ink is the system's text.
 */
export const reportStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin-block: var(--_mk-space-s);
  }
  .intro {
    max-inline-size: 48rem;
  }
  .actions {
    margin-block: var(--_mk-space-m) var(--_mk-space-s);
  }
  .notice {
    margin-block: var(--_mk-space-s);
  }
  .report-programme {
    border-block-start: 1px solid var(--_mk-color-border);
    padding-block-start: var(--_mk-space-s);
    margin-block-end: var(--_mk-space-l);
  }
  .report-headline {
    font-size: 1.25rem;
    font-weight: 700;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_mk-space-xs);
  }
  .report-outcomes figure {
    margin: 0 0 var(--_mk-space-m);
    max-inline-size: 48rem;
  }
  .report-chart {
    inline-size: 100%;
    block-size: auto;
    color: var(--_mk-color-text);
  }
  .report-text {
    fill: currentColor;
    font-size: 13px;
  }
  .report-segment,
  .report-empty {
    stroke: currentColor;
    stroke-width: 1;
  }
  .report-empty {
    fill: var(--_mk-color-surface);
  }
  .report-plate {
    fill: var(--_mk-color-background);
    stroke: currentColor;
    stroke-width: 0.5;
  }
  .report-pattern-ground {
    fill: var(--_mk-color-background);
  }
  .report-pattern-solid {
    fill: var(--_mk-color-accent);
  }
  .report-pattern-ink {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .report-pattern-dot {
    fill: currentColor;
  }
  @media (forced-colors: active) {
    .report-text,
    .report-pattern-dot,
    .report-pattern-solid {
      fill: CanvasText;
    }
    .report-segment,
    .report-empty,
    .report-plate,
    .report-pattern-ink {
      stroke: CanvasText;
    }
    .report-pattern-ground,
    .report-empty,
    .report-plate {
      fill: Canvas;
    }
  }
`;
