import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { signupMatchingSv } from './sv.ts';
import { goalOfferedEn } from '@mentorkit/core/goal-words/en';

export const signupMatchingEn: CatalogueOf<typeof signupMatchingSv> = {
  signupOccupationHint: 'Type your occupation and choose it from the list.',
  signupOccupationOptions: 'Occupations',
  signupOccupationResults: ({ count }) =>
    count === 0
      ? 'No occupations found.'
      : plural('en', count, {
          one: `${count} occupation found.`,
          other: `${count} occupations found.`,
        }),
  signupOccupationGroup: ({ group }) => `Occupation group: ${group}`,
  signupOccupationUnclassified:
    'Can’t find your occupation in the list? Then we keep what you wrote, and a coordinator will place it for you.',
  signupOccupationSources: 'The occupations come from:',
  signupAvailabilitySlots: 'When can you meet?',
  signupSlotWeekdayDaytime: 'Weekdays, daytime',
  signupSlotWeekdayEvening: 'Weekdays, evenings',
  signupSlotWeekend: 'Weekends',
  signupMeetingModes: 'How can you meet?',
  signupModeInPerson: 'In person',
  signupModeRemote: 'Remotely (video or phone)',
  signupExpertise: 'What can you help a mentee with?',
  signupExpertiseNetwork: goalOfferedEn({ goal: 'network' }),
  signupExpertiseCv: goalOfferedEn({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedEn({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedEn({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedEn({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedEn({ goal: 'degree-validation' }),
  signupCapacity: 'How many mentees can you have at a time?',
  signupCapacityHint: 'Most mentors have one or two.',
  // After a submit: the training was full, cancelled or unknown (issue 20).
  signupTrainingFull: 'This training is fully booked.',
  signupTrainingCancelled: 'This training has been cancelled.',
  signupTrainingUnknown: 'This training is no longer offered.',
  signupTrainingOtherProgramme:
    'This training belongs to a different programme from this form. What you have written is kept.',
  signupTrainingNext: ({ date }) => `The next date with a free place: ${date}.`,
  signupTrainingNoNext:
    'There is no later date with a free place yet. What you have written is kept.',
  signupTrainingChooseNext: ({ date }) => `Sign me up for ${date} instead`,
  signupTrainingWithout: 'Send my signup without a training',
};
