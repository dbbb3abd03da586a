import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { calendarSv } from './sv.ts';

export const calendarUk: CatalogueOf<typeof calendarSv> = {
  calendarViewLabel: 'Показати як',
  calendarViewList: 'Список',
  calendarViewMonth: 'Місяць',
  calendarPreviousMonth: 'Попередній місяць',
  calendarNextMonth: 'Наступний місяць',
  calendarGridHint:
    'Переходьте між днями клавішами зі стрілками, Home і End, а між місяцями — Page Up і Page Down. Enter показує події дня.',
  calendarToday: 'сьогодні',
  calendarEventCount: ({ count }) =>
    plural('uk', count, {
      one: `${count} подія`,
      few: `${count} події`,
      many: `${count} подій`,
      other: `${count} події`,
    }),
  calendarMoreEvents: ({ count }) => `+${count} ще`,
  calendarDayEvents: ({ date }) => `Події ${date}`,
  calendarNoEventsDay: 'Цього дня подій немає.',
  calendarEmpty: 'Навчань поки не заплановано.',
  calendarEmptyMonth: 'Цього місяця навчань немає.',
  calendarSkipped: ({ count }) =>
    plural('uk', count, {
      one: `${count} подію в календарі не вдалося прочитати, тому її не показано.`,
      few: `${count} події в календарі не вдалося прочитати, тому їх не показано.`,
      many: `${count} подій у календарі не вдалося прочитати, тому їх не показано.`,
      other: `${count} події в календарі не вдалося прочитати, тому їх не показано.`,
    }),
  calendarErrorNotCalendarTitle: 'Це не календар',
  calendarErrorNotCalendarBody:
    'За цією адресою знайдено щось інше, ніж календар (iCalendar або JSON). Зверніться до того, хто відповідає за цей сайт.',
  calendarErrorMalformedTitle: 'У календарі є помилки',
  calendarErrorMalformedBody:
    'Файл календаря пошкоджений і не може бути прочитаний. Спробуйте пізніше або зверніться до того, хто відповідає за цей сайт.',
  calendarAllDay: 'Увесь день',
  calendarOnline: 'Онлайн',
  calendarRecurring: 'Повторюється',
  calendarSeatsLeft: ({ count }) =>
    plural('uk', count, {
      one: `Залишилося ${count} місце`,
      few: `Залишилося ${count} місця`,
      many: `Залишилося ${count} місць`,
      other: `Залишилося ${count} місця`,
    }),
  calendarSeatsOf: ({ left, total }) => `Вільних місць: ${left} з ${total}`,
  calendarFull: 'Місць немає',
  calendarCancelled: 'Скасовано',
  calendarUntitled: 'Без назви',
  calendarTentative: 'Попередньо',
  calendarWhen: 'Коли',
  calendarWhere: 'Де',
  calendarLanguages: 'Мови',
  calendarSeats: 'Місця',
  calendarStatus: 'Статус',
  calendarShowOnMap: 'Показати на мапі',
  calendarPlaceWebsite: 'Про місце',
  calendarJoinOnline: 'Приєднатися онлайн',
  calendarAddToCalendar: 'Додати до свого календаря',
  calendarDownloadIcs: 'Завантажити файл календаря (.ics)',
  calendarGoogle: 'Google Календар',
  calendarOutlook: 'Outlook.com (особистий)',
  calendarOutlookWork: 'Outlook для роботи або навчання',
  calendarSignUp: 'Записатися',
  calendarSignUpFull: 'На це навчання місць немає, тому запис закрито.',
  calendarSignUpCancelled: 'Це навчання скасовано, тому записатися неможливо.',
  calendarEventDetails: 'Про подію',
};
