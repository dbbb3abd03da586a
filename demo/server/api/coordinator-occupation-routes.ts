// The coordinator classifies a signup's occupation: searches the job titles (the lookup the
// signup form's picker uses) and stores the one chosen. The codes stored are the
// classification's own, looked up here from the title id or the SSYK group: a coordinator
// sends a choice, never codes of their own.
import * as z from 'zod/mini';
import { IdentifierSchema, SSYK_CODE_PATTERN, type Occupation } from '@mentorkit/core';
import { searchOccupations, type OccupationIndex } from '@mentorkit/occupations';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { groupLabel, occupationIndex } from '../occupations/occupation-index.ts';
import { setSignupOccupation } from '../store/signup-occupations.ts';
import { getSignup, type StoredSignup } from '../store/signups.ts';
import { readValid, type BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A signup as the coordinator's list shows it: with its occupation group's code and name. */
export interface SignupView extends StoredSignup {
  /** "2211 Specialist physicians"; absent: unclassified. */
  occupationLabel?: string;
}

/** One title the coordinator's search found. */
export interface OccupationChoice {
  /** Absent for a group's own name or an older name: those classify to the group only. */
  titleId?: string;
  label: string;
  /** The name that was found, when it is not the label (a synonym, an Arabic form…). */
  matchedName?: string;
  ssyk: string;
  /** "2211 Specialist physicians". */
  group: string;
  /** The group's name alone, in the language asked for (`locale`): what a coordinator reads. */
  groupName: string;
}

export function toSignupView(index: OccupationIndex, signup: StoredSignup): SignupView {
  const ssyk = signup.submission.profile.occupation?.ssyk;
  return ssyk ? { ...signup, occupationLabel: groupLabel(index, ssyk) } : signup;
}

/** Titles by id, and each unit group's ISCO-08 codes (SCB's key), per index. */
interface Lookup {
  titles: Map<string, OccupationIndex['titles'][number]>;
  groupIsco: Map<string, readonly string[]>;
}

const lookups = new WeakMap<OccupationIndex, Lookup>();

function lookupOf(index: OccupationIndex): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    lookup = { titles: new Map(), groupIsco: new Map() };
    for (const title of index.titles) {
      if (title.id) lookup.titles.set(title.id, title);
      if (title.source === 'group') lookup.groupIsco.set(title.ssyk, title.isco08);
    }
    lookups.set(index, lookup);
  }
  return lookup;
}

const SEARCH_LIMIT = 10;
const SEARCH_LOCALES = new Set(['sv', 'en', 'ar']);

async function searchRoute({ response, url }: RouteContext) {
  const query = (url.searchParams.get('q') ?? '').slice(0, 200);
  const locale = url.searchParams.get('locale') ?? 'sv';
  const index = await occupationIndex();
  const found = searchOccupations(index, query, {
    locale: SEARCH_LOCALES.has(locale) ? locale : 'sv',
    limit: SEARCH_LIMIT,
  });
  const choices = found.map((match): OccupationChoice => ({
    ...(match.titleId ? { titleId: match.titleId } : {}),
    label: match.label,
    ...(match.matchedName ? { matchedName: match.matchedName } : {}),
    ssyk: match.ssyk,
    group: groupLabel(index, match.ssyk),
    groupName: match.groupName,
  }));
  sendJson(response, 200, choices, NO_STORE);
}

export const OccupationChoiceSchema = z.strictObject({
  /** The title chosen; without it, the SSYK unit group alone. */
  titleId: z.optional(IdentifierSchema),
  ssyk: z.string().check(z.regex(SSYK_CODE_PATTERN)),
});

const unknownChoice = (field: 'titleId' | 'ssyk', detail: string) =>
  new HttpProblem({ status: 422, title: 'Unknown occupation', errors: [{ field, detail }] });

/** The occupation to store: the classification's codes for the choice, the person's words kept. */
function resolveChoice(
  index: OccupationIndex,
  choice: z.infer<typeof OccupationChoiceSchema>,
  text: string,
): Occupation {
  const lookup = lookupOf(index);
  if (!index.groups.has(choice.ssyk)) {
    throw unknownChoice('ssyk', 'No such SSYK 2012 unit group.');
  }
  if (choice.titleId === undefined) {
    const isco08 = lookup.groupIsco.get(choice.ssyk) ?? [];
    return { ssyk: choice.ssyk, ...(isco08.length ? { isco08: [...isco08] } : {}), text };
  }
  const title = lookup.titles.get(choice.titleId);
  if (!title) throw unknownChoice('titleId', 'No such job title.');
  if (title.ssyk !== choice.ssyk) {
    throw unknownChoice('ssyk', `The job title is in group ${title.ssyk}, not ${choice.ssyk}.`);
  }
  return {
    titleId: choice.titleId,
    ssyk: title.ssyk,
    ...(title.isco08.length ? { isco08: [...title.isco08] } : {}),
    text,
  };
}

async function classifyRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  const choice = await readValid(request, OccupationChoiceSchema, 4096);
  const [signup, index] = await Promise.all([
    getSignup(backend.database, params[0]!),
    occupationIndex(),
  ]);
  if (!signup)
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such signup.' });
  const { profile } = signup.submission;
  const occupation = resolveChoice(index, choice, profile.occupation?.text ?? profile.profession);
  await setSignupOccupation(backend.database, signup.id, occupation, 'coordinator');
  const updated = await getSignup(backend.database, signup.id);
  if (!updated)
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such signup.' });
  sendJson(response, 200, toSignupView(index, updated), NO_STORE);
}

export function coordinatorOccupationRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/occupations$/,
      handle: (context) => searchRoute(context),
    },
    {
      method: 'PUT',
      path: /^\/api\/coordinator\/signups\/([^/]+)\/occupation$/,
      handle: (context) => classifyRoute(backend, context),
    },
  ];
}

export const COORDINATOR_OCCUPATION_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/occupations' },
  { method: 'PUT', path: '/api/coordinator/signups/su-x/occupation' },
] as const;
