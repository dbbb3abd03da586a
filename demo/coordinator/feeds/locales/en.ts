import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { FeedsOwnMessages } from './sv.ts';

export const feedsEn: CatalogueOf<FeedsOwnMessages> = {
  feedsHeading: 'Calendar feeds from elsewhere',
  feedsIntro:
    "Trainings kept in Outlook, Google Calendar or Teamup: add the calendar's public iCal address, and the backend fetches it every 15 minutes and keeps the last copy that worked. Partners' calendar widgets show that copy, because those services do not let other sites read their feeds directly.",
  feedsNone: 'No calendar feeds from elsewhere yet.',
  feedsEvents: ({ count }) => (count === 1 ? '1 event' : `${count} events`),
  feedsWorking: ({ events, checked }) => `Working: ${events}, checked ${checked}.`,
  feedsBroken: ({ since, why }) => `Not working since ${since}: ${why}`,
  feedsKept: ({ at, events }) => `Calendars show the copy from ${at} (${events}) meanwhile.`,
  feedsNoCopy: 'Calendars that show it say it cannot be read until a fetch works.',
  feedsNextTry: ({ at }) => `Next try ${at}.`,
  feedsError: ({ code }) =>
    ({
      'invalid-url': 'The address is not one the backend can fetch (http, https or webcal).',
      'refused-address':
        'The address is on a private or local network. The backend fetches only public addresses unless the server allows this one (MENTORKIT_FEED_ALLOW_HOSTS).',
      dns: 'No server has this name. Check the address.',
      network: 'The server could not be reached, or the connection broke off.',
      timeout: 'The server did not answer in time.',
      http: 'The server refused it. The address may be old, or the calendar no longer shared.',
      'too-large': 'The feed is larger than the backend accepts (5 MB).',
      'too-many-redirects': 'The address sends the backend on too many times.',
      'not-a-calendar':
        "The address gave something that is not a calendar, such as a sign-in page. Use the calendar's public iCal (.ics) address.",
    })[code] ?? 'The feed could not be fetched.',
  feedsFrom: 'From',
  feedsSnippet: 'For the calendar widget:',
  feedsFetchNow: 'Fetch now',
  feedsFetchNowNamed: ({ name }) => `Fetch now: ${name}`,
  feedsFetching: 'Fetching…',
  feedsRemove: 'Remove',
  feedsRemoveNamed: ({ name }) => `Remove feed: ${name}`,
  feedsConfirmRemove: ({ name }) =>
    `Remove "${name}"? Pages that show it will say the calendar cannot be loaded. This cannot be undone.`,
  feedsConfirmYes: 'Remove for good',
  feedsRemoved: ({ name }) => `"${name}" was removed.`,
  feedsFetched: ({ name, events }) => `"${name}" was fetched: ${events}.`,
  feedsNotFetched: ({ name, why }) => `"${name}" could not be fetched: ${why}`,
  feedsAdded: ({ name, events }) => `"${name}" was added: ${events}.`,
  feedsAddedBroken: ({ name, why }) => `"${name}" was added, but could not be fetched: ${why}`,
  feedsAddHeading: 'Add a calendar feed',
  feedsName: 'Name',
  feedsUrl: 'iCal address (https:// or webcal://)',
  feedsNameInvalid: 'Give the feed a name (at most 120 characters).',
  feedsUrlMissing:
    "Enter the calendar's iCal address, like https://outlook.office365.com/…/calendar.ics.",
  feedsAdd: 'Add feed',
  feedsAdding: 'Adding and fetching…',
  feedsNotAdded: 'The feed was not added. Correct what is said beside the fields.',
};
