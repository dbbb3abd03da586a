import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedSo } from '@mentorkit/core/goal-words/so';

export const signupMatchingSo: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'Qor shaqadaada oo ka dooro liiska.',
  signupOccupationOptions: 'Shaqooyin',
  signupOccupationResults: ({ count }) =>
    count === 0
      ? 'Wax shaqo ah lama helin.'
      : plural('so', count, {
          one: `${count} shaqo ayaa la helay.`,
          other: `${count} shaqo ayaa la helay.`,
        }),
  signupOccupationGroup: ({ group }) => `Kooxda shaqada: ${group}`,
  signupOccupationUnclassified:
    'Miyaadan shaqadaada ka helin liiska? Waxaan kaydinaynaa waxaad qortay, isuduwaha barnaamijkana wuu kuu meeleyn doonaa.',
  signupOccupationSources: 'Shaqooyinka waxay ka yimaadeen:',
  signupAvailabilitySlots: 'Goorma ayaad kulmi kartaa?',
  signupSlotWeekdayDaytime: 'Maalmaha shaqada, maalintii',
  signupSlotWeekdayEvening: 'Maalmaha shaqada, fiidkii',
  signupSlotWeekend: 'Dhammaadka toddobaadka',
  signupMeetingModes: 'Sidee ayaad u kulmi kartaa?',
  signupModeInPerson: 'Fool ka fool',
  signupModeRemote: 'Fog (muuqaal ama telefoon)',
  signupExpertise: 'Maxaad kaga caawin kartaa qof la taliyo?',
  signupExpertiseNetwork: goalOfferedSo({ goal: 'network' }),
  signupExpertiseCv: goalOfferedSo({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedSo({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedSo({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedSo({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedSo({ goal: 'degree-validation' }),
  signupCapacity: 'Immisa qof oo la taliyo ayaad hal mar yeelan kartaa?',
  signupCapacityHint: 'Inta badan lataliyeyaashu waxay leeyihiin hal ama laba.',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'Tababarkan waa buuxaa.',
  signupTrainingCancelled: 'Tababarkan waa la joojiyay.',
  signupTrainingUnknown: 'Tababarkan hadda lama bixiyo.',
  signupTrainingOtherProgramme:
    'Tababarkani wuxuu ka tirsan yahay barnaamij kale, ma aha kan foomkan. Waxaad qortay waa la hayaa.',
  signupTrainingNext: ({ date }) => `Taariikhda xigta ee boos bannaan leh: ${date}.`,
  signupTrainingNoNext:
    'Weli ma jirto taariikh dambe oo boos bannaan leh. Waxaad qortay waa la hayaa.',
  signupTrainingChooseNext: ({ date }) => `Halkii, igu diiwaangeli ${date}`,
  signupTrainingWithout: 'Dir diiwaangelintayda anigoo aan tababar lahayn',
};
