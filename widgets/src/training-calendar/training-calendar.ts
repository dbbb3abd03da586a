import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { TrainingEvent } from '@mentorkit/core';
import { intlLocaleFor } from '@mentorkit/core/i18n';
import { dayKeyAt, isTimeZone, viewerTimeZone } from '@mentorkit/core/time';
import { DataController } from '../shared/data-controller.ts';
import type { DataError, DataState } from '../shared/data-controller.ts';
import { renderDataState, renderMisconfigured } from '../shared/data-state.ts';
import { emit } from '../shared/events.ts';
import { apiUrl } from '../shared/api-base.ts';
import { MentorkitElement } from '../shared/mentorkit-element.ts';
import { ModuleController } from '../shared/module-controller.ts';
import { calendarMessages } from './locales/index.ts';
import type { CalendarMessages } from './locales/sv.ts';
import {
  addMonths,
  firstOfMonth,
  isDateKey,
  localeFirstDay,
  monthOf,
  parseFirstDay,
} from './calendar-days.ts';
import { daysOf } from './event-time.ts';
import type { ZoneChoice } from './event-time.ts';
import type { CalendarErrorKind, CalendarView } from './events.ts';
import { readFeed, readFeedBody, readJsonEvents } from './feed.ts';
import type { FeedBody } from './feed.ts';
import { FeedError } from './feed-types.ts';
import type { CalendarWindow, FeedResult } from './feed-types.ts';
import { dayAfterKey } from './grid-keys.ts';
import { renderStatus } from './render-event.ts';
import type { EventRenderContext } from './render-event.ts';
import { FIRST_LIST_STEP, LIST_STEP, renderList } from './render-list.ts';
import { fillSignupForm, findSignupForm, signupActionFor } from './signup-action.ts';
import { trainingCalendarStyles } from './training-calendar.styles.ts';

/** The state a move within the month view changes, and nothing else. */
const MOVES = new Set<PropertyKey>(['focusedDay', 'openDay', 'announcement']);

const isFeedBody = (body: unknown): body is FeedBody =>
  typeof body === 'object' && body !== null && 'text' in body && 'contentType' in body;

/**
 * Mentor trainings and programme events from an iCalendar feed (Outlook, Google, a booking
 * system) or JSON, in a list or a month grid, with each time right in its zone.
 *
 * @tag mk-training-calendar
 * @summary A light, accessible calendar of trainings from any iCalendar or JSON feed.
 *
 * @csspart base - The calendar's frame.
 * @csspart toolbar - The view switch.
 * @csspart view-button - Each button of the view switch.
 * @csspart list - The list view.
 * @csspart event - One event in a list.
 * @csspart event-title - The button with an event's title, which opens its details.
 * @csspart status - A "cancelled", "tentative" or "fully booked" badge.
 * @csspart month - The month view.
 * @csspart previous-button - The previous-month button.
 * @csspart next-button - The next-month button.
 * @csspart grid - The month grid.
 * @csspart day - A day of the grid.
 * @csspart today - Today's cell (with `day`).
 * @csspart day-event - An event in a day of the grid.
 * @csspart more-button - "+N more" in a day of the grid.
 * @csspart day-panel - The list of one day's events under the grid.
 * @csspart empty - The "no trainings" message.
 * @csspart notice - The "some events could not be read" message.
 * @csspart dialog - The event details dialog.
 * @csspart details - The content of the details dialog.
 * @csspart description - The event's description.
 * @csspart map-link - The link to the place on a map.
 * @csspart online-link - The link to join online.
 * @csspart ics-link - The .ics download.
 * @csspart google-link - The Google Calendar link.
 * @csspart outlook-link - The Outlook.com link.
 * @csspart signup-button - "Sign up".
 * @csspart signup-closed - Why sign-up is closed.
 * @csspart close-button - The dialog's close button.
 * @csspart state - The frame of the loading and error states.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop [--mk-calendar-cell-min-height=5.5rem] - The height of a day in the month grid.
 *
 * @fires {CustomEvent<MkCalendarEventSelectDetail>} mk-calendar-event-select - A person chose an event; cancel it to show the event yourself.
 * @fires {CustomEvent<MkCalendarLoadDetail>} mk-calendar-load - The feed at `src` was loaded.
 * @fires {CustomEvent<MkCalendarErrorDetail>} mk-calendar-error - The feed at `src` could not be loaded or read.
 * @fires {CustomEvent<MkCalendarViewChangeDetail>} mk-calendar-view-change - A person switched the view or the month.
 */
