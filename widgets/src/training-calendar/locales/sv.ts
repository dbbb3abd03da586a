import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

type Count = { count: number };

/** `<mk-training-calendar>`'s messages, Swedish source. */
export const calendarSv = {
  calendarViewLabel: 'Visa som',
  calendarViewList: 'Lista',
  calendarViewMonth: 'Månad',
  calendarPreviousMonth: 'Föregående månad',
  calendarNextMonth: 'Nästa månad',
  calendarGridHint:
    'Flytta mellan dagarna med piltangenterna, Home och End, och mellan månaderna med Page Up och Page Down. Enter visar dagens evenemang.',
  calendarToday: 'i dag',
  calendarEventCount: ({ count }: Count): string =>
    plural('sv', count, { one: `${count} evenemang`, other: `${count} evenemang` }),
  calendarMoreEvents: ({ count }: Count): string => `+${count} till`,
  calendarDayEvents: ({ date }: { date: string }): string => `Evenemang ${date}`,
  calendarNoEventsDay: 'Inga evenemang den här dagen.',
  calendarEmpty: 'Inga utbildningar är planerade ännu.',
  calendarEmptyMonth: 'Inga utbildningar den här månaden.',
  calendarSkipped: ({ count }: Count): string =>
    plural('sv', count, {
      one: `${count} evenemang i kalendern kunde inte läsas och visas inte.`,
      other: `${count} evenemang i kalendern kunde inte läsas och visas inte.`,
    }),
  calendarErrorNotCalendarTitle: 'Det här är ingen kalender',
  calendarErrorNotCalendarBody:
    'Adressen gav något annat än en kalender (iCalendar eller JSON). Kontakta den som ansvarar för webbplatsen.',
  calendarErrorMalformedTitle: 'Kalendern innehåller fel',
  calendarErrorMalformedBody:
    'Kalenderflödet är trasigt och kunde inte läsas. Försök igen senare eller kontakta den som ansvarar för webbplatsen.',
  calendarAllDay: 'Heldag',
  calendarOnline: 'Digitalt',
  calendarRecurring: 'Återkommande',
  calendarSeatsLeft: ({ count }: Count): string =>
    plural('sv', count, { one: `${count} plats kvar`, other: `${count} platser kvar` }),
  calendarSeatsOf: ({ left, total }: { left: number; total: number }): string =>
    `${left} av ${total} platser kvar`,
  calendarFull: 'Fullbokat',
  calendarCancelled: 'Inställt',
  /** The title of an event whose feed gives none (SUMMARY is optional in iCalendar). */
  calendarUntitled: 'Utan titel',
  calendarTentative: 'Preliminärt',
  calendarWhen: 'När',
  calendarWhere: 'Var',
  calendarLanguages: 'Språk',
  calendarSeats: 'Platser',
  calendarStatus: 'Status',
  calendarShowOnMap: 'Visa på karta',
  calendarPlaceWebsite: 'Om platsen',
  calendarJoinOnline: 'Anslut online',
  calendarAddToCalendar: 'Lägg till i din kalender',
  calendarDownloadIcs: 'Ladda ner kalenderfil (.ics)',
  calendarGoogle: 'Google Kalender',
  calendarOutlook: 'Outlook.com (privat)',
  calendarOutlookWork: 'Outlook för jobb eller skola',
  calendarSignUp: 'Anmäl dig',
  calendarSignUpFull: 'Utbildningen är fullbokad, så det går inte att anmäla sig.',
  calendarSignUpCancelled: 'Utbildningen är inställd, så det går inte att anmäla sig.',
  calendarEventDetails: 'Om evenemanget',
} satisfies SourceCatalogue;

export type CalendarMessages = typeof calendarSv;
