// The match lifecycle end to end on PGlite and PostgreSQL: a coordinator proposes over HTTP,
// both introductions are written to the outbox and sent by the queue's worker through a real
// SMTP server in this process, each person opens their own link and answers, the coordinator
// steps the match on, and links that are wrong, expired or revoked are refused. Time is
// pg-boss's TestClock, moved by the tests.
import { MatchProfileSchema, type MatchProfile } from '@mentorkit/core';
import { describe, expect, it } from 'vitest';
import type { MatchListEntry, ProposedMatch } from '../api/coordinator-match-routes.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import type { SmtpSink } from '../mail/testing/smtp-sink.ts';
import { getOutboxMailByKey, listOutbox } from '../store/outbox.ts';
import { eraseSignup, insertSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import {
  DAY,
  DEFAULT_MATCH_MAIL,
  advanceUntil,
  coordinatorAuth,
  mailTo,
  postJson,
  signInAgain,
  startMailBackend,
  useMailTestBackends,
  type MailBackend,
} from '../testing/mail-backend.ts';

const auth = coordinatorAuth;

const startAll = (database: Database, smtp: SmtpSink) =>
  startMailBackend(database, smtp, { matchMail: DEFAULT_MATCH_MAIL });

const tokenOf = (url: string) => /\/match\/([A-Za-z0-9_-]{43})$/.exec(url)![1]!;

const post = postJson;

describe.each(TEST_DATABASES)(
  'the match lifecycle on $name',
  { timeout: 120_000 },
  (testDatabase) => {
    const context = useTestDatabase(testDatabase, migrate);
    let running: MailBackend | undefined;
    const smtp = useMailTestBackends(() => running);

    /** A mentor (Swedish) and a mentee (Arabic, with a hostile name), proposed by the coordinator. */
    async function propose(base: string) {
      const mentor = await insertSignup(context.database, 'k-life-mentor', mentorSubmission());
      const mentee = await insertSignup(
        context.database,
        'k-life-mentee',
        menteeSubmission({
          locale: 'ar',
          person: { name: 'ليلى<b> Test', email: 'layla@example.org' },
        }),
      );
      const response = await post(base, '/api/coordinator/matches', {
        mentorId: mentor.id,
        menteeId: mentee.id,
      });
      expect(response.status).toBe(201);
      const proposed = (await response.json()) as ProposedMatch;
      return { mentor, mentee, proposed, id: proposed.profile.id };
    }

    async function entry(base: string, id: string): Promise<MatchListEntry> {
      const list = (await (
        await fetch(`${base}/api/coordinator/matches`, { headers: auth })
      ).json()) as MatchListEntry[];
      return list.find((item) => item.profile.id === id)!;
    }

    it('introduces both by mail in their languages, each with their own link, and becomes active when both accept', async () => {
      running = await startAll(context.database, smtp);
      const { base } = running;
      const { id, proposed, mentor, mentee } = await propose(base);
      const mentorUrl = proposed.participantUrls.mentor;
      const menteeUrl = proposed.participantUrls.mentee;
      expect(mentorUrl).toMatch(/^http:\/\/mentor\.example\.org\/match\/[A-Za-z0-9_-]{43}$/);
      expect(menteeUrl).not.toBe(mentorUrl);

      // Both introductions in the outbox, then through SMTP.
      expect(
        (await getOutboxMailByKey(context.database, `match-introduction:${id}:mentor`))?.lang,
      ).toBe('sv');
      expect(
        (await getOutboxMailByKey(context.database, `match-introduction:${id}:mentee`))?.lang,
      ).toBe('ar');
      await advanceUntil(running.clock, () => smtp.received.length >= 2);
      const toMentee = mailTo(smtp.received, 'layla@')!;
      expect(toMentee.subject).toBe('تمّ اقتراح شريك لك في برنامج الإرشاد');
      expect(toMentee.text).toContain('Lars');
      expect(toMentee.text).toContain(menteeUrl);
      expect(toMentee.text).not.toContain(mentorUrl);
      expect(toMentee.text).toContain('لغة مشتركة');
      const menteeHtml = typeof toMentee.html === 'string' ? toMentee.html : '';
      expect(menteeHtml).toContain('<html lang="ar" dir="rtl">');
      const toMentor = mailTo(smtp.received, 'lars.test@')!;
      expect(toMentor.subject).toBe('Du har fått en matchning i mentorprogrammet');
      // The other person by first name, escaped in the HTML part.
      expect(toMentor.text).toContain('ليلى<b>,');
      const mentorHtml = typeof toMentor.html === 'string' ? toMentor.html : '';
      expect(mentorHtml).toContain('ليلى&lt;b&gt;');
      expect(mentorHtml).not.toContain('ليلى<b>');
      expect(mentorHtml).toContain(`href="${mentorUrl}"`);
      // The mentor, not the mentee, reads how their extension connects, in the mail's language.
      expect(toMentor.text).toContain('Mentorkit-tillägget för webbläsaren');
      expect(toMentor.text).toContain('anslutningskoden');
      expect(mentorHtml).toContain('Mentorkit-tillägget för webbläsaren');
      expect(toMentee.text).not.toContain('Mentorkit');

      // The link's page: the participant card in the person's language.
      const menteeToken = tokenOf(menteeUrl);
      const page = await fetch(`${base}/match/${menteeToken}`);
      expect(page.status).toBe(200);
      const pageHtml = await page.text();
      expect(pageHtml).toContain('<html lang="ar" dir="rtl">');
      expect(pageHtml).toContain(`src="/api/participant/${menteeToken}"`);
      expect(page.headers.get('content-security-policy')).toContain(
        "require-trusted-types-for 'script'",
      );
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');

      // Its API: no contact details while proposed, and where to answer.
      const card = (await (
        await fetch(`${base}/api/participant/${menteeToken}`)
      ).json()) as MatchProfile;
      expect(MatchProfileSchema.safeParse(card).success).toBe(true);
      expect(card).toMatchObject({ status: 'proposed', viewer: 'mentee', acceptedBy: [] });
      expect(card.actions?.accept).toBe(`/api/participant/${menteeToken}/accept`);
      expect(card.mentor.email).toBeUndefined();

      const first = await post(base, `/api/participant/${menteeToken}/accept`, {}, {});
      expect(first.status).toBe(200);
      const afterFirst = (await first.json()) as MatchProfile;
      expect(afterFirst).toMatchObject({ status: 'proposed', acceptedBy: ['mentee'] });
      expect(afterFirst.actions?.accept).toBeUndefined();
      const waiting = await entry(base, id);
      expect(waiting.waitingFor).toEqual(['mentor']);
      // The coordinator's list links each person's view by their signup.
      expect(waiting.signupIds).toEqual({ mentor: mentor.id, mentee: mentee.id });

      await running.clock.setTime(running.clock.now() + DAY);
      await signInAgain(running);
      const mentorToken = tokenOf(mentorUrl);
      const second = (await (
        await post(base, `/api/participant/${mentorToken}/accept`, {}, {})
      ).json()) as MatchProfile;
      expect(second.status).toBe('active');
      expect(second.startedAt).toBe(new Date(running.clock.now()).toISOString());
      // Now each sees the other's contact details, never their own.
      expect(second.mentee.email).toBe('layla@example.org');
      expect(second.mentor.email).toBeUndefined();
      expect(second.actions).toBeUndefined();

      const listed = await entry(base, id);
      expect(listed.profile.status).toBe('active');
      expect(listed.waitingFor).toEqual([]);
      expect(listed.history.map((event) => [event.actor, event.action, event.toStatus])).toEqual([
        ['coordinator', 'proposed', 'proposed'],
        ['mentee', 'accepted', 'proposed'],
        ['mentor', 'accepted', 'active'],
      ]);

      // The coordinator's steps from here, and those refused.
      expect(
        (await post(base, `/api/coordinator/matches/${id}/pause`, { reason: 'Semester' })).status,
      ).toBe(200);
      expect((await post(base, `/api/coordinator/matches/${id}/pause`)).status).toBe(409);
      expect((await post(base, `/api/coordinator/matches/${id}/close`)).status).toBe(422);
      expect((await post(base, `/api/coordinator/matches/${id}/complete`)).status).toBe(200);
      expect((await post(base, `/api/coordinator/matches/${id}/activate`)).status).toBe(409);
      expect((await post(base, `/api/participant/${menteeToken}/decline`, {}, {})).status).toBe(
        409,
      );
      const done = await entry(base, id);
      expect(done.profile.status).toBe('completed');
      expect(done.history.at(-2)).toMatchObject({ action: 'paused', reason: 'Semester' });
    });

    it('closes a proposal declined with a reason, and refuses an answer after it', async () => {
      running = await startAll(context.database, smtp);
      const { base } = running;
      const { id, proposed } = await propose(base);
      const mentorToken = tokenOf(proposed.participantUrls.mentor);
      const declined = await post(
        base,
        `/api/participant/${mentorToken}/decline`,
        { reason: 'Har inte tid i vår' },
        {},
      );
      expect(declined.status).toBe(200);
      expect(((await declined.json()) as MatchProfile).status).toBe('closed');
      const menteeToken = tokenOf(proposed.participantUrls.mentee);
      expect((await post(base, `/api/participant/${menteeToken}/accept`, {}, {})).status).toBe(409);
      expect((await entry(base, id)).history.at(-1)).toMatchObject({
        actor: 'mentor',
        action: 'declined',
        fromStatus: 'proposed',
        toStatus: 'closed',
        reason: 'Har inte tid i vår',
      });
    });

    it('refuses wrong, expired and revoked links, and a reissued link works', async () => {
      running = await startAll(context.database, smtp);
      const { base } = running;
      const { id, proposed, mentee } = await propose(base);
      const menteeToken = tokenOf(proposed.participantUrls.mentee);

      expect((await fetch(`${base}/api/participant/${'x'.repeat(43)}`)).status).toBe(404);
      expect((await fetch(`${base}/api/participant/short`)).status).toBe(404);
      const unknownPage = await fetch(`${base}/match/${'x'.repeat(43)}`, {
        headers: { 'Accept-Language': 'uk' },
      });
      expect(unknownPage.status).toBe(404);
      expect(await unknownPage.text()).toContain('Посилання не працює');
      // A person's token is not a key to another match.
      expect((await fetch(`${base}/api/matches/${id}?token=${menteeToken}`)).status).toBe(200);
      const otherMentor = await insertSignup(
        context.database,
        'k-life-mentor-2',
        mentorSubmission({ person: { name: 'Olle Test', email: 'olle.test@example.org' } }),
      );
      const other = await post(base, '/api/coordinator/matches', {
        mentorId: otherMentor.id,
        menteeId: mentee.id,
      });
      const otherId = ((await other.json()) as ProposedMatch).profile.id;
      expect((await fetch(`${base}/api/matches/${otherId}?token=${menteeToken}`)).status).toBe(403);

      const revoked = await post(base, `/api/coordinator/matches/${id}/links/mentee/revoke`, {
        reason: 'Fel adress',
      });
      expect(revoked.status).toBe(200);
      expect((await fetch(`${base}/api/participant/${menteeToken}`)).status).toBe(410);
      const revokedPage = await fetch(`${base}/match/${menteeToken}`);
      expect(revokedPage.status).toBe(410);
      const revokedHtml = await revokedPage.text();
      expect(revokedHtml).toContain('dir="rtl"');
      expect(revokedHtml).toContain('data-outcome="revoked"');
      expect(revokedHtml).not.toContain('<script');
      expect((await post(base, `/api/participant/${menteeToken}/accept`, {}, {})).status).toBe(410);

      const reissued = await post(base, `/api/coordinator/matches/${id}/links/mentee/reissue`);
      const { url } = (await reissued.json()) as { url: string };
      const newToken = tokenOf(url);
      expect((await fetch(`${base}/api/participant/${newToken}`)).status).toBe(200);
      const listed = await entry(base, id);
      expect(listed.links.mentee.usable).toBe(true);
      expect(listed.history.map((event) => [event.action, event.about])).toEqual([
        ['proposed', null],
        ['link-revoked', 'mentee'],
        ['link-reissued', 'mentee'],
      ]);
      // The new link went out in a new introduction.
      const mails = await listOutbox(context.database);
      expect(mails.filter((mail) => mail.text.includes(url))).toHaveLength(1);

      // 60 days on, the link has expired.
      await running.clock.setTime(running.clock.now() + 60 * DAY + 1000);
      expect((await fetch(`${base}/api/participant/${newToken}`)).status).toBe(410);
      expect((await fetch(`${base}/match/${newToken}`)).status).toBe(410);
      await signInAgain(running);
      expect((await entry(base, id)).links.mentee.usable).toBe(false);
    });

    it('reminds whoever has not answered after 7 days, once, with a new link', async () => {
      running = await startAll(context.database, smtp);
      const { base } = running;
      const { id, proposed } = await propose(base);
      await post(
        base,
        `/api/participant/${tokenOf(proposed.participantUrls.mentor)}/accept`,
        {},
        {},
      );
      await advanceUntil(running.clock, () => smtp.received.length >= 2);
      expect(
        await getOutboxMailByKey(context.database, `match-reminder:${id}:mentee`),
      ).toBeUndefined();
      await running.clock.setTime(running.clock.now() + 7 * DAY);
      await advanceUntil(running.clock, () => smtp.received.length >= 3);
      const reminder = smtp.received[2]!;
      expect(JSON.stringify(reminder.to)).toContain('layla@');
      expect(reminder.subject).toBe('تذكير: يُرجى الردّ على المطابقة');
      const url = /http:\/\/mentor\.example\.org\/match\/[A-Za-z0-9_-]{43}/.exec(
        reminder.text ?? '',
      )![0];
      expect((await fetch(`${base}/api/participant/${tokenOf(url)}`)).status).toBe(200);
      expect(
        await getOutboxMailByKey(context.database, `match-reminder:${id}:mentor`),
      ).toBeUndefined();
    });

    it("erases the history, links and mails of a person's matches with the person", async () => {
      running = await startAll(context.database, smtp);
      const { mentee, proposed } = await propose(running.base);
      const erased = await eraseSignup(context.database, mentee.id, 'layla@example.org');
      expect(erased).toMatchObject({ erased: true, matches: 1 });
      for (const table of ['match_events', 'match_links', 'matches', 'outbox']) {
        const left = await context.database.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect([table, left.rows[0]]).toEqual([table, { n: 0 }]);
      }
      expect(
        (await fetch(`${running.base}/match/${tokenOf(proposed.participantUrls.mentee)}`)).status,
      ).toBe(404);
    });
  },
);
