// Trainings: the list (with Cancel), and the form that adds one. A change is in the public
// iCalendar and JSON feeds at once.
import { apiJson, Unauthorized } from './api.ts';
import type { Training } from './api-types.ts';
import { demoBadge } from './demo-badge.ts';
import { byId, h } from './dom.ts';
import { formatDateTime } from './format.ts';
import { handleFailure, setStatus } from './session.ts';

export async function loadTrainings(): Promise<void> {
  const trainings = await apiJson<Training[]>('/api/coordinator/trainings');
  byId('trainings', HTMLElement).replaceChildren(
    ...(trainings.length ? trainings.map(trainingCard) : [h('li', {}, 'No trainings yet.')]),
  );
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

function trainingCard(training: Training): HTMLLIElement {
  const cancelled = training.status === 'cancelled';
  const card = h(
    'li',
    { className: cancelled ? 'card cancelled' : 'card', 'data-training-uid': training.uid },
    h('h3', {}, training.title, demoBadge(training.demo)),
    h(
      'p',
      {},
      h('time', { datetime: training.startsAt }, formatDateTime(training.startsAt)),
      training.rrule ? ` · repeats (${training.rrule})` : '',
    ),
    training.location && h('p', { className: 'muted' }, training.location.name),
    h('p', {}, `Status: ${training.status}`),
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
  };
}

export function initTrainings(): void {
  const form = byId('training-form', HTMLFormElement);
  const formError = byId('training-error', HTMLElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = newTraining(form);
    apiJson('/api/coordinator/trainings', { method: 'POST', body })
      .then(async () => {
        form.reset();
        formError.textContent = '';
        setStatus(`"${body.title}" was added to the feeds.`);
        await loadTrainings();
      })
      .catch((error: unknown) => {
        if (error instanceof Unauthorized || !(error instanceof Error)) handleFailure(error);
        else formError.textContent = error.message;
      });
  });
}
