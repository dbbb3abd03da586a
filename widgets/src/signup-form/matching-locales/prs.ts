import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedPrs } from '@mentorkit/core/goal-words/prs';

export const signupMatchingPrs: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'وظیفهٔ خود را بنویسید و آن را از لست انتخاب کنید.',
  signupOccupationOptions: 'وظیفه‌ها',
  signupOccupationResults: ({ count }) =>
    count === 0
      ? 'هیچ وظیفه‌ای پیدا نشد.'
      : plural('prs', count, {
          one: `${count} وظیفه پیدا شد.`,
          other: `${count} وظیفه پیدا شد.`,
        }),
  signupOccupationGroup: ({ group }) => `گروپ وظیفه: ${group}`,
  signupOccupationUnclassified:
    'وظیفهٔ خود را در لست پیدا نمی‌کنید؟ آنچه نوشته‌اید نگه داشته می‌شود و یک هماهنگ‌کننده آن را برایتان جابه‌جا می‌کند.',
  signupOccupationSources: 'منبع وظیفه‌ها:',
  signupAvailabilitySlots: 'چه وقت می‌توانید ملاقات کنید؟',
  signupSlotWeekdayDaytime: 'روزهای کاری، در طول روز',
  signupSlotWeekdayEvening: 'روزهای کاری، شام‌ها',
  signupSlotWeekend: 'آخر هفته‌ها',
  signupMeetingModes: 'چطور می‌توانید ملاقات کنید؟',
  signupModeInPerson: 'حضوری',
  signupModeRemote: 'از راه دور (ویدیو یا تیلفون)',
  signupExpertise: 'در چه چیزی می‌توانید با یک شاگرد کمک کنید؟',
  signupExpertiseNetwork: goalOfferedPrs({ goal: 'network' }),
  signupExpertiseCv: goalOfferedPrs({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedPrs({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedPrs({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedPrs({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedPrs({ goal: 'degree-validation' }),
  signupCapacity: 'هم‌زمان چند شاگرد را می‌توانید بپذیرید؟',
  signupCapacityHint: 'بیشتر منتورها یک یا دو شاگرد دارند.',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'ظرفیت این دوره آموزشی پُر شده است.',
  signupTrainingCancelled: 'این دوره آموزشی لغو شده است.',
  signupTrainingUnknown: 'این دوره آموزشی دیگر برگزار نمی‌شود.',
  signupTrainingOtherProgramme:
    'این دوره آموزشی مربوط به برنامهٔ دیگری غیر از برنامهٔ این فورم است. آنچه نوشته‌اید نگه داشته شده است.',
  signupTrainingNext: ({ date }) => `تاریخ بعدی که جای خالی دارد: ${date}.`,
  signupTrainingNoNext: 'تا حال تاریخ دیگری با جای خالی نیست. آنچه نوشته‌اید نگه داشته شده است.',
  signupTrainingChooseNext: ({ date }) => `به جای آن، مرا برای ${date} ثبت‌نام کنید`,
  signupTrainingWithout: 'ثبت‌نام مرا بدون دوره آموزشی بفرستید',
};
