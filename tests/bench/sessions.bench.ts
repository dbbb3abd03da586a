// The extension's session log in node (`npm run bench -- sessions`): IndexedDB through idb on
// fake-indexeddb (slower than a browser's, so an upper bound), aggregation and CSV/JSON export
// of 10,000 sessions. Popup open to interactive needs a browser: tests/e2e/extension/
// quick-log.spec.ts prints it ("popup interactive in … ms").
import 'fake-indexeddb/auto';
import { SESSION_MODES, SESSION_TOPICS, type SessionLog } from '@mentorkit/core';
import { csvToSessions, sessionsToCsv } from '../../extension/src/features/backup/csv.ts';
import { sessionsToJson } from '../../extension/src/features/backup/json-backup.ts';
import {
  filterSessions,
  lastMonths,
  totalsByMentee,
  totalsByMonth,
} from '../../extension/src/features/sessions/aggregate.ts';
import { openDatabase } from '../../extension/src/storage/database.ts';
import {
  listSessions,
  menteesOf,
  putSession,
  writeSessions,
} from '../../extension/src/storage/session-store.ts';
import { cycle, defineBenchmarks } from './benchmark.ts';

const COUNT = 10_000;
const two = (n: number) => String(n).padStart(2, '0');

function sessionNumber(i: number): SessionLog {
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  return {
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    menteeId: `mentee-${i % 40}`,
    menteeAlias: `Mentee ${i % 40}`,
    date,
    startTime: `${two(8 + (i % 10))}:${two((i * 7) % 60)}`,
    durationMinutes: cycle([15, 30, 45, 60, 90], i),
    mode: cycle(SESSION_MODES, i),
    topics: [cycle(SESSION_TOPICS, i)],
    notes: i % 3 ? `Talked about the CV, "the letter"; next time, interview ${i}` : '',
    ...(i % 4 ? { rating: 1 + (i % 5) } : {}),
    needsAttention: i % 17 === 0,
    ...(i % 6 === 0 ? { followUp: 'Send the union contact' } : {}),
    createdAt: `${date}T12:00:00.000Z`,
    updatedAt: `${date}T12:00:00.000Z`,
  };
}

const sessions = Array.from({ length: COUNT }, (_, i) => sessionNumber(i));
const csv = sessionsToCsv(sessions, 'excel-sv');
const db = await openDatabase({ name: 'mentorkit-bench' });
await writeSessions(db, sessions, { replace: true });
let next = COUNT;

export default defineBenchmarks([
  {
    name: 'sessions: save one session (validate + IndexedDB put, fake-indexeddb)',
    run: () => putSession(db, sessionNumber(next++)),
    runs: 500,
  },
  {
    name: `sessions: list ${COUNT} from IndexedDB (fake-indexeddb) and sort`,
    run: () => listSessions(db),
    runs: 10,
  },
  {
    name: `sessions: aggregate ${COUNT} (mentees, per mentee, 12 months, one filter)`,
    run: () => [
      menteesOf(sessions),
      totalsByMentee(sessions),
      totalsByMonth(sessions, lastMonths('2026-11-23')),
      filterSessions(sessions, { menteeId: 'mentee-3', topic: 'cv' }),
    ],
    runs: 100,
  },
  {
    name: `sessions: export ${COUNT} to CSV (Swedish Excel)`,
    run: () => sessionsToCsv(sessions, 'excel-sv'),
    runs: 50,
  },
  {
    name: `sessions: export ${COUNT} to a JSON backup`,
    run: () => sessionsToJson(sessions, '2026-11-23T12:00:00.000Z'),
    runs: 50,
  },
  {
    name: `sessions: read and validate a CSV of ${COUNT}`,
    run: () => csvToSessions(csv),
    runs: 10,
  },
]);
