// The administration's routes in the browser, for its component tests: `fetch` answers the
// programmes (and each one's signup questions), accounts and audit log, adds a programme (409 for an id in use, 422 as the
// schema refuses an id with a space), invites (409 for an address with an account), invites
// again, revokes and removes, and records what was asked with its body. Each failure (a
// status, an ended session, a held answer) is set by the test, never by a delay. The real
// backend is the e2e tests' (tests/e2e/backend/accounts.spec.ts).
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch } from '../../shared/testing/fake-fetch.ts';
import type { Administration, Coordinator } from '../administration-types.ts';

export interface FakeAdministrationApi {
  requests: FakeRequest[];
  state: Administration;
  /** The next request of this method answers `status` instead. */
  failNext(method: string, status: number): void;
  /** Holds the next GETs until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

const C = '/api/coordinator';
const problem = (status: number, body: Record<string, unknown>) =>
  Response.json({ title: 'Refused', ...body }, { status });
const schemaRefusal = (field: string) =>
  problem(422, {
    detail: 'Some fields are missing or invalid; see errors.',
    errors: [{ field, detail: 'Invalid input' }],
  });

export function fakeAdministrationApi(initial: Administration): FakeAdministrationApi {
  const failures = failureQueue<{ method: string; status: number }>();
  const state = structuredClone(initial);
  const account = (id: string) => state.coordinators.find((c) => c.id === id);

  function answer(url: URL, method: string, body: Record<string, unknown>): Response {
    const path = url.pathname;
    if (method === 'GET' && path === '/api/questions') {
      return Response.json(state.questions[url.searchParams.get('programme') ?? ''] ?? []);
    }
    if (method === 'GET' && path === `${C}/programmes`) return Response.json(state.programmes);
    if (method === 'GET' && path === `${C}/coordinators`) return Response.json(state.coordinators);
    if (method === 'GET' && path === `${C}/audit`) return Response.json(state.audit);
    if (method === 'POST' && path === `${C}/programmes`) {
      const id = String(body['id']);
      if (!/^[a-z0-9-]+$/i.test(id)) return schemaRefusal('id');
      if (state.programmes.some((p) => p.id === id)) {
        return problem(409, {
          errors: [{ field: 'id', detail: 'A programme has this id already.' }],
        });
      }
      state.programmes.push({
        id,
        name: String(body['name']),
        createdAt: '2026-11-21T08:00:00.000Z',
      });
      return Response.json({ id }, { status: 201 });
    }
    if (method === 'POST' && path === `${C}/coordinators`) {
      const email = String(body['email']);
      if (state.coordinators.some((c) => c.email === email)) {
        return problem(409, {
          errors: [{ field: 'email', detail: 'This address has an account already.' }],
        });
      }
      const created: Coordinator = {
        id: `co-${state.coordinators.length}`,
        email,
        name: String(body['name']),
        role: body['role'] === 'administrator' ? 'administrator' : 'coordinator',
        bootstrap: false,
        lang: body['lang'] === 'en' ? 'en' : 'sv',
        programmes: body['programmes'] as string[],
        status: 'invited',
        invitedAt: '2026-11-21T08:00:00.000Z',
        createdAt: '2026-11-21T08:00:00.000Z',
        lastSignInAt: null,
      };
      state.coordinators.push(created);
      return Response.json(created, { status: 201 });
    }
    const acted = new RegExp(`^${C}/coordinators/([^/]+)(?:/(invitation|revoke))?$`).exec(path);
    const found = acted && account(decodeURIComponent(acted[1]!));
    if (!found) return problem(404, { detail: 'No such coordinator.' });
    if (method === 'DELETE') {
      state.coordinators = state.coordinators.filter((c) => c !== found);
      return Response.json({ removed: found.id });
    }
    if (acted[2] === 'revoke') found.status = 'revoked';
    else found.status = 'invited';
    return Response.json(found);
  }

  const fake = installFetch(async ({ method, body }, url) => {
    if (method === 'GET') await fake.passed();
    const failure = failures.next((one) => one.method === method);
    if (failure) return problem(failure.status, { detail: 'Failed' });
    return answer(url, method, (body ?? {}) as Record<string, unknown>);
  });
  return {
    ...fake,
    state,
    failNext: (method, status) => failures.add({ method, status }),
  };
}
