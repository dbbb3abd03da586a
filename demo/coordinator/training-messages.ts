// What the trainings part of the view says, in one place (the view is in English; its Swedish
// comes with the view's localisation, issue 19): the add-a-training form's errors and outcome.
export const TRAINING_MESSAGES = {
  /** Said next to a field the form or the server's schema refused. */
  invalid: {
    title: 'Enter a title (at most 200 characters).',
    programme: 'Choose the programme the training belongs to.',
    date: 'Enter the date, like 2027-05-04.',
    startTime: 'Enter the time it starts, like 17:00.',
    endTime: 'Enter the time it ends, like 18:30.',
    weeklyCount: 'Enter how many weeks it repeats, from 1 to 52.',
    seats: 'Enter the number of seats, from 1, or leave it empty for no limit.',
    locationName: 'Shorten the place to at most 200 characters.',
    address: 'Shorten the address to at most 1,000 characters.',
    description: 'Shorten the description to at most 5,000 characters.',
  } as Record<string, string>,
  /** The programme choice of an administrator's training for everyone. */
  wholeOrganisation: 'The whole organisation (every programme)',
  added: (title: string) => `"${title}" was added to the feeds.`,
  programme: (name: string) => `Programme: ${name}`,
};
