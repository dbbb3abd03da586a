// The administration's routes in the browser, for its component tests: `fetch` answers the
// programmes (and each one's signup questions), accounts and audit log, adds a programme (409 for an id in use, 422 as the
// schema refuses an id with a space), invites (409 for an address with an account), invites
// again, revokes and removes, and records what was asked with its body. Each failure (a
// status, an ended session, a held answer) is set by the test, never by a delay. The real
// backend is the e2e tests' (tests/e2e/backend/accounts.spec.ts).
import type { Administration, Coordinator } from '../administration-types.ts';

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}

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
  const realFetch = window.fetch.bind(window);
  const failures: { method: string; status: number }[] = [];
  let held: { promise: Promise<void>; release: () => void } | undefined;
  const api: FakeAdministrationApi = {
    requests: [],
    state: structuredClone(initial),
    failNext: (method, status) => failures.push({ method, status }),
    hold() {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    release() {
      held?.release();
      held = undefined;
    },
    restore: () => {
      window.fetch = realFetch;
    },
  };
  const account = (id: string) => api.state.coordinators.find((c) => c.id === id);

  function answer(url: URL, method: string, body: Record<string, unknown>): Response {
    const state = api.state;
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

  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    api.requests.push({ method, path: url.pathname + url.search, body });
    if (method === 'GET' && held) await held.promise;
    const failure = failures.findIndex((f) => f.method === method);
    if (failure >= 0) {
      const { status } = failures.splice(failure, 1)[0]!;
      return problem(status, { detail: 'Failed' });
    }
    return answer(url, method, (body ?? {}) as Record<string, unknown>);
  };
  return api;
}
