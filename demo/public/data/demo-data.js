// Demo data for the pages: training events dated relative to today (a static feed file would
// go stale), in the shape of the data contract's TrainingEvent, for a calendar's `events`.
const ZONE = 'Europe/Stockholm';

function pad(value) {
  return String(value).padStart(2, '0');
}

/** The calendar date `days` after today (UTC calendar arithmetic, no DST surprises). */
function dayAfterToday(days) {
  const now = new Date();
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The UTC offset of Stockholm on a date, as `+01:00` or `+02:00`. */
function offsetOn(date) {
  const name = new Intl.DateTimeFormat('en', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return match ? match[1] : '+00:00';
}

function at(days, hour, minute = 0) {
  const date = dayAfterToday(days);
  return `${date}T${pad(hour)}:${pad(minute)}:00${offsetOn(date)}`;
}

/** Six fictional trainings over the next weeks, clearly marked as demo data. */
export function demoEvents() {
  return [
    {
      uid: 'mentor-intro@demo.mentorkit',
      title: 'Mentorsutbildning, grunddag (demo)',
      description: 'En dag om att ta emot en adept: förväntningar, språk och feedback.',
      start: at(3, 9),
      end: at(3, 15),
      allDay: false,
      timeZone: ZONE,
      location: { name: 'Folkets hus', address: 'Storgatan 1, Exempelstad' },
      category: 'utbildning',
      languages: ['sv', 'en'],
      seats: { total: 24, taken: 17 },
      status: 'confirmed',
    },
    ...[7, 14, 21].map((days) => ({
      uid: `mentorcafe-${days}@demo.mentorkit`,
      title: 'Mentorcafé (demo)',
      description: 'Drop-in för mentorer och adepter. Ta med dina frågor!',
      start: at(days, 17),
      end: at(days, 18, 30),
      allDay: false,
      timeZone: ZONE,
      location: { name: 'Stadsbiblioteket' },
      category: 'cafe',
      languages: ['sv', 'ar', 'uk'],
      status: 'confirmed',
    })),
    {
      uid: 'studiebesok@demo.mentorkit',
      title: 'Studiebesök på gjuteriet (demo)',
      start: at(10, 9),
      end: at(10, 12),
      allDay: false,
      timeZone: ZONE,
      location: { name: 'Exempelstads gjuteri', address: 'Bruksvägen 7, Exempelstad' },
      category: 'studiebesok',
      seats: { total: 12, taken: 12 },
      status: 'confirmed',
    },
    {
      uid: 'digital-intro@demo.mentorkit',
      title: 'Digital introduktion för nya mentorer (demo)',
      start: at(16, 18),
      end: at(16, 19),
      allDay: false,
      timeZone: ZONE,
      onlineUrl: 'https://meet.example.org/intro',
      category: 'utbildning',
      languages: ['sv', 'ar', 'ti'],
      status: 'tentative',
    },
    {
      uid: 'julfika@demo.mentorkit',
      title: 'Fika för mentorer och adepter (demo)',
      start: at(12, 15),
      end: at(12, 16),
      allDay: false,
      timeZone: ZONE,
      location: { name: 'Kommunhuset' },
      status: 'cancelled',
    },
    {
      uid: 'konferens@demo.mentorkit',
      title: 'Mentorkonferens (demo)',
      start: dayAfterToday(30),
      end: dayAfterToday(32),
      allDay: true,
      location: { name: 'Konserthuset', address: 'Kungsgatan 2, Exempelstad' },
      category: 'konferens',
      status: 'confirmed',
    },
  ];
}

/** The demo match (fictional people), for a match card's `src`. */
export const DEMO_MATCH_URL = '/data/match.json';
