// Calendar feeds from elsewhere belong to a programme, as trainings do, on every test database:
// two coordinators of two programmes each see, fetch and remove only their own feeds (another
// programme's is not found), add feeds to their own programmes only; an administrator sees
// every one; the public copy with `?programme=` answers only that programme's feed, and a
// signup of one programme for an event of another programme's feed is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { listAudit } from '../store/audit-log.ts';
import { countSignups } from '../store/signups.ts';
import { storeFeedCopy } from '../store/external-feeds.ts';
import { menteeSubmission } from '../testing/fixtures.ts';
import { lazyDatabase, type TestServer } from '../testing/test-server.ts';
import { startWithTwoProgrammes } from '../testing/two-programmes.ts';
import type { ExternalFeedView } from './external-feed-routes.ts';

const TOKEN = 'feed-test-token-0123456789abcdef';
const NOW = new Date('2026-12-01T09:00:00Z');
const json = { 'Content-Type': 'application/json' };
// Allowed by the test server's address policy; nothing listens, so the first fetch fails fast
// and the feed is added all the same (its copy is stored by the test where one is needed).
const FEED_URL = 'http://127.0.0.1:9/calendar.ics';

describe.each(TEST_DATABASES)(
  'calendar feeds by programme on $name',
  { timeout: 120_000 },
  (testDatabase) => {
    const context = useTestDatabase(testDatabase, migrate);
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function setUp() {
      const running = await startWithTwoProgrammes(lazyDatabase(context), TOKEN, NOW);
      server = running.server;
      return running;
    }

    async function add(
      base: string,
      headers: Record<string, string>,
      name: string,
      programme?: string,
    ) {
      const response = await fetch(`${base}/api/coordinator/feeds`, {
        method: 'POST',
        headers: { ...headers, ...json },
        body: JSON.stringify({ name, url: FEED_URL, ...(programme ? { programme } : {}) }),
      });
      return {
        status: response.status,
        body: (await response.json()) as ExternalFeedView & Record<string, unknown>,
      };
    }

    const names = async (base: string, headers: Record<string, string>) =>
      (
        (await (
          await fetch(`${base}/api/coordinator/feeds`, { headers })
        ).json()) as ExternalFeedView[]
      )
        .map((feed) => feed.name)
        .sort();

    it('lets two coordinators of two programmes see, fetch and remove only their own feeds', async () => {
      const { base, admin, ulla, frank } = await setUp();
      const academics = await add(base, ulla, 'Union calendar', 'academics');
      expect(academics.status).toBe(201);
      expect(academics.body.programmeId).toBe('academics');
      const foundry = await add(base, frank, 'Foundry Outlook', 'foundry');
      expect(foundry.status).toBe(201);
      expect((await add(base, admin, 'Organisation calendar')).status).toBe(201);

      // Another programme's, or none: refused, said of the programme field.
      const other = await add(base, frank, 'Not mine', 'academics');
      expect(other.status).toBe(422);
      expect(other.body['errors']).toEqual([
        { field: 'programme', detail: 'Choose one of your programmes.' },
      ]);
      const none = await add(base, frank, 'No programme');
      expect(none.body['errors']).toEqual([
        { field: 'programme', detail: 'Choose the programme the feed belongs to.' },
      ]);

      expect(await names(base, ulla)).toEqual(['Union calendar']);
      expect(await names(base, frank)).toEqual(['Foundry Outlook']);
      expect(await names(base, admin)).toEqual([
        'Foundry Outlook',
        'Organisation calendar',
        'Union calendar',
      ]);

      const id = encodeURIComponent(academics.body.id);
      const refresh = (headers: Record<string, string>) =>
        fetch(`${base}/api/coordinator/feeds/${id}/refresh`, { method: 'POST', headers });
      const remove = (headers: Record<string, string>) =>
        fetch(`${base}/api/coordinator/feeds/${id}`, { method: 'DELETE', headers });
      expect((await refresh(frank)).status).toBe(404);
      expect((await remove(frank)).status).toBe(404);
      expect(await names(base, ulla)).toEqual(['Union calendar']);
      expect((await refresh(ulla)).status).toBe(200);
      expect((await remove(ulla)).status).toBe(204);
      expect(await names(base, ulla)).toEqual([]);
      // The log is written after the answer is sent (backend.ts): looked at until it is there.
      const logged = async () =>
        (await listAudit(context.database, { subjectId: academics.body.id })).map((entry) => [
          entry.action,
          entry.subjectKind,
          entry.status,
        ]);
      await expect.poll(logged).toEqual([
        ['changed', 'feed', 204],
        ['changed', 'feed', 200],
      ]);
    });

    it("serves a feed's copy with ?programme= only for that programme, and takes signups of it only", async () => {
      const { base, ulla, frank } = await setUp();
      const academics = (await add(base, ulla, 'Union calendar', 'academics')).body;
      const foundry = (await add(base, frank, 'Foundry Outlook', 'foundry')).body;
      const body = (uid: string) =>
        `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:${uid}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
      await storeFeedCopy(
        context.database,
        academics.id,
        { body: body('union-evening@outlook'), etag: null, lastModified: null },
        NOW,
        NOW,
      );
      await storeFeedCopy(
        context.database,
        foundry.id,
        { body: body('foundry-morning@outlook'), etag: null, lastModified: null },
        NOW,
        NOW,
      );
      const copy = (feed: ExternalFeedView, query = '') =>
        fetch(`${base}${feed.path}${query}`).then((response) => response.status);
      expect(await copy(academics, '?programme=academics')).toBe(200);
      expect(await copy(foundry, '?programme=academics')).toBe(404);
      expect(await copy(foundry, '?programme=foundry')).toBe(200);
      // Without a programme, any feed by its unguessable address, as before.
      expect(await copy(foundry)).toBe(200);

      const signUp = (trainingUid: string, programmeId: string) => {
        const submission = menteeSubmission({ trainingUid, programmeId });
        return fetch(`${base}/api/signups`, {
          method: 'POST',
          headers: { ...json, 'Idempotency-Key': submission.draftId },
          body: JSON.stringify(submission),
        });
      };
      const refused = await signUp('foundry-morning@outlook', 'academics');
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({
        type: 'https://mentorkit.example/problems/training-other-programme',
      });
      expect(await countSignups(context.database)).toBe(0);
      expect((await signUp('union-evening@outlook', 'academics')).status).toBe(201);
    });
  },
);
