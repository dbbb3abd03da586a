// Trainings belong to a programme, on every test database: a coordinator adds trainings to
// their own programmes only, sees and cancels only theirs (another programme's is not found);
// an administrator sees every one and may add one for the whole organisation; the public
// feeds' `?programme=` shows one programme's trainings, as a calendar widget with a
// `programme` attribute asks for them.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { DEMO_PROGRAMME_ID, DEMO_PROGRAMME_NAME, seedDemoData } from '../seed.ts';
import { listAudit } from '../store/audit-log.ts';
import { lazyDatabase, type TestServer } from '../testing/test-server.ts';
import { startWithTwoProgrammes } from '../testing/two-programmes.ts';

const TOKEN = 'training-test-token-0123456789abcdef';
const NOW = new Date('2026-12-01T09:00:00Z');
const json = { 'Content-Type': 'application/json' };

describe.each(TEST_DATABASES)(
  'trainings by programme on $name',
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

    const training = (title: string, programme?: string) => ({
      title,
      date: '2026-12-14',
      startTime: '17:00',
      endTime: '19:00',
      ...(programme === undefined ? {} : { programme }),
    });

    async function add(base: string, headers: Record<string, string>, body: object) {
      const response = await fetch(`${base}/api/coordinator/trainings`, {
        method: 'POST',
        headers: { ...headers, ...json },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }

    const titles = async (base: string, path: string, headers: Record<string, string> = {}) =>
      ((await (await fetch(`${base}${path}`, { headers })).json()) as { title: string }[])
        .map((one) => one.title)
        .sort();

    it('lets a coordinator add, see and cancel only their programmes’ trainings', async () => {
      const { base, admin, ulla, frank } = await setUp();
      const academics = await add(base, ulla, training('Academics evening', 'academics'));
      expect(academics.status).toBe(201);
      expect((await add(base, frank, training('Foundry morning', 'foundry'))).status).toBe(201);
      expect((await add(base, admin, training('Everyone’s day'))).status).toBe(201);

      // Another programme, or none: refused, said of the programme field.
      const other = await add(base, frank, training('Not mine', 'academics'));
      expect(other.status).toBe(422);
      expect(other.body['errors']).toEqual([
        { field: 'programme', detail: 'Choose one of your programmes.' },
      ]);
      const none = await add(base, frank, training('No programme'));
      expect(none.body['errors']).toEqual([
        { field: 'programme', detail: 'Choose the programme the training belongs to.' },
      ]);
      expect((await add(base, admin, training('Unknown', 'no-such'))).status).toBe(422);

      expect(await titles(base, '/api/coordinator/trainings', ulla)).toEqual(['Academics evening']);
      expect(await titles(base, '/api/coordinator/trainings', frank)).toEqual(['Foundry morning']);
      expect(await titles(base, '/api/coordinator/trainings', admin)).toEqual([
        'Academics evening',
        'Everyone’s day',
        'Foundry morning',
      ]);

      const uid = encodeURIComponent(String(academics.body['uid']));
      const cancel = (headers: Record<string, string>) =>
        fetch(`${base}/api/coordinator/trainings/${uid}/cancel`, {
          method: 'POST',
          headers: { ...headers, ...json },
          body: '{}',
        });
      expect((await cancel(frank)).status).toBe(404);
      expect((await cancel(ulla)).status).toBe(200);
      // The log is written after the answer is sent (backend.ts): looked at until it is there
      // (read at once, it was empty now and then under load).
      const logged = async () =>
        (await listAudit(context.database, { subjectId: String(academics.body['uid']) })).map(
          (entry) => [entry.action, entry.subjectKind, entry.status],
        );
      await expect.poll(logged).toEqual([['changed', 'training', 200]]);
    });

    it('publishes one programme’s trainings with ?programme= in the JSON and iCalendar feeds', async () => {
      const { base, admin, ulla, frank } = await setUp();
      await add(base, ulla, training('Academics evening', 'academics'));
      await add(base, frank, training('Foundry morning', 'foundry'));
      await add(base, admin, training('Everyone’s day'));

      expect(await titles(base, '/api/trainings.json?programme=academics')).toEqual([
        'Academics evening',
      ]);
      expect(await titles(base, '/api/trainings.json?programme=no-such')).toEqual([]);
      expect(await titles(base, '/api/trainings.json')).toEqual([
        'Academics evening',
        'Everyone’s day',
        'Foundry morning',
      ]);
      const ics = await (await fetch(`${base}/api/trainings.ics?programme=foundry`)).text();
      expect(ics).toContain('SUMMARY:Foundry morning');
      expect(ics).not.toContain('Academics evening');
      expect(ics).not.toContain('Everyone');
    });

    it('shows the demo’s seeded trainings in the demo programme’s calendar, and in no other', async () => {
      // The embed builder's "Demo programme" preview asks for ?programme=demo: the seed puts
      // the demo's trainings in the demo's programme, as it puts its people there.
      await seedDemoData(context.database, NOW);
      const { base, admin } = await setUp();
      // A programme of its own, so the coordinator view names it.
      const programmes = (await (
        await fetch(`${base}/api/coordinator/programmes`, { headers: admin })
      ).json()) as unknown[];
      expect(programmes).toContainEqual(
        expect.objectContaining({ id: DEMO_PROGRAMME_ID, name: DEMO_PROGRAMME_NAME }),
      );
      const seeded = await titles(base, '/api/trainings.json');
      expect(seeded).toContain('Introduktion för nya mentorer');
      expect(await titles(base, `/api/trainings.json?programme=${DEMO_PROGRAMME_ID}`)).toEqual(
        seeded,
      );
      expect(await titles(base, '/api/trainings.json?programme=academics')).toEqual([]);
      const ics = await (
        await fetch(`${base}/api/trainings.ics?programme=${DEMO_PROGRAMME_ID}`)
      ).text();
      expect(ics).toContain('SUMMARY:Introduktion för nya mentorer');
    });
  },
);
