// The coordinator API the dialogs use, in the browser, for their component tests: the person
// (GET …/person, from the person view's fixtures), the occupation search (a few titles named
// in Swedish and English), storing a choice and erasing (which checks the confirmation as the
// server does). Each request is recorded; a failure or a held answer is set by the test, never
// by a delay. The real backend is the e2e tests' (tests/e2e/backend/occupations.spec.ts,
// coordinator.spec.ts).
import type { OccupationChoice } from '../../api-types.ts';
import type { Person } from '../../people/person-types.ts';
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';

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

/** An answer as the server gives it: a refusal as problem+json. */
const answer = (body: unknown, status = 200) =>
  json(body, status, status < 400 ? {} : { 'Content-Type': 'application/problem+json' });

export function fakeDialogApi(people: readonly Person[]): FakeDialogApi {
  const stored = new Map(people.map((person) => [person.signup.id, structuredClone(person)]));
  const failures = failureQueue<{ part: string; status: number }>();
  let heldPart: string | undefined;
  const fake = installFetch(async ({ path, body }, url) => {
    if (heldPart !== undefined && path.includes(heldPart)) await fake.passed();
    const failure = failures.next(({ part }) => path.includes(part));
    if (failure) return answer({ title: 'Failed', status: failure.status }, failure.status);
    if (url.pathname === '/api/coordinator/occupations') {
      const query = url.searchParams.get('q') ?? '';
      return answer(/läkare|physician/i.test(query) ? titles(url.searchParams.get('locale')!) : []);
    }
    const found = /^\/api\/coordinator\/signups\/([^/]+)\/(person|occupation|erase)$/.exec(
      url.pathname,
    );
    const person = found && stored.get(decodeURIComponent(found[1]!));
    if (!person) return answer({ title: 'Not found', detail: 'No such signup.' }, 404);
    switch (found[2]) {
      case 'person':
        return answer(person);
      case 'occupation': {
        const { ssyk } = body as { ssyk: string };
        person.signup.submission.profile.occupation = { ssyk, text: 'läkare' };
        return answer(person.signup);
      }
      default: {
        const { confirm } = body as { confirm: string };
        if (confirm.toLowerCase() !== person.signup.email.toLowerCase()) {
          return answer({ title: 'Confirmation does not match', errors: [] }, 422);
        }
        stored.delete(person.signup.id);
        return answer({ signups: 1, matches: person.matches.length });
      }
    }
  });
  return {
    ...fake,
    failNext: (part, status) => failures.add({ part, status }),
    hold(part) {
      heldPart = part;
      fake.hold();
    },
    release() {
      heldPart = undefined;
      fake.release();
    },
  };
}
