import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { followUpSv } from './sv.ts';

export const followUpAr: CatalogueOf<typeof followUpSv> = {
  followUpTitle: ({ months }) =>
    plural('ar', months, {
      one: 'متابعة بعد شهر واحد',
      two: 'متابعة بعد شهرين',
      few: `متابعة بعد ${months} أشهر`,
      many: `متابعة بعد ${months} شهرًا`,
      other: `متابعة بعد ${months} شهر`,
    }),
  followUpProgramme: ({ programme }) => `الإرشاد في ${programme}`,
  followUpIntroMentee:
    'كيف تسير أمورك الآن؟ تساعد إجاباتك على تحسين البرنامج. يستغرق ذلك دقيقتين تقريبًا.',
  followUpIntroMentor:
    'كيف سار الإرشاد؟ تساعد إجاباتك على تحسين البرنامج. يستغرق ذلك دقيقتين تقريبًا.',
  followUpAnswerBy: ({ date }) => `يُرجى الإجابة قبل ${date}.`,
  followUpChangeNote: 'ستحلّ إجاباتك الجديدة محلّ الإجابات التي أرسلتها في المرة السابقة.',

  followUpWorkSituation: 'ماذا تفعل الآن؟',
  followUpWorkQualifiedJob: 'لديّ عمل في مجال تخصصي أو عمل يتطلب مؤهلات',
  followUpWorkOtherJob: 'لديّ عمل آخر',
  followUpWorkStudies: 'أدرس',
  followUpWorkLooking: 'أبحث عن عمل',
  followUpWorkOther: 'شيء آخر',
  followUpWeeklyHours: 'كم ساعة في الأسبوع؟',
  followUpWeeklyHoursHint: 'تقريبًا، في العمل أو الدراسة. اكتب عددًا صحيحًا، مثلًا 40.',
  followUpSince: 'منذ متى؟',
  followUpMonth: 'الشهر',
  followUpYear: 'السنة',
  followUpChoose: 'اختر …',
  followUpHelpedMentee: 'إلى أي حد ساعدك الإرشاد؟',
  followUpHelpedMentor: 'إلى أي حد تظن أن الإرشاد ساعد المتدرّب الذي ترشده؟',
  followUpHelpedALot: 'كثيرًا',
  followUpHelpedSome: 'إلى حد ما',
  followUpHelpedALittle: 'قليلًا',
  followUpHelpedNotAtAll: 'لم يساعد إطلاقًا',
  followUpStillMeeting: 'هل ما زلتما تلتقيان؟',
  followUpStillMeetingYes: 'نعم',
  followUpStillMeetingSometimes: 'أحيانًا',
  followUpStillMeetingNo: 'لا',
  followUpMentorAgain: 'هل تودّ أن تكون مرشدًا مرة أخرى؟',
  followUpMentorAgainYes: 'نعم',
  followUpMentorAgainMaybe: 'ربما',
  followUpMentorAgainNo: 'لا',
  followUpComment: 'هل تودّ أن تخبرنا بشيء آخر؟',
  followUpCommentHint: 'مثلًا ما الذي ساعدك أكثر، أو ما الذي كان يمكن أن يكون أفضل.',

  followUpSubmit: 'أرسل إجاباتي',
  followUpSending: 'جارٍ الإرسال …',
  followUpErrorSummaryTitle: 'هناك ما يحتاج إلى تصحيح',
  followUpErrorChoose: 'اختر إجابة.',
  followUpErrorHours: ({ max }) => `اكتب عددًا صحيحًا من 1 إلى ${max}.`,
  followUpErrorSince: 'اختر الشهر والسنة كليهما.',
  followUpErrorSinceFuture: 'اختر هذا الشهر أو شهرًا قبله.',
  followUpErrorTooLong: ({ max }) => `اكتب ${max} حرفًا على الأكثر.`,
  followUpErrorInvalid: 'تحقّق من إجابتك هنا.',
  followUpSendErrorTitle: 'تعذّر إرسال إجاباتك',
  followUpSendErrorBody: 'إجاباتك ما زالت هنا. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  followUpSendErrorUnreachableBody:
    'إجاباتك ما زالت هنا. تعذّر الوصول إلى الخادم. حاول مرة أخرى بعد قليل.',

  followUpThanksTitle: 'شكرًا على إجاباتك!',
  followUpThanksBody: 'لقد استلمناها. إنها تساعدنا على تحسين البرنامج.',
  followUpAnsweredTitle: 'لقد أجبت من قبل',
  followUpAnsweredBody: ({ date }) => `استلمنا إجاباتك في ${date}. شكرًا لك!`,
  followUpChange: 'تغيير إجاباتي',
  followUpExpiredTitle: 'هذا الرابط لم يعد صالحًا',
  followUpExpiredBody:
    'انتهت صلاحية هذا الرابط أو تم سحبه. إذا كنت تودّ الإجابة، تواصل مع منسّق برنامجك.',
  followUpNotFoundTitle: 'لم يُعثر على الأسئلة',
  followUpNotFoundBody: 'تحقّق من أنك نسخت الرابط كاملًا. إذا استمرت المشكلة، تواصل مع منسّق برنامجك.',
};
