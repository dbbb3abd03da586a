// The administration's routes in the browser, for its component tests: `fetch` answers the
// programmes (and each one's signup questions), accounts and audit log, adds a programme (409 for an id in use, 422 as the
// schema refuses an id with a space, an unknown language or a capacity default outside 1–50),
// changes one (PUT, the same checks), invites (409 for an address with an account), invites
// again, revokes and removes, and records what was asked with its body. Each failure (a
// status, an ended session, a held answer) is set by the test, never by a delay. The real
// backend is the e2e tests' (tests/e2e/backend/accounts.spec.ts).
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch } from '../../shared/testing/fake-fetch.ts';
import { SUPPORTED_LOCALES } from '@mentorkit/core';
import type { Administration, Coordinator } from '../administration-types.ts';

const LOCALES: readonly unknown[] = SUPPORTED_LOCALES;

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

/** A programme's languages and capacity default as the schema checks them, or the refused field. */
function programmeSettings(
  body: Record<string, unknown>,
): { languages?: string[]; capacityDefault?: number } | string {
  const { languages, capacityDefault } = body;
  if (languages !== undefined) {
    if (!Array.isArray(languages) || !languages.every((code) => LOCALES.includes(code))) {
      return 'languages';
    }
  }
  if (capacityDefault !== undefined) {
    if (!Number.isInteger(capacityDefault) || Number(capacityDefault) < 1) return 'capacityDefault';
    if (Number(capacityDefault) > 50) return 'capacityDefault';
  }
  return {
    ...(languages ? { languages: [...new Set(languages as string[])] } : {}),
    ...(capacityDefault !== undefined ? { capacityDefault: Number(capacityDefault) } : {}),
  };
}

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
      const settings = programmeSettings(body);
      if (typeof settings === 'string') return schemaRefusal(settings);
      state.programmes.push({
        id,
        name: String(body['name']),
        languages: settings.languages ?? [],
        capacityDefault: settings.capacityDefault ?? 1,
        createdAt: '2026-11-21T08:00:00.000Z',
      });
      return Response.json({ id }, { status: 201 });
    }
    const programme = new RegExp(`^${C}/programmes/([^/]+)$`).exec(path);
    if (method === 'PUT' && programme) {
      const found = state.programmes.find((p) => p.id === decodeURIComponent(programme[1]!));
      if (!found) return problem(404, { detail: 'No such programme.' });
      const settings = programmeSettings(body);
      if (typeof settings === 'string') return schemaRefusal(settings);
      found.name = String(body['name']);
      if (settings.languages) found.languages = settings.languages;
      if (settings.capacityDefault !== undefined) found.capacityDefault = settings.capacityDefault;
      return Response.json(found);
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
