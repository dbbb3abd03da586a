// After a match starts, on PGlite and PostgreSQL: the meeting reminder after 21 days without a
// meeting (and not while they meet), meetings recorded by a participant, and the follow-up at 3
// months: each person's mail and link in their language, the questionnaire, answers checked
// against the link's role, a job run twice that sends nothing twice, the nightly retention and
// erasure. Mail goes through a real SMTP server in this process; time is pg-boss's TestClock.
import {
  FollowUpQuestionnaireSchema,
  type FollowUpQuestionnaire,
  type MatchProfile,
} from '@mentorkit/core';
import { describe, expect, it } from 'vitest';
import type { ProposedMatch } from '../api/coordinator-match-routes.ts';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import type { PersonExport } from '../privacy/person-export.ts';
import { listFollowUps } from '../store/follow-ups.ts';
import { listOutbox } from '../store/outbox.ts';
import { eraseSignup, insertSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import {
  DAY,
  DEFAULT_MATCH_MAIL,
  PINNED,
  advanceUntil,
  coordinatorAuth,
  mailTo,
  postJson,
  signInAgain,
  startMailBackend,
  useMailTestBackends,
  type MailBackend,
} from '../testing/mail-backend.ts';
import { jobSchemaOf } from '../jobs/pg-boss-queue.ts';
import {
  FOLLOW_UP_RETENTION_JOB,
  addMonths,
  sendFollowUps,
  sweepFollowUps,
} from './follow-up-jobs.ts';

const NO_AUTH = {};
const matchToken = (url: string) => /\/match\/([A-Za-z0-9_-]{43})$/.exec(url)![1]!;
const linkIn = (text: string | undefined, path: 'match' | 'follow-up') =>
  new RegExp(`http://mentor\\.example\\.org/${path}/([A-Za-z0-9_-]{43})`).exec(text ?? '')![1]!;

describe('addMonths', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-11-23T09:00:00Z'), 3).toISOString()).toBe(
      '2027-02-23T09:00:00.000Z',
    );
    expect(addMonths(new Date('2026-11-30T09:00:00Z'), 3).toISOString()).toBe(
      '2027-02-28T09:00:00.000Z',
    );
    expect(addMonths(new Date('2027-02-23T09:00:00Z'), -36).toISOString()).toBe(
      '2024-02-23T09:00:00.000Z',
    );
  });
});

