import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SESSION_MODES, SESSION_TOPICS, type SessionLog } from '@mentorkit/core';
import { openDatabase } from '../../storage/database.ts';
import { listSessions, writeSessions } from '../../storage/session-store.ts';
import { makeSession } from '../../storage/testing/sessions.ts';
import { CSV_COLUMNS, csvToSessions, sessionsToCsv } from './csv.ts';
import { jsonToSessions, sessionsToJson } from './json-backup.ts';
import { canonical, parseBackupFile, previewImport, sessionsNeedingBackup } from './import-plan.ts';

// Text that CSV, spreadsheets and JSON all find awkward.
const awkward = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '"', "'", '\n', '\r', '\r\n', '=', '+', '-', '@', '\t', ' ', '|'),
    fc.constantFrom('å', 'ä', 'ö', 'م', '😀', '\u200f'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});
const nonBlank = (max: number) =>
  awkward.filter((text) => text.length >= 1 && text.length <= max && /\S/.test(text));
const instant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const two = (n: number) => String(n).padStart(2, '0');

const sessionArbitrary: fc.Arbitrary<SessionLog> = fc
  .record(
    {
      id: fc.uuid({ version: 4 }),
      menteeId: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,30}$/),
      menteeAlias: nonBlank(100),
      date: instant.map((value) => value.slice(0, 10)),
      startTime: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${two(h)}:${two(m)}`),
      durationMinutes: fc.integer({ min: 1, max: 600 }),
      mode: fc.constantFrom(...SESSION_MODES),
      topics: fc.uniqueArray(fc.constantFrom(...SESSION_TOPICS)),
      notes: awkward,
      rating: fc.integer({ min: 1, max: 5 }),
      needsAttention: fc.boolean(),
      followUp: nonBlank(1000),
      followUpOn: instant.map((value) => value.slice(0, 10)),
      shareNote: fc.boolean(),
      createdAt: instant,
      updatedAt: instant,
    },
    {
      requiredKeys: [
        'id',
        'menteeId',
        'menteeAlias',
        'date',
        'durationMinutes',
        'mode',
        'createdAt',
        'updatedAt',
      ],
    },
  )
  .map((partial): SessionLog => ({ topics: [], notes: '', needsAttention: false, ...partial }));

const sessionsArbitrary = fc.uniqueArray(sessionArbitrary, {
  selector: (session) => session.id,
  maxLength: 8,
});

const byId = (sessions: readonly SessionLog[]) =>
  [...sessions].sort((a, b) => (a.id < b.id ? -1 : 1)).map(canonical);

let databases = 0;

describe('backup round trip (property)', () => {
  it('CSV in both dialects and JSON give back exactly the same sessions', () => {
    fc.assert(
      fc.property(sessionsArbitrary, (sessions) => {
        for (const text of [
          sessionsToCsv(sessions, 'rfc4180'),
          sessionsToCsv(sessions, 'excel-sv'),
          sessionsToJson(sessions, '2026-11-23T12:00:00.000Z'),
        ]) {
          const parsed = parseBackupFile(text);
          expect(parsed.errors).toEqual([]);
          expect(byId(parsed.sessions)).toEqual(byId(sessions));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('backup from one database and import into an empty one stores the same data', async () => {
    await fc.assert(
      fc.asyncProperty(
        sessionsArbitrary,
        fc.constantFrom('csv', 'csv-sv', 'json'),
        async (sessions, kind) => {
          const from = await openDatabase({ name: `backup-from-${++databases}` });
          const to = await openDatabase({ name: `backup-to-${databases}` });
          await writeSessions(from, sessions, { replace: false });
          const stored = await listSessions(from);
          const text =
            kind === 'json'
              ? sessionsToJson(stored, '2026-11-23T12:00:00.000Z')
              : sessionsToCsv(stored, kind === 'csv' ? 'rfc4180' : 'excel-sv');
          const parsed = parseBackupFile(text);
          await writeSessions(to, parsed.sessions, { replace: true });
          expect(await listSessions(to)).toEqual(stored);
          from.close();
          to.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('CSV', () => {
  it('writes RFC 4180 with CRLF, and the Swedish-Excel dialect with ; and a BOM', () => {
    const session = makeSession({ notes: 'Sa "hej", sen;\nklart', menteeAlias: '=Amal' });
    const plain = sessionsToCsv([session], 'rfc4180');
    expect(plain.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(plain).toContain(`,"Sa ""hej"", sen;\nklart",`);
    expect(plain).toContain(`,'=Amal,`);
    const excel = sessionsToCsv([session], 'excel-sv');
    expect(excel.startsWith(`\uFEFF${CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
    expect(excel).toContain(`;"Sa ""hej"", sen;\nklart";`);
  });

  it('names each bad line and its reason, and keeps nothing from a broken file', () => {
    const good = makeSession();
    const lines = sessionsToCsv([good, makeSession(), makeSession()], 'rfc4180')
      .split('\r\n')
      .map((line, index) =>
        index === 2
          ? line.replace(',45,', ',forty,')
          : index === 3
            ? line.replace(',video,', ',fax,').concat(',extra')
            : line,
      );
    const parsed = csvToSessions(lines.join('\r\n'));
    expect(parsed.errors).toEqual([
      { line: 3, code: 'invalid-field', field: 'durationMinutes' },
      { line: 4, code: 'column-count' },
    ]);
    expect(parsed.sessions).toEqual([good]);
  });

  it('counts lines inside quoted cells, and reports unclosed quotes and missing columns', () => {
    const multi = makeSession({ notes: 'one\ntwo\nthree' });
    const bad = { ...makeSession(), date: '2026-13-01' };
    const text = sessionsToCsv([multi, bad], 'excel-sv');
    expect(csvToSessions(text).errors).toEqual([{ line: 5, code: 'invalid-field', field: 'date' }]);
    expect(csvToSessions('id,notes\r\n1,"open').errors).toContainEqual({
      line: 2,
      code: 'unclosed-quote',
    });
    expect(csvToSessions('id,notes\r\n1,x\r\n').errors[0]).toEqual({
      line: 1,
      code: 'missing-column',
      field: 'menteeId',
    });
    expect(csvToSessions('').errors).toEqual([{ line: 0, code: 'empty' }]);
  });

  it('reports a session id that appears twice', () => {
    const session = makeSession();
    const parsed = csvToSessions(sessionsToCsv([session, session], 'rfc4180'));
    expect(parsed.errors).toEqual([{ line: 3, code: 'duplicate-id', field: 'id' }]);
  });
});

describe('JSON backup', () => {
  it('has a format version and names the line of a bad entry', () => {
    const text = sessionsToJson(
      [makeSession(), { ...makeSession(), rating: 9 }],
      '2026-11-23T12:00:00.000Z',
    );
    expect(JSON.parse(text)).toMatchObject({ format: 'mentorkit-sessions', formatVersion: 1 });
    expect(jsonToSessions(text).errors).toEqual([
      { line: 7, code: 'invalid-field', field: 'rating' },
    ]);
  });

  it('refuses what is not a backup, or from a newer version', () => {
    expect(jsonToSessions('{"format": "other", "sessions": []}').errors).toEqual([
      { line: 0, code: 'not-a-backup' },
    ]);
    expect(
      jsonToSessions('{"format": "mentorkit-sessions", "formatVersion": 2, "sessions": []}').errors,
    ).toEqual([{ line: 0, code: 'newer-format' }]);
    expect(jsonToSessions('{\n  "format": \n}').errors[0]).toMatchObject({ code: 'not-json' });
    expect(
      jsonToSessions('{\n  "format": "mentorkit-sessions",\n  "sessions": [\n').errors,
    ).toEqual([{ line: 3, code: 'not-json' }]);
  });
});

describe('import preview and backup reminder', () => {
  it('counts what a merge adds and changes, and what a replace removes', () => {
    const a = makeSession();
    const b = makeSession();
    const c = makeSession();
    const preview = previewImport([a, b], [{ ...a }, { ...b, notes: 'changed' }, c]);
    expect(preview).toEqual({ added: 1, changed: 1, unchanged: 1, removedByReplace: 0 });
    expect(previewImport([a, b], [c]).removedByReplace).toBe(2);
  });

  it('reminds when sessions older than 30 days were not exported since they changed', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const old = makeSession({
      createdAt: '2026-10-01T10:00:00.000Z',
      updatedAt: '2026-10-01T10:00:00.000Z',
    });
    const recent = makeSession({
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(sessionsNeedingBackup([old, recent], undefined, now)).toBe(1);
    expect(sessionsNeedingBackup([old, recent], '2026-10-02T00:00:00.000Z', now)).toBe(0);
    expect(sessionsNeedingBackup([recent], undefined, now)).toBe(0);
  });
});
