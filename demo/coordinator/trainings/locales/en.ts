import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { TrainingsOwnMessages } from './sv.ts';

export const trainingsEn: CatalogueOf<TrainingsOwnMessages> = {
  trainingsHeading: 'Trainings',
  trainingsPublished: 'Published as calendar feeds; a change here is in them at once:',
  trainingsNone: 'No trainings yet.',
  trainingsWhen: ({ date, start, end }) => `${date}, ${start}–${end}`,
  trainingsZone: ({ zone }) => `(${zone})`,
  trainingsRepeats: ({ every }) => `Repeats ${every}`,
  trainingsSeats: ({ count }) => (count === 1 ? '1 seat' : `${count} seats`),
  trainingsOnline: 'Online',
  trainingsStatus: ({ status }) => `Status: ${status}`,
  trainingsDemo: 'Demo',
  trainingsCancel: 'Cancel training',
  trainingsCancelNamed: ({ title }) => `Cancel training: ${title}`,
  trainingsConfirmCancel: ({ title }) =>
    `Cancel "${title}"? Calendars that show it will learn that it is off. This cannot be undone.`,
  trainingsConfirmYes: 'Yes, cancel it',
  trainingsCancelled: ({ title }) => `"${title}" was cancelled; the feeds say so now.`,
  trainingsAddHeading: 'Add a training',
  trainingsLabel: ({ field }) =>
    ({
      title: 'Title',
      programme: 'Programme',
      date: 'Date',
      startTime: 'Starts (Stockholm time)',
      endTime: 'Ends',
      weeklyCount: 'Weekly, number of times',
      seats: 'Seats',
      locationName: 'Place',
      address: 'Address',
      description: 'Description',
    })[field],
  trainingsWeeklyHint: '1 means a single session.',
  trainingsSeatsHint: 'Empty means no limit.',
  trainingsInvalid: ({ field }) =>
    ({
      title: 'Enter a title (at most 200 characters).',
      programme: 'Choose the programme the training belongs to.',
      date: 'Enter the date, like 2027-05-04.',
      startTime: 'Enter the time it starts, like 17:00.',
      endTime: 'Enter the time it ends, after it starts, like 18:30.',
      weeklyCount: 'Enter how many weeks it repeats, from 1 to 52.',
      seats: 'Enter the number of seats, from 1, or leave it empty for no limit.',
      locationName: 'Shorten the place to at most 200 characters.',
      address: 'Shorten the address to at most 1,000 characters.',
      description: 'Shorten the description to at most 5,000 characters.',
    })[field],
  trainingsAdd: 'Add training',
  trainingsAdding: 'Adding…',
  trainingsAdded: ({ title }) => `"${title}" was added to the feeds.`,
  trainingsNotAdded: 'The training was not added. Correct what is said beside the fields.',
};
