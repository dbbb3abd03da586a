// A programme's languages and capacity default, on every test database: an administrator adds a
// programme with them (or without: every language, one mentee per mentor), changes name,
// languages and capacity default, each change in the audit log; wrong values are refused with
// the field named; a coordinator may not change a programme.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { listAudit } from '../store/audit-log.ts';
import type { Programme } from '../store/coordinators.ts';
import { lazyDatabase, type TestServer } from '../testing/test-server.ts';
import { startWithTwoProgrammes } from '../testing/two-programmes.ts';

const TOKEN = 'programme-test-token-0123456789ab';
const NOW = new Date('2026-12-01T09:00:00Z');
const json = { 'Content-Type': 'application/json' };

describe.each(TEST_DATABASES)(
  'programmes’ languages and capacity default on $name',
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

    const send = (
      base: string,
      headers: Record<string, string>,
      method: 'POST' | 'PUT',
      path: string,
      body: unknown,
    ) =>
      fetch(`${base}/api/coordinator/programmes${path}`, {
        method,
        headers: { ...headers, ...json },
        body: JSON.stringify(body),
      });

    const listed = async (base: string, headers: Record<string, string>) =>
      (await (
        await fetch(`${base}/api/coordinator/programmes`, { headers })
      ).json()) as Programme[];

    it('adds a programme with its languages and capacity default, or the defaults without', async () => {
      const { base, admin } = await setUp();
      const created = await send(base, admin, 'POST', '', {
        id: 'newcomers',
        name: 'Newcomers',
        languages: ['ar', 'sv', 'ar'],
        capacityDefault: 3,
      });
      expect(created.status).toBe(201);
      const programmes = await listed(base, admin);
      expect(programmes.find((p) => p.id === 'newcomers')).toMatchObject({
        name: 'Newcomers',
        languages: ['ar', 'sv'],
        capacityDefault: 3,
      });
      // Added without them: every language, one mentee per mentor.
      expect(programmes.find((p) => p.id === 'academics')).toMatchObject({
        languages: [],
        capacityDefault: 1,
      });
    });

    it('refuses a language it does not know and a capacity default outside 1–50, naming the field', async () => {
      const { base, admin } = await setUp();
      for (const [body, field] of [
        [{ id: 'x', name: 'X', languages: ['xx'] }, 'languages'],
        [{ id: 'x', name: 'X', capacityDefault: 0 }, 'capacityDefault'],
        [{ id: 'x', name: 'X', capacityDefault: 51 }, 'capacityDefault'],
        [{ id: 'x', name: 'X', capacityDefault: 1.5 }, 'capacityDefault'],
      ] as const) {
        const refused = await send(base, admin, 'POST', '', body);
        expect(refused.status, JSON.stringify(body)).toBe(422);
        const problem = (await refused.json()) as { errors: { field: string }[] };
        expect(problem.errors.map((error) => error.field.split('.')[0])).toContain(field);
      }
      const changed = await send(base, admin, 'PUT', '/academics', {
        name: 'Academics',
        capacityDefault: 100,
      });
      expect(changed.status).toBe(422);
      expect((await listed(base, admin)).map((p) => p.id)).toEqual(['academics', 'foundry']);
    });

    it('lets an administrator change name, languages and capacity default, logged; not a coordinator', async () => {
      const { base, admin, ulla } = await setUp();
      const changed = await send(base, admin, 'PUT', '/academics', {
        name: 'Academics 2027',
        languages: ['en', 'uk'],
        capacityDefault: 2,
      });
      expect(changed.status).toBe(200);
      expect(await changed.json()).toMatchObject({
        id: 'academics',
        name: 'Academics 2027',
        languages: ['en', 'uk'],
        capacityDefault: 2,
      });
      // What a change leaves out stays as it was; an empty list is every language again.
      await send(base, admin, 'PUT', '/academics', { name: 'Academics', languages: [] });
      expect((await listed(base, admin)).find((p) => p.id === 'academics')).toMatchObject({
        name: 'Academics',
        languages: [],
        capacityDefault: 2,
      });
      expect(
        (await listAudit(context.database, { subjectId: 'academics' })).map((entry) => [
          entry.action,
          entry.subjectKind,
          entry.route,
        ]),
      ).toEqual([
        ['changed', 'programme', 'PUT /api/coordinator/programmes/academics'],
        ['changed', 'programme', 'PUT /api/coordinator/programmes/academics'],
      ]);
      expect((await send(base, admin, 'PUT', '/nowhere', { name: 'N' })).status).toBe(404);
      const refused = await send(base, ulla, 'PUT', '/academics', {
        name: 'Mine',
        capacityDefault: 9,
      });
      expect(refused.status).toBe(403);
      expect((await listed(base, ulla)).map((p) => [p.name, p.capacityDefault])).toEqual([
        ['Academics', 2],
      ]);
    });
  },
);
