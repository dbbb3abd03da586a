// Personal accounts end to end in node, on every test database: the first administrator by the
// token, coordinators invited into programmes and signed in by a mailed link (a real SMTP
// server in this process), each seeing only their programmes' people; the cookie's flags,
// CSRF, sign-out, session expiry, link limits, no account enumeration; the audit log.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { insertSignup } from '../store/signups.ts';
import { insertMatch } from '../store/matches.ts';
import { listAudit, recordAudit } from '../store/audit-log.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { signInWithToken } from '../testing/coordinator-session.ts';
import {
  advanceUntil,
  mailTo,
  PINNED,
  startMailBackend,
  TEST_COORDINATOR_TOKEN,
  useMailTestBackends,
  type MailBackend,
} from '../testing/mail-backend.ts';
import { jobSchemaOf } from '../jobs/pg-boss-queue.ts';
import { defineAuditJobs, sweepAudit } from './audit-retention.ts';
import { cameOverHttps, sessionCookie, sessionTokenOf } from './session-cookie.ts';

const json = { 'Content-Type': 'application/json' };

describe('the session cookie over https', () => {
  const request = (socket: object, headers: Record<string, string> = {}) =>
    ({ socket, headers }) as unknown as IncomingMessage;
  const token = 't'.repeat(43);

  it('is Secure with the __Host- prefix when the request came over TLS or our proxy says https', () => {
    expect(cameOverHttps(request({ encrypted: true }), 0)).toBe(true);
    expect(cameOverHttps(request({}, { 'x-forwarded-proto': 'https' }), 1)).toBe(true);
    // A client's own X-Forwarded-Proto counts for nothing without a proxy of ours.
    expect(cameOverHttps(request({}, { 'x-forwarded-proto': 'https' }), 0)).toBe(false);
    expect(sessionCookie(token, true, 3600)).toBe(
      `__Host-mentorkit-coordinator=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure`,
    );
    const secure = request(
      { encrypted: true },
      { cookie: `__Host-mentorkit-coordinator=${token}` },
    );
    expect(sessionTokenOf(secure, true)).toBe(token);
    // A cookie set over http is not read over https.
    expect(sessionTokenOf(request({}, { cookie: `mentorkit-coordinator=${token}` }), true)).toBe(
      '',
    );
  });
});

