import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { calendarSv } from './sv.ts';

export const calendarFa: CatalogueOf<typeof calendarSv> = {
  calendarViewLabel: 'نمایش به صورت',
  calendarViewList: 'فهرست',
  calendarViewMonth: 'ماه',
  calendarPreviousMonth: 'ماه قبل',
  calendarNextMonth: 'ماه بعد',
  calendarGridHint:
    'با کلیدهای جهت‌نما، Home و End بین روزها و با Page Up و Page Down بین ماه‌ها جابه‌جا شوید. Enter رویدادهای آن روز را نشان می‌دهد.',
  calendarToday: 'امروز',
  calendarEventCount: ({ count }) =>
    plural('fa', count, { one: `${count} رویداد`, other: `${count} رویداد` }),
  calendarMoreEvents: ({ count }) => `+${count} مورد دیگر`,
  calendarDayEvents: ({ date }) => `رویدادهای ${date}`,
  calendarNoEventsDay: 'در این روز رویدادی نیست.',
  calendarEmpty: 'هنوز هیچ آموزشی برنامه‌ریزی نشده است.',
  calendarEmptyMonth: 'در این ماه آموزشی نیست.',
  calendarSkipped: ({ count }) => `${count} رویداد در تقویم خوانده نشد و نمایش داده نمی‌شود.`,
  calendarErrorNotCalendarTitle: 'این یک تقویم نیست',
  calendarErrorNotCalendarBody:
    'این نشانی چیزی جز تقویم (iCalendar یا JSON) برگرداند. لطفاً با مسئول این وب‌سایت تماس بگیرید.',
  calendarErrorMalformedTitle: 'تقویم خطا دارد',
  calendarErrorMalformedBody:
    'فایل تقویم خراب است و خوانده نشد. بعداً دوباره امتحان کنید یا با مسئول این وب‌سایت تماس بگیرید.',
  calendarAllDay: 'تمام روز',
  calendarOnline: 'آنلاین',
  calendarRecurring: 'تکرارشونده',
  calendarSeatsLeft: ({ count }) => `${count} جای خالی باقی مانده`,
  calendarSeatsOf: ({ left, total }) => `${left} جا از ${total} جا باقی مانده`,
  calendarFull: 'ظرفیت تکمیل است',
  calendarCancelled: 'لغو شد',
  calendarUntitled: 'بدون عنوان',
  calendarTentative: 'موقت',
  calendarWhen: 'زمان',
  calendarWhere: 'مکان',
  calendarLanguages: 'زبان‌ها',
  calendarSeats: 'جاها',
  calendarStatus: 'وضعیت',
  calendarShowOnMap: 'نمایش روی نقشه',
  calendarPlaceWebsite: 'درباره مکان',
  calendarJoinOnline: 'پیوستن آنلاین',
  calendarAddToCalendar: 'افزودن به تقویم شما',
  calendarDownloadIcs: 'دریافت فایل تقویم (.ics)',
  calendarGoogle: 'تقویم Google',
  calendarOutlook: 'Outlook.com (شخصی)',
  calendarOutlookWork: 'Outlook برای محل کار یا مدرسه',
  calendarSignUp: 'ثبت‌نام',
  calendarSignUpFull: 'ظرفیت این آموزش تکمیل شده و ثبت‌نام بسته است.',
  calendarSignUpCancelled: 'این آموزش لغو شده و ثبت‌نام ممکن نیست.',
  calendarEventDetails: 'درباره رویداد',
};
