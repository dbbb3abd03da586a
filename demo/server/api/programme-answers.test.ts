// Answers only to the questions a programme asks (issue 20, item 7), on both engines: the
// free `answers` map took any key, so `religion` or `health` was stored. A key the programme
// does not ask is refused with a 422 naming it, and nothing is stored; the programme's own
// questions are answered and stored; GET /api/questions gives the form the same questions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '@mentorkit/core';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { programmeQuestionsFrom } from '../programmes/programme-questions.ts';
import { countSignups } from '../store/signups.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { menteeSubmission } from '../testing/fixtures.ts';

const QUESTIONS = {
  withoutProgramme: [{ id: 'licence', type: 'yes-no', label: 'Driving licence?' }],
  programmes: {
    'foundry-2026': [
      { id: 'licence', type: 'yes-no', label: { sv: 'Körkort?', en: 'Driving licence?' } },
      {
        id: 'shift',
        type: 'single-choice',
        label: 'Which times suit you?',
        options: [
          { value: 'day', label: 'Daytime' },
          { value: 'evening', label: 'Evenings' },
        ],
      },
    ],
  },
};

describe.each(TEST_DATABASES)("a signup's answers, on $name", (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), {
      coordinatorToken: 'coordinator-token-for-programme-answer-tests',
      programmeQuestions: programmeQuestionsFrom(QUESTIONS),
    });
  });
  afterAll(() => server.close());

  const post = (answers: Record<string, Answer>, programmeId?: string) => {
    const submission = menteeSubmission({
      answers,
      ...(programmeId === undefined ? {} : { programmeId }),
    });
    return fetch(`${server.base}/api/signups`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
      body: JSON.stringify(submission),
    });
  };

  const refusedFields = async (response: Response) => {
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { field: string }[] };
    return problem.errors.map((error) => error.field);
  };

  it('refuses keys no one asked (special categories among them), naming each, storing nothing', async () => {
    const before = await countSignups(context.database);
    for (const key of ['religion', 'health', 'ethnicity', 'tradeUnion']) {
      expect(
        await refusedFields(await post({ licence: true, [key]: 'anything' }, 'foundry-2026')),
      ).toEqual([`answers.${key}`]);
    }
    // A question of another programme is not one of this signup's.
    expect(await refusedFields(await post({ shift: 'day' }))).toEqual(['answers.shift']);
    // A programme the backend does not know asks nothing.
    expect(await refusedFields(await post({ licence: true }, 'unknown-programme'))).toEqual([
      'answers.licence',
    ]);
    expect(await countSignups(context.database)).toBe(before);
  });

  it('refuses an answer of the wrong shape or outside the options', async () => {
    expect(await refusedFields(await post({ licence: 'yes' }, 'foundry-2026'))).toEqual([
      'answers.licence',
    ]);
    expect(await refusedFields(await post({ shift: 'night' }, 'foundry-2026'))).toEqual([
      'answers.shift',
    ]);
  });

  it("stores answers to the programme's questions, and serves those questions to the form", async () => {
    expect((await post({ licence: true, shift: 'evening' }, 'foundry-2026')).status).toBe(201);
    expect((await post({ licence: false })).status).toBe(201);
    expect((await post({}, 'foundry-2026')).status).toBe(201);

    const served = await fetch(`${server.base}/api/questions?programme=foundry-2026`);
    expect(served.status).toBe(200);
    const questions = (await served.json()) as { id: string }[];
    expect(questions.map((question) => question.id)).toEqual(['licence', 'shift']);
    const none = (await (await fetch(`${server.base}/api/questions`)).json()) as { id: string }[];
    expect(none.map((question) => question.id)).toEqual(['licence']);
  });
});

describe('the configuration of programme questions', () => {
  it('refuses a file that does not read as questions, saying where', () => {
    expect(() =>
      programmeQuestionsFrom({ programmes: { x: [{ id: 'a', type: 'colour' }] } }),
    ).toThrow(/programmes\.x 0\.type/);
    expect(() => programmeQuestionsFrom({ questions: [] })).toThrow(/unknown key questions/);
  });

  it('reads the demo file', async () => {
    const { loadProgrammeQuestions } = await import('../programmes/programme-questions.ts');
    const ids = loadProgrammeQuestions()
      .questionsFor(undefined)
      .map((question) => question.id);
    expect(ids).toEqual(['licence', 'shift', 'note']);
  });
});
