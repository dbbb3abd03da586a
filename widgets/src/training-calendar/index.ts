export { MkTrainingCalendar } from './training-calendar.ts';
export type {
  CalendarErrorKind,
  CalendarView,
  MkCalendarErrorDetail,
  MkCalendarLoadDetail,
  MkEventSelectDetail,
  MkViewChangeDetail,
} from './events.ts';