export class MkTrainingCalendar extends MentorkitElement<CalendarMessages> {
  static override styles = [super.styles, trainingCalendarStyles];

  /**
   * The reactive properties, each declared and documented below. Written here rather than with
   * decorators, which compile to about 0.4 KB more per entry (docs/decisions/0007).
   */
  static override properties = {
    src: {},
    programme: {},
    events: { attribute: false },
    view: { reflect: true },
    from: {},
    until: {},
    timeZone: { attribute: 'time-zone' },
    category: {},
    signupFor: { attribute: 'signup-for' },
    signupUrl: { attribute: 'signup-url' },
    firstDayOfWeek: { attribute: 'first-day-of-week' },
    focusedDay: { state: true },
    openDay: { state: true },
    selected: { state: true },
    announcement: { state: true },
  };

  /**
   * An iCalendar feed (`text/calendar`, `.ics`) or JSON `TrainingEvent[]`. Default: the
   * backend's trainings (its `api-base`, else the API beside the script when it was loaded from
   * a backend's `/widgets/`).
   */
  src?: string;

  /**
   * A programme's id: without `src`, only that programme's trainings from the backend (its
   * feed's `?programme=`), as the signup form's `programme` sends its signups to one.
   */
  programme?: string;

  /** Events from code; when set, `src` is not fetched. */
  events?: readonly TrainingEvent[];

  /** `list` (grouped by month) or `month` (a grid). */
  view: CalendarView = 'list';

  /** First day shown, `YYYY-MM-DD` (default today). */
  from?: string;

  /** Last day shown, `YYYY-MM-DD` (default six months after `from`). */
  until?: string;

  /** An IANA zone to show every time in; default each event's own zone. */
  timeZone?: string;

  /** Show only events of these categories (comma-separated, any case). */
  category?: string;

  /** The id of an `mk-signup-form` on the page that "Sign up" fills in and moves to. */
  signupFor?: string;

  /** A sign-up address with `{uid}` for the event's uid. */
  signupUrl?: string;

  /** 1–7 (Monday–Sunday) or a weekday name; default from the language. */
  firstDayOfWeek?: string;

  protected readonly localize = this.localizeWith(calendarMessages);

  private readonly feed = new DataController<FeedResult>(this, {
    read: readFeedBody,
    parse: (body) => this.parseBody(body),
    request: { headers: { Accept: 'text/calendar, application/json;q=0.9, */*;q=0.5' } },
  });

  private focusedDay?: string;
  private openDay?: string;
  private selected?: TrainingEvent;
  /**
   * Code that a first render does not need, loaded on first use by the one data-loading
   * controller (so loading, failure and "Try again" look like any other load): the details
   * dialog (with the .ics export) when an event is first selected, the month grid when the
   * month view is first shown.
   */
  private readonly details = new ModuleController(this, () => import('./render-details.ts'));
  private readonly month = new ModuleController(this, () => import('./render-month.ts'));
  private announcement = '';

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private pendingFocus?: 'day' | 'day-panel' | 'details';
  private returnFocusTo?: HTMLElement;
  private keepFocusOnClose = false;
  private dayIndex?: {
    events: readonly TrainingEvent[];
    zoneKey: string;
    byDay: Map<string, TrainingEvent[]>;
  };

