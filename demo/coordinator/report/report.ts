/**
 * `<mk-report>`: the funder's report in the coordinator app, in Swedish or English as the page's
 * `lang` says (the widgets' base element and LocalizeController, docs/decisions/0032). Per
 * programme, by name: the headline share in qualified jobs, what became of the matches of each
 * cohort, and what the mentees answered at each follow-up (a chart and a data table), with every
 * denominator said in words and hidden counts said as such; a choice of programme when there is
 * more than one to show; Refresh, and the report as CSV (for any program, or for Swedish Excel).
 * Loading, empty and failed (Try again) states; the figures shown stay while a refresh runs.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { ApiError, Unauthorized } from '../api.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { tableStyles } from '../shared/table.styles.ts';
import { programmeOptions, renderProgrammeChoice } from './programme-choice.ts';
import { renderProgrammeSection } from './programme-section.ts';
import type { ReportMessages } from './report-messages.ts';
import { reportMessages } from './report-messages.ts';
import { downloadReportCsv, fetchReport } from './report-requests.ts';
import type { CsvDialect, LoadedReport } from './report-requests.ts';
import { reportStyles } from './report.styles.ts';
import { reportWords } from './report-words.ts';
import './report-events.ts';

/**
 * A load's answer: the report of the programme `asked` (undefined: the server's default), or the
 * programme chosen refused (said beside the choice).
 */
type Answer = { loaded: LoadedReport; asked: string | undefined } | { refused: string };

/** What the last action said: done, or why it failed. */
type Notice = { kind: 'done'; text: string } | { kind: 'failed'; text: string } | undefined;

/**
 * @tag mk-report
 * @summary The funder's report of the coordinator's programmes, with its CSV exports.
 *
 * @fires mk-report-session-ended - A load or a download was refused because the session ended.
 */
export class MkReport extends MentorkitElement<ReportMessages> {
  static override styles = [MentorkitElement.styles, tableStyles, controlsStyles, reportStyles];

  static override properties: PropertyDeclarations = {
    manual: { type: Boolean },
    notice: { state: true },
    busy: { state: true },
    programme: { state: true },
  };

  /**
   * Loads only when the page calls `reload()` (the coordinator page does once signed in: before
   * that the report would be refused).
   */
  manual = false;

  protected readonly localize = this.localizeWith(reportMessages);
  private readonly data = new DataController<Answer>(this, { parse: (body) => body as Answer });
  /** The programme chosen, as the report's `?programme=` (undefined: the server's default). */
  private programme: string | undefined;
  /** Whether the server's default report is every programme's (an administrator's). */
  private seesAll = false;
  /** The names of the programmes the coordinator can see, as last loaded. */
  private programmeNames: ReadonlyMap<string, string> = new Map();
  private programmeError: string | undefined;
  private notice: Notice;
  /** A download is running: the buttons wait (aria-disabled, so they keep the focus). */
  private busy = false;
  /** The report last loaded, kept on screen while a refresh runs (no flash, no lost focus). */
  private shown: LoadedReport | undefined;
  /** What the last load threw (the controller keeps only its kind). */
  private failure: unknown;
  /** Set by Try again: the heading takes the focus once the report replaces the failure. */
  private focusHeadingAfterLoad = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  /** Loads the report again (after signing in, or a change elsewhere on the page). */
  async reload(): Promise<void> {
    const programme = this.programme;
    const choiceFocused = this.renderRoot.querySelector('select:focus') !== null;
    // Resolves with the state at its end: another load's, when a newer one overtook this one.
    const state = await this.data.load(() => this.fetch(programme));
    if (state.status === 'loaded' && 'loaded' in state.data) {
      const { loaded, asked } = state.data;
      this.shown = loaded;
      this.programmeNames = loaded.programmeNames;
      this.programmeError = undefined;
      if (asked === undefined) this.seesAll = loaded.report.programmeId === undefined;
    } else if (state.status === 'loaded' && 'refused' in state.data) {
      // No figures rather than another programme's under this one's name.
      this.shown = undefined;
      this.programmeError = state.data.refused;
    }
    this.requestUpdate();
    await this.updateComplete;
    // After Try again, or when the choice that had the focus went (one programme left).
    const choiceGone = choiceFocused && !this.renderRoot.querySelector('select');
    if ((this.focusHeadingAfterLoad && state.status === 'loaded') || choiceGone) {
      this.focusHeading();
    }
    this.focusHeadingAfterLoad = false;
  }

