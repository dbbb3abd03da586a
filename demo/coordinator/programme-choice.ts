// The programme a coordinator adds something to (a training, a calendar feed): a select of the
// actor's programmes by name, and for an administrator also the whole organisation. The server
// checks the same (api/chosen-programme.ts).
import type { Json, Programme } from './api-types.ts';
import { currentSession } from './current-session.ts';
import { h } from './dom.ts';
import { TRAINING_MESSAGES } from './training-messages.ts';

/** Fills `select` with `programmes`, keeping the choice made when it is still offered. */
export function fillProgrammeChoice(
  select: HTMLSelectElement,
  programmes: readonly Json<Programme>[],
): void {
  const chosen = select.value;
  const everyone =
    currentSession()?.role === 'administrator'
      ? [h('option', { value: '' }, TRAINING_MESSAGES.wholeOrganisation)]
      : [];
  select.replaceChildren(
    ...everyone,
    ...programmes.map((programme) => h('option', { value: programme.id }, programme.name)),
  );
  if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
}
