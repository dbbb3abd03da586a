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
export { ICAL_TOLERANCES, tolerateICalendar } from './ical-tolerance.ts';
export type { ICalTolerance, TolerantText } from './ical-tolerance.ts';
