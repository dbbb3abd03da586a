import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { calendarSv } from './sv.ts';

export const calendarSo: CatalogueOf<typeof calendarSv> = {
  calendarViewLabel: 'U muuji sida',
  calendarViewList: 'Liis',
  calendarViewMonth: 'Bil',
  calendarPreviousMonth: 'Bishii hore',
  calendarNextMonth: 'Bisha xigta',
  calendarGridHint:
    'Maalmaha dhex mar furayaasha fallaarta, Home iyo End, bilahana Page Up iyo Page Down. Enter wuxuu muujiyaa dhacdooyinka maalinta.',
  calendarToday: 'maanta',
  calendarEventCount: ({ count }) =>
    plural('so', count, { one: `${count} dhacdo`, other: `${count} dhacdo` }),
  calendarMoreEvents: ({ count }) => `+${count} kale`,
  calendarDayEvents: ({ date }) => `Dhacdooyinka ${date}`,
  calendarNoEventsDay: 'Maalintan dhacdo ma jirto.',
  calendarEmpty: 'Weli wax tababar ah lama qorsheyn.',
  calendarEmptyMonth: 'Bishan tababar ma jiro.',
  calendarSkipped: ({ count }) =>
    `${count} dhacdo oo jadwalka ku jirta lama akhrin karin, lamana muujinayo.`,
  calendarErrorNotCalendarTitle: 'Kani ma aha jadwal',
  calendarErrorNotCalendarBody:
    'Cinwaanku wuxuu soo celiyay wax aan jadwal ahayn (iCalendar ama JSON). Fadlan la xiriir qofka mas’uulka ka ah bogga.',
  calendarErrorMalformedTitle: 'Jadwalku wuxuu leeyahay khaladaad',
  calendarErrorMalformedBody:
    'Faylka jadwalku waa jaban yahay lamana akhrin karin. Mar kale isku day goor dambe ama la xiriir qofka mas’uulka ka ah bogga.',
  calendarAllDay: 'Maalinta oo dhan',
  calendarOnline: 'Khadka internetka',
  calendarRecurring: 'Soo noqnoqda',
  calendarSeatsLeft: ({ count }) =>
    plural('so', count, { one: `${count} boos ayaa haray`, other: `${count} boos ayaa haray` }),
  calendarSeatsOf: ({ left, total }) => `${left} ka mid ah ${total} boos ayaa haray`,
  calendarFull: 'Waa buuxaa',
  calendarCancelled: 'Waa la joojiyay',
  calendarUntitled: "Cinwaan la'aan",
  calendarTentative: 'Ku-meel-gaar',
  calendarWhen: 'Goorma',
  calendarWhere: 'Halkee',
  calendarLanguages: 'Luqadaha',
  calendarSeats: 'Boosaska',
  calendarStatus: 'Xaaladda',
  calendarShowOnMap: 'Ka muuji khariidadda',
  calendarPlaceWebsite: 'Ku saabsan goobta',
  calendarJoinOnline: 'Ku biir online',
  calendarAddToCalendar: 'Ku dar jadwalkaaga',
  calendarDownloadIcs: 'Soo deji faylka jadwalka (.ics)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook.com (shakhsi)',
  calendarOutlookWork: 'Outlook shaqada ama dugsiga',
  calendarSignUp: 'Is diiwaan geli',
  calendarSignUpFull: 'Tababarkan waa buuxaa, sidaas darteed diiwaangelintu waa xiran tahay.',
  calendarSignUpCancelled: 'Tababarkan waa la joojiyay, sidaas darteed lama diiwaan gelin karo.',
  calendarEventDetails: 'Ku saabsan dhacdada',
};
