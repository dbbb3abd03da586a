// The coordinator's trainings API in the browser, for <mk-trainings>' component tests: `fetch`
// answers the list, the programmes, an add (or the problem+json refusal a test sets) and a
// cancel, and records what was asked. Without the backend,
// so each state (a failure, a slow answer held until the test releases it) is set by the
// test, never by a delay. The real backend is the e2e test's (tests/e2e/backend/coordinator.spec.ts).
import type { Json, Programme, Training } from '../../api-types.ts';

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeTrainingsApi {
  requests: FakeRequest[];
  trainings: Training[];
  /** The next answer to the list (GET) has this status. */
  failNextList(status: number): void;
  /** The next list (GET) cannot be reached at all. */
  dropNextList(): void;
  /** The next add or cancel (POST) has this status. */
  failNextChange(status: number): void;
  /** The next add is refused with these field errors, as the server's schema words them. */
  refuseNextAdd(errors: { field: string; detail: string }[]): void;
  /** Holds the list (GET) until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const problem = (status: number, title: string, errors: { field: string; detail: string }[]) =>
  json({ type: 'about:blank', title, status, detail: title, errors }, status);

export function fakeTrainingsApi(
  trainings: readonly Training[],
  programmes: readonly Json<Programme>[],
): FakeTrainingsApi {
  const realFetch = window.fetch.bind(window);
  const listFailures: (number | 'drop')[] = [];
  const changeFailures: number[] = [];
  let refusal: { field: string; detail: string }[] | undefined;
  let held: { promise: Promise<void>; release: () => void } | undefined;
  let added = 0;
  const api: FakeTrainingsApi = {
    requests: [],
    trainings: trainings.map((training) => structuredClone(training)),
    failNextList: (status) => listFailures.push(status),
    dropNextList: () => listFailures.push('drop'),
    failNextChange: (status) => changeFailures.push(status),
    refuseNextAdd: (errors) => {
      refusal = errors;
    },
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
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    api.requests.push({ method, path: url.pathname, body });
    if (url.pathname === '/api/coordinator/programmes') return json(programmes);
    if (method === 'GET' && url.pathname === '/api/coordinator/trainings') {
      if (held) await held.promise;
      const failure = listFailures.shift();
      if (failure === 'drop') throw new TypeError('Failed to fetch');
      if (failure) return json({ title: 'Failed' }, failure);
      return json(api.trainings);
    }
    if (method !== 'POST') return json({ title: 'Not found' }, 404);
    const failure = changeFailures.shift();
    if (failure) return json({ title: 'Failed' }, failure);
    if (url.pathname === '/api/coordinator/trainings') {
      const input = body as Record<string, string | number | undefined>;
      if (refusal) {
        const errors = refusal;
        refusal = undefined;
        return problem(422, 'Some fields are missing or invalid; see errors.', errors);
      }
      added += 1;
      const uid = `added-${added}@mentorkit.test`;
      const startsAt = new Date(`${input['date']}T${input['startTime']}:00+02:00`).toISOString();
      const endsAt = new Date(`${input['date']}T${input['endTime']}:00+02:00`).toISOString();
      const weeks = Number(input['weeklyCount'] ?? 1);
      api.trainings.push({
        uid,
        title: String(input['title']),
        startsAt,
        endsAt,
        timeZone: 'Europe/Stockholm',
        status: 'confirmed',
        sequence: 0,
        demo: false,
        createdAt: startsAt,
        updatedAt: startsAt,
        ...(weeks > 1 ? { rrule: `FREQ=WEEKLY;COUNT=${weeks}` } : {}),
        ...(input['programme'] ? { programmeId: String(input['programme']) } : {}),
      });
      return json({ uid }, 201);
    }
    const cancel = /^\/api\/coordinator\/trainings\/([^/]+)\/cancel$/.exec(url.pathname);
    const training = cancel && api.trainings.find((t) => t.uid === decodeURIComponent(cancel[1]!));
    if (!training) return json({ title: 'Not found', detail: 'No such training.' }, 404);
    training.status = 'cancelled';
    return json({ uid: training.uid, status: 'cancelled' });
  };
  return api;
}
