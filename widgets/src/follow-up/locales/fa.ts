import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { followUpSv } from './sv.ts';

export const followUpFa: CatalogueOf<typeof followUpSv> = {
  followUpTitle: ({ months }) => `پیگیری پس از ${months} ماه`,
  followUpProgramme: ({ programme }) => `منتورینگ در ${programme}`,
  followUpIntroMentee:
    'اکنون اوضاع شما چطور است؟ پاسخ‌های شما به بهتر شدن برنامه کمک می‌کند. حدود دو دقیقه وقت می‌گیرد.',
  followUpIntroMentor:
    'منتورینگ چطور پیش رفت؟ پاسخ‌های شما به بهتر شدن برنامه کمک می‌کند. حدود دو دقیقه وقت می‌گیرد.',
  followUpAnswerBy: ({ date }) => `لطفاً تا ${date} پاسخ دهید.`,
  followUpChangeNote: 'پاسخ‌های تازهٔ شما جای پاسخ‌هایی را که دفعهٔ قبل فرستادید می‌گیرد.',

  followUpWorkSituation: 'اکنون چه می‌کنید؟',
  followUpWorkQualifiedJob: 'در رشتهٔ خودم یا در شغلی تخصصی کار می‌کنم',
  followUpWorkOtherJob: 'شغل دیگری دارم',
  followUpWorkStudies: 'درس می‌خوانم',
  followUpWorkLooking: 'دنبال کار می‌گردم',
  followUpWorkOther: 'چیز دیگری',
  followUpWeeklyHours: 'چند ساعت در هفته؟',
  followUpWeeklyHoursHint: 'تقریباً، در کار یا تحصیل. یک عدد صحیح بنویسید، مثلاً ۴۰.',
  followUpSince: 'از چه زمانی؟',
  followUpMonth: 'ماه',
  followUpYear: 'سال',
  followUpChoose: 'انتخاب کنید …',
  followUpHelpedMentee: 'منتورینگ چقدر به شما کمک کرده است؟',
  followUpHelpedMentor: 'فکر می‌کنید منتورینگ چقدر به منتی شما کمک کرده است؟',
  followUpHelpedALot: 'خیلی زیاد',
  followUpHelpedSome: 'تا اندازه‌ای',
  followUpHelpedALittle: 'کمی',
  followUpHelpedNotAtAll: 'اصلاً',
  followUpStillMeeting: 'آیا هنوز همدیگر را می‌بینید؟',
  followUpStillMeetingYes: 'بله',
  followUpStillMeetingSometimes: 'گاهی',
  followUpStillMeetingNo: 'نه',
  followUpMentorAgain: 'آیا دوست دارید دوباره منتور شوید؟',
  followUpMentorAgainYes: 'بله',
  followUpMentorAgainMaybe: 'شاید',
  followUpMentorAgainNo: 'نه',
  followUpComment: 'آیا می‌خواهید چیز دیگری به ما بگویید؟',
  followUpCommentHint: 'مثلاً چه چیزی بیشتر از همه کمک کرد، یا چه چیزی می‌توانست بهتر باشد.',

  followUpSubmit: 'فرستادن پاسخ‌ها',
  followUpSending: 'در حال فرستادن …',
  followUpErrorSummaryTitle: 'چیزی باید اصلاح شود',
  followUpErrorChoose: 'یک پاسخ انتخاب کنید.',
  followUpErrorHours: ({ max }) => `یک عدد صحیح از ۱ تا ${max} بنویسید.`,
  followUpErrorSince: 'هم ماه و هم سال را انتخاب کنید.',
  followUpErrorSinceFuture: 'همین ماه یا ماهی پیش از آن را انتخاب کنید.',
  followUpErrorTooLong: ({ max }) => `حداکثر ${max} نویسه بنویسید.`,
  followUpErrorInvalid: 'پاسخ خود را در اینجا بررسی کنید.',
  followUpSendErrorTitle: 'پاسخ‌های شما فرستاده نشد',
  followUpSendErrorBody:
    'پاسخ‌های شما هنوز اینجاست. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.',
  followUpSendErrorUnreachableBody:
    'پاسخ‌های شما هنوز اینجاست. دسترسی به سرور ممکن نشد. کمی بعد دوباره تلاش کنید.',

  followUpThanksTitle: 'از پاسخ‌های شما سپاسگزاریم!',
  followUpThanksBody: 'پاسخ‌ها را دریافت کردیم. آن‌ها به ما کمک می‌کنند برنامه را بهتر کنیم.',
  followUpAnsweredTitle: 'شما قبلاً پاسخ داده‌اید',
  followUpAnsweredBody: ({ date }) => `پاسخ‌های شما را در ${date} دریافت کردیم. سپاسگزاریم!`,
  followUpChange: 'تغییر پاسخ‌هایم',
  followUpExpiredTitle: 'این پیوند دیگر معتبر نیست',
  followUpExpiredBody:
    'این پیوند منقضی شده یا پس گرفته شده است. اگر می‌خواهید پاسخ دهید، با هماهنگ‌کنندهٔ برنامهٔ خود تماس بگیرید.',
  followUpNotFoundTitle: 'پرسش‌ها پیدا نشد',
  followUpNotFoundBody:
    'بررسی کنید که پیوند را کامل دارید. اگر مشکل ادامه داشت، با هماهنگ‌کنندهٔ برنامهٔ خود تماس بگیرید.',
};
