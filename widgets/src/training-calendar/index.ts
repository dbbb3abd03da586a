export { MkTrainingCalendar } from './training-calendar.ts';
export type {
  CalendarErrorKind,
  CalendarView,
  MkCalendarErrorDetail,
  MkCalendarLoadDetail,
  MkCalendarEventSelectDetail,
  MkCalendarViewChangeDetail,
} from './events.ts';
