import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedTi } from '@mentorkit/core/goal-words/ti';

export const signupMatchingTi: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'ሞያኻ ጽሓፍን ካብ ዝርዝር ምረጾን።',
  signupOccupationOptions: 'ሞያታት',
  signupOccupationResults: ({ count }) => (count === 0 ? 'ዝተረኽበ ሞያ የለን።' : `${count} ሞያታት ተረኺቦም።`),
  signupOccupationGroup: ({ group }) => `ጉጅለ ሞያ፦ ${group}`,
  signupOccupationUnclassified: 'ሞያኻ ኣብ ዝርዝር ኣይረኸብካዮን? እቲ ዝጸሓፍካዮ ንዕቅቦ፡ ኣወሃሃዲ ድማ ኣብ ቦታኡ ከቐምጦ እዩ።',
  signupOccupationSources: 'ሞያታት ካብዚ ዝመጹ እዮም፦',
  signupAvailabilitySlots: 'መዓስ ክትራኸብ ትኽእል?',
  signupSlotWeekdayDaytime: 'መዓልታት ስራሕ፡ ብመዓልቲ',
  signupSlotWeekdayEvening: 'መዓልታት ስራሕ፡ ምሸት',
  signupSlotWeekend: 'ቀዳመ-ሰንበት',
  signupMeetingModes: 'ብኸመይ ክትራኸብ ትኽእል?',
  signupModeInPerson: 'ኣካላዊ',
  signupModeRemote: 'ካብ ርሑቕ (ቪድዮ ወይ ተሌፎን)',
  signupExpertise: 'ንሓደ ተማኻሪ ብምንታይ ክትሕግዞ ትኽእል?',
  signupExpertiseNetwork: goalOfferedTi({ goal: 'network' }),
  signupExpertiseCv: goalOfferedTi({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedTi({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedTi({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedTi({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedTi({ goal: 'degree-validation' }),
  signupCapacity: 'ክንደይ ተማኸርቲ ብሓደ ግዜ ክህልዉኻ ይኽእሉ?',
  signupCapacityHint: 'መብዛሕትኦም መማኽርቲ ሓደ ወይ ክልተ ኣለዉዎም።',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'እዚ ስልጠና ምሉእ እዩ።',
  signupTrainingCancelled: 'እዚ ስልጠና ተሰሪዙ እዩ።',
  signupTrainingUnknown: 'እዚ ስልጠና ድሕሪ ሕጂ ኣይወሃብን እዩ።',
  signupTrainingOtherProgramme: 'እዚ ስልጠና ናይ ካልእ ፕሮግራም እዩ፡ ናይዚ ቅጥዒ ኣይኮነን። ዝጸሓፍካዮ ተዓቂቡ ኣሎ።',
  signupTrainingNext: ({ date }) => `ዝቕጽል ባዶ ቦታ ዘለዎ ዕለት፦ ${date}።`,
  signupTrainingNoNext: 'ክሳብ ሕጂ ባዶ ቦታ ዘለዎ ዝቕጽል ዕለት የለን። ዝጸሓፍካዮ ተዓቂቡ ኣሎ።',
  signupTrainingChooseNext: ({ date }) => `ኣብ ክንድኡ ን${date} ኣመዝግበኒ`,
  signupTrainingWithout: 'ምዝገባይ ብዘይ ስልጠና ስደዶ',
};
