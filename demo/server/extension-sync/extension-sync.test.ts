// The mentor's extension and the backend (issue 18), on PGlite and PostgreSQL: connecting with
// the mentor's own match link (the connection token only hashed at rest), summaries validated
// with core's schema and written only to the connected match, a retried change stored once,
// meetings following the shared sessions (one a day, as match_meetings counts them), flagged
// sessions the coordinator marks handled, and a disconnect that deletes what the server held.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPerson, personExportToCsv } from '../privacy/person-export.ts';
import type { ExtensionConnection, SessionSummary } from '@mentorkit/core';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { applyStep, proposeMatch } from '../match-lifecycle/lifecycle.ts';
import { linkTokenHash } from '../store/link-token.ts';
import { getMatch, listMatches } from '../store/matches.ts';
import { lastMeetings } from '../store/meetings.ts';
import { markAttentionHandled } from '../store/session-summaries.ts';
import { insertSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { DAY, PINNED, postJson } from '../testing/mail-backend.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { sharedSessions, type SharedSessionsAnswer } from './shared-sessions.ts';

// The coordinator's side is read through the functions its routes answer with (the routes add
// only the coordinator's sign-in, which the coordinator route tests cover).

describe.each(TEST_DATABASES)("the extension's session sync on $name", (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;
  let clock = Date.parse(PINNED);
  let run = 0;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), {
      coordinatorToken: 'coordinator-token-for-extension-sync-tests',
      now: () => new Date(clock),
    });
  });
  afterAll(() => server.close());

  /** An active match (started at PINNED), the clock then five days later. */
  async function activeMatch() {
    clock = Date.parse(PINNED);
    run++;
    const mentor = await insertSignup(context.database, `k-sync-mentor-${run}`, mentorSubmission());
    const mentee = await insertSignup(
      context.database,
      `k-sync-mentee-${run}`,
      menteeSubmission({ person: { name: 'Layla Test', email: `layla${run}@example.org` } }),
    );
    const now = new Date(clock);
    const proposed = await proposeMatch(
      context.database,
      {
        mentorSignupId: mentor.id,
        menteeSignupId: mentee.id,
        score: 1,
        reasons: [],
        plannedMeetings: 10,
        meetingsHeld: 0,
      },
      { now, linkTtlMs: 60 * DAY },
    );
    const id = proposed!.match.id;
    for (const role of ['mentor', 'mentee'] as const) {
      expect((await applyStep(context.database, id, role, 'accept', now)).kind).toBe('changed');
    }
    const { mentor: mentorToken, mentee: menteeToken } = proposed!.tokens;
    clock += 5 * DAY;
    return { id, mentorToken, menteeToken, mentorId: mentor.id, menteeId: mentee.id };
  }

  const connect = (matchToken: string) =>
    fetch(`${server.base}/api/extension/connection`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ matchToken }),
    });

  async function connected(matchToken: string): Promise<string> {
    const response = await connect(matchToken);
    expect(response.status).toBe(201);
    return ((await response.json()) as ExtensionConnection).token;
  }

  const summary = (overrides: Partial<SessionSummary> = {}): SessionSummary => ({
    sessionId: randomUUID(),
    date: '2026-11-25',
    durationMinutes: 45,
    mode: 'in-person',
    topics: ['cv'],
    needsAttention: false,
    updatedAt: '2026-11-25T12:00:00.000Z',
    ...overrides,
  });

  const put = (token: string, body: unknown, key: string, sessionId?: string) =>
    fetch(
      `${server.base}/api/extension/sessions/${sessionId ?? (body as SessionSummary).sessionId}`,
      {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
          // The extension's origin: these routes take no CORS and no origin check.
          Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        },
        body: JSON.stringify(body),
      },
    );

  const remove = (token: string, path: string) =>
    fetch(`${server.base}/api/extension/${path}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
    });

  /** What the coordinator's match list shows of the match: its count and last meeting. */
  async function entry(id: string) {
    const match = await getMatch(context.database, id);
    const last = await lastMeetings(context.database, [id]);
    return { profile: { meetingsHeld: match?.meetingsHeld }, lastMeeting: last.get(id) ?? null };
  }

  async function shared(): Promise<SharedSessionsAnswer> {
    // Through JSON, as the route answers.
    const answer = await sharedSessions(context.database, await listMatches(context.database));
    return JSON.parse(JSON.stringify(answer)) as SharedSessionsAnswer;
  }

  it("connects only with the mentor's own link, and keeps only the token's hash", async () => {
    const { id, mentorToken, menteeToken } = await activeMatch();
    expect((await connect(menteeToken)).status).toBe(403);
    expect((await connect('x'.repeat(43))).status).toBe(404);
    expect((await connect('not a token')).status).toBe(422);
    const response = await connect(mentorToken);
    expect(response.status).toBe(201);
    const body = (await response.json()) as ExtensionConnection;
    expect(body.menteeName).toBe('Layla');
    const stored = await context.database.query<{ token_hash: string }>(
      'SELECT token_hash FROM extension_connections WHERE match_id = $1',
      [id],
    );
    expect(stored.rows).toEqual([{ token_hash: linkTokenHash(body.token) }]);
    expect(JSON.stringify(stored.rows)).not.toContain(body.token);
    // Connecting again replaces the connection: the first token stops working.
    const second = await connected(mentorToken);
    expect((await put(body.token, summary(), randomUUID())).status).toBe(401);
    expect((await put(second, summary(), randomUUID())).status).toBe(201);
  });

  it("shows the connect code on the mentor's match page only", async () => {
    const { mentorToken, menteeToken } = await activeMatch();
    const mentorPage = await (await fetch(`${server.base}/match/${mentorToken}`)).text();
    expect(mentorPage).toContain(
      `id="connect-code" type="text" readonly value="${server.base}/match/${mentorToken}"`,
    );
    const menteePage = await (await fetch(`${server.base}/match/${menteeToken}`)).text();
    expect(menteePage).toContain('mk-match-card');
    expect(menteePage).not.toContain('connect-code');
  });

  it('validates with the shared schema and refuses without a connection token', async () => {
    const { mentorToken } = await activeMatch();
    const token = await connected(mentorToken);
    expect((await put('', summary(), randomUUID())).status).toBe(401);
    expect((await put('y'.repeat(43), summary(), randomUUID())).status).toBe(401);
    const bad = await put(token, { ...summary(), rating: 9, alias: 'Layla' }, randomUUID());
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map(
      (error) => error.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['rating']));
    const other = summary();
    expect((await put(token, other, randomUUID(), randomUUID())).status).toBe(422);
    const noKey = await fetch(`${server.base}/api/extension/sessions/${other.sessionId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(other),
    });
    expect(noKey.status).toBe(400);
  });

  it('stores a retried change once, and meetings follow the shared sessions, one a day', async () => {
    const { id, mentorToken } = await activeMatch();
    const token = await connected(mentorToken);
    const first = summary({ needsAttention: true, note: 'Needs help with the union.' });
    const key = randomUUID();
    expect((await put(token, first, key)).status).toBe(201);
    // The same change again (a retry after a lost answer, a browser restart): nothing new.
    const retry = await put(token, first, key);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ result: 'replayed' });
    let match = await entry(id);
    expect(match.profile.meetingsHeld).toBe(1);
    expect(match.lastMeeting).toBe('2026-11-25');

    // A second session the same day is no second meeting.
    const sameDay = summary();
    expect((await put(token, sameDay, randomUUID())).status).toBe(201);
    expect((await entry(id)).profile.meetingsHeld).toBe(1);

    // An older change arriving late is ignored; a newer one moves the session's day.
    const stale = await put(
      token,
      { ...first, durationMinutes: 10, updatedAt: '2026-11-24T00:00:00Z' },
      randomUUID(),
    );
    expect(await stale.json()).toEqual({ result: 'stale' });
    const moved = { ...first, date: '2026-11-26', updatedAt: '2026-11-26T08:00:00.000Z' };
    expect((await put(token, moved, randomUUID())).status).toBe(200);
    match = await entry(id);
    expect(match.profile.meetingsHeld).toBe(2);
    expect(match.lastMeeting).toBe('2026-11-26');

    // A day before the match started, or after today, is shared but is no meeting.
    expect((await put(token, summary({ date: '2026-11-01' }), randomUUID())).status).toBe(201);
    expect((await put(token, summary({ date: '2026-12-20' }), randomUUID())).status).toBe(201);
    expect((await entry(id)).profile.meetingsHeld).toBe(2);

    const answer = await shared();
    expect(answer.matches.find((item) => item.matchId === id)).toMatchObject({
      connected: true,
      sessions: 4,
      lastSession: '2026-12-20',
      menteeName: 'Layla Test',
    });
    const flagged = answer.flagged.filter((item) => item.matchId === id);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      sessionId: first.sessionId,
      date: '2026-11-26',
      note: 'Needs help with the union.',
    });
    expect(flagged[0]).not.toHaveProperty('lastKeyHash');
    expect(flagged[0]!.handledAt).toBeUndefined();

    // Deleting the day's only session takes its meeting; a day recorded on the card stays.
    expect(
      (
        await postJson(
          server.base,
          `/api/participant/${mentorToken}/meetings`,
          { date: '2026-11-25' },
          {},
        )
      ).status,
    ).toBe(200);
    expect((await remove(token, `sessions/${sameDay.sessionId}`)).status).toBe(204);
    expect((await remove(token, `sessions/${sameDay.sessionId}`)).status).toBe(204);
    expect((await remove(token, `sessions/${first.sessionId}`)).status).toBe(204);
    match = await entry(id);
    expect(match.profile.meetingsHeld).toBe(1);
    expect(match.lastMeeting).toBe('2026-11-25');
  });

  it('lets the coordinator mark a flagged session handled; raising it again asks again', async () => {
    const { id, mentorToken } = await activeMatch();
    const token = await connected(mentorToken);
    const flaggedSession = summary({ needsAttention: true });
    expect((await put(token, flaggedSession, randomUUID())).status).toBe(201);
    const handle = (sessionId: string) =>
      markAttentionHandled(context.database, id, sessionId, new Date(clock));
    expect(await handle(flaggedSession.sessionId)).toBe(new Date(clock).toISOString());
    const unflagged = summary();
    expect((await put(token, unflagged, randomUUID())).status).toBe(201);
    expect(await handle(unflagged.sessionId)).toBeUndefined();
    const state = async () =>
      (await shared()).flagged.find((item) => item.sessionId === flaggedSession.sessionId);
    expect((await state())?.handledAt).toBe(new Date(clock).toISOString());

    // An edit that keeps the flag keeps it handled; lowering and raising it asks again.
    const edit = (needsAttention: boolean, minute: number) => ({
      ...flaggedSession,
      needsAttention,
      updatedAt: `2026-11-25T12:${String(minute).padStart(2, '0')}:00.000Z`,
    });
    await put(token, edit(true, 1), randomUUID());
    expect((await state())?.handledAt).toBeDefined();
    await put(token, edit(false, 2), randomUUID());
    expect(await state()).toBeUndefined();
    await put(token, edit(true, 3), randomUUID());
    expect((await state())?.handledAt).toBeUndefined();
  });

  it('deletes on disconnect what the server held: summaries, their meetings, the connection', async () => {
    const { id, mentorToken } = await activeMatch();
    const token = await connected(mentorToken);
    expect((await put(token, summary({ needsAttention: true }), randomUUID())).status).toBe(201);
    expect((await entry(id)).profile.meetingsHeld).toBe(1);
    expect((await remove(token, 'connection')).status).toBe(204);
    expect((await entry(id)).profile.meetingsHeld).toBe(0);
    const rows = await context.database.query(
      `SELECT 1 FROM session_summaries WHERE match_id = $1
       UNION ALL SELECT 1 FROM extension_connections WHERE match_id = $1`,
      [id],
    );
    expect(rows.rows).toEqual([]);
    expect((await shared()).matches.some((item) => item.matchId === id)).toBe(false);
    expect((await remove(token, 'connection')).status).toBe(401);
    expect((await put(token, summary(), randomUUID())).status).toBe(401);
  });

  it("puts what the mentor's extension shared in the mentor's data export, JSON and CSV", async () => {
    const { id, mentorToken, mentorId, menteeId } = await activeMatch();
    const token = await connected(mentorToken);
    const flagged = summary({
      needsAttention: true,
      note: '=SUM(A1) is what she needs help with',
      rating: 4,
    });
    expect((await put(token, flagged, randomUUID())).status).toBe(201);
    const plain = summary({ date: '2026-11-26', updatedAt: '2026-11-26T12:00:00.000Z' });
    expect((await put(token, plain, randomUUID())).status).toBe(201);

    const exported = await exportPerson(context.database, mentorId, new Date(clock));
    const match = exported?.matches.find((item) => item.id === id);
    expect(match?.sharedSessions).toEqual([flagged, plain]);
    // The server's own key hash and the match id (the entry's own) stay out.
    expect(JSON.stringify(match?.sharedSessions)).not.toContain('lastKeyHash');
    const lines = personExportToCsv(exported!, 'rfc4180').split('\r\n');
    expect(lines).toContain(`matches.0.sharedSessions.0.sessionId,${flagged.sessionId}`);
    expect(lines).toContain('matches.0.sharedSessions.1.date,2026-11-26');
    // The mentor's own note, as text a spreadsheet does not run.
    expect(lines).toContain(
      "matches.0.sharedSessions.0.note,'=SUM(A1) is what she needs help with",
    );

    // The mentee's export has the match, not the mentor's log.
    const mentee = await exportPerson(context.database, menteeId, new Date(clock));
    expect(mentee?.matches.find((item) => item.id === id)?.sharedSessions).toEqual([]);
  });
});
