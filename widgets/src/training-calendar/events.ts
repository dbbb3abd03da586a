/**
 * The events `<mk-training-calendar>` fires, declared once for `emit` and for pages'
 * `addEventListener('mk-calendar-event-select', (event) => event.detail.event.title)`.
 */
import type { TrainingEvent } from '@mentorkit/core';

export type CalendarView = 'list' | 'month';

/** A person chose an event. Cancelable: cancel it to show the event your own way. */
export interface MkCalendarEventSelectDetail {
  event: TrainingEvent;
}

/** The feed at `src` was loaded (also after a retry). */
export interface MkCalendarLoadDetail {
  /** Occurrences in the window. */
  count: number;
  /** Events left out because they could not be read. */
  skipped: number;
}

/** Why loading `src` failed. */
export type CalendarErrorKind = 'network' | 'timeout' | 'http' | 'not-calendar' | 'malformed';

export interface MkCalendarErrorDetail {
  kind: CalendarErrorKind;
  /** The HTTP status, for `http`. */
  status?: number;
}

/** A person switched the view or moved to another month. */
export interface MkCalendarViewChangeDetail {
  view: CalendarView;
  /** The month shown, `YYYY-MM` (month view). */
  month?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-calendar-event-select': CustomEvent<MkCalendarEventSelectDetail>;
    'mk-calendar-load': CustomEvent<MkCalendarLoadDetail>;
    'mk-calendar-error': CustomEvent<MkCalendarErrorDetail>;
    'mk-calendar-view-change': CustomEvent<MkCalendarViewChangeDetail>;
  }
}
