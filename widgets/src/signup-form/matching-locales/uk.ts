import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedUk } from '@mentorkit/core/goal-words/uk';

export const signupMatchingUk: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'Напишіть свою професію та виберіть її зі списку.',
  signupOccupationOptions: 'Професії',
  signupOccupationResults: ({ count }) =>
    count === 0
      ? 'Професій не знайдено.'
      : plural('uk', count, {
          one: `Знайдено ${count} професію.`,
          few: `Знайдено ${count} професії.`,
          many: `Знайдено ${count} професій.`,
          other: `Знайдено ${count} професії.`,
        }),
  signupOccupationGroup: ({ group }) => `Група професій: ${group}`,
  signupOccupationUnclassified:
    'Не знаходите своєї професії у списку? Тоді ми збережемо те, що ви написали, а координатор віднесе її до потрібної групи.',
  signupOccupationSources: 'Джерела професій:',
  signupAvailabilitySlots: 'Коли ви можете зустрічатися?',
  signupSlotWeekdayDaytime: 'У будні, вдень',
  signupSlotWeekdayEvening: 'У будні, ввечері',
  signupSlotWeekend: 'У вихідні',
  signupMeetingModes: 'Як ви можете зустрічатися?',
  signupModeInPerson: 'Особисто',
  signupModeRemote: 'Дистанційно (відео чи телефон)',
  signupExpertise: 'З чим ви можете допомогти менті?',
  signupExpertiseNetwork: goalOfferedUk({ goal: 'network' }),
  signupExpertiseCv: goalOfferedUk({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedUk({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedUk({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedUk({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedUk({ goal: 'degree-validation' }),
  signupCapacity: 'Скільки менті ви можете мати одночасно?',
  signupCapacityHint: 'Більшість менторів мають одного або двох менті.',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'На це навчання вже немає вільних місць.',
  signupTrainingCancelled: 'Це навчання скасовано.',
  signupTrainingUnknown: 'Це навчання більше не проводиться.',
  signupTrainingOtherProgramme:
    'Це навчання належить до іншої програми, ніж ця форма. Усе, що ви написали, збережено.',
  signupTrainingNext: ({ date }) => `Найближча дата з вільним місцем: ${date}.`,
  signupTrainingNoNext:
    'Пізнішої дати з вільним місцем поки немає. Усе, що ви написали, збережено.',
  signupTrainingChooseNext: ({ date }) => `Записати мене на ${date} замість цього`,
  signupTrainingWithout: 'Надіслати мою заявку без навчання',
};
