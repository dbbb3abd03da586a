// A mentor whose signup does not say how many mentees they take takes their programme's
// capacity default, on every test database: with default 2, a mentor in one active match has
// room for a second mentee; with the default of 1 they are at capacity. A mentor's own answer
// wins over the programme's.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { mentorCapacity } from '../store/candidates.ts';
import { updateProgramme } from '../store/coordinators.ts';
import { insertMatch } from '../store/matches.ts';
import { getSignup, insertSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { lazyDatabase, type TestServer } from '../testing/test-server.ts';
import { startWithTwoProgrammes } from '../testing/two-programmes.ts';
import type { CandidateView } from './coordinator-routes.ts';

const TOKEN = 'capacity-test-token-0123456789abc';
const NOW = new Date('2026-12-01T09:00:00Z');

describe.each(TEST_DATABASES)(
  'a programme’s capacity default on $name',
  { timeout: 120_000 },
  (testDatabase) => {
    const context = useTestDatabase(testDatabase, migrate);
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    /** A mentor of `academics` in one active match, and a second mentee waiting. */
    async function mentorWithOneMentee() {
      const running = await startWithTwoProgrammes(lazyDatabase(context), TOKEN, NOW);
      server = running.server;
      const inAcademics = { programmeId: 'academics' };
      const mentor = await insertSignup(
        context.database,
        crypto.randomUUID(),
        mentorSubmission(inAcademics),
      );
      const first = await insertSignup(
        context.database,
        crypto.randomUUID(),
        menteeSubmission({ ...inAcademics, person: { name: 'First', email: 'f@example.org' } }),
      );
      const second = await insertSignup(
        context.database,
        crypto.randomUUID(),
        menteeSubmission({ ...inAcademics, person: { name: 'Second', email: 's@example.org' } }),
      );
      await insertMatch(context.database, {
        mentorSignupId: mentor.id,
        menteeSignupId: first.id,
        status: 'active',
        reasons: [],
      });
      const mentorOf = async () => {
        const response = await fetch(
          `${running.base}/api/coordinator/signups/${second.id}/candidates`,
          { headers: running.admin },
        );
        expect(response.status).toBe(200);
        const { candidates } = (await response.json()) as { candidates: CandidateView[] };
        return candidates.find((candidate) => candidate.id === mentor.id);
      };
      return { mentorId: mentor.id, mentorOf };
    }

    it('lets a mentor of a programme with capacity default 2 take two mentees', async () => {
      const { mentorId, mentorOf } = await mentorWithOneMentee();
      expect((await mentorOf())?.atCapacity).toBe(true);
      await updateProgramme(context.database, 'academics', {
        name: 'Academics',
        capacityDefault: 2,
      });
      const candidate = await mentorOf();
      expect(candidate).toBeDefined();
      expect(candidate?.atCapacity).toBeUndefined();
      const mentor = (await getSignup(context.database, mentorId))!;
      expect(mentorCapacity(mentor, 2)).toBe(2);
    });

    it('keeps a mentor’s own answer over the programme’s default', async () => {
      const stated = await insertSignup(
        context.database,
        crypto.randomUUID(),
        mentorSubmission({ programmeId: 'academics', answers: { capacity: '1' } }),
      );
      const mentor = (await getSignup(context.database, stated.id))!;
      expect(mentorCapacity(mentor, 5)).toBe(1);
    });
  },
);
