// Calendar feeds for <mk-feeds>' component tests: one working, one failing with a copy kept,
// one that never worked and belongs to the whole organisation, and a hostile name.
import type { ExternalFeed } from '../../api-types.ts';
export { PROGRAMMES } from '../../trainings/testing/training-fixtures.ts';

export const WORKING: ExternalFeed = {
  id: 'feed-ok',
  name: 'Facket Vimmerby',
  url: 'https://outlook.office365.com/owa/calendar/facket/calendar.ics',
  programmeId: 'academics',
  createdAt: '2026-11-20T08:00:00.000Z',
  nextFetchAt: '2026-11-30T10:15:00.000Z',
  lastAttemptAt: '2026-11-30T10:00:00.000Z',
  lastSuccessAt: '2026-11-30T10:00:00.000Z',
  copyFetchedAt: '2026-11-30T10:00:00.000Z',
  events: 2,
  failures: 0,
  path: '/api/feeds/feed-ok.ics',
};

export const SIGN_IN_PAGE: ExternalFeed = {
  ...WORKING,
  id: 'feed-login',
  name: 'Gjuteriets kalender',
  url: 'https://calendar.google.com/calendar/ical/gjuteri/basic.ics',
  programmeId: 'foundry',
  lastError: 'not-a-calendar',
  lastErrorDetail: 'text/html',
  failures: 3,
  path: '/api/feeds/feed-login.ics',
};

export const NEVER_WORKED: ExternalFeed = {
  id: 'feed-never',
  name: 'Intranätet',
  url: 'https://intranet.example/calendar.ics',
  programmeId: null,
  createdAt: '2026-11-30T09:00:00.000Z',
  nextFetchAt: '2026-11-30T10:15:00.000Z',
  lastAttemptAt: '2026-11-30T10:00:00.000Z',
  lastError: 'refused-address',
  events: 0,
  failures: 1,
  path: '/api/feeds/feed-never.ics',
};

export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Kalender';

export const FEEDS = [WORKING, SIGN_IN_PAGE, NEVER_WORKED];
