// The popup's summaries (summary.ts) against the rules over every session, after any sequence of
// the writes the extension makes: save, edit (also to another mentee), delete, import (merge or
// replace), clear and restore, export. Random sequences (fast-check) on a small vocabulary, so
// that edits hit stored sessions, mentees gain and lose sessions, and dates and edits tie.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '@mentorkit/core';
import { sessionsNeedingBackup } from '../features/backup/import-plan.ts';
import { openDatabase, type Database } from './database.ts';
import {
  clearSessions,
  deleteSession,
  getMeta,
  listSessions,
  menteesOf,
  putSession,
  setMeta,
  writeSessions,
} from './session-store.ts';
import { readPopupSummary } from './summary.ts';
import { makeSession } from './testing/sessions.ts';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const STAMPS = [
  '2026-09-01T08:00:00.000Z',
  '2026-09-01T10:00:00+02:00',
  '2026-10-20T09:30:00.000Z',
  '2026-10-26T12:00:00.000Z',
  '2026-11-24T18:00:00.000Z',
];

const sessionArbitrary: fc.Arbitrary<SessionLog> = fc
  .record({
    id: fc.constantFrom(
      ...['1', '2', '3', '4', '5', '6'].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
    ),
    menteeId: fc.constantFrom('a', 'b', 'c'),
    menteeAlias: fc.constantFrom('Amal', 'Amal K', 'Bashir', 'Carin'),
    date: fc.constantFrom('2026-09-01', '2026-10-20', '2026-11-02'),
    createdAt: fc.constantFrom(...STAMPS),
    updatedAt: fc.constantFrom(...STAMPS),
  })
  .map((fields) => makeSession(fields));

type Operation =
  | { kind: 'put'; session: SessionLog }
  | { kind: 'delete'; index: number }
  | { kind: 'import'; sessions: SessionLog[]; replace: boolean }
  | { kind: 'clear' }
  | { kind: 'export'; at: string };

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: sessionArbitrary.map((session) => ({ kind: 'put' as const, session })) },
  { weight: 2, arbitrary: fc.nat(9).map((index) => ({ kind: 'delete' as const, index })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      sessions: fc.uniqueArray(sessionArbitrary, { maxLength: 5, selector: (s) => s.id }),
      replace: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...STAMPS).map((at) => ({ kind: 'export' as const, at })),
  },
);

async function apply(db: Database, operation: Operation): Promise<void> {
  switch (operation.kind) {
    case 'put':
      await putSession(db, operation.session);
      return;
    case 'delete': {
      const stored = await listSessions(db);
      const victim = stored[operation.index % Math.max(1, stored.length)];
      if (victim) await deleteSession(db, victim.id);
      return;
    }
    case 'import':
      await writeSessions(db, operation.sessions, { replace: operation.replace });
      return;
    case 'clear': {
      // Clear, then restore what was removed (the data section's undo).
      const removed = await clearSessions(db);
      await writeSessions(db, removed.slice(1), { replace: true });
      return;
    }
    case 'export':
      await setMeta(db, 'lastExportAt', operation.at);
  }
}

/** The session logged last, by the rule the popup states: createdAt, then date, then id. */
function lastLoggedOf(sessions: readonly SessionLog[]): SessionLog | undefined {
  const key = (s: SessionLog) => [s.createdAt, s.date, s.id] as const;
  return [...sessions].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? 1 : -1;
    return 0;
  })[0];
}

let databases = 0;

describe('the popup summary', () => {
  it('always says what reading every session would say', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArbitrary, { maxLength: 8 }), async (operations) => {
        const db = await openDatabase({ name: `mentorkit-summary-${++databases}` });
        try {
          for (const operation of operations) {
            await apply(db, operation);
            const all = await listSessions(db);
            expect(await readPopupSummary(db, NOW)).toEqual({
              mentees: menteesOf(all),
              lastLogged: lastLoggedOf(all),
              needingBackup: sessionsNeedingBackup(all, await getMeta(db, 'lastExportAt'), NOW),
            });
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the mentees in step: a rename, a move to another mentee, the last one deleted', async () => {
    const db = await openDatabase({ name: `mentorkit-summary-${++databases}` });
    const first = makeSession({ menteeId: 'a', menteeAlias: 'Amal', date: '2026-10-01' });
    const second = makeSession({ menteeId: 'a', menteeAlias: 'Amal', date: '2026-11-01' });
    await writeSessions(db, [first, second], { replace: false });
    await putSession(db, { ...second, menteeAlias: 'Amal K' });
    expect((await readPopupSummary(db, NOW)).mentees).toEqual([
      { id: 'a', alias: 'Amal K', lastMet: '2026-11-01', sessions: 2 },
    ]);
    await putSession(db, { ...second, menteeId: 'b', menteeAlias: 'Bashir' });
    expect((await readPopupSummary(db, NOW)).mentees).toEqual([
      { id: 'b', alias: 'Bashir', lastMet: '2026-11-01', sessions: 1 },
      { id: 'a', alias: 'Amal', lastMet: '2026-10-01', sessions: 1 },
    ]);
    await deleteSession(db, first.id);
    expect((await readPopupSummary(db, NOW)).mentees.map((m) => m.id)).toEqual(['b']);
    db.close();
  });

  it('counts the sessions to back up, and none right after an export', async () => {
    const db = await openDatabase({ name: `mentorkit-summary-${++databases}` });
    const old = { createdAt: '2026-09-01T08:00:00.000Z', updatedAt: '2026-09-01T08:00:00.000Z' };
    await writeSessions(db, [makeSession(old), makeSession(old), makeSession()], {
      replace: false,
    });
    expect((await readPopupSummary(db, NOW)).needingBackup).toBe(2);
    await setMeta(db, 'lastExportAt', '2026-11-20T00:00:00.000Z');
    expect((await readPopupSummary(db, NOW)).needingBackup).toBe(0);
    db.close();
  });
});
