// A signup for a training, on both engines: the training must be one the backend publishes, not
// cancelled, with a seat left, checked in the transaction that stores the signup, so a burst of
// signups for the last seats fills them exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { insertExternalFeed, storeFeedCopy } from '../store/external-feeds.ts';
import { countSignups, getSignup } from '../store/signups.ts';
import { cancelTraining, insertTraining } from '../store/trainings.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { menteeSubmission } from '../testing/fixtures.ts';

const start = new Date('2027-03-02T17:00:00Z');
const training = (uid: string, seatsTotal?: number) => ({
  uid,
  title: `Training ${uid}`,
  startsAt: start,
  endsAt: new Date(start.getTime() + 2 * 3_600_000),
  timeZone: 'Europe/Stockholm',
  ...(seatsTotal === undefined ? {} : { seatsTotal }),
});

describe.each(TEST_DATABASES)('signups for a training, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), {
      coordinatorToken: 'coordinator-token-for-seat-tests',
      // Before every training here: the next date offered is the next one after this.
      now: () => new Date('2027-02-01T09:00:00Z'),
    });
    base = server.base;
  });
  afterAll(() => server.close());

  const signUp = (trainingUid: string, draftId?: string, programmeId?: string) => {
    const submission = menteeSubmission({
      trainingUid,
      ...(draftId ? { draftId } : {}),
      ...(programmeId ? { programmeId } : {}),
    });
    return fetch(`${base}/api/signups`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
      body: JSON.stringify(submission),
    });
  };

  it('fills a 20-seat training with exactly 20 of 25 signups sent at once', async () => {
    await insertTraining(context.database, training('twenty-seats@test', 20));
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => signUp('twenty-seats@test')),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 422)).toHaveLength(5);
    const refused = answers.find((answer) => answer.status === 422);
    expect(await refused?.json()).toMatchObject({
      type: 'https://mentorkit.example/problems/training-full',
      errors: [{ field: 'trainingUid', detail: 'The training is fully booked.' }],
    });
    expect(await countSignups(context.database)).toBe(20);
  });

  it('refuses a cancelled training and one it does not publish; takes one without a seat limit', async () => {
    await insertTraining(context.database, training('cancelled@test', 10));
    await cancelTraining(context.database, 'cancelled@test');
    await insertTraining(context.database, training('open@test'));
    expect((await signUp('cancelled@test')).status).toBe(422);
    expect((await signUp('no-such-training@test')).status).toBe(422);
    expect((await signUp('open@test')).status).toBe(201);
    expect(await countSignups(context.database)).toBe(1);
  });

  it("counts a repeating training's seats per occurrence, as the feeds name them", async () => {
    await insertTraining(context.database, {
      ...training('weekly@test', 1),
      rrule: 'FREQ=WEEKLY;COUNT=4',
    });
    // The JSON feed's and the iCalendar reader's names of two occurrences.
    expect((await signUp('weekly@test/20270302')).status).toBe(201);
    expect((await signUp('weekly@test/20270302')).status).toBe(422);
    expect((await signUp('weekly@test#20270309T180000')).status).toBe(201);
    // A single training has no occurrences.
    await insertTraining(context.database, training('single@test', 5));
    expect((await signUp('single@test/20270302')).status).toBe(422);
  });

  it("takes a signup for an event of an external feed it serves, by the event's whole UID", async () => {
    const feed = await insertExternalFeed(
      context.database,
      { name: 'Outlook', url: 'https://outlook.example/calendar.ics' },
      start,
    );
    // Outlook's long UIDs are folded over two lines.
    const body = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:040000008200E00074C5B7101A82E00800000000',
      ' 1@outlook',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await storeFeedCopy(
      context.database,
      feed,
      { body, etag: null, lastModified: null },
      start,
      start,
    );
    expect((await signUp('040000008200E00074C5B7101A82E008000000001@outlook')).status).toBe(201);
    // Only the whole UID: a part of it is no training.
    expect((await signUp('040000008200E00074C5B7101A82E008')).status).toBe(422);
  });

  it('answers a retry of a stored signup as stored (409), even once the training is full', async () => {
    await insertTraining(context.database, training('one-seat@test', 1));
    const draftId = '0f8c2a9e-5b7d-4c8e-9f10-2a3b4c5d6e70';
    expect((await signUp('one-seat@test', draftId)).status).toBe(201);
    expect((await signUp('one-seat@test', draftId)).status).toBe(409);
    expect((await signUp('one-seat@test')).status).toBe(422);
  });

  it('counts both names of an occurrence against one set of seats and offers the next free date of the series', async () => {
    await insertTraining(context.database, {
      ...training('offer-weekly@test', 1),
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    expect((await signUp('offer-weekly@test/20270302')).status).toBe(201);
    expect((await signUp('offer-weekly@test/20270309')).status).toBe(201);
    // A day the rule does not give is no occurrence.
    expect(await (await signUp('offer-weekly@test/20270303')).json()).toMatchObject({
      type: 'https://mentorkit.example/problems/training-unknown',
    });
    // Full under either name (one set of seats), named here as the iCalendar reader names it:
    // the next free one is the third week.
    const refused = await signUp('offer-weekly@test#20270302T180000');
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      type: 'https://mentorkit.example/problems/training-full',
      next: {
        uid: 'offer-weekly@test/20270316',
        title: 'Training offer-weekly@test',
        start: '2027-03-16T18:00:00+01:00',
        timeZone: 'Europe/Stockholm',
      },
    });
  });

  it('offers a later training of the same title when one is cancelled, and nothing for an unknown one', async () => {
    await insertTraining(context.database, {
      ...training('offer-cancelled@test', 5),
      title: 'Mentor basics',
    });
    await cancelTraining(context.database, 'offer-cancelled@test');
    const later = new Date('2027-04-06T16:00:00Z');
    await insertTraining(context.database, {
      ...training('offer-later@test', 5),
      title: 'Mentor basics',
      startsAt: later,
      endsAt: new Date(later.getTime() + 3_600_000),
    });
    const refused = await signUp('offer-cancelled@test');
    expect(await refused.json()).toMatchObject({
      type: 'https://mentorkit.example/problems/training-cancelled',
      next: { uid: 'offer-later@test', title: 'Mentor basics' },
    });
    const unknown = (await (await signUp('offer-nothing@test')).json()) as Record<string, unknown>;
    expect(unknown['type']).toBe('https://mentorkit.example/problems/training-unknown');
    expect(unknown).not.toHaveProperty('next');
  });

  it("refuses a signup of one programme for another programme's training, and stores nothing", async () => {
    await insertTraining(context.database, {
      ...training('foundry-only@test', 5),
      programmeId: 'foundry',
    });
    const refused = await signUp('foundry-only@test', undefined, 'academics');
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      type: 'https://mentorkit.example/problems/training-other-programme',
      errors: [
        {
          field: 'trainingUid',
          detail: 'The training belongs to another programme than this signup.',
        },
      ],
    });
    // No other date is offered: every date of this training is the other programme's.
    expect(problem).not.toHaveProperty('next');
    expect(await countSignups(context.database)).toBe(0);

    // Its own programme's signup, and one that names no programme, take a seat.
    expect((await signUp('foundry-only@test', undefined, 'foundry')).status).toBe(201);
    expect((await signUp('foundry-only@test')).status).toBe(201);
    // A training of no programme (the organisation's) takes any programme's signup.
    await insertTraining(context.database, training('for-everyone@test', 5));
    expect((await signUp('for-everyone@test', undefined, 'academics')).status).toBe(201);
    expect(await countSignups(context.database)).toBe(3);
  });

  it("stores a signup that names no programme under its training's programme", async () => {
    await insertTraining(context.database, {
      ...training('foundry-evening@test', 5),
      programmeId: 'foundry',
    });
    await insertTraining(context.database, training('organisation-wide@test', 5));
    const stored = async (answer: Response) => {
      expect(answer.status).toBe(201);
      const { id } = (await answer.json()) as { id: string };
      return getSignup(context.database, id);
    };

    const taken = await stored(await signUp('foundry-evening@test'));
    // Its coordinators see it (the column) and so does its export (the submission).
    expect(taken?.programmeId).toBe('foundry');
    expect(taken?.submission.programmeId).toBe('foundry');
    // A signup that names its programme keeps it; a training of no programme gives none.
    expect(
      (await stored(await signUp('foundry-evening@test', undefined, 'foundry')))?.programmeId,
    ).toBe('foundry');
    const organisation = await stored(await signUp('organisation-wide@test'));
    expect(organisation?.programmeId).toBeNull();
    expect(organisation?.submission).not.toHaveProperty('programmeId');
    // Another programme's signup is still refused.
    expect((await signUp('foundry-evening@test', undefined, 'academics')).status).toBe(422);
  });
});
