// The coordinator API the dialogs use, in the browser, for their component tests: the person
// (GET …/person, from the person view's fixtures), the occupation search (a few titles named
// in Swedish and English), storing a choice and erasing (which checks the confirmation as the
// server does). Each request is recorded; a failure or a held answer is set by the test, never
// by a delay. The real backend is the e2e tests' (tests/e2e/backend/occupations.spec.ts,
// coordinator.spec.ts).
import type { OccupationChoice } from '../../api-types.ts';
import type { Person } from '../../people/person-types.ts';

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeDialogApi {
  requests: FakeRequest[];
  /** The next answer to a request whose path contains `part` has this status. */
  failNext(part: string, status: number): void;
  /** Holds requests whose path contains `part` until `release()`. */
  hold(part: string): void;
  release(): void;
  restore(): void;
}

/** Physicians' titles, as the search route answers them in `locale`. */
function titles(locale: string): OccupationChoice[] {
  const sv = locale === 'sv';
  const group = sv ? 'Specialistläkare' : 'Specialist physicians';
  return [
    {
      titleId: 'title-specialist',
      label: sv ? 'Specialistläkare' : 'Specialist physician',
      ssyk: '2211',
      group: '2211 Specialist physicians',
      groupName: group,
    },
    {
      titleId: 'title-allman',
      label: sv ? 'Specialistläkare i allmänmedicin' : 'General practitioner',
      matchedName: 'allmänläkare',
      ssyk: '2211',
      group: '2211 Specialist physicians',
      groupName: group,
    },
    {
      label: sv ? 'AT-läkare' : 'Junior doctor',
      ssyk: '2213',
      group: '2213 Physicians in training',
      groupName: sv ? 'AT-läkare' : 'Physicians in training',
    },
  ];
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

export function fakeDialogApi(people: readonly Person[]): FakeDialogApi {
  const stored = new Map(people.map((person) => [person.signup.id, structuredClone(person)]));
  const realFetch = window.fetch.bind(window);
  const failures: { part: string; status: number }[] = [];
  let held: { part: string; promise: Promise<void>; release: () => void } | undefined;
  const api: FakeDialogApi = {
    requests: [],
    failNext: (part, status) => failures.push({ part, status }),
    hold(part) {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { part, promise, release };
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
    const path = url.pathname + url.search;
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    api.requests.push({ method, path, body });
    if (held && path.includes(held.part)) await held.promise;
    const failure = failures.findIndex(({ part }) => path.includes(part));
    if (failure >= 0) {
      const { status } = failures.splice(failure, 1)[0]!;
      return json({ title: 'Failed', status }, status);
    }
    if (url.pathname === '/api/coordinator/occupations') {
      const query = url.searchParams.get('q') ?? '';
      return json(/läkare|physician/i.test(query) ? titles(url.searchParams.get('locale')!) : []);
    }
    const found = /^\/api\/coordinator\/signups\/([^/]+)\/(person|occupation|erase)$/.exec(
      url.pathname,
    );
    const person = found && stored.get(decodeURIComponent(found[1]!));
    if (!person) return json({ title: 'Not found', detail: 'No such signup.' }, 404);
    switch (found[2]) {
      case 'person':
        return json(person);
      case 'occupation': {
        const { ssyk } = body as { ssyk: string };
        person.signup.submission.profile.occupation = { ssyk, text: 'läkare' };
        return json(person.signup);
      }
      default: {
        const { confirm } = body as { confirm: string };
        if (confirm.toLowerCase() !== person.signup.email.toLowerCase()) {
          return json({ title: 'Confirmation does not match', errors: [] }, 422);
        }
        stored.delete(person.signup.id);
        return json({ signups: 1, matches: person.matches.length });
      }
    }
  };
  return api;
}