describe.each(TEST_DATABASES)(
  'coordinator accounts on $name',
  { timeout: 120_000 },
  (testDatabase) => {
    const context = useTestDatabase(testDatabase, migrate);
    let running: MailBackend | undefined;
    const smtp = useMailTestBackends(() => running);

    async function start(options: Parameters<typeof startMailBackend>[2] = {}) {
      running = await startMailBackend(context.database, smtp, options);
      return running;
    }

    /** The link token of the last mail to `email` whose subject says `subject` (waits for it). */
    async function linkMailed(backend: MailBackend, email: string, subject: RegExp) {
      const last = () =>
        smtp.received.findLast(
          (mail) => JSON.stringify(mail.to).includes(email) && subject.test(mail.subject ?? ''),
        );
      await advanceUntil(backend.clock, () => last() !== undefined);
      const mail = last()!;
      smtp.received.splice(smtp.received.indexOf(mail), 1);
      return {
        mail,
        token: /coordinator-sign-in\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')![1]!,
      };
    }

    /** Asks for a link for `email`, reads it from the mail, opens its page and presses the button. */
    async function signInByMail(backend: MailBackend, email: string) {
      const asked = await fetch(`${backend.base}/api/coordinator/sign-in`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email }),
      });
      expect(asked.status).toBe(202);
      const { token } = await linkMailed(backend, email, /^Sign in|^Logga in/);
      return pressLink(backend, token);
    }

    /** Opens the invitation mailed to `email` and presses its button (the first sign-in). */
    async function acceptInvitation(backend: MailBackend, email: string) {
      const { token } = await linkMailed(backend, email, /invited|inbjuden/);
      return pressLink(backend, token);
    }

    /** Opens a link's page and presses its button: the session it starts. */
    async function pressLink(backend: MailBackend, token: string) {
      const page = await fetch(`${backend.base}/coordinator-sign-in/${token}`);
      expect(page.status).toBe(200);
      const pressed = await fetch(`${backend.base}/coordinator-sign-in/${token}`, {
        method: 'POST',
        headers: { Origin: backend.base },
        redirect: 'manual',
      });
      expect(pressed.status).toBe(303);
      expect(pressed.headers.get('location')).toBe('/coordinator/');
      const cookie = (pressed.headers.get('set-cookie') ?? '').split(';')[0]!;
      const session = (await (
        await fetch(`${backend.base}/api/coordinator/session`, { headers: { Cookie: cookie } })
      ).json()) as { csrfToken: string; role: string; programmes: string[] };
      return { token, session, headers: { Cookie: cookie, 'X-CSRF-Token': session.csrfToken } };
    }

    async function seedTwoProgrammes(backend: MailBackend, admin: Record<string, string>) {
      for (const [id, name] of [
        ['union-academics', 'Academics'],
        ['foundry', 'Foundry'],
      ]) {
        const created = await fetch(`${backend.base}/api/coordinator/programmes`, {
          method: 'POST',
          headers: { ...admin, ...json },
          body: JSON.stringify({ id, name }),
        });
        expect(created.status).toBe(201);
      }
      for (const [email, programme] of [
        ['ulla@union.example', 'union-academics'],
        ['frank@foundry.example', 'foundry'],
      ]) {
        const invited = await fetch(`${backend.base}/api/coordinator/coordinators`, {
          method: 'POST',
          headers: { ...admin, ...json },
          body: JSON.stringify({
            email,
            name: email!.split('@')[0],
            role: 'coordinator',
            lang: 'en',
            programmes: [programme],
          }),
        });
        expect(invited.status).toBe(201);
      }
      const people = {
        academicMentee: await insertSignup(
          context.database,
          'k-acad-mentee',
          menteeSubmission({
            programmeId: 'union-academics',
            person: { name: 'Amal Academic', email: 'amal@example.org' },
          }),
        ),
        academicMentor: await insertSignup(
          context.database,
          'k-acad-mentor',
          mentorSubmission({
            programmeId: 'union-academics',
            person: { name: 'Maja Mentor', email: 'maja@example.org' },
          }),
        ),
        foundryMentee: await insertSignup(
          context.database,
          'k-foundry-mentee',
          menteeSubmission({
            programmeId: 'foundry',
            person: { name: 'Farid Foundry', email: 'farid@example.org' },
          }),
        ),
      };
      const match = await insertMatch(context.database, {
        mentorSignupId: people.academicMentor.id,
        menteeSignupId: people.academicMentee.id,
        score: 0.5,
        reasons: [],
      });
      return { ...people, matchId: match!.id };
    }

    it('lets two coordinators of two programmes see only their own people, on every route', async () => {
      const backend = await start();
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      const people = await seedTwoProgrammes(backend, admin);
      const ulla = await acceptInvitation(backend, 'ulla@union.example');
      const frank = await acceptInvitation(backend, 'frank@foundry.example');
      expect(ulla.session).toMatchObject({ role: 'coordinator', programmes: ['union-academics'] });

      const names = async (headers: Record<string, string>) =>
        (
          (await (await fetch(`${backend.base}/api/coordinator/signups`, { headers })).json()) as {
            name: string;
          }[]
        )
          .map((signup) => signup.name)
          .sort();
      expect(await names(ulla.headers)).toEqual(['Amal Academic', 'Maja Mentor']);
      expect(await names(frank.headers)).toEqual(['Farid Foundry']);
      expect(await names(admin)).toEqual(['Amal Academic', 'Farid Foundry', 'Maja Mentor']);

      const csv = await (
        await fetch(`${backend.base}/api/coordinator/signups.csv`, { headers: frank.headers })
      ).text();
      expect(csv).toContain('Farid Foundry');
      expect(csv).not.toContain('Amal');

      // Another programme's person is not found, whatever the route.
      const other = people.academicMentee.id;
      for (const path of [
        `signups/${other}`,
        `signups/${other}/export`,
        `signups/${other}/candidates`,
      ]) {
        const response = await fetch(`${backend.base}/api/coordinator/${path}`, {
          headers: frank.headers,
        });
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toContain('Amal');
      }
      const erase = await fetch(`${backend.base}/api/coordinator/signups/${other}/erase`, {
        method: 'POST',
        headers: { ...frank.headers, ...json },
        body: JSON.stringify({ confirm: 'amal@example.org' }),
      });
      expect(erase.status).toBe(404);
      const propose = await fetch(`${backend.base}/api/coordinator/matches`, {
        method: 'POST',
        headers: { ...frank.headers, ...json },
        body: JSON.stringify({
          mentorId: people.academicMentor.id,
          menteeId: people.foundryMentee.id,
        }),
      });
      expect(propose.status).toBe(404);
      const matches = async (headers: Record<string, string>) =>
        (
          (await (
            await fetch(`${backend.base}/api/coordinator/matches`, { headers })
          ).json()) as unknown[]
        ).length;
      expect(await matches(ulla.headers)).toBe(1);
      expect(await matches(frank.headers)).toBe(0);
      const pause = await fetch(`${backend.base}/api/coordinator/matches/${people.matchId}/pause`, {
        method: 'POST',
        headers: { ...frank.headers, ...json },
        body: '{}',
      });
      expect(pause.status).toBe(404);
      // Their own person is theirs.
      const own = await fetch(
        `${backend.base}/api/coordinator/signups/${people.foundryMentee.id}`,
        {
          headers: frank.headers,
        },
      );
      expect(own.status).toBe(200);
      // Accounts, programmes and the audit log are the administrators'.
      for (const path of ['coordinators', 'audit']) {
        const response = await fetch(`${backend.base}/api/coordinator/${path}`, {
          headers: ulla.headers,
        });
        expect(response.status, path).toBe(403);
      }
      const addProgramme = await fetch(`${backend.base}/api/coordinator/programmes`, {
        method: 'POST',
        headers: { ...ulla.headers, ...json },
        body: JSON.stringify({ id: 'mine', name: 'Mine' }),
      });
      expect(addProgramme.status).toBe(403);
      // The list of programmes is everyone's, each their own only (forms name them).
      const programmes = await fetch(`${backend.base}/api/coordinator/programmes`, {
        headers: ulla.headers,
      });
      expect(((await programmes.json()) as { name: string }[]).map((p) => p.name)).toEqual([
        'Academics',
      ]);
    });

    it('sets the session cookie HttpOnly and SameSite=Strict (not Secure on http), refuses changes without the CSRF token or from another origin', async () => {
      const backend = await start();
      const signIn = await fetch(`${backend.base}/api/coordinator/sign-in/token`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_COORDINATOR_TOKEN}` },
      });
      const cookie = signIn.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^mentorkit-coordinator=[A-Za-z0-9_-]{43}; /);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/');
      // Plain http (127.0.0.1): a Secure cookie would not be kept by the browser.
      expect(cookie).not.toContain('Secure');
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const session = cookie.split(';')[0]!;
      const add = (headers: Record<string, string>) =>
        fetch(`${backend.base}/api/coordinator/programmes`, {
          method: 'POST',
          headers: { Cookie: session, ...json, ...headers },
          body: JSON.stringify({ id: `p-${Object.keys(headers).length}`, name: 'P' }),
        });
      expect((await add({})).status).toBe(403);
      expect((await add({ 'X-CSRF-Token': 'x'.repeat(43) })).status).toBe(403);
      expect(
        (await add({ 'X-CSRF-Token': csrfToken, Origin: 'https://evil.example' })).status,
      ).toBe(403);
      expect(
        (
          await add({
            'X-CSRF-Token': csrfToken,
            'Sec-Fetch-Site': 'cross-site',
            Origin: backend.base,
          })
        ).status,
      ).toBe(403);
      // A sandboxed frame's form has the Origin null: refused unless the browser says
      // same-origin.
      expect((await add({ 'X-CSRF-Token': csrfToken, Origin: 'null' })).status).toBe(403);
      expect((await add({ 'X-CSRF-Token': csrfToken, Origin: backend.base })).status).toBe(201);

      // Signing out ends the session, and the cookie is cleared.
      const out = await fetch(`${backend.base}/api/coordinator/sign-out`, {
        method: 'POST',
        headers: { Cookie: session, 'X-CSRF-Token': csrfToken },
      });
      expect(out.status).toBe(200);
      expect(out.headers.get('set-cookie')).toMatch(/^mentorkit-coordinator=; .*Max-Age=0/);
      const after = await fetch(`${backend.base}/api/coordinator/session`, {
        headers: { Cookie: session },
      });
      expect(after.status).toBe(401);
      // The view's question on load: answered 200 whether signed in or not.
      const status = await fetch(`${backend.base}/api/coordinator/sign-in`, {
        headers: { Cookie: session },
      });
      expect(status.status).toBe(200);
      expect(await status.json()).toEqual({ session: null });
    });

    it('ends a session after two idle hours', async () => {
      const backend = await start();
      const headers = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      await backend.clock.setTime(Date.parse(PINNED) + 2 * 3_600_000 - 60_000);
      expect((await fetch(`${backend.base}/api/coordinator/session`, { headers })).status).toBe(
        200,
      );
      await backend.clock.setTime(Date.parse(PINNED) + 4 * 3_600_000);
      expect((await fetch(`${backend.base}/api/coordinator/session`, { headers })).status).toBe(
        401,
      );
    });

    it("mails an invitation in the invitee's language whose link signs them in once and activates the account", async () => {
      const backend = await start();
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      await seedTwoProgrammes(backend, admin);
      const invite = await fetch(`${backend.base}/api/coordinator/coordinators`, {
        method: 'POST',
        headers: { ...admin, ...json },
        body: JSON.stringify({
          email: 'sara@union.example',
          name: '<b>Sara</b> Svensson',
          role: 'coordinator',
          lang: 'sv',
          programmes: ['union-academics'],
        }),
      });
      expect(invite.status).toBe(201);
      const account = (await invite.json()) as { id: string; status: string };
      expect(account.status).toBe('invited');
      const { mail, token } = await linkMailed(backend, 'sara@union.example', /inbjuden/);
      expect(mail.subject).toBe('Du är inbjuden till Mentorkits samordnarvy');
      expect(mail.text).toContain(
        'First administrator har bjudit in dig som samordnare i Mentorkits samordnarvy, för Academics.',
      );
      expect(mail.text).toContain('Länken fungerar en gång, i 7 dagar.');
      expect(mail.html).toContain('Hej &lt;b&gt;Sara&lt;/b&gt;!');
      expect(mail.html).not.toContain('<b>Sara');

      // Invited, not yet active: a link asked for sends nothing (only the invitation's works).
      const asked = await fetch(`${backend.base}/api/coordinator/sign-in`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'sara@union.example' }),
      });
      expect(asked.status).toBe(202);
      await advanceUntil(backend.clock, () => true, 5);
      expect(mailTo(smtp.received, 'sara@union.example')).toBeUndefined();

      const page = await fetch(`${backend.base}/coordinator-sign-in/${token}`, {
        headers: { 'Accept-Language': 'sv' },
      });
      const text = await page.text();
      expect(text).toContain('tacka ja till inbjudan');
      expect(text).toContain('Tacka ja och logga in');
      const sara = await pressLink(backend, token);
      expect(sara.session).toMatchObject({ role: 'coordinator', programmes: ['union-academics'] });
      const again = await fetch(`${backend.base}/coordinator-sign-in/${token}`);
      expect(again.status).toBe(410);

      const list = (await (
        await fetch(`${backend.base}/api/coordinator/coordinators`, { headers: admin })
      ).json()) as { id: string; status: string }[];
      expect(list.find((one) => one.id === account.id)?.status).toBe('active');
      // Active now: a link asked for comes.
      await signInByMail(backend, 'sara@union.example');
      const audit = (await (
        await fetch(`${backend.base}/api/coordinator/audit?subject=${account.id}`, {
          headers: admin,
        })
      ).json()) as { action: string; route: string }[];
      expect(audit.map((entry) => [entry.action, entry.route])).toEqual([
        ['signed-in', 'POST /coordinator-sign-in'],
        ['signed-in', 'POST /coordinator-sign-in'],
        ['changed', 'POST /api/coordinator/coordinators'],
      ]);
    });

    it('lets an invitation expire after 7 days; inviting again voids the earlier link and mails a new one', async () => {
      const backend = await start();
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      await seedTwoProgrammes(backend, admin);
      const ulla = (
        (await (
          await fetch(`${backend.base}/api/coordinator/coordinators`, { headers: admin })
        ).json()) as { id: string; email: string }[]
      ).find((one) => one.email === 'ulla@union.example')!;
      const first = await linkMailed(backend, 'ulla@union.example', /invited/);
      expect(first.mail.text).toContain(
        "First administrator has invited you as a coordinator in Mentorkit's coordinator view, for Academics.",
      );
      await backend.clock.setTime(Date.parse(PINNED) + 7 * 86_400_000 + 60_000);
      Object.assign(admin, await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN));
      expect((await fetch(`${backend.base}/coordinator-sign-in/${first.token}`)).status).toBe(410);

      const again = await fetch(
        `${backend.base}/api/coordinator/coordinators/${ulla.id}/invitation`,
        { method: 'POST', headers: admin },
      );
      expect(again.status).toBe(200);
      expect(((await again.json()) as { status: string }).status).toBe('invited');
      const second = await linkMailed(backend, 'ulla@union.example', /invited/);
      expect(second.token).not.toBe(first.token);
      const third = await fetch(
        `${backend.base}/api/coordinator/coordinators/${ulla.id}/invitation`,
        { method: 'POST', headers: admin },
      );
      expect(third.status).toBe(200);
      const latest = await linkMailed(backend, 'ulla@union.example', /invited/);
      // Only the latest invitation's link works.
      expect((await fetch(`${backend.base}/coordinator-sign-in/${second.token}`)).status).toBe(410);
      await pressLink(backend, latest.token);
      const active = await fetch(
        `${backend.base}/api/coordinator/coordinators/${ulla.id}/invitation`,
        { method: 'POST', headers: admin },
      );
      expect(active.status).toBe(409);
    });

    it('revokes an invitation or an account: its links and sessions end, nothing signs it in until invited again', async () => {
      const backend = await start();
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      await seedTwoProgrammes(backend, admin);
      const accounts = (await (
        await fetch(`${backend.base}/api/coordinator/coordinators`, { headers: admin })
      ).json()) as { id: string; email: string }[];
      const idOf = (email: string) => accounts.find((one) => one.email === email)!.id;
      const revoke = (email: string, headers = admin) =>
        fetch(`${backend.base}/api/coordinator/coordinators/${idOf(email)}/revoke`, {
          method: 'POST',
          headers,
        });

      // A pending invitation: its link no longer works.
      const invitation = await linkMailed(backend, 'ulla@union.example', /invited/);
      const revoked = await revoke('ulla@union.example');
      expect(revoked.status).toBe(200);
      expect(((await revoked.json()) as { status: string }).status).toBe('revoked');
      expect((await fetch(`${backend.base}/coordinator-sign-in/${invitation.token}`)).status).toBe(
        410,
      );

      // An active account: its session ends at once and a link asked for sends nothing.
      const frank = await acceptInvitation(backend, 'frank@foundry.example');
      // A coordinator revokes nobody.
      expect((await revoke('ulla@union.example', frank.headers)).status).toBe(403);
      expect((await revoke('frank@foundry.example')).status).toBe(200);
      expect(
        (await fetch(`${backend.base}/api/coordinator/session`, { headers: frank.headers })).status,
      ).toBe(401);
      await fetch(`${backend.base}/api/coordinator/sign-in`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'frank@foundry.example' }),
      });
      await advanceUntil(backend.clock, () => true, 5);
      expect(mailTo(smtp.received, 'frank@foundry.example')).toBeUndefined();

      // Invited again, they come back through the new invitation.
      const reinvited = await fetch(
        `${backend.base}/api/coordinator/coordinators/${idOf('frank@foundry.example')}/invitation`,
        { method: 'POST', headers: admin },
      );
      expect(reinvited.status).toBe(200);
      const back = await acceptInvitation(backend, 'frank@foundry.example');
      expect(back.session.role).toBe('coordinator');

      const audit = (await (
        await fetch(
          `${backend.base}/api/coordinator/audit?subject=${idOf('frank@foundry.example')}`,
          {
            headers: admin,
          },
        )
      ).json()) as { action: string; route: string }[];
      expect(audit.map((entry) => entry.route)).toEqual([
        'POST /coordinator-sign-in',
        `POST /api/coordinator/coordinators/${idOf('frank@foundry.example')}/invitation`,
        `POST /api/coordinator/coordinators/${idOf('frank@foundry.example')}/revoke`,
        'POST /coordinator-sign-in',
        'POST /api/coordinator/coordinators',
      ]);
    });

    it('answers a link request the same for an unknown address, sends nothing, and limits requests', async () => {
      const backend = await start({ signInRateLimit: { capacity: 3, refillPerSecond: 0.001 } });
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      await seedTwoProgrammes(backend, admin);
      await acceptInvitation(backend, 'ulla@union.example');
      await acceptInvitation(backend, 'frank@foundry.example');
      smtp.received.length = 0;
      const ask = (email: string) =>
        fetch(`${backend.base}/api/coordinator/sign-in`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ email }),
        });
      const known = await ask('ulla@union.example');
      const unknown = await ask('nobody@union.example');
      expect(unknown.status).toBe(known.status);
      expect(await unknown.text()).toBe(await known.text());
      await advanceUntil(backend.clock, () => smtp.received.length >= 1);
      await advanceUntil(backend.clock, () => true, 5);
      expect(smtp.received.map((mail) => JSON.stringify(mail.to))).toEqual([
        expect.stringContaining('ulla@union.example'),
      ]);
      expect((await ask('frank@foundry.example')).status).toBe(202);
      expect((await ask('frank@foundry.example')).status).toBe(429);
    });

    it('limits requests for a passkey sign-in challenge per client, storing none it refuses', async () => {
      const backend = await start({ signInRateLimit: { capacity: 3, refillPerSecond: 0.001 } });
      const ask = () =>
        fetch(`${backend.base}/api/coordinator/sign-in/passkey/options`, { method: 'POST' });
      const challenges = async () =>
        Number(
          (
            await context.database.query<{ n: number }>(
              'SELECT count(*)::int AS n FROM coordinator_passkey_challenges',
            )
          ).rows[0]?.n,
        );
      const before = await challenges();
      for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ detail: 'Wait a moment and ask again.' });
      expect(await challenges()).toBe(before + 3);
      // A request for a sign-in link is counted apart: it is not refused for the passkey's.
      const link = await fetch(`${backend.base}/api/coordinator/sign-in`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'nobody@union.example' }),
      });
      expect(link.status).toBe(202);
    });

    it('spends a link once; retires the token once an invited administrator signed in', async () => {
      const backend = await start();
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      const invited = await fetch(`${backend.base}/api/coordinator/coordinators`, {
        method: 'POST',
        headers: { ...admin, ...json },
        body: JSON.stringify({
          email: 'ada@org.example',
          name: 'Ada Admin',
          role: 'administrator',
          programmes: [],
        }),
      });
      expect(invited.status).toBe(201);
      const ada = await acceptInvitation(backend, 'ada@org.example');
      expect(ada.session.role).toBe('administrator');
      const again = await fetch(`${backend.base}/coordinator-sign-in/${ada.token}`, {
        method: 'POST',
        headers: { Origin: backend.base },
        redirect: 'manual',
      });
      expect(again.status).toBe(410);
      expect(again.headers.get('set-cookie')).toBeNull();
      const token = await fetch(`${backend.base}/api/coordinator/sign-in/token`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_COORDINATOR_TOKEN}` },
      });
      expect(token.status).toBe(403);
    });

    it('logs who exported and erased whose data, without the data, for administrators', async () => {
      const backend = await start();
      const admin = await signInWithToken(backend.base, TEST_COORDINATOR_TOKEN);
      const people = await seedTwoProgrammes(backend, admin);
      const frank = await acceptInvitation(backend, 'frank@foundry.example');
      const id = people.foundryMentee.id;
      expect(
        (
          await fetch(`${backend.base}/api/coordinator/signups/${id}/export`, {
            headers: frank.headers,
          })
        ).status,
      ).toBe(200);
      const erased = await fetch(`${backend.base}/api/coordinator/signups/${id}/erase`, {
        method: 'POST',
        headers: { ...frank.headers, ...json },
        body: JSON.stringify({ confirm: 'farid@example.org' }),
      });
      expect(erased.status).toBe(200);
      const response = await fetch(`${backend.base}/api/coordinator/audit?subject=${id}`, {
        headers: admin,
      });
      const text = await response.text();
      expect(text).not.toMatch(/farid|Farid/);
      const entries = JSON.parse(text) as {
        action: string;
        actorName: string;
        subjectId: string;
      }[];
      expect(entries.map((entry) => [entry.action, entry.actorName, entry.subjectId])).toEqual([
        ['erased', 'frank', id],
        ['exported', 'frank', id],
      ]);
    });

    it('deletes audit entries past their retention in the nightly sweep', async () => {
      const backend = await start();
      const entry = (at: string) => ({
        at: new Date(at),
        actorId: 'co-x',
        actorRole: 'coordinator',
        action: 'viewed' as const,
        route: 'GET /api/coordinator/signups',
        status: 200,
      });
      await recordAudit(context.database, entry('2024-11-01T00:00:00Z'));
      await recordAudit(context.database, entry('2025-12-01T00:00:00Z'));
      const settings = {
        database: context.database,
        queue: backend.queue,
        now: () => new Date(PINNED),
        retentionMonths: 24,
      };
      await defineAuditJobs(settings);
      const deleted = await sweepAudit(settings, { at: '2026-11-24T03:00:00Z' });
      expect(deleted).toBe(1);
      const left = (await listAudit(context.database)).filter(
        (stored) => stored.actorId === 'co-x',
      );
      expect(left.map((stored) => stored.at)).toEqual(['2025-12-01T00:00:00.000Z']);
      // The next night's sweep is queued.
      const next = await context.database.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM ${jobSchemaOf(context.database)}.job WHERE name = 'audit-retention'`,
      );
      expect(Number(next.rows[0]?.count)).toBe(2);
    });
  },
);
