// @mentorkit/core: the data contract (zod/mini schemas), the i18n core, matching, time zones and
// the iCalendar writer. Side-effect free, so bundlers keep only what a widget imports.
export * from './schemas/index.ts';
export * from './i18n/index.ts';
export * from './matching/index.ts';
export * from './time/zoned-time.ts';
export * from './ical/index.ts';
