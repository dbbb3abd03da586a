// Trainings: the list (with Cancel), and the form that adds one. A training belongs to one of
// the coordinator's programmes (an administrator's may be the whole organisation's); the list
// has theirs only. A change is in the public iCalendar and JSON feeds at once.
import { apiJson, Unauthorized } from './api.ts';
import type { Json, Programme, Training } from './api-types.ts';
import { repeatWords, trainingStatusWords } from './code-words.ts';
import { currentSession } from './current-session.ts';
import { demoBadge } from './demo-badge.ts';
import { byId, h } from './dom.ts';
import { serverFieldErrors, showFieldErrors, type FieldErrors } from './field-errors.ts';
import { formatDateTime } from './format.ts';
import { fillProgrammeChoice } from './programme-choice.ts';
import { handleFailure, setStatus } from './session.ts';
import { TRAINING_MESSAGES } from './training-messages.ts';

export async function loadTrainings(): Promise<void> {
  const [trainings, programmes] = await Promise.all([
    apiJson<Training[]>('/api/coordinator/trainings'),
    apiJson<Json<Programme>[]>('/api/coordinator/programmes'),
  ]);
  const names = new Map(programmes.map((programme) => [programme.id, programme.name]));
  byId('trainings', HTMLElement).replaceChildren(
    ...(trainings.length
      ? trainings.map((training) => trainingCard(training, names))
      : [h('li', {}, 'No trainings yet.')]),
  );
  fillProgrammeChoice(byId('training-programme', HTMLSelectElement), programmes);
}

async function cancelTraining(training: Training, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    await apiJson(`/api/coordinator/trainings/${encodeURIComponent(training.uid)}/cancel`, {
      method: 'POST',
      body: {},
    });
    setStatus(`"${training.title}" was cancelled; the feeds say so now.`);
    await loadTrainings();
  } catch (error) {
    button.disabled = false;
    handleFailure(error);
  }
}

function trainingCard(training: Training, names: ReadonlyMap<string, string>): HTMLLIElement {
  const cancelled = training.status === 'cancelled';
  const card = h(
    'li',
    { className: cancelled ? 'card cancelled' : 'card', 'data-training-uid': training.uid },
    h('h3', {}, training.title, demoBadge(training.demo)),
    h(
      'p',
      {},
      h('time', { datetime: training.startsAt }, formatDateTime(training.startsAt)),
      training.rrule ? ` · ${repeatWords(training.rrule)}` : '',
    ),
    training.location && h('p', { className: 'muted' }, training.location.name),
    training.programmeId &&
      h(
        'p',
        {},
        TRAINING_MESSAGES.programme(names.get(training.programmeId) ?? training.programmeId),
      ),
    h('p', {}, `Status: ${trainingStatusWords(training.status)}`),
  );
  if (!cancelled) {
    const cancel = h(
      'button',
      { type: 'button', className: 'danger', 'aria-label': `Cancel training: ${training.title}` },
      'Cancel training',
    );
    // cancelTraining catches its own failures (handleFailure).
    cancel.addEventListener('click', () => void cancelTraining(training, cancel));
    card.append(cancel);
  }
  return card;
}

/** The add-a-training form's fields as the API takes them (empty numbers left out). */
function newTraining(form: HTMLFormElement) {
  const data = new FormData(form);
  // The form has no file inputs: a field is text or absent.
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const number = (name: string) => (text(name) === '' ? undefined : Number(text(name)));
  return {
    title: text('title'),
    date: text('date'),
    startTime: text('startTime'),
    endTime: text('endTime'),
    description: text('description'),
    locationName: text('locationName'),
    address: text('address'),
    seats: number('seats'),
    weeklyCount: number('weeklyCount'),
    programme: text('programme'),
  };
}

/** What the form can tell before asking the server (the server's schema judges the rest). */
function checkTraining(training: ReturnType<typeof newTraining>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ['title', 'date', 'startTime', 'endTime'] as const) {
    if (!training[field]) errors[field] = TRAINING_MESSAGES.invalid[field];
  }
  if (!training.programme && currentSession()?.role !== 'administrator') {
    errors['programme'] = TRAINING_MESSAGES.invalid['programme'];
  }
  for (const field of ['seats', 'weeklyCount'] as const) {
    if (Number.isNaN(training[field])) errors[field] = TRAINING_MESSAGES.invalid[field];
  }
  return errors;
}

export function initTrainings(): void {
  const form = byId('training-form', HTMLFormElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = newTraining(form);
    // The status line says what this attempt did, never the one before.
    setStatus('');
    if (!showFieldErrors(form, checkTraining(body))) return;
    apiJson('/api/coordinator/trainings', { method: 'POST', body })
      .then(async () => {
        const programme = body.programme;
        form.reset();
        byId('training-programme', HTMLSelectElement).value = programme;
        setStatus(TRAINING_MESSAGES.added(body.title));
        await loadTrainings();
      })
      .catch((error: unknown) => {
        const errors = serverFieldErrors(error, TRAINING_MESSAGES.invalid);
        if (errors && !(error instanceof Unauthorized)) showFieldErrors(form, errors);
        else handleFailure(error);
      });
  });
}
