import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { calendarSv } from './sv.ts';

export const calendarEn: CatalogueOf<typeof calendarSv> = {
  calendarViewLabel: 'Show as',
  calendarViewList: 'List',
  calendarViewMonth: 'Month',
  calendarPreviousMonth: 'Previous month',
  calendarNextMonth: 'Next month',
  calendarGridHint:
    'Move between days with the arrow keys, Home and End, and between months with Page Up and Page Down. Enter shows the events of the day.',
  calendarToday: 'today',
  calendarEventCount: ({ count }) =>
    plural('en', count, { one: `${count} event`, other: `${count} events` }),
  calendarMoreEvents: ({ count }) => `+${count} more`,
  calendarDayEvents: ({ date }) => `Events on ${date}`,
  calendarNoEventsDay: 'No events on this day.',
  calendarEmpty: 'No trainings planned yet.',
  calendarEmptyMonth: 'No trainings this month.',
  calendarSkipped: ({ count }) =>
    plural('en', count, {
      one: `${count} event in the calendar could not be read and is not shown.`,
      other: `${count} events in the calendar could not be read and are not shown.`,
    }),
  calendarErrorNotCalendarTitle: 'This is not a calendar',
  calendarErrorNotCalendarBody:
    'The address returned something other than a calendar (iCalendar or JSON). Please contact whoever runs this website.',
  calendarErrorMalformedTitle: 'The calendar has errors',
  calendarErrorMalformedBody:
    'The calendar feed is broken and could not be read. Try again later or contact whoever runs this website.',
  calendarAllDay: 'All day',
  calendarOnline: 'Online',
  calendarRecurring: 'Recurring',
  calendarSeatsLeft: ({ count }) =>
    plural('en', count, { one: `${count} seat left`, other: `${count} seats left` }),
  calendarSeatsOf: ({ left, total }) => `${left} of ${total} seats left`,
  calendarFull: 'Fully booked',
  calendarCancelled: 'Cancelled',
  calendarUntitled: 'Untitled',
  calendarTentative: 'Tentative',
  calendarWhen: 'When',
  calendarWhere: 'Where',
  calendarLanguages: 'Languages',
  calendarSeats: 'Seats',
  calendarStatus: 'Event status',
  calendarShowOnMap: 'Show on map',
  calendarPlaceWebsite: 'About the venue',
  calendarJoinOnline: 'Join online',
  calendarAddToCalendar: 'Add to your calendar',
  calendarDownloadIcs: 'Download calendar file (.ics)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook.com (personal)',
  calendarOutlookWork: 'Outlook for work or school',
  calendarSignUp: 'Sign up',
  calendarSignUpFull: 'This training is fully booked, so sign-up is closed.',
  calendarSignUpCancelled: 'This training is cancelled, so you cannot sign up.',
  calendarEventDetails: 'About the event',
};
