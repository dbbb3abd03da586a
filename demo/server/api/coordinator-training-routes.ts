// The coordinator's trainings: list, add, cancel. A training belongs to a programme: a
// coordinator sees and changes only their programmes' trainings (the list is filtered by
// `scopeOf`; authorize.ts answers 404 for another programme's training in a path, as for a
// signup), and adds trainings to one of them; an administrator sees every training and may add
// one for the whole organisation (no programme). A change is in the public feeds at once.
import * as z from 'zod/mini';
import {
  IdentifierSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  TEXT_LIMITS,
  TimeOfDaySchema,
  WebUrlSchema,
  boundedList,
  boundedText,
  optionalText,
} from '@mentorkit/core';
import { zonedToInstant } from '@mentorkit/core/time';
import { actorOf, notFound, scopeOf } from '../coordinator-auth/authorize.ts';
import { SUPPORTED_TIME_ZONES } from '../feeds/ical.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { cancelTraining, insertTraining, listTrainings } from '../store/trainings.ts';
import { boundRoute } from './bound-route.ts';
import { chosenProgramme } from './chosen-programme.ts';
import { readValid, type BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

const optionalNonEmpty = <Schema extends z.ZodMiniType>(schema: Schema) =>
  z.optional(z.union([z.literal(''), schema]));

export const NewTrainingSchema = z.object({
  title: boundedText(TEXT_LIMITS.short),
  description: z.optional(optionalText(TEXT_LIMITS.long)),
  date: IsoDateSchema,
  startTime: TimeOfDaySchema,
  endTime: TimeOfDaySchema,
  timeZone: z.optional(z.enum(SUPPORTED_TIME_ZONES as [string, ...string[]])),
  locationName: z.optional(optionalText(TEXT_LIMITS.short)),
  address: z.optional(optionalText(TEXT_LIMITS.medium)),
  onlineUrl: optionalNonEmpty(WebUrlSchema),
  category: z.optional(optionalText(TEXT_LIMITS.short)),
  languages: z.optional(boundedList(LanguageCodeSchema)),
  seats: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  /** Weekly occurrences, this one included (1 = a single event). */
  weeklyCount: z.optional(z.int().check(z.minimum(1), z.maximum(52))),
  /** The programme it belongs to; '' or absent: the organisation's (administrators only). */
  programme: optionalNonEmpty(IdentifierSchema),
});

async function listTrainingsRoute(backend: BackendContext, { request, response }: RouteContext) {
  const trainings = await listTrainings(backend.database, scopeOf(actorOf(request)));
  sendJson(response, 200, trainings, NO_STORE);
}

async function addTrainingRoute(backend: BackendContext, { request, response }: RouteContext) {
  const input = await readValid(
    request,
    NewTrainingSchema,
    16 * 1024,
    new Set(['seats', 'weeklyCount']),
  );
  const timeZone = input.timeZone ?? 'Europe/Stockholm';
  const [year, month, day] = input.date.split('-').map(Number) as [number, number, number];
  const at = (time: string) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return new Date(zonedToInstant({ year, month, day, hour, minute, second: 0 }, timeZone));
  };
  const startsAt = at(input.startTime);
  const endsAt = at(input.endTime);
  if (endsAt <= startsAt) {
    throw new HttpProblem({
      status: 422,
      title: 'Invalid training',
      errors: [{ field: 'endTime', detail: 'The training must end after it starts.' }],
    });
  }
  const programmeId = await chosenProgramme(backend, request, input.programme || undefined, {
    title: 'Invalid training',
    name: 'training',
  });
  const uid = await insertTraining(backend.database, {
    title: input.title.trim(),
    description: input.description?.trim() || undefined,
    startsAt,
    endsAt,
    timeZone,
    location: input.locationName?.trim()
      ? {
          name: input.locationName.trim(),
          ...(input.address?.trim() ? { address: input.address.trim() } : {}),
        }
      : undefined,
    onlineUrl: input.onlineUrl || undefined,
    category: input.category?.trim() || undefined,
    languages: input.languages?.length ? input.languages : undefined,
    seatsTotal: input.seats,
    rrule:
      input.weeklyCount && input.weeklyCount > 1
        ? `FREQ=WEEKLY;COUNT=${input.weeklyCount}`
        : undefined,
    programmeId,
  });
  sendJson(response, 201, { uid }, NO_STORE);
}

async function cancelTrainingRoute(backend: BackendContext, { response, params }: RouteContext) {
  if (!(await cancelTraining(backend.database, params[0]!))) throw notFound('No such training.');
  sendJson(response, 200, { uid: params[0], status: 'cancelled' }, NO_STORE);
}

export function coordinatorTrainingRoutes(backend: BackendContext): Route[] {
  const route = boundRoute(backend);
  return [
    route('GET', /^\/api\/coordinator\/trainings$/, listTrainingsRoute),
    route('POST', /^\/api\/coordinator\/trainings$/, addTrainingRoute),
    route('POST', /^\/api\/coordinator\/trainings\/([^/]+)\/cancel$/, cancelTrainingRoute),
  ];
}

export const COORDINATOR_TRAINING_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/trainings' },
  { method: 'POST', path: '/api/coordinator/trainings' },
  { method: 'POST', path: '/api/coordinator/trainings/x/cancel' },
] as const;
