import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { followUpSv } from './sv.ts';

export const followUpPrs: CatalogueOf<typeof followUpSv> = {
  followUpTitle: ({ months }) => `پیگیری بعد از ${months} ماه`,
  followUpProgramme: ({ programme }) => `رهنمایی در ${programme}`,
  followUpIntroMentee:
    'حالا کارهای تان چطور پیش می‌رود؟ جواب‌های شما به بهتر شدن برنامه کمک می‌کند. تقریباً دو دقیقه وقت می‌گیرد.',
  followUpIntroMentor:
    'رهنمایی چطور پیش رفت؟ جواب‌های شما به بهتر شدن برنامه کمک می‌کند. تقریباً دو دقیقه وقت می‌گیرد.',
  followUpAnswerBy: ({ date }) => `لطفاً تا ${date} جواب بدهید.`,
  followUpChangeNote: 'جواب‌های نو شما جای جواب‌هایی را می‌گیرد که دفعهٔ قبل فرستادید.',

  followUpWorkSituation: 'حالا چه کار می‌کنید؟',
  followUpWorkQualifiedJob: 'در مسلک خود یا در یک وظیفهٔ مسلکی کار می‌کنم',
  followUpWorkOtherJob: 'یک وظیفهٔ دیگر دارم',
  followUpWorkStudies: 'درس می‌خوانم',
  followUpWorkLooking: 'در جستجوی کار هستم',
  followUpWorkOther: 'چیز دیگر',
  followUpWeeklyHours: 'چند ساعت در هفته؟',
  followUpWeeklyHoursHint: 'تقریباً، در کار یا تحصیل. یک عدد تام بنویسید، مثلاً ۴۰.',
  followUpSince: 'از چه وقت؟',
  followUpMonth: 'ماه',
  followUpYear: 'سال',
  followUpChoose: 'انتخاب کنید …',
  followUpHelpedMentee: 'رهنمایی چقدر به شما کمک کرده است؟',
  followUpHelpedMentor: 'به نظر شما رهنمایی چقدر به رهنمایی‌شوندهٔ تان کمک کرده است؟',
  followUpHelpedALot: 'بسیار زیاد',
  followUpHelpedSome: 'تا اندازه‌یی',
  followUpHelpedALittle: 'کمی',
  followUpHelpedNotAtAll: 'هیچ',
  followUpStillMeeting: 'آیا هنوز هم یکدیگر را می‌بینید؟',
  followUpStillMeetingYes: 'بلی',
  followUpStillMeetingSometimes: 'گاه‌گاه',
  followUpStillMeetingNo: 'نخیر',
  followUpMentorAgain: 'آیا می‌خواهید باز هم رهنما شوید؟',
  followUpMentorAgainYes: 'بلی',
  followUpMentorAgainMaybe: 'شاید',
  followUpMentorAgainNo: 'نخیر',
  followUpComment: 'آیا می‌خواهید چیز دیگری هم به ما بگویید؟',
  followUpCommentHint: 'مثلاً چه چیز بیشتر کمک کرد، یا چه چیز می‌توانست بهتر باشد.',

  followUpSubmit: 'جواب‌ها را بفرستید',
  followUpSending: 'در حال فرستادن …',
  followUpErrorSummaryTitle: 'چیزی باید اصلاح شود',
  followUpErrorChoose: 'یک جواب را انتخاب کنید.',
  followUpErrorHours: ({ max }) => `یک عدد تام از ۱ تا ${max} بنویسید.`,
  followUpErrorSince: 'هم ماه و هم سال را انتخاب کنید.',
  followUpErrorSinceFuture: 'همین ماه یا یک ماه پیش از آن را انتخاب کنید.',
  followUpErrorTooLong: ({ max }) => `بیشتر از ${max} حرف ننویسید.`,
  followUpErrorInvalid: 'جواب تان را در اینجا بررسی کنید.',
  followUpSendErrorTitle: 'جواب‌های شما فرستاده نشد',
  followUpSendErrorBody:
    'جواب‌های شما هنوز اینجا است. انترنت تان را بررسی کنید و دوباره کوشش کنید.',
  followUpSendErrorUnreachableBody:
    'جواب‌های شما هنوز اینجا است. به سرور وصل شده نتوانستیم. کمی بعد دوباره کوشش کنید.',

  followUpThanksTitle: 'از جواب‌های تان تشکر!',
  followUpThanksBody: 'جواب‌ها را گرفتیم. آن‌ها به ما کمک می‌کنند تا برنامه را بهتر بسازیم.',
  followUpAnsweredTitle: 'شما قبلاً جواب داده‌اید',
  followUpAnsweredBody: ({ date }) => `جواب‌های شما را به تاریخ ${date} گرفتیم. تشکر!`,
  followUpChange: 'جواب‌هایم را تغییر بدهم',
  followUpExpiredTitle: 'این لینک دیگر اعتبار ندارد',
  followUpExpiredBody:
    'وقت این لینک تمام شده یا پس گرفته شده است. اگر می‌خواهید جواب بدهید، با هماهنگ‌کنندهٔ برنامهٔ تان به تماس شوید.',
  followUpNotFoundTitle: 'سوال‌ها پیدا نشد',
  followUpNotFoundBody:
    'بررسی کنید که لینک را مکمل دارید. اگر مشکل باقی ماند، با هماهنگ‌کنندهٔ برنامهٔ تان به تماس شوید.',
};
