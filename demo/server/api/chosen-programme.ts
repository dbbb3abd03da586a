// The programme a coordinator adds something to (a training, a calendar feed): one of their own
// programmes, required; an administrator's may be any programme, or none (the whole
// organisation's). One check for every kind of thing that belongs to a programme.
import { actorOf, inScope } from '../coordinator-auth/authorize.ts';
import { HttpProblem } from '../http/respond.ts';
import { listProgrammes } from '../store/coordinators.ts';
import type { BackendContext } from './context.ts';
import type { RouteContext } from './router.ts';

/** `programme` as the request chose it, or a 422 at the field `programme`. */
export async function chosenProgramme(
  backend: BackendContext,
  request: RouteContext['request'],
  programme: string | undefined,
  thing: { title: string; name: string },
): Promise<string | undefined> {
  const actor = actorOf(request);
  const refuse = (detail: string) =>
    new HttpProblem({ status: 422, title: thing.title, errors: [{ field: 'programme', detail }] });
  if (!programme) {
    if (actor.role === 'administrator') return undefined;
    throw refuse(`Choose the programme the ${thing.name} belongs to.`);
  }
  const known = (await listProgrammes(backend.database)).some((p) => p.id === programme);
  if (!known || !inScope(actor, programme)) {
    throw refuse('Choose one of your programmes.');
  }
  return programme;
}
