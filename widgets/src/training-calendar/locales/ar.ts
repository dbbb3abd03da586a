import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { calendarSv } from './sv.ts';

export const calendarAr: CatalogueOf<typeof calendarSv> = {
  calendarViewLabel: 'العرض',
  calendarViewList: 'قائمة',
  calendarViewMonth: 'شهر',
  calendarPreviousMonth: 'الشهر السابق',
  calendarNextMonth: 'الشهر التالي',
  calendarGridHint:
    'تنقّل بين الأيام بمفاتيح الأسهم وHome وEnd، وبين الأشهر بمفتاحي Page Up وPage Down. يعرض مفتاح Enter فعاليات اليوم.',
  calendarToday: 'اليوم',
  calendarEventCount: ({ count }) =>
    plural('ar', count, {
      zero: 'لا فعاليات',
      one: 'فعالية واحدة',
      two: 'فعاليتان',
      few: `${count} فعاليات`,
      many: `${count} فعالية`,
      other: `${count} فعالية`,
    }),
  calendarMoreEvents: ({ count }) => `+${count} أخرى`,
  calendarDayEvents: ({ date }) => `فعاليات يوم ${date}`,
  calendarNoEventsDay: 'لا توجد فعاليات في هذا اليوم.',
  calendarEmpty: 'لم يُخطَّط لأي تدريب بعد.',
  calendarEmptyMonth: 'لا توجد تدريبات في هذا الشهر.',
  calendarSkipped: ({ count }) =>
    plural('ar', count, {
      one: 'تعذّرت قراءة فعالية واحدة في التقويم ولذلك لا تظهر.',
      two: 'تعذّرت قراءة فعاليتين في التقويم ولذلك لا تظهران.',
      few: `تعذّرت قراءة ${count} فعاليات في التقويم ولذلك لا تظهر.`,
      other: `تعذّرت قراءة ${count} فعالية في التقويم ولذلك لا تظهر.`,
    }),
  calendarErrorNotCalendarTitle: 'هذا ليس تقويمًا',
  calendarErrorNotCalendarBody:
    'أعاد العنوان شيئًا غير التقويم (iCalendar أو JSON). يُرجى التواصل مع المسؤول عن هذا الموقع.',
  calendarErrorMalformedTitle: 'في التقويم أخطاء',
  calendarErrorMalformedBody:
    'ملف التقويم تالف ولم تمكن قراءته. حاول مرة أخرى لاحقًا أو تواصل مع المسؤول عن هذا الموقع.',
  calendarAllDay: 'طوال اليوم',
  calendarOnline: 'عبر الإنترنت',
  calendarRecurring: 'متكرر',
  calendarSeatsLeft: ({ count }) =>
    plural('ar', count, {
      zero: 'لا أماكن متبقية',
      one: 'بقي مكان واحد',
      two: 'بقي مكانان',
      few: `بقيت ${count} أماكن`,
      other: `بقي ${count} مكانًا`,
    }),
  calendarSeatsOf: ({ left, total }) => `بقي ${left} من ${total} مكانًا`,
  calendarFull: 'مكتمل العدد',
  calendarCancelled: 'أُلغي',
  calendarUntitled: 'بدون عنوان',
  calendarTentative: 'مبدئي',
  calendarWhen: 'متى',
  calendarWhere: 'أين',
  calendarLanguages: 'اللغات',
  calendarSeats: 'الأماكن',
  calendarStatus: 'الحالة',
  calendarShowOnMap: 'عرض على الخريطة',
  calendarPlaceWebsite: 'عن المكان',
  calendarJoinOnline: 'الانضمام عبر الإنترنت',
  calendarAddToCalendar: 'أضِف إلى تقويمك',
  calendarDownloadIcs: 'تنزيل ملف التقويم (.ics)',
  calendarGoogle: 'تقويم Google',
  calendarOutlook: 'Outlook.com (شخصي)',
  calendarOutlookWork: 'Outlook للعمل أو المدرسة',
  calendarSignUp: 'سجّل الآن',
  calendarSignUpFull: 'هذا التدريب مكتمل العدد، لذا أُغلق التسجيل.',
  calendarSignUpCancelled: 'أُلغي هذا التدريب، لذا لا يمكن التسجيل.',
  calendarEventDetails: 'عن الفعالية',
};
