// The coordinator's trainings API in the browser, for <mk-trainings>' component tests: `fetch`
// answers the list, the programmes, an add (or the problem+json refusal a test sets) and a
// cancel, and records what was asked. Without the backend,
// so each state (a failure, a slow answer held until the test releases it) is set by the
// test, never by a delay. The real backend is the e2e test's (tests/e2e/backend/coordinator.spec.ts).
import type { Json, Programme, Training } from '../../api-types.ts';
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';

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

const problem = (status: number, title: string, errors: { field: string; detail: string }[]) =>
  json({ type: 'about:blank', title, status, detail: title, errors }, status);

export function fakeTrainingsApi(
  trainings: readonly Training[],
  programmes: readonly Json<Programme>[],
): FakeTrainingsApi {
  const listFailures = failureQueue<number | 'drop'>();
  const changeFailures = failureQueue();
  let refusal: { field: string; detail: string }[] | undefined;
  let added = 0;
  const current = trainings.map((training) => structuredClone(training));
  const fake = installFetch(async ({ method, body }, url) => {
    if (url.pathname === '/api/coordinator/programmes') return json(programmes);
    if (method === 'GET' && url.pathname === '/api/coordinator/trainings') {
      await fake.passed();
      const failure = listFailures.next();
      if (failure === 'drop') throw new TypeError('Failed to fetch');
      if (failure) return json({ title: 'Failed' }, failure);
      return json(current);
    }
    if (method !== 'POST') return json({ title: 'Not found' }, 404);
    const failure = changeFailures.next();
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
      current.push({
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
    const training = cancel && current.find((t) => t.uid === decodeURIComponent(cancel[1]!));
    if (!training) return json({ title: 'Not found', detail: 'No such training.' }, 404);
    training.status = 'cancelled';
    return json({ uid: training.uid, status: 'cancelled' });
  });
  return {
    ...fake,
    trainings: current,
    failNextList: listFailures.add,
    dropNextList: () => listFailures.add('drop'),
    failNextChange: changeFailures.add,
    refuseNextAdd: (errors) => {
      refusal = errors;
    },
  };
}
