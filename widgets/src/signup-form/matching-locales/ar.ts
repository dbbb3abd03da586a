import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedAr } from '@mentorkit/core/goal-words/ar';

export const signupMatchingAr: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'اكتب مهنتك واخترها من القائمة.',
  signupOccupationOptions: 'المهن',
  signupOccupationResults: ({ count }) =>
    plural('ar', count, {
      zero: 'لم يُعثر على أي مهنة.',
      one: 'عُثر على مهنة واحدة.',
      two: 'عُثر على مهنتين.',
      few: `عُثر على ${count} مهن.`,
      many: `عُثر على ${count} مهنة.`,
      other: `عُثر على ${count} مهنة.`,
    }),
  signupOccupationGroup: ({ group }) => `مجموعة المهن: ${group}`,
  signupOccupationUnclassified:
    'ألا تجد مهنتك في القائمة؟ سنحتفظ بما كتبته، وسيصنّفها منسّق البرنامج لك.',
  signupOccupationSources: 'مصدر المهن:',
  signupAvailabilitySlots: 'متى يمكنك اللقاء؟',
  signupSlotWeekdayDaytime: 'أيام الأسبوع، نهارًا',
  signupSlotWeekdayEvening: 'أيام الأسبوع، مساءً',
  signupSlotWeekend: 'عطلة نهاية الأسبوع',
  signupMeetingModes: 'كيف يمكنك اللقاء؟',
  signupModeInPerson: 'حضوريًا',
  signupModeRemote: 'عن بُعد (فيديو أو هاتف)',
  signupExpertise: 'بماذا يمكنك مساعدة المتدرّب؟',
  signupExpertiseNetwork: goalOfferedAr({ goal: 'network' }),
  signupExpertiseCv: goalOfferedAr({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedAr({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedAr({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedAr({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedAr({ goal: 'degree-validation' }),
  signupCapacity: 'كم متدرّبًا يمكنك أن تستقبل في الوقت نفسه؟',
  signupCapacityHint: 'لدى معظم المرشدين متدرّب واحد أو اثنان.',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'هذه الدورة التدريبية مكتملة العدد.',
  signupTrainingCancelled: 'تم إلغاء هذه الدورة التدريبية.',
  signupTrainingUnknown: 'هذه الدورة التدريبية لم تعد متاحة.',
  signupTrainingOtherProgramme:
    'هذه الدورة التدريبية تابعة لبرنامج آخر غير برنامج هذا النموذج. ما كتبته محفوظ.',
  signupTrainingNext: ({ date }) => `الموعد التالي الذي فيه مكان شاغر: ${date}.`,
  signupTrainingNoNext: 'لا يوجد موعد لاحق فيه مكان شاغر حتى الآن. ما كتبته محفوظ.',
  signupTrainingChooseNext: ({ date }) => `سجّلني في موعد ${date} بدلاً من ذلك`,
  signupTrainingWithout: 'أرسل تسجيلي بدون دورة تدريبية',
};
