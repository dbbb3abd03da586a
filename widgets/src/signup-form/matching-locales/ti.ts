import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';

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
  signupExpertiseNetwork: 'ርክባትን መርበብን',
  signupExpertiseCv: 'ሲቪ ምጽሓፍ',
  signupExpertiseInterview: 'ንቃለ-መሕትት ስራሕ ምድላው',
  signupExpertiseWorkplaceCulture: 'ኣብ ሽወደናዊ ቦታ ስራሕ ነገራት ብኸመይ ከም ዝኸዱ',
  signupExpertiseLanguagePractice: 'ሽወደንኛ ምልማድ',
  signupExpertiseDegreeValidation: 'ወጻኢ ትምህርቲ ምግምጋም',
  signupCapacity: 'ክንደይ ተማኸርቲ ብሓደ ግዜ ክህልዉኻ ይኽእሉ?',
  signupCapacityHint: 'መብዛሕትኦም መማኽርቲ ሓደ ወይ ክልተ ኣለዉዎም።',
};
