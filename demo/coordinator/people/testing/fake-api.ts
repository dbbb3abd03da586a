// The coordinator API of one person, in the browser, for the person view's component tests:
// `fetch` answers the person, withdraw/reinstate (which change the person's status as the
// server would) and the exports, and records what was asked. Without the backend, so each
// state (404, a failure, a slow answer held until the test releases it) is set by the test,
// never by a delay. The real backend is the e2e test's (tests/e2e/backend/person-view.spec.ts).
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';
import type { Person } from '../person-types.ts';

export interface FakeApi {
  requests: FakeRequest[];
  /** The next answers to GET …/person, by status: 404, 500, 401. */
  failNext(status: number): void;
  /** Holds GET …/person until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

export function fakeApi(people: readonly Person[]): FakeApi {
  const stored = new Map(people.map((person) => [person.signup.id, structuredClone(person)]));
  const failures = failureQueue();
  const fake = installFetch(async (_request, url) => {
    const found = /^\/api\/coordinator\/signups\/([^/]+)\/(person|withdraw|reinstate|export)$/.exec(
      url.pathname,
    );
    const person = found && stored.get(decodeURIComponent(found[1]!));
    const action = found?.[2];
    if (action === 'person') {
      await fake.passed();
      const failure = failures.next();
      if (failure) return json({ title: 'Failed' }, failure);
    }
    if (!person) return json({ title: 'Not found', detail: 'No such signup.' }, 404);
    switch (action) {
      case 'person':
        return json(person);
      case 'withdraw':
      case 'reinstate': {
        const withdrawn = action === 'withdraw';
        person.status = withdrawn ? 'withdrawn' : 'matched';
        person.signup.withdrawnAt = withdrawn ? '2026-11-20T12:00:00.000Z' : null;
        return json({ id: person.signup.id, withdrawnAt: person.signup.withdrawnAt });
      }
      default: {
        const csv = url.searchParams.get('format') === 'csv';
        const file = `mentorkit-${person.signup.id}.${csv ? 'csv' : 'json'}`;
        return new Response(csv ? 'name\r\nAmal\r\n' : JSON.stringify({ signup: person.signup }), {
          headers: { 'Content-Disposition': `attachment; filename="${file}"` },
        });
      }
    }
  });
  return { ...fake, failNext: failures.add };
}
