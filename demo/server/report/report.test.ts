// The funder's report on PGlite and PostgreSQL: the counting in SQL (cohorts by the Stockholm
// month, statuses, declines, meetings, follow-up rounds and answers), the suppression of what
// it returns, the CSV, and the routes behind the coordinator token.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpAnswers, MatchStatus, MenteeFollowUpAnswers } from '@mentorkit/core';
import { readCsv } from '@mentorkit/core/csv';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { createFollowUp, saveFollowUpAnswers } from '../store/follow-ups.ts';
import { recordMatchEvent } from '../store/match-history.ts';
import { insertMatch } from '../store/matches.ts';
import { insertSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { useCoordinatorSession } from '../testing/coordinator-session.ts';
import { aggregateReport } from './aggregate.ts';
import { buildReport, type ProgrammeReport, type Report } from './report.ts';
import { FEWER_THAN_5_MARK, HIDDEN_MARK, reportToCsv } from './report-csv.ts';

const TOKEN = 'report-test-token-0123456789abcdef';
const NOW = new Date('2026-11-23T09:00:00Z');

interface MatchSpec {
  programme: string | null;
  createdAt: string;
  status?: MatchStatus;
  acceptedByBoth?: boolean;
  declined?: boolean;
  meetings?: number;
  demo?: boolean;
  /** Mentee follow-ups: round → answers (undefined: asked, not answered). */
  followUps?: Record<number, Partial<MenteeFollowUpAnswers> | undefined>;
}

let counter = 0;

async function addMatch(database: Database, spec: MatchSpec): Promise<string> {
  const n = ++counter;
  const mentee = await insertSignup(
    database,
    randomUUID(),
    menteeSubmission({
      person: { name: `Mentee ${n}`, email: `mentee.${n}@example.org` },
      ...(spec.programme === null ? {} : { programmeId: spec.programme }),
    }),
    { demo: spec.demo ?? false },
  );
  // The mentor's programme is not the one counted: give it another, to show that.
  const mentor = await insertSignup(
    database,
    randomUUID(),
    mentorSubmission({
      person: { name: `Mentor ${n}`, email: `mentor.${n}@example.org` },
      programmeId: 'mentors-own',
    }),
    { demo: spec.demo ?? false },
  );
  const status = spec.status ?? 'proposed';
  const match = await insertMatch(database, {
    mentorSignupId: mentor.id,
    menteeSignupId: mentee.id,
    status,
    reasons: [],
    meetingsHeld: spec.meetings ?? 0,
    demo: spec.demo ?? false,
    createdAt: new Date(spec.createdAt),
  });
  const id = match!.id;
  if (spec.acceptedByBoth) {
    await database.query(
      'UPDATE matches SET mentor_accepted_at = $2, mentee_accepted_at = $2, started_at = $2 WHERE id = $1',
      [id, new Date(spec.createdAt)],
    );
  }
  if (spec.declined) {
    await recordMatchEvent(database, {
      matchId: id,
      actor: 'mentee',
      action: 'declined',
      fromStatus: 'proposed',
      toStatus: 'closed',
      at: new Date(spec.createdAt),
    });
  }
  // Through the follow-ups' own store, as its jobs and its route write them.
  for (const [round, answers] of Object.entries(spec.followUps ?? {})) {
    for (const role of ['mentee', 'mentor'] as const) {
      const created = await createFollowUp(database, {
        matchId: id,
        role,
        monthsAfterStart: Number(round),
        now: NOW,
        expiresAt: new Date(NOW.getTime() + 30 * 86_400_000),
      });
      const given: FollowUpAnswers | undefined =
        role === 'mentor'
          ? { role, stillMeeting: 'yes', helped: 'some', mentorAgain: 'yes' }
          : answers && { role, workSituation: 'other', helped: 'some', ...answers };
      if (given) await saveFollowUpAnswers(database, created!.id, given, NOW);
    }
  }
  return id;
}

async function addMatches(database: Database, count: number, spec: MatchSpec): Promise<void> {
  for (let i = 0; i < count; i++) await addMatch(database, spec);
}

const answer = (workSituation: MenteeFollowUpAnswers['workSituation']) => ({ workSituation });

/**
 * The union's programme: 17 matches with follow-ups at 3 months (all "looking") and 12 months
 * (10 in qualified jobs, 2 in other jobs, 2 studying, 1 looking, 2 not answered).
 */
async function unionProgramme(database: Database): Promise<void> {
  const base: MatchSpec = {
    programme: 'union-2026',
    createdAt: '2026-01-15T10:00:00Z',
    status: 'completed',
    acceptedByBoth: true,
    meetings: 8,
  };
  const situations: (MenteeFollowUpAnswers['workSituation'] | undefined)[] = [
    ...Array<'qualified-job'>(10).fill('qualified-job'),
    'other-job',
    'other-job',
    'studies',
    'studies',
    'looking',
    undefined,
    undefined,
  ];
  for (const situation of situations) {
    await addMatch(database, {
      ...base,
      followUps: {
        3: answer('looking'),
        12: situation ? answer(situation) : undefined,
      },
    });
  }
}

/** Three more of the union's mentees, asked at 12 months, who did not answer. */
async function threeUnanswered(database: Database): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await addMatch(database, {
      programme: 'union-2026',
      createdAt: '2026-01-20T10:00:00Z',
      status: 'completed',
      followUps: { 12: undefined },
    });
  }
}