  /** The heading, for the page to move focus to. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async fetch(programme: string | undefined): Promise<Answer> {
    this.failure = undefined;
    try {
      return { loaded: await fetchReport(programme), asked: programme };
    } catch (error) {
      // A programme not (or no longer) the coordinator's, or not a programme at all.
      const refused = error instanceof ApiError && (error.status === 404 || error.status === 400);
      if (refused && programme !== undefined) {
        return { refused: this.localize.term('reportProgrammeRefused') };
      }
      this.failure = error;
      if (error instanceof Unauthorized) emit(this, 'mk-report-session-ended', null);
      throw error;
    }
  }

  /** Refresh: the figures stay while it loads, then a line says from when they are. */
  private async refresh(): Promise<void> {
    this.notice = undefined;
    await this.reload();
    const loaded = this.data.status === 'loaded' ? this.shown : undefined;
    if (loaded) {
      this.notice = {
        kind: 'done',
        text: this.localize.term('reportRefreshed', { date: this.generatedAt(loaded) }),
      };
    }
  }

  /** The focus stays on the choice; the figures shown stay until the programme's arrive. */
  private choose(programme: string | undefined): void {
    this.programme = programme;
    this.notice = undefined;
    void this.reload();
  }

  private retry(): void {
    this.focusHeadingAfterLoad = true;
    void this.reload();
  }

  private async download(dialect: CsvDialect): Promise<void> {
    this.busy = true;
    this.notice = undefined;
    try {
      const file = await downloadReportCsv(dialect, this.programme);
      this.notice = { kind: 'done', text: this.localize.term('reportDownloaded', { file }) };
    } catch (error) {
      if (error instanceof Unauthorized) {
        this.notice = { kind: 'failed', text: this.localize.term('reportSessionEnded') };
        emit(this, 'mk-report-session-ended', null);
      } else {
        this.notice = { kind: 'failed', text: this.localize.term('reportDownloadFailed') };
      }
    } finally {
      this.busy = false;
    }
  }

  private generatedAt({ report }: LoadedReport): string {
    return this.localize.formatDate(report.generatedAt, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: report.timeZone,
    });
  }

  /** The failure in words: the server's status when it answered, a session that ended. */
  private readonly errorText = (error: DataError) => {
    void error;
    const failure = this.failure;
    if (failure instanceof Unauthorized) {
      return { title: this.localize.term('reportSessionEnded'), body: '' };
    }
    if (failure instanceof ApiError) {
      return {
        title: this.localize.term('reportLoadFailedTitle'),
        body: this.localize.term('reportLoadFailedBody', { status: failure.status }),
      };
    }
    return undefined;
  };

  protected override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const button = (id: string, label: string, onClick: () => unknown) =>
      html`<button
        type="button"
        id=${id}
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => {
          if (!this.busy) onClick();
        }}
      >
        ${label}
      </button>`;
    const notice = this.notice;
    return html`<h2 id="report-heading" tabindex="-1">${term('reportHeading')}</h2>
      <div class="intro">
        <p>${term('reportIntro')}</p>
        <p>${term('reportPrivacy')}</p>
      </div>
      ${renderProgrammeChoice({
        localize: this.localize,
        choices: programmeOptions(this.localize, this.programmeNames, this.seesAll),
        chosen: this.programme,
        error: this.programmeError,
        onChoose: (programme) => this.choose(programme),
      })}
      <div class="actions">
        ${button('report-refresh', term('reportRefresh'), () => this.refresh())}
        ${button('report-csv', term('reportCsv'), () => this.download('rfc4180'))}
        ${button('report-csv-excel', term('reportCsvExcel'), () => this.download('excel-sv'))}
      </div>
      <p class="notice" role="status">${notice?.kind === 'done' ? notice.text : ''}</p>
      ${
        notice?.kind === 'failed' ? html`<p class="error" role="alert">${notice.text}</p>` : nothing
      }
      ${this.renderContent()}`;
  }

  private renderContent(): unknown {
    const loading = this.data.status === 'loading';
    const loaded = this.data.status === 'error' ? undefined : this.shown;
    if (!loaded) {
      return renderDataState(this.data, this.localize, () => nothing, {
        errorText: this.errorText,
        retry: () => this.retry(),
      });
    }
    const words = reportWords(this.localize, loaded.programmeNames);
    const { programmes } = loaded.report;
    return html`<div class="report-content" aria-busy=${loading ? 'true' : 'false'}>
      <p class="muted report-as-of">
        ${this.localize.term('reportAsOf', { date: this.generatedAt(loaded) })}
      </p>
      ${
        programmes.length === 0
          ? html`<p class="report-empty-state">${this.localize.term('reportEmpty')}</p>`
          : programmes.map((programme, index) => renderProgrammeSection(words, programme, index))
      }
    </div>`;
  }
}
