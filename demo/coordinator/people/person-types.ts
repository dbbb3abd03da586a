// One person as the view reads GET /api/coordinator/signups/<id>/person: the server's types
// (type-only, nothing of the server is bundled) after JSON.
import type { PersonViewResponse } from '../../server/api/people-routes.ts';
import type { Json, Signup } from '../api-types.ts';

export type Person = Json<PersonViewResponse>;
export type PersonMatch = Person['matches'][number];
export type PersonTraining = Person['trainings'][number];

/** The signup an action of the page (classify, propose, erase) works on. */
export interface PersonEventDetail {
  signup: Signup;
}

/** The person's answer, checked enough to render: the server is ours, a proxy's page is not. */
export function parsePerson(body: unknown): Person {
  const person = body as Partial<Person> | null;
  if (
    !person ||
    typeof person !== 'object' ||
    typeof person.signup?.id !== 'string' ||
    !Array.isArray(person.matches) ||
    !Array.isArray(person.trainings)
  ) {
    throw new TypeError('Not a person view');
  }
  return person as Person;
}