describe.each(TEST_DATABASES)(
  'after a match starts, on $name',
  { timeout: 180_000 },
  (testDatabase) => {
    const context = useTestDatabase(testDatabase, migrate);
    let running: MailBackend | undefined;
    const smtp = useMailTestBackends(() => running);

    /** A mentor (Swedish) and a mentee (Arabic), proposed and accepted by both at PINNED. */
    async function startedMatch(backend: MailBackend) {
      const mentor = await insertSignup(context.database, 'k-after-mentor', mentorSubmission());
      const mentee = await insertSignup(
        context.database,
        'k-after-mentee',
        menteeSubmission({
          locale: 'ar',
          person: { name: 'ليلى Test', email: 'layla@example.org' },
        }),
      );
      const proposed = (await (
        await postJson(backend.base, '/api/coordinator/matches', {
          mentorId: mentor.id,
          menteeId: mentee.id,
        })
      ).json()) as ProposedMatch;
      const tokens = {
        mentor: matchToken(proposed.participantUrls.mentor),
        mentee: matchToken(proposed.participantUrls.mentee),
      };
      for (const token of [tokens.mentee, tokens.mentor]) {
        const answer = await postJson(
          backend.base,
          `/api/participant/${token}/accept`,
          {},
          NO_AUTH,
        );
        expect(answer.status).toBe(200);
      }
      // The two introductions.
      await advanceUntil(backend.clock, () => smtp.received.length >= 2);
      smtp.received.length = 0;
      return { id: proposed.profile.id, mentor, mentee, tokens };
    }

    const recordMeeting = (base: string, token: string, date: string) =>
      postJson(base, `/api/participant/${token}/meetings`, { date }, NO_AUTH);

    it('reminds both after 21 days without a meeting, and counts from the last meeting once they meet', async () => {
      running = await startMailBackend(context.database, smtp, { matchMail: DEFAULT_MATCH_MAIL });
      const { base, clock } = running;
      const { id, tokens } = await startedMatch(running);

      await clock.setTime(Date.parse(PINNED) + 21 * DAY);
      await advanceUntil(clock, () => smtp.received.length >= 2);
      const toMentee = mailTo(smtp.received, 'layla@')!;
      expect(toMentee.subject).toBe('هل حان وقت لقاء جديد؟');
      expect(toMentee.text).toContain('بدأت مطابقتك مع Lars قبل 21 يومًا');
      const toMentor = mailTo(smtp.received, 'lars.test@')!;
      expect(toMentor.subject).toBe('Dags att träffas igen?');
      expect(toMentor.text).toContain('ingen träff är inskriven än');
      // Each with a new link of their own to the card.
      const reminderToken = linkIn(toMentor.text, 'match');
      expect(reminderToken).not.toBe(tokens.mentor);
      expect((await fetch(`${base}/api/participant/${reminderToken}`)).status).toBe(200);

      // They meet on day 25 (in Stockholm); the second record of that day changes nothing.
      await clock.setTime(Date.parse(PINNED) + 25 * DAY);
      const met = await recordMeeting(base, tokens.mentee, '2026-12-18');
      expect(met.status).toBe(201);
      expect(((await met.json()) as MatchProfile).meetingsHeld).toBe(1);
      const again = await recordMeeting(base, reminderToken, '2026-12-18');
      expect(again.status).toBe(200);
      expect(((await again.json()) as MatchProfile).meetingsHeld).toBe(1);
      // The same from the card's page, by its plain form: post, redirect, and the page says so.
      const posted = await fetch(`${base}/match/${tokens.mentor}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'date=2026-12-17',
        redirect: 'manual',
      });
      expect(posted.status).toBe(303);
      const location = posted.headers.get('location')!;
      expect(location).toBe(`/match/${tokens.mentor}?meeting=recorded&date=2026-12-17`);
      const after = await (await fetch(`${base}${location}`)).text();
      expect(after).toContain('data-notice="recorded"');
      expect(after).toContain('Tack! Träffen 17 december 2026 är inskriven.');
      expect(after).toContain('min="2026-11-23"');
      expect(after).toContain('max="2026-12-18"');
      const bad = await fetch(`${base}/match/${tokens.mentee}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'date=2030-01-01',
        redirect: 'manual',
      });
      expect(bad.headers.get('location')).toBe(`/match/${tokens.mentee}?meeting=invalid`);
      const badPage = await (await fetch(`${base}/match/${tokens.mentee}?meeting=invalid`)).text();
      expect(badPage).toContain('اختر يومًا بين بداية المطابقة واليوم.');
      const counted = (await (
        await fetch(`${base}/api/participant/${tokens.mentor}`)
      ).json()) as MatchProfile;
      expect(counted.meetingsHeld).toBe(2);

      // Not a day before the start, nor after today.
      expect((await recordMeeting(base, tokens.mentor, '2026-11-22')).status).toBe(422);
      expect((await recordMeeting(base, tokens.mentor, '2026-12-19')).status).toBe(422);
      expect((await recordMeeting(base, tokens.mentor, '18 december')).status).toBe(422);

      // Day 42 was the next check; they met on day 25, so none until 21 days after it.
      smtp.received.length = 0;
      await clock.setTime(Date.parse(PINNED) + 42 * DAY + 1000);
      await advanceUntil(clock, () => true, 15);
      expect(smtp.received).toHaveLength(0);
      await clock.setTime(Date.parse(PINNED) + 47 * DAY);
      await advanceUntil(clock, () => smtp.received.length >= 2);
      expect(mailTo(smtp.received, 'lars.test@')!.text).toContain(
        'sedan du och ليلى senast träffades',
      );
      const reminders = (await listOutbox(context.database)).filter(
        (mail) => mail.kind === 'meeting-reminder',
      );
      expect(reminders).toHaveLength(4);

      // Weeks with the server down: one reminder on its return, not one per missed period.
      smtp.received.length = 0;
      await clock.setTime(Date.parse(PINNED) + 130 * DAY);
      await advanceUntil(clock, () => smtp.received.length >= 2);
      await advanceUntil(clock, () => true, 15);
      expect(smtp.received).toHaveLength(2);

      // A paused match is not reminded (the coordinator signs in again: months have passed).
      await signInAgain(running);
      expect((await postJson(base, `/api/coordinator/matches/${id}/pause`)).status).toBe(200);
      // (The first links have expired by now; the coordinator records what a phone call told.)
      const byCoordinator = await postJson(base, `/api/coordinator/matches/${id}/meetings`, {
        date: '2027-04-01',
      });
      expect(byCoordinator.status).toBe(201);
      expect(((await byCoordinator.json()) as MatchProfile).meetingsHeld).toBe(3);
      smtp.received.length = 0;
      await clock.setTime(Date.parse(PINNED) + 160 * DAY);
      await advanceUntil(clock, () => true, 15);
      expect(smtp.received.filter((mail) => mail.subject === 'Dags att träffas igen?')).toEqual([]);
    });

    it('asks both how it went at 3 months, in their languages, and takes the answers of the link’s role only', async () => {
      running = await startMailBackend(context.database, smtp, {
        matchMail: { ...DEFAULT_MATCH_MAIL, noMeetingAfterMs: 0 },
      });
      const { base, clock } = running;
      const { id, mentee } = await startedMatch(running);

      await clock.setTime(Date.parse('2027-02-23T09:00:00Z'));
      await advanceUntil(clock, () => smtp.received.length >= 2);
      const toMentee = mailTo(smtp.received, 'layla@')!;
      expect(toMentee.subject).toBe('كيف سارت الأمور؟ بعض الأسئلة عن الإرشاد');
      expect(toMentee.text).toContain('مضى الآن 3 أشهر على بدء الإرشاد مع Lars');
      expect(toMentee.text).toContain('36');
      const menteeToken = linkIn(toMentee.text, 'follow-up');
      // Nothing personal in the link: the token only.
      expect(toMentee.text).toMatch(
        new RegExp(`http://mentor\\.example\\.org/follow-up/${menteeToken}(\\s|$)`),
      );
      const mentorToken = linkIn(mailTo(smtp.received, 'lars.test@')!.text, 'follow-up');

      const page = await fetch(`${base}/follow-up/${menteeToken}`);
      expect(page.status).toBe(200);
      const pageHtml = await page.text();
      expect(pageHtml).toContain('<html lang="ar" dir="rtl">');
      expect(pageHtml).toContain(`<mk-follow-up src="/api/follow-ups/${menteeToken}">`);
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');

      const questionnaire = (await (
        await fetch(`${base}/api/follow-ups/${menteeToken}`)
      ).json()) as FollowUpQuestionnaire;
      expect(FollowUpQuestionnaireSchema.parse(questionnaire)).toEqual({
        role: 'mentee',
        monthsAfterStart: 3,
        locale: 'ar',
        expiresAt: new Date(Date.parse('2027-02-23T09:00:00Z') + 30 * DAY).toISOString(),
      });

      const mentorAnswers = {
        role: 'mentor',
        stillMeeting: 'yes',
        helped: 'some',
        mentorAgain: 'yes',
      };
      const wrongRole = await postJson(
        base,
        `/api/follow-ups/${menteeToken}`,
        mentorAnswers,
        NO_AUTH,
      );
      expect(wrongRole.status).toBe(422);
      expect(JSON.stringify(await wrongRole.json())).toContain('"field":"role"');
      const invalid = await postJson(
        base,
        `/api/follow-ups/${menteeToken}`,
        { role: 'mentee', workSituation: 'astronaut', helped: 'a-lot' },
        NO_AUTH,
      );
      expect(invalid.status).toBe(422);
      const answers = {
        role: 'mentee',
        workSituation: 'qualified-job',
        weeklyHours: 40,
        since: '2027-01',
        helped: 'a-lot',
      };
      const saved = await postJson(base, `/api/follow-ups/${menteeToken}`, answers, NO_AUTH);
      expect(saved.status).toBe(200);
      expect(((await saved.json()) as FollowUpQuestionnaire).answeredAt).toBe(
        new Date(clock.now()).toISOString(),
      );
      expect(
        (await postJson(base, `/api/follow-ups/${mentorToken}`, mentorAnswers, NO_AUTH)).status,
      ).toBe(200);
      const stored = await listFollowUps(context.database, [id]);
      expect(stored.map((followUp) => [followUp.role, followUp.answers])).toEqual([
        ['mentee', answers],
        ['mentor', mentorAnswers],
      ]);

      // The round's job run again (a retry after a crash): no new link, no second mail.
      const mailsBefore = (await listOutbox(context.database)).length;
      await sendFollowUps(running.matchMail!, { matchId: id, monthsAfterStart: 3 });
      expect((await listOutbox(context.database)).length).toBe(mailsBefore);
      expect(await listFollowUps(context.database, [id])).toHaveLength(2);

      // After 30 days the link takes no answers.
      await clock.setTime(Date.parse('2027-02-23T09:00:00Z') + 30 * DAY + 1000);
      expect((await fetch(`${base}/api/follow-ups/${menteeToken}`)).status).toBe(410);
      const expiredPage = await fetch(`${base}/follow-up/${menteeToken}`);
      expect(expiredPage.status).toBe(410);
      expect(await expiredPage.text()).not.toContain('<script');
      expect((await fetch(`${base}/api/follow-ups/${'x'.repeat(43)}`)).status).toBe(404);

      // The mentee's export holds her answers and her mails, not the mentor's answers.
      await signInAgain(running);
      const exported = await fetch(`${base}/api/coordinator/signups/${mentee.id}/export`, {
        headers: coordinatorAuth,
      });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toBe(
        `attachment; filename="mentorkit-${mentee.id}.json"`,
      );
      const person = (await exported.json()) as PersonExport;
      expect(person.signup.submission.person.email).toBe('layla@example.org');
      expect(person.matches).toHaveLength(1);
      expect(person.matches[0]).toMatchObject({ id, role: 'mentee', otherPerson: 'Lars Test' });
      expect(person.matches[0]!.followUps).toEqual([
        expect.objectContaining({ monthsAfterStart: 3, answers }),
      ]);
      expect(JSON.stringify(person)).not.toContain('mentorAgain');
      expect(person.mails.map((mail) => mail.kind)).toEqual(['match-introduction', 'follow-up']);
      expect((await fetch(`${base}/api/coordinator/signups/${mentee.id}/export`)).status).toBe(401);

      // Erasing the mentee erases the follow-ups with the match.
      await eraseSignup(context.database, mentee.id, 'layla@example.org');
      expect(await listFollowUps(context.database, [id])).toEqual([]);
    });

    it('deletes follow-ups past their retention at night, and plans the next night once', async () => {
      running = await startMailBackend(context.database, smtp, {
        matchMail: { ...DEFAULT_MATCH_MAIL, noMeetingAfterMs: 0, followUpRetentionMonths: 12 },
      });
      const { id } = await startedMatch(running);
      await sendFollowUps(running.matchMail!, { matchId: id, monthsAfterStart: 3 });
      const [followUp] = await listFollowUps(context.database, [id]);
      await context.database.query(
        `UPDATE follow_ups SET answers = '{"role":"mentor","stillMeeting":"yes","helped":"some","mentorAgain":"yes"}', answered_at = $1 WHERE role = 'mentor'`,
        [new Date(PINNED)],
      );
      expect(followUp).toBeDefined();
      // Eleven months on: kept. Twelve months and a day after the answer: the answer goes; the
      // unanswered one goes twelve months after its link expired.
      expect(await sweepFollowUps(running.matchMail!, { at: '2027-10-23T02:00:00Z' })).toBe(0);
      expect(await sweepFollowUps(running.matchMail!, { at: '2027-11-24T02:00:00Z' })).toBe(1);
      expect((await listFollowUps(context.database, [id])).map((left) => left.role)).toEqual([
        'mentee',
      ]);
      expect(await sweepFollowUps(running.matchMail!, { at: '2028-01-24T02:00:00Z' })).toBe(1);
      expect(await listFollowUps(context.database, [id])).toEqual([]);
      // Each sweep plans the next night's (03:00 in Stockholm), once.
      const planned = await context.database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${jobSchemaOf(context.database)}.job
          WHERE name = $1 AND data->>'at' = $2`,
        [FOLLOW_UP_RETENTION_JOB, '2028-01-25T02:00:00.000Z'],
      );
      expect(planned.rows[0]?.n).toBe(1);
    });
  },
);
