export {
  escapeIcalText,
  foldIcalLine,
  formatIcalDateTime,
  formatIcalUtc,
  icalDateTimeProperty,
  writeICalendar,
} from './ical-writer.ts';
export type { ICalendarContent } from './ical-writer.ts';
export { offsetTransitions, vtimezoneLines } from './vtimezone.ts';
export type { OffsetTransition } from './vtimezone.ts';