const programmeOf = (report: Report, id: string | null, demo = false): ProgrammeReport => {
  const found = report.programmes.find((p) => p.programmeId === id && p.demo === demo);
  if (!found) throw new Error(`No programme ${id} in the report`);
  return found;
};

describe.each(TEST_DATABASES)('the report on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), {
      coordinatorToken: TOKEN,
      now: () => NOW,
    });
  });
  afterAll(() => server.close());

  it('counts a cohort by the month in Stockholm: 23:59 on 31 October and 00:30 on 1 November', async () => {
    const { database } = context;
    // Stockholm is UTC+1 after the last Sunday of October: 22:59Z is 23:59 there, 23:30Z the
    // next day's 00:30. Five of each, so that the counts are shown.
    await addMatches(database, 5, { programme: 'p', createdAt: '2026-10-31T22:59:00Z' });
    await addMatches(database, 6, { programme: 'p', createdAt: '2026-10-31T23:30:00Z' });
    const counts = await aggregateReport(database);
    expect(counts.cohorts.map((c) => [c.cohort, c.proposed])).toEqual([
      ['2026-10', 5],
      ['2026-11', 6],
    ]);
    // And in summer time (UTC+2): 22:30Z on 31 May is 00:30 on 1 June.
    await addMatches(database, 1, { programme: 'p', createdAt: '2026-05-31T22:30:00Z' });
    const summer = await aggregateReport(database);
    expect(summer.cohorts[0]).toMatchObject({ cohort: '2026-06', proposed: 1 });
  });

  it("counts each status, the accepted, the declined and the meetings, by the mentee's programme", async () => {
    const { database } = context;
    const cohort = { programme: 'foundry', createdAt: '2026-09-10T08:00:00Z' };
    await addMatches(database, 6, {
      ...cohort,
      status: 'active',
      acceptedByBoth: true,
      meetings: 3,
    });
    await addMatches(database, 5, {
      ...cohort,
      status: 'completed',
      acceptedByBoth: true,
      meetings: 10,
    });
    await addMatches(database, 5, { ...cohort, status: 'closed', declined: true });
    await addMatches(database, 5, {
      ...cohort,
      status: 'closed',
      acceptedByBoth: true,
      meetings: 1,
    });
    await addMatches(database, 5, { ...cohort, status: 'proposed' });
    await addMatches(database, 5, { ...cohort, status: 'paused', acceptedByBoth: true });
    // Another programme, no programme, and demo data: each apart.
    await addMatches(database, 2, { programme: 'other', createdAt: '2026-09-10T08:00:00Z' });
    await addMatches(database, 5, { programme: null, createdAt: '2026-09-10T08:00:00Z' });
    await addMatches(database, 5, {
      programme: 'foundry',
      createdAt: cohort.createdAt,
      demo: true,
    });

    const counts = await aggregateReport(database);
    const foundry = counts.cohorts.find((c) => c.programmeId === 'foundry' && !c.demo);
    expect(foundry).toEqual({
      programmeId: 'foundry',
      demo: false,
      cohort: '2026-09',
      proposed: 31,
      waiting: 5,
      active: 6,
      paused: 5,
      completed: 5,
      closed: 10,
      declined: 5,
      acceptedByBoth: 21,
      meetingsHeld: 6 * 3 + 5 * 10 + 5 * 1,
    });

    const report = await buildReport(database, {}, NOW);
    expect(report.programmes.map((p) => [p.programmeId, p.demo])).toEqual([
      ['foundry', false],
      ['other', false],
      [null, false],
      ['foundry', true],
    ]);
    const row = programmeOf(report, 'foundry').cohorts[0]!;
    expect(row).toEqual({
      cohort: '2026-09',
      proposed: { suppressed: false, count: 31 },
      waiting: { suppressed: false, count: 5 },
      acceptedByBoth: { suppressed: false, count: 21 },
      active: { suppressed: false, count: 6 },
      paused: { suppressed: false, count: 5 },
      completed: { suppressed: false, count: 5 },
      closed: { suppressed: false, count: 10 },
      declined: { suppressed: false, count: 5 },
      meetingsHeld: { suppressed: false, count: 73 },
    });
    // Two matches: nothing of them but that there are fewer than 5, meetings included.
    const other = programmeOf(report, 'other').cohorts[0]!;
    expect(Object.values(other).filter((cell) => cell !== '2026-09')).toEqual(
      Array(9).fill({ suppressed: true }),
    );

    const one = await buildReport(database, { programmeId: 'foundry' }, NOW);
    expect(one.programmeId).toBe('foundry');
    expect(one.programmes.map((p) => [p.programmeId, p.demo])).toEqual([
      ['foundry', false],
      ['foundry', true],
    ]);
    const none = await buildReport(database, { programmeId: null }, NOW);
    expect(none.programmes.map((p) => p.programmeId)).toEqual([null]);
  });

  it('hides one small status and one more, so that the small one cannot be worked out', async () => {
    const { database } = context;
    const cohort = { programme: 'small', createdAt: '2026-08-01T08:00:00Z' };
    await addMatches(database, 12, { ...cohort, status: 'active', acceptedByBoth: true });
    await addMatches(database, 7, { ...cohort, status: 'completed', acceptedByBoth: true });
    await addMatches(database, 2, { ...cohort, status: 'closed', declined: true });
    const row = programmeOf(await buildReport(database, {}, NOW), 'small').cohorts[0]!;
    expect(row.proposed).toEqual({ suppressed: false, count: 21 });
    expect(row.active).toEqual({ suppressed: false, count: 12 });
    // waiting 0, paused 0 and closed 2 are small (2 together): completed (7) is hidden too.
    for (const cell of [row.waiting, row.paused, row.closed, row.completed, row.declined]) {
      expect(cell).toEqual({ suppressed: true });
    }
    // 19 of 21 accepted: the 2 who did not could be worked out, so both are hidden.
    expect(row.acceptedByBoth).toEqual({ suppressed: true });
  });

  it('counts the mentees’ follow-ups per round: asked, answered, shares, the headline', async () => {
    const { database } = context;
    await unionProgramme(database);
    const counts = await aggregateReport(database);
    expect(counts.rounds.map((r) => [r.monthsAfterStart, r.asked, r.answered])).toEqual([
      [3, 17, 17],
      [12, 17, 15],
    ]);
    expect(counts.rounds[1]!.workSituation).toEqual({
      'qualified-job': 10,
      'other-job': 2,
      studies: 2,
      looking: 1,
      other: 0,
    });
    expect(counts.rounds[1]!.helped).toEqual({
      'a-lot': 0,
      some: 15,
      'a-little': 0,
      'not-at-all': 0,
    });

    const union = programmeOf(await buildReport(database, {}, NOW), 'union-2026');
    const [three, twelve] = union.rounds;
    // At 3 months all 17 answered "looking": shown, it would tell each one's answer, so every
    // cell is hidden (the four zeros, and the 17 with them).
    expect(three!.answered).toEqual({ suppressed: false, count: 17 });
    expect(three!.sharesShown).toBe(true);
    expect(Object.values(three!.workSituation)).toEqual(Array(5).fill({ suppressed: true }));
    // At 12 months: 15 of 17 answered; 10 in qualified jobs, the other situations (2, 2, 1, 0:
    // 5 together) hidden.
    expect(twelve!.asked).toEqual({ suppressed: false, count: 17 });
    expect(twelve!.answered).toEqual({ suppressed: false, count: 15 });
    expect(twelve!.sharesShown).toBe(true);
    expect(twelve!.workSituation['qualified-job']).toEqual({
      suppressed: false,
      count: 10,
      share: 10 / 15,
    });
    for (const value of ['other-job', 'studies', 'looking', 'other'] as const) {
      expect(twelve!.workSituation[value]).toEqual({ suppressed: true });
    }
    expect(union.headline).toEqual({
      monthsAfterStart: 12,
      qualifiedJobShare: 10 / 15,
      answered: 15,
    });

    // One more answer, in another job: 3 others in jobs, 2 studying, 1 looking, 0 other: the
    // hidden cells hold 6, the 10 stays shown, its share falls to 10 of 16.
    await addMatch(database, {
      programme: 'union-2026',
      createdAt: '2026-02-01T10:00:00Z',
      status: 'completed',
      followUps: { 12: answer('other-job') },
    });
    const later = programmeOf(await buildReport(database, {}, NOW), 'union-2026');
    expect(later.headline).toEqual({
      monthsAfterStart: 12,
      qualifiedJobShare: 10 / 16,
      answered: 16,
    });
  });

  it('shows no shares for a round with fewer than 5 answers', async () => {
    const { database } = context;
    for (let i = 0; i < 8; i++) {
      await addMatch(database, {
        programme: 'tiny',
        createdAt: '2026-02-01T10:00:00Z',
        status: 'active',
        followUps: { 6: i < 4 ? answer('qualified-job') : undefined },
      });
    }
    const round = programmeOf(await buildReport(database, {}, NOW), 'tiny').rounds[0]!;
    expect(round.monthsAfterStart).toBe(6);
    expect(round.asked).toEqual({ suppressed: false, count: 8 });
    expect(round.answered).toEqual({ suppressed: true });
    expect(round.sharesShown).toBe(false);
    expect(Object.values(round.workSituation)).toEqual(Array(5).fill({ suppressed: true }));
    expect(Object.values(round.helped)).toEqual(Array(4).fill({ suppressed: true }));
  });

  it('writes the CSV through the formula guard, hidden cells marked, in both dialects', async () => {
    const { database } = context;
    await addMatches(database, 6, { programme: '=cmd', createdAt: '2026-03-03T10:00:00Z' });
    await addMatches(database, 2, { programme: 'pair', createdAt: '2026-03-03T10:00:00Z' });
    await unionProgramme(database);
    await threeUnanswered(database);
    const report = await buildReport(database, {}, NOW);
    const csv = reportToCsv(report, 'rfc4180');
    const parsed = readCsv(csv);
    expect(parsed.ok).toBe(true);
    const records = parsed.ok ? parsed.records.map((r) => r.cells) : [];
    expect(records[0]).toEqual([
      'programme',
      'demo',
      'cohort',
      'round_months',
      'measure',
      'count',
      'share_percent',
    ]);
    // "=cmd" is not an identifier the signup form takes, but stored text is guarded all the same.
    expect(csv).toContain("'=cmd,no,2026-03,,matches_proposed,6,\r\n");
    expect(csv).toContain(`'=cmd,no,2026-03,,matches_active,${HIDDEN_MARK},\r\n`);
    expect(csv).toContain('union-2026,no,,12,follow_ups_asked,20,\r\n');
    // A count that stands alone says "<5"; a cell of a row "hidden", whichever rule hid it.
    expect(csv).toContain(`pair,no,2026-03,,matches_proposed,${FEWER_THAN_5_MARK},\r\n`);
    expect(csv).toContain(`pair,no,2026-03,,matches_closed,${HIDDEN_MARK},\r\n`);
    expect(csv).toContain('union-2026,no,,12,work_situation:qualified-job,10,66.7\r\n');
    expect(csv).toContain(
      `union-2026,no,,12,work_situation:other-job,${HIDDEN_MARK},${HIDDEN_MARK}\r\n`,
    );
    // No count under 5 anywhere.
    for (const cells of records.slice(1)) {
      const count = Number(cells[5]);
      if (![HIDDEN_MARK, FEWER_THAN_5_MARK].includes(cells[5]!) && cells[4] !== 'meetings_held') {
        expect(count, cells.join(',')).toBeGreaterThanOrEqual(5);
      }
    }
    const excel = reportToCsv(report, 'excel-sv');
    expect(excel.startsWith('\uFEFFprogramme;demo;')).toBe(true);
    expect(excel).toContain('union-2026;no;;12;work_situation:qualified-job;10;66,7\r\n');
  });

  describe('routes', () => {
    const auth = useCoordinatorSession(() => server.base, TOKEN);
    const get = (path: string, token: string | null = TOKEN) =>
      fetch(`${server.base}${path}`, {
        // The right token signs in (the session); any other is sent as it is, and refused.
        headers: token === TOKEN ? auth : token ? { Authorization: `Bearer ${token}` } : {},
      });

    it('answer 401 without the token, and tell nothing', async () => {
      await addMatches(context.database, 5, {
        programme: 'secret-programme',
        createdAt: '2026-03-03T10:00:00Z',
      });
      for (const path of ['/api/coordinator/report', '/api/coordinator/report.csv']) {
        const response = await get(path, null);
        expect(response.status).toBe(401);
        expect(await response.text()).not.toContain('secret-programme');
        expect((await get(path, 'wrong-token-wrong-token-wrong')).status).toBe(401);
      }
    });

    it('answer the suppressed report as JSON and CSV, for one programme or all', async () => {
      const { database } = context;
      await unionProgramme(database);
      await addMatches(database, 5, { programme: null, createdAt: '2026-03-03T10:00:00Z' });
      const response = await get('/api/coordinator/report');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const report = (await response.json()) as Report;
      expect(report).toMatchObject({
        generatedAt: NOW.toISOString(),
        timeZone: 'Europe/Stockholm',
        minimumCell: 5,
      });
      expect(report.programmes.map((p) => p.programmeId)).toEqual(['union-2026', null]);
      expect(JSON.stringify(report)).not.toMatch(/mentee\.|Mentee \d|@example/);

      const one = (await (
        await get('/api/coordinator/report?programme=union-2026')
      ).json()) as Report;
      expect(one.programmes.map((p) => p.programmeId)).toEqual(['union-2026']);
      const none = (await (await get('/api/coordinator/report?programme=')).json()) as Report;
      expect(none.programmes.map((p) => p.programmeId)).toEqual([null]);
      expect((await get('/api/coordinator/report?programme=%20x')).status).toBe(400);

      const csv = await get('/api/coordinator/report.csv?dialect=excel-sv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.headers.get('content-disposition')).toBe(
        'attachment; filename="report-2026-11-23.csv"',
      );
      const text = await csv.text();
      // fetch's text() drops the byte-order mark.
      expect(text.replace(/^\uFEFF/, '')).toMatch(/^programme;demo;cohort;/);
      expect(text).toContain('(no programme);no;2026-03;;matches_proposed;5;');
    });

    it('answers an empty report when there are no matches', async () => {
      const report = (await (await get('/api/coordinator/report')).json()) as Report;
      expect(report.programmes).toEqual([]);
      const csv = await (await get('/api/coordinator/report.csv')).text();
      expect(csv).toBe('programme,demo,cohort,round_months,measure,count,share_percent\r\n');
    });
  });
});
