// Trainings and programmes for <mk-trainings>' component tests: a weekly one in Stockholm, a
// single one in another zone, a cancelled one, one of no programme, and a hostile title.
import type { Json, Programme, Training } from '../../api-types.ts';

export const PROGRAMMES: Json<Programme>[] = [
  {
    id: 'academics',
    name: 'Akademikerförbundets mentorprogram',
    languages: [],
    capacityDefault: 1,
    createdAt: '2026-01-01T00:00:00Z',
  },
  {
    id: 'foundry',
    name: 'Gjuteriets yrkesmentorer',
    languages: [],
    capacityDefault: 1,
    createdAt: '2026-01-01T00:00:00Z',
  },
];

const base = {
  sequence: 0,
  demo: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

export const LANGUAGE_CAFE: Training = {
  ...base,
  uid: 'cafe@mentorkit.test',
  title: 'Språkcafé',
  // Tuesday 1 December 2026, 17:30–19:00 in Stockholm (UTC+1).
  startsAt: '2026-12-01T16:30:00.000Z',
  endsAt: '2026-12-01T18:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  status: 'confirmed',
  rrule: 'FREQ=WEEKLY;COUNT=12',
  location: { name: 'Stadsbiblioteket', address: 'Storgatan 1' },
  seatsTotal: 30,
  programmeId: 'academics',
  demo: true,
};

export const HELSINKI_VISIT: Training = {
  ...base,
  uid: 'visit@mentorkit.test',
  title: 'Studiebesök i Helsingfors',
  // 10:00–12:00 in Helsinki (UTC+2) is 09:00–11:00 in Stockholm: the card says Helsinki's time.
  startsAt: '2026-12-10T08:00:00.000Z',
  endsAt: '2026-12-10T10:00:00.000Z',
  timeZone: 'Europe/Helsinki',
  status: 'tentative',
  programmeId: 'foundry',
};

export const CANCELLED: Training = {
  ...base,
  uid: 'off@mentorkit.test',
  title: 'Inställd workshop',
  startsAt: '2026-12-15T08:00:00.000Z',
  endsAt: '2026-12-15T10:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  status: 'cancelled',
};

export const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Kurs';

export const HOSTILE: Training = {
  ...base,
  uid: 'hostile@mentorkit.test',
  title: HOSTILE_TITLE,
  startsAt: '2026-12-20T08:00:00.000Z',
  endsAt: '2026-12-20T09:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  status: 'confirmed',
  programmeId: 'academics',
};

export const TRAININGS = [LANGUAGE_CAFE, HELSINKI_VISIT, CANCELLED];
