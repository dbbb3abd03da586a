// Fictional data shared by the framework pages (clearly demo data: no real people).
import type { MatchProfile, TrainingEvent } from '@mentorkit/core';

const inDays = (days: number, hour: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

export const sampleTrainings: TrainingEvent[] = [
  {
    uid: 'demo-training-basic',
    title: 'Mentorsutbildning, grunddag (demo)',
    description: 'Vad en mentor gör, och hur det första mötet kan gå till.',
    start: inDays(14, 8),
    end: inDays(14, 15),
    allDay: false,
    timeZone: 'Europe/Stockholm',
    location: { name: 'Stadshuset, sal 2', address: 'Storgatan 1, Värnamo' },
    languages: ['sv'],
    seats: { total: 20, taken: 12 },
    status: 'confirmed',
  },
  {
    uid: 'demo-training-online',
    title: 'Fördjupning: arbetsplatskultur (demo)',
    start: inDays(30, 16),
    end: inDays(30, 18),
    allDay: false,
    timeZone: 'Europe/Stockholm',
    onlineUrl: 'https://example.org/meet/demo',
    languages: ['sv', 'en'],
    seats: { total: 40, taken: 40 },
    status: 'confirmed',
  },
];

export const sampleMatch: MatchProfile = {
  id: 'demo-match-1',
  status: 'proposed',
  mentor: {
    displayName: 'Karin Demo',
    initials: 'KD',
    profession: 'Svetsare',
    industry: 'Gjuteri',
    region: 'Jönköpings län',
    languages: [
      { code: 'sv', level: 'native' },
      { code: 'ar', level: 'B1' },
    ],
    expertise: ['cv', 'workplace-culture'],
  },
  mentee: {
    displayName: 'Amal Demo',
    initials: 'AD',
    profession: 'Svetsare',
    industry: 'Gjuteri',
    region: 'Jönköpings län',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'sv', level: 'A2' },
    ],
    goals: ['cv', 'workplace-culture', 'language-practice'],
  },
  score: 0.86,
  reasons: [
    { kind: 'profession', label: 'Same profession: Svetsare', weight: 0.3 },
    { kind: 'language', label: 'Shared languages: ar, sv', weight: 0.13 },
    { kind: 'goals', label: 'Can help with: cv, workplace-culture', weight: 0.13 },
  ],
  startedAt: inDays(-40, 9),
  plannedMeetings: 10,
  meetingsHeld: 4,
  nextMeeting: inDays(5, 15),
};
