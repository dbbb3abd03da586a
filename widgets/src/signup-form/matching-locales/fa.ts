import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedFa } from '@mentorkit/core/goal-words/fa';

export const signupMatchingFa: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'شغل خود را بنویسید و آن را از فهرست انتخاب کنید.',
  signupOccupationOptions: 'شغل‌ها',
  signupOccupationResults: ({ count }) =>
    count === 0
      ? 'هیچ شغلی پیدا نشد.'
      : plural('fa', count, { one: `${count} شغل پیدا شد.`, other: `${count} شغل پیدا شد.` }),
  signupOccupationGroup: ({ group }) => `گروه شغلی: ${group}`,
  signupOccupationUnclassified:
    'شغل خود را در فهرست پیدا نمی‌کنید؟ آنچه نوشته‌اید را نگه می‌داریم و یک هماهنگ‌کننده آن را برایتان دسته‌بندی می‌کند.',
  signupOccupationSources: 'منبع شغل‌ها:',
  signupAvailabilitySlots: 'چه زمانی می‌توانید ملاقات کنید؟',
  signupSlotWeekdayDaytime: 'روزهای کاری، در طول روز',
  signupSlotWeekdayEvening: 'روزهای کاری، عصرها',
  signupSlotWeekend: 'آخر هفته‌ها',
  signupMeetingModes: 'چگونه می‌توانید ملاقات کنید؟',
  signupModeInPerson: 'حضوری',
  signupModeRemote: 'از راه دور (تصویری یا تلفنی)',
  signupExpertise: 'در چه چیزی می‌توانید به یک منتی کمک کنید؟',
  signupExpertiseNetwork: goalOfferedFa({ goal: 'network' }),
  signupExpertiseCv: goalOfferedFa({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedFa({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedFa({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedFa({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedFa({ goal: 'degree-validation' }),
  signupCapacity: 'هم‌زمان چند منتی می‌توانید داشته باشید؟',
  signupCapacityHint: 'بیشتر منتورها یک یا دو منتی دارند.',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'ظرفیت این دوره آموزشی تکمیل شده است.',
  signupTrainingCancelled: 'این دوره آموزشی لغو شده است.',
  signupTrainingUnknown: 'این دوره آموزشی دیگر برگزار نمی‌شود.',
  signupTrainingOtherProgramme:
    'این دوره آموزشی به برنامه دیگری غیر از برنامه این فرم تعلق دارد. آنچه نوشته‌اید حفظ شده است.',
  signupTrainingNext: ({ date }) => `نوبت بعدی که جای خالی دارد: ${date}.`,
  signupTrainingNoNext: 'هنوز نوبت دیگری با جای خالی وجود ندارد. آنچه نوشته‌اید حفظ شده است.',
  signupTrainingChooseNext: ({ date }) => `به جای آن، مرا برای ${date} ثبت‌نام کنید`,
  signupTrainingWithout: 'ثبت‌نام مرا بدون دوره آموزشی بفرستید',
};