  // ---- Data -----------------------------------------------------------------------------

  /**
   * The viewer's zone, read once per update: `Intl` builds a formatter to tell it, and a render
   * asks several times (a step to another month spent 6 % of its time there). Read again when a
   * property other than a move within the month view (a day, a month, a day's list) changed: the
   * one read was still a twentieth of a month step's script (issue 22).
   */
  private viewerZone?: string;

  private zones(): ZoneChoice {
    const override = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : undefined;
    return { override, viewer: this.viewerZone ?? viewerTimeZone() };
  }

  private calendarWindow(): CalendarWindow {
    const zones = this.zones();
    const zone = zones.override ?? zones.viewer;
    const from = isDateKey(this.from) ? this.from : dayKeyAt(Date.now(), zone);
    const until = isDateKey(this.until) && this.until >= from ? this.until : addMonths(from, 6);
    return { from, until, zone };
  }

  private parseBody(body: unknown): FeedResult | Promise<FeedResult> {
    const window = this.calendarWindow();
    return isFeedBody(body) ? readFeed(body, { window }) : readJsonEvents(body, window);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.viewerZone === undefined || [...changed.keys()].some((key) => !MOVES.has(key))) {
      this.viewerZone = viewerTimeZone();
    }
    const sourceChanged = [
      'src',
      'apiBase',
      'programme',
      'events',
      'from',
      'until',
      'timeZone',
    ].some((key) => changed.has(key as keyof MkTrainingCalendar));
    // The first time also without `src`: the default feed is the backend's (see `src`).
    if (sourceChanged || !this.hasUpdated) void this.loadSource();
    // Only the first time: after a failure, the month view's own "Try again" loads it again.
    if (this.view === 'month' && this.month.state.status === 'idle') void this.month.ensure();
  }

  private async loadSource(): Promise<void> {
    if (this.events !== undefined) {
      const events = this.events;
      await this.feed.load(() => Promise.resolve(events));
      return;
    }
    const query = this.programme ? `?${new URLSearchParams({ programme: this.programme })}` : '';
    const src = this.src ?? apiUrl(this.apiBase, `trainings.json${query}`);
    if (!src) {
      this.feed.reset();
      return;
    }
    this.report(await this.feed.load(src));
  }

  /** Tells the page how a load from `src` ended. */
  private report(state: DataState<FeedResult>): void {
    if (state.status === 'loaded') {
      emit(this, 'mk-calendar-load', {
        count: state.data.events.length,
        skipped: state.data.skipped,
      });
    } else if (state.status === 'error') {
      const kind = this.errorKind(state.error);
      emit(
        this,
        'mk-calendar-error',
        state.error.kind === 'http' ? { kind, status: state.error.status } : { kind },
      );
    }
  }

  private errorKind(error: DataError): CalendarErrorKind {
    if (error.kind !== 'invalid') return error.kind;
    return error.detail instanceof FeedError ? error.detail.kind : 'malformed';
  }

  private titled?: { events: readonly TrainingEvent[]; untitled: string; list: TrainingEvent[] };

  /**
   * The events with a title each: an event whose feed gives none (SUMMARY is optional in
   * iCalendar) is named "Untitled" in the reader's language, here and not in the reader of the
   * feed, so a change of language needs no new parse. The same list while neither changes.
   */
  private withTitles(events: readonly TrainingEvent[]): readonly TrainingEvent[] {
    if (!events.some((event) => event.title === '')) return events;
    const untitled = this.localize.term('calendarUntitled');
    if (this.titled?.events !== events || this.titled.untitled !== untitled) {
      const list = events.map((event) =>
        event.title === '' ? { ...event, title: untitled } : event,
      );
      this.titled = { events, untitled, list };
    }
    return this.titled.list;
  }

  private visibleEvents(result: FeedResult): readonly TrainingEvent[] {
    const events = this.withTitles(result.events);
    const wanted = (this.category ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    if (wanted.length === 0) return events;
    return events.filter((event) => wanted.includes((event.category ?? '').toLowerCase()));
  }

  /**
   * How many entries of `events` the list shows now: a large list grows by a step a task
   * (`updated` asks for the next one), so the first screen is shown without waiting for
   * thousands of entries below it. A new list starts again with the first step.
   */
  private listSteps?: { events: readonly TrainingEvent[]; shown: number };
  private nextListStep?: ReturnType<typeof setTimeout>;

  private listShown(events: readonly TrainingEvent[]): number {
    if (this.listSteps?.events !== events) {
      this.listSteps = { events, shown: Math.min(events.length, FIRST_LIST_STEP) };
    }
    return this.listSteps.shown;
  }

  private scheduleListStep(): void {
    const steps = this.listSteps;
    if (!steps || steps.shown >= steps.events.length || this.nextListStep !== undefined) return;
    this.nextListStep = setTimeout(() => {
      this.nextListStep = undefined;
      if (this.listSteps !== steps) return;
      steps.shown = Math.min(steps.events.length, steps.shown + LIST_STEP);
      this.requestUpdate();
    }, 0);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while a list was growing: it goes on growing.
    if (this.hasUpdated && this.view !== 'month') this.scheduleListStep();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.nextListStep);
    this.nextListStep = undefined;
  }

  private eventsByDay(
    events: readonly TrainingEvent[],
    zones: ZoneChoice,
  ): Map<string, TrainingEvent[]> {
    const zoneKey = `${zones.override ?? ''}|${zones.viewer}`;
    if (this.dayIndex?.events === events && this.dayIndex.zoneKey === zoneKey)
      return this.dayIndex.byDay;
    const byDay = new Map<string, TrainingEvent[]>();
    for (const event of events) {
      for (const day of daysOf(event, zones)) {
        const list = byDay.get(day);
        if (list) list.push(event);
        else byDay.set(day, [event]);
      }
    }
    this.dayIndex = { events, zoneKey, byDay };
    return byDay;
  }

  // ---- Month navigation -----------------------------------------------------------------

  private firstDay(): number {
    return parseFirstDay(this.firstDayOfWeek) ?? localeFirstDay(intlLocaleFor(this.localize.lang));
  }

  private clampDay(day: string, window = this.calendarWindow()): string {
    if (day < window.from) return window.from;
    if (day > window.until) return window.until;
    return day;
  }

  /** The focused day: first today, or the window's first day when today is outside it. */
  private currentDay(window = this.calendarWindow()): string {
    if (this.focusedDay) return this.clampDay(this.focusedDay, window);
    const today = dayKeyAt(Date.now(), window.zone);
    return today >= window.from && today <= window.until ? today : window.from;
  }

  private monthLabel(day: string): string {
    return this.localize.formatDate(`${monthOf(day)}-01`, { month: 'long', year: 'numeric' });
  }

  /** Moves to `day` (clamped to the window), announcing and reporting a change of month. */
  private goToDay(day: string, focus: boolean): void {
    const current = this.currentDay();
    const next = this.clampDay(day);
    if (monthOf(next) !== monthOf(current)) {
      this.announcement = this.monthLabel(next);
      this.openDay = undefined;
      emit(this, 'mk-calendar-view-change', { view: 'month', month: monthOf(next) });
    }
    this.focusedDay = next;
    if (focus) this.pendingFocus = 'day';
  }

  private readonly onMonthStep = (step: number) => {
    const target = addMonths(firstOfMonth(this.currentDay()), step);
    const window = this.calendarWindow();
    // Stepping lands on the first day of the month, or on the window's edge.
    const landing = step < 0 && monthOf(target) === monthOf(window.from) ? window.from : target;
    this.goToDay(landing, false);
    // A step button that becomes disabled would drop focus to the page: move it to the grid.
    const window2 = this.calendarWindow();
    const edge =
      step < 0
        ? monthOf(landing) <= monthOf(window2.from)
        : monthOf(landing) >= monthOf(window2.until);
    if (edge) this.pendingFocus = 'day';
  };

  private readonly onGridKeydown = (event: KeyboardEvent) => {
    const day = this.currentDay();
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      (event.target as Element).localName === 'td'
    ) {
      event.preventDefault();
      this.onOpenDay(day);
      return;
    }
    const next = dayAfterKey(event, {
      day,
      rtl: this.localize.dir === 'rtl',
      firstDay: this.firstDay(),
    });
    if (next === undefined) return;
    event.preventDefault();
    this.goToDay(next, true);
  };

  private readonly onDayFocus = (day: string) => {
    if (day !== this.focusedDay) this.focusedDay = day;
  };

  private readonly onOpenDay = (day: string) => {
    this.focusedDay = day;
    this.openDay = day;
    this.pendingFocus = 'day-panel';
  };

  private readonly onCloseDay = () => {
    this.openDay = undefined;
    this.pendingFocus = 'day';
  };

  private setView(view: CalendarView): void {
    if (view === this.view) return;
    this.view = view;
    emit(
      this,
      'mk-calendar-view-change',
      view === 'month' ? { view, month: monthOf(this.currentDay()) } : { view },
    );
  }

  // ---- Details and sign-up --------------------------------------------------------------

  private readonly onSelect = (event: TrainingEvent, trigger: HTMLElement) => {
    if (!emit(this, 'mk-calendar-event-select', { event }, { cancelable: true })) return;
    this.returnFocusTo = trigger;
    this.selected = event;
    this.pendingFocus = 'details';
    // The dialog opens at once and fills in when its module arrives; after a failed load, the
    // next selection tries again (as does the dialog's "Try again").
    void this.details.ensure();
  };

  private readonly closeDetails = () => {
    this.dialog?.close();
  };

  private readonly onDialogClose = () => {
    this.selected = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (this.keepFocusOnClose) {
      this.keepFocusOnClose = false;
      return;
    }
    if (target?.isConnected) target.focus();
    else if (this.view === 'month') this.pendingFocus = 'day';
  };

  private readonly onSignup = (event: TrainingEvent, formId: string) => {
    const form = findSignupForm(this, formId);
    if (!form) {
      console.warn(
        `[mentorkit] <mk-training-calendar> found no element with id "${formId}" to sign up with.`,
      );
      return;
    }
    // Focus goes to the form, not back to the event the dialog was opened from.
    this.keepFocusOnClose = true;
    this.dialog?.close();
    void fillSignupForm(form, event);
  };

  // ---- Rendering ------------------------------------------------------------------------

  protected override updated(): void {
    if (this.view !== 'month') this.scheduleListStep();
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'day') {
      root.querySelector<HTMLElement>(`td[data-day="${this.currentDay()}"]`)?.focus();
    } else if (focus === 'day-panel') {
      root.querySelector<HTMLElement>('.day-panel')?.focus();
    } else if (focus === 'details' && this.dialog && !this.dialog.open) {
      this.dialog.showModal();
      // The title, not the first control (a link deep in the details, or Close while they
      // load): a screen reader starts reading at the top.
      root.querySelector<HTMLElement>('#details-title')?.focus();
    }
  }

  /** What the calendar can say about a feed it could read but not use. */
  private feedErrorText(error: DataError): { title: string; body: string } | undefined {
    if (error.kind !== 'invalid') return undefined;
    const { localize } = this;
    return this.errorKind(error) === 'not-calendar'
      ? {
          title: localize.term('calendarErrorNotCalendarTitle'),
          body: localize.term('calendarErrorNotCalendarBody'),
        }
      : {
          title: localize.term('calendarErrorMalformedTitle'),
          body: localize.term('calendarErrorMalformedBody'),
        };
  }

  private renderLoaded(result: FeedResult): TemplateResult {
    const { localize } = this;
    const zones = this.zones();
    const events = this.visibleEvents(result);
    const context: EventRenderContext = { localize, zones, onSelect: this.onSelect };
    const notice =
      result.skipped > 0
        ? html`<p class="notice" part="notice" role="status">
            ${localize.term('calendarSkipped', { count: result.skipped })}
          </p>`
        : nothing;
    const empty =
      events.length === 0
        ? html`<p class="empty" part="empty" role="status">${localize.term('calendarEmpty')}</p>`
        : nothing;
    if (this.view !== 'month') {
      return html`${notice}${
        events.length > 0 ? renderList(events, context, this.listShown(events)) : empty
      }`;
    }
    const month = this.month.data;
    if (!month) return html`${notice}${renderDataState(this.month, localize, () => nothing)}`;
    const window = this.calendarWindow();
    const day = this.currentDay(window);
    return html`${notice}${empty}${month.renderMonth({
      ...context,
      focusedDay: day,
      today: dayKeyAt(Date.now(), window.zone),
      firstDay: this.firstDay(),
      eventsByDay: this.eventsByDay(events, zones),
      canGoBack: monthOf(day) > monthOf(window.from),
      canGoForward: monthOf(day) < monthOf(window.until),
      announcement: this.announcement,
      openDay: this.openDay,
      onMonthStep: this.onMonthStep,
      onGridKeydown: this.onGridKeydown,
      onDayFocus: this.onDayFocus,
      onOpenDay: this.onOpenDay,
      onCloseDay: this.onCloseDay,
    })}`;
  }

  private renderBody(): unknown {
    return renderDataState(this.feed, this.localize, (result) => this.renderLoaded(result), {
      idle: () => renderMisconfigured(this.localize),
      errorText: (error) => this.feedErrorText(error),
      // Again through loadSource, so that the page hears how the new attempt ends.
      retry: () => void this.loadSource(),
    });
  }

  /** The selected event's details; while their module loads, its title; if it failed, why. */
  private renderDialogContent(event: TrainingEvent): TemplateResult {
    const { localize } = this;
    const details = this.details.data;
    // One frame for every state: the title (where focus goes when the dialog opens) and Close
    // stay the same elements while the body changes from "loading" to the details, so focus
    // is not dropped to the page when the details module arrives (issue 24, WCAG 2.4.3).
    return html`<div class="details" part="details">
      <div class="details__header">
        <h2 id="details-title" class="details__title" tabindex="-1">${event.title}</h2>
        ${renderStatus(event, localize)}
      </div>
      ${
        details
          ? details.renderDetails(event, {
              localize,
              zones: this.zones(),
              signup: signupActionFor(event, {
                signupFor: this.signupFor,
                signupUrl: this.signupUrl,
                baseUri: document.baseURI,
              }),
              onSignup: this.onSignup,
            })
          : renderDataState(this.details, localize, () => nothing)
      }
      <div class="details__footer">
        <button type="button" part="close-button" @click=${this.closeDetails}>
          ${localize.term('close')}
        </button>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const { localize } = this;
    const selected = this.selected;
    // Not a landmark: a page may show several calendars, and landmarks must be told apart.
    return html`<div class="calendar" part="base">
      <div
        class="toolbar"
        part="toolbar"
        role="group"
        aria-label=${localize.term('calendarViewLabel')}
      >
        ${(['list', 'month'] as const).map(
          (view) =>
            html`<button
              type="button"
              part="view-button"
              aria-pressed=${this.view === view ? 'true' : 'false'}
              @click=${() => this.setView(view)}
            >
              ${localize.term(view === 'list' ? 'calendarViewList' : 'calendarViewMonth')}
            </button>`,
        )}
      </div>
      ${this.renderBody()}
      <dialog part="dialog" aria-labelledby="details-title" @close=${this.onDialogClose}>
        ${selected ? this.renderDialogContent(selected) : nothing}
      </dialog>
    </div>`;
  }
}
