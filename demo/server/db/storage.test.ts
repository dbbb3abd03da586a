// Storage, migrations, idempotency and erasure, on every database in TEST_DATABASES.
import { beforeEach, describe, expect, it } from 'vitest';
import { SignupSubmissionSchema } from '@mentorkit/core';
import { seedDemoData } from '../seed.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { insertMatch, listMatches } from '../store/matches.ts';
import {
  countSignups,
  eraseSignup,
  getSignup,
  insertSignup,
  listSignups,
} from '../store/signups.ts';
import { cancelTraining, insertTraining, listTrainings, seatsTaken } from '../store/trainings.ts';
import type { Database } from './database.ts';
import { MIGRATIONS, migrate, splitStatements } from './migrations.ts';
import { TEST_DATABASES, useTestDatabase } from './testing/databases.ts';

describe('splitStatements', () => {
  it('splits a step at semicolons that end a line', () => {
    expect(splitStatements('CREATE TABLE a (x int);\n  CREATE INDEX b ON a (x);\n')).toEqual([
      'CREATE TABLE a (x int)',
      'CREATE INDEX b ON a (x)',
    ]);
  });
});

describe.each(TEST_DATABASES)('storage on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let database: Database;
  beforeEach(() => {
    database = context.database;
  });

  describe('migrations', () => {
    it('records every step once and applies nothing the second time', async () => {
      const again = await migrate(database);
      expect(again).toEqual({ applied: [], fresh: false });
      const recorded = await database.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(recorded.rows.map((row) => Number(row.version))).toEqual(
        MIGRATIONS.map((migration) => migration.version),
      );
    });

    it('applies a new step, and rolls a failing one back without recording it', async () => {
      const extra = [
        ...MIGRATIONS,
        { version: 900, name: 'test step', sql: 'CREATE TABLE test_step (x integer);' },
        {
          version: 901,
          name: 'broken step',
          sql: 'CREATE TABLE test_broken (x integer);\nSELECT no_such_column FROM test_step;',
        },
      ];
      await expect(migrate(database, extra)).rejects.toThrow();
      const recorded = await database.query<{ version: number }>(
        'SELECT version FROM schema_migrations WHERE version >= 900 ORDER BY version',
      );
      expect(recorded.rows.map((row) => Number(row.version))).toEqual([900]);
      const broken = await database.query(
        "SELECT 1 FROM information_schema.tables WHERE table_name = 'test_broken' AND table_schema = current_schema()",
      );
      expect(broken.rows).toHaveLength(0);
      await database.query('DROP TABLE test_step');
      await database.query('DELETE FROM schema_migrations WHERE version >= 900');
    });
  });

  it('rolls a transaction back when its work throws', async () => {
    await expect(
      database.transaction(async (tx) => {
        await insertSignup(tx, 'key-rollback-0001', menteeSubmission());
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await countSignups(database)).toBe(0);
  });

  describe('signups', () => {
    it('stores a submission and reads it back unchanged', async () => {
      const submission = menteeSubmission();
      const result = await insertSignup(database, submission.draftId, submission);
      expect(result.created).toBe(true);
      const stored = await getSignup(database, result.id);
      expect(stored?.submission).toEqual(submission);
      expect(stored?.name).toBe('Amina Test');
      expect(stored?.demo).toBe(false);
      expect(Number.isNaN(Date.parse(stored!.createdAt))).toBe(false);
    });

    it('stores one row for the same idempotency key, even sent at the same moment', async () => {
      const submission = menteeSubmission();
      const first = await insertSignup(database, 'same-key-0001', submission);
      const again = await insertSignup(database, 'same-key-0001', menteeSubmission());
      expect(again).toEqual({ created: false, id: first.id });

      const racing = await Promise.all(
        Array.from({ length: 5 }, () => insertSignup(database, 'race-key-0001', submission)),
      );
      expect(racing.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(racing.map((result) => result.id)).size).toBe(1);
      expect(await countSignups(database)).toBe(2);
    });

    it('searches name, e-mail, profession and region, case and diacritics aside', async () => {
      await insertSignup(database, 'k-search-001', menteeSubmission());
      await insertSignup(
        database,
        'k-search-002',
        mentorSubmission({ person: { name: 'Per 100% Test', email: 'per@example.org' } }),
      );
      expect((await listSignups(database, { search: 'amina' })).map((s) => s.name)).toEqual([
        'Amina Test',
      ]);
      expect(await listSignups(database, { search: 'småland' })).toHaveLength(2);
      expect((await listSignups(database, { search: '100%' })).map((s) => s.name)).toEqual([
        'Per 100% Test',
      ]);
      expect(await listSignups(database, { search: 'SMALAND' })).toHaveLength(2);
      // Punctuation is no word: LIKE's wildcards search nothing, so they find everyone.
      expect(await listSignups(database, { search: '%' })).toHaveLength(2);
      expect(await listSignups(database, { search: '_per_' })).toHaveLength(1);
      expect((await listSignups(database, { kind: 'mentor' })).map((s) => s.kind)).toEqual([
        'mentor',
      ]);
    });
  });

  describe('erasure', () => {
    it('needs the e-mail address typed, then erases every signup of the person and their matches', async () => {
      const mentee = await insertSignup(database, 'k-erase-001', menteeSubmission());
      await insertSignup(
        database,
        'k-erase-002',
        menteeSubmission({ person: { name: 'Amina T.', email: 'AMINA.TEST@example.org' } }),
      );
      const other = await insertSignup(
        database,
        'k-erase-003',
        menteeSubmission({ person: { name: 'Someone Else', email: 'else@example.org' } }),
      );
      const mentor = await insertSignup(database, 'k-erase-004', mentorSubmission());
      await insertMatch(database, {
        mentorSignupId: mentor.id,
        menteeSignupId: mentee.id,
        reasons: [],
      });

      expect(await eraseSignup(database, mentee.id, 'wrong@example.org')).toEqual({
        erased: false,
        reason: 'confirmation-mismatch',
      });
      expect(await countSignups(database)).toBe(4);

      expect(await eraseSignup(database, mentee.id, ' Amina.Test@example.org ')).toEqual({
        erased: true,
        signups: 2,
        matches: 1,
      });
      const left = await listSignups(database);
      expect(left.map((signup) => signup.id).sort()).toEqual([mentor.id, other.id].sort());
      expect(await listMatches(database)).toEqual([]);
      const log = await database.query<{ signups: number; matches: number }>(
        'SELECT signups, matches FROM erasures',
      );
      expect(log.rows).toEqual([{ signups: 2, matches: 1 }]);
      // Nothing personal left anywhere: the e-mail address is in no table.
      const dump = await database.query<{ data: string }>(
        `SELECT (SELECT coalesce(json_agg(s), '[]')::text FROM signups s) ||
                (SELECT coalesce(json_agg(e), '[]')::text FROM erasures e) AS data`,
      );
      expect(dump.rows[0]!.data.toLowerCase()).not.toContain('amina.test@example.org');
    });

    it('answers not-found for an unknown id', async () => {
      expect(await eraseSignup(database, 'su-none', 'x@example.org')).toEqual({
        erased: false,
        reason: 'not-found',
      });
    });
  });

  describe('trainings and matches', () => {
    it('cancels a training (a new SEQUENCE) and counts seats taken per UID', async () => {
      const uid = await insertTraining(database, {
        title: 'Introduktion',
        startsAt: new Date('2026-12-03T12:00:00Z'),
        endsAt: new Date('2026-12-03T15:00:00Z'),
        timeZone: 'Europe/Stockholm',
        seatsTotal: 20,
        location: { name: 'Biblioteket' },
        languages: ['sv'],
      });
      await insertSignup(database, 'k-seat-0001', menteeSubmission({ trainingUid: uid }));
      expect((await seatsTaken(database)).get(uid)).toBe(1);

      expect(await cancelTraining(database, uid)).toBe(true);
      expect(await cancelTraining(database, uid)).toBe(true);
      expect(await cancelTraining(database, 'no-such-uid')).toBe(false);
      const [training] = await listTrainings(database);
      expect(training).toMatchObject({
        status: 'cancelled',
        sequence: 1,
        location: { name: 'Biblioteket' },
        languages: ['sv'],
      });
    });

    it('matches a pair once', async () => {
      const mentee = await insertSignup(database, 'k-pair-0001', menteeSubmission());
      const mentor = await insertSignup(database, 'k-pair-0002', mentorSubmission());
      const pair = { mentorSignupId: mentor.id, menteeSignupId: mentee.id, reasons: [] };
      expect(await insertMatch(database, { ...pair, score: 0.5 })).toMatchObject({
        status: 'proposed',
        score: 0.5,
      });
      expect(await insertMatch(database, pair)).toBeUndefined();
    });
  });

  it('seeds demo data: valid submissions, all marked demo, a weekly training, matches', async () => {
    await seedDemoData(database, new Date('2026-11-23T12:00:00Z'));
    const signups = await listSignups(database);
    expect(signups.length).toBeGreaterThanOrEqual(10);
    for (const signup of signups) {
      expect(signup.demo).toBe(true);
      expect(SignupSubmissionSchema.safeParse(signup.submission).success).toBe(true);
      expect(signup.email).toMatch(/@example\.org$/);
    }
    const trainings = await listTrainings(database);
    expect(trainings.some((training) => training.rrule?.startsWith('FREQ=WEEKLY'))).toBe(true);
    expect(trainings.every((training) => training.demo)).toBe(true);
    expect(
      trainings.every((training) => training.startsAt > new Date('2026-11-23T12:00:00Z')),
    ).toBe(true);
    const matches = await listMatches(database);
    expect(matches.length).toBeGreaterThanOrEqual(2);
    expect(matches.every((match) => match.demo && match.reasons.length > 0)).toBe(true);
  });
});
