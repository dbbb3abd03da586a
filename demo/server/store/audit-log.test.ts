// The audit log's listing on every test database: whose data an entry is about is joined at read
// time from the data itself (a person's name while they exist, a match's two people, an
// account's and a programme's names), so an erasure takes the name out of the log too, and the
// log itself never holds it.
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { listAudit, recordAudit, type AuditEntry } from './audit-log.ts';
import { insertCoordinator, insertProgramme } from './coordinators.ts';
import { insertMatch } from './matches.ts';
import { eraseSignup, insertSignup } from './signups.ts';

const NOW = new Date('2026-12-01T09:00:00Z');

describe.each(TEST_DATABASES)('the audit log on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);

  /** Records one entry a minute after the last, so the listing's order is known. */
  let minute = 0;
  async function record(entry: Pick<AuditEntry, 'action' | 'route' | 'subjectKind' | 'subjectId'>) {
    minute += 1;
    await recordAudit(context.database, {
      at: new Date(NOW.getTime() + minute * 60_000),
      actorId: 'co-admin',
      actorRole: 'administrator',
      status: 200,
      ...entry,
    });
  }

  it("names each entry's subject as it is now, and an erased person no more", async () => {
    const { database } = context;
    const amal = await insertSignup(
      database,
      'k-amal',
      menteeSubmission({ person: { name: 'Amal Haddad', email: 'amal@example.org' } }),
    );
    const maja = await insertSignup(
      database,
      'k-maja',
      mentorSubmission({ person: { name: 'Maja Mentor', email: 'maja@example.org' } }),
    );
    const farid = await insertSignup(
      database,
      'k-farid',
      menteeSubmission({ person: { name: 'Farid Foundry', email: 'farid@example.org' } }),
    );
    const match = await insertMatch(database, {
      mentorSignupId: maja.id,
      menteeSignupId: amal.id,
      score: 0.5,
      reasons: [],
    });
    await insertProgramme(database, { id: 'foundry', name: 'Foundry mentoring', now: NOW });
    const ulla = await insertCoordinator(database, {
      email: 'ulla@union.example',
      name: 'Ulla Union',
      role: 'coordinator',
      lang: 'sv',
      programmes: ['foundry'],
      now: NOW,
    });

    await record({ action: 'viewed', route: 'GET /api/coordinator/signups' });
    await record({
      action: 'viewed',
      route: `GET /api/coordinator/signups/${amal.id}/person`,
      subjectKind: 'signup',
      subjectId: amal.id,
    });
    await record({
      action: 'changed',
      route: 'POST /api/coordinator/matches',
      subjectKind: 'match',
      subjectId: match!.id,
    });
    await record({
      action: 'changed',
      route: 'POST /api/coordinator/programmes',
      subjectKind: 'programme',
      subjectId: 'foundry',
    });
    await record({
      action: 'changed',
      route: 'POST /api/coordinator/coordinators',
      subjectKind: 'coordinator',
      subjectId: ulla!.id,
    });
    await record({
      action: 'exported',
      route: `GET /api/coordinator/signups/${farid.id}/export`,
      subjectKind: 'signup',
      subjectId: farid.id,
    });

    const subjects = async () =>
      (await listAudit(database)).map((entry) => [entry.subjectKind, entry.subjectNames]);
    expect(await subjects()).toEqual([
      ['signup', ['Farid Foundry']],
      ['coordinator', ['Ulla Union']],
      ['programme', ['Foundry mentoring']],
      // The mentee first, then the mentor.
      ['match', ['Amal Haddad', 'Maja Mentor']],
      ['signup', ['Amal Haddad']],
      [undefined, []],
    ]);

    // Erased: the entries stay, their names go with the data; the log never held them.
    expect(await eraseSignup(database, farid.id, 'farid@example.org')).toMatchObject({
      erased: true,
    });
    expect(await eraseSignup(database, amal.id, 'amal@example.org')).toMatchObject({
      erased: true,
    });
    expect(await subjects()).toEqual([
      ['signup', []],
      ['coordinator', ['Ulla Union']],
      ['programme', ['Foundry mentoring']],
      ['match', []],
      ['signup', []],
      [undefined, []],
    ]);
    const stored = await database.query<Record<string, unknown>>('SELECT * FROM audit_log');
    expect(JSON.stringify(stored.rows)).not.toMatch(/Farid|Amal|Maja|Ulla|Foundry mentoring/);
    // One person's entries, by their id, still there after the erasure.
    expect(
      (await listAudit(database, { subjectId: farid.id })).map((entry) => entry.action),
    ).toEqual(['exported']);
  });
});
