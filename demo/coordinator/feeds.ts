// Calendar feeds from elsewhere (Outlook, Google, Teamup): the coordinator registers a feed's
// address, sees whether the backend can fetch it and why not, and gets the address the
// calendar widget shows it from (the backend's copy, with CORS, which the original lacks).
// A feed belongs to one of the coordinator's programmes (an administrator's may be the whole
// organisation's), as a training does; the list has theirs only.
import { api, apiJson, Unauthorized } from './api.ts';
import type { ExternalFeed, Json, Programme } from './api-types.ts';
import { currentSession } from './current-session.ts';
import { byId, h } from './dom.ts';
import { formatDateTime } from './format.ts';
import { fillProgrammeChoice } from './programme-choice.ts';
import { handleFailure, setStatus } from './session.ts';
import { TRAINING_MESSAGES } from './training-messages.ts';

/** Why a fetch failed, in the coordinator's words, with what to do about it. */
const FEED_ERRORS: Record<NonNullable<ExternalFeed['lastError']>, string> = {
  'invalid-url': 'The address is not one the backend can fetch (http, https or webcal).',
  'refused-address':
    'The address is on a private or local network. The backend fetches only public addresses unless the server allows this one (MENTORKIT_FEED_ALLOW_HOSTS).',
  dns: 'No server has this name. Check the address.',
  network: 'The server could not be reached, or the connection broke off.',
  timeout: 'The server did not answer in time.',
  http: 'The server refused it. The address may be old, or the calendar no longer shared.',
  'too-large': 'The feed is larger than the backend accepts (5 MB).',
  'too-many-redirects': 'The address sends the backend on too many times.',
  'not-a-calendar':
    "The address gave something that is not a calendar, such as a sign-in page. Use the calendar's public iCal (.ics) address.",
};

const eventCount = (count: number) => (count === 1 ? '1 event' : `${count} events`);

/** The backend's copy: what a partner's calendar widget shows. */
const copyUrl = (feed: ExternalFeed) => new URL(feed.path, window.location.origin).href;

/** The select of the add form's programme: made here, beside the name and address fields. */
const PROGRAMME_SELECT_ID = 'feed-programme';

function statusLine(feed: ExternalFeed): HTMLElement {
  if (!feed.lastError) {
    return h(
      'p',
      { className: 'feed-ok' },
      `Working: ${eventCount(feed.events)}, checked ${formatDateTime(feed.lastSuccessAt ?? feed.createdAt)}.`,
    );
  }
  const why = FEED_ERRORS[feed.lastError];
  const detail = feed.lastErrorDetail ? ` (${feed.lastErrorDetail})` : '';
  const kept = feed.copyFetchedAt
    ? ` Calendars show the copy from ${formatDateTime(feed.copyFetchedAt)} (${eventCount(feed.events)}) meanwhile.`
    : ' Calendars that show it say it cannot be read until a fetch works.';
  return h(
    'p',
    { className: 'error' },
    `Not working since ${formatDateTime(feed.lastAttemptAt ?? feed.createdAt)}: ${why}${detail}${kept} Next try ${formatDateTime(feed.nextFetchAt)}.`,
  );
}

function feedCard(feed: ExternalFeed, names: ReadonlyMap<string, string>): HTMLLIElement {
  const headingId = `feed-${feed.id}`;
  const card = h(
    'li',
    { className: 'card', 'data-feed-id': feed.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, feed.name),
    feed.programmeId &&
      h('p', {}, TRAINING_MESSAGES.programme(names.get(feed.programmeId) ?? feed.programmeId)),
    statusLine(feed),
    h('p', { className: 'muted' }, 'From ', h('span', { className: 'feed-url' }, feed.url)),
    h(
      'p',
      {},
      'For the calendar widget: ',
      h('code', {}, `<mk-training-calendar src="${copyUrl(feed)}"></mk-training-calendar>`),
    ),
  );
  const actions = h('div', { className: 'toolbar' });
  const refresh = h(
    'button',
    { type: 'button', 'aria-label': `Fetch now: ${feed.name}` },
    'Fetch now',
  );
  refresh.addEventListener('click', () => void fetchNow(feed, refresh));
  const remove = h(
    'button',
    { type: 'button', className: 'danger', 'aria-label': `Remove feed: ${feed.name}` },
    'Remove',
  );
  remove.addEventListener('click', () => askToRemove(feed, card, actions));
  actions.append(refresh, remove);
  card.append(actions);
  return card;
}

/** Focus lands on the feed's card again after the list is redrawn. */
function focusFeed(id: string): void {
  const heading = document.getElementById(`feed-${id}`);
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

async function fetchNow(feed: ExternalFeed, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  button.textContent = 'Fetching…';
  try {
    const status = await apiJson<ExternalFeed>(
      `/api/coordinator/feeds/${encodeURIComponent(feed.id)}/refresh`,
      { method: 'POST' },
    );
    setStatus(
      status.lastError
        ? `"${feed.name}" could not be fetched: ${FEED_ERRORS[status.lastError]}`
        : `"${feed.name}" was fetched: ${eventCount(status.events)}.`,
    );
    await loadFeeds();
    focusFeed(feed.id);
  } catch (error) {
    button.disabled = false;
    button.textContent = 'Fetch now';
    handleFailure(error);
  }
}

/** Removing breaks every page that shows the feed, so it is asked for once more. */
function askToRemove(feed: ExternalFeed, card: HTMLLIElement, actions: HTMLElement): void {
  const question = h(
    'div',
    { className: 'confirm', role: 'group', 'aria-label': `Remove ${feed.name}?` },
    h('p', {}, `Remove "${feed.name}"? Pages that show it will say the calendar cannot be loaded.`),
  );
  const confirm = h('button', { type: 'button', className: 'danger' }, 'Remove for good');
  const keep = h('button', { type: 'button' }, 'Keep it');
  question.append(h('div', { className: 'toolbar' }, confirm, keep));
  keep.addEventListener('click', () => {
    question.replaceWith(actions);
    actions.querySelector<HTMLButtonElement>('.danger')?.focus();
  });
  confirm.addEventListener('click', () => void removeFeed(feed, confirm));
  actions.replaceWith(question);
  keep.focus();
  card.dataset.confirming = 'true';
}

async function removeFeed(feed: ExternalFeed, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    await api(`/api/coordinator/feeds/${encodeURIComponent(feed.id)}`, { method: 'DELETE' });
    setStatus(`"${feed.name}" was removed.`);
    await loadFeeds();
    byId('feeds-heading', HTMLElement).focus();
  } catch (error) {
    button.disabled = false;
    handleFailure(error);
  }
}

export async function loadFeeds(): Promise<void> {
  const [feeds, programmes] = await Promise.all([
    apiJson<ExternalFeed[]>('/api/coordinator/feeds'),
    apiJson<Json<Programme>[]>('/api/coordinator/programmes'),
  ]);
  const names = new Map(programmes.map((programme) => [programme.id, programme.name]));
  byId('feeds', HTMLElement).replaceChildren(
    ...(feeds.length
      ? feeds.map((feed) => feedCard(feed, names))
      : [h('li', { className: 'muted' }, 'No calendar feeds from elsewhere yet.')]),
  );
  fillProgrammeChoice(byId(PROGRAMME_SELECT_ID, HTMLSelectElement), programmes);
}

/** The add form's programme field, before the name (the page's HTML has name and address). */
function addProgrammeField(form: HTMLFormElement): void {
  const field = h(
    'div',
    { className: 'field' },
    h('label', { for: PROGRAMME_SELECT_ID }, 'Programme'),
    h('select', { id: PROGRAMME_SELECT_ID, name: 'programme', 'aria-describedby': 'feed-error' }),
  );
  (form.querySelector('.grid') ?? form).prepend(field);
}

export function initFeeds(): void {
  const form = byId('feed-form', HTMLFormElement);
  addProgrammeField(form);
  const formError = byId('feed-error', HTMLElement);
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const body = { name: field('name'), url: field('url'), programme: field('programme') };
    const missing = !body.name ? 'feed-name' : !body.url ? 'feed-url' : undefined;
    if (missing) {
      formError.textContent = 'Give the feed a name and its address.';
      byId(missing, HTMLInputElement).focus();
      return;
    }
    if (!body.programme && currentSession()?.role !== 'administrator') {
      formError.textContent = 'Choose the programme the feed belongs to.';
      byId(PROGRAMME_SELECT_ID, HTMLSelectElement).focus();
      return;
    }
    formError.textContent = '';
    if (submit) {
      submit.disabled = true;
      submit.textContent = 'Adding and fetching…';
    }
    apiJson<ExternalFeed>('/api/coordinator/feeds', { method: 'POST', body })
      .then(async (feed) => {
        form.reset();
        // reset() would leave the first programme chosen; the one just used is the likelier next.
        byId(PROGRAMME_SELECT_ID, HTMLSelectElement).value = body.programme;
        setStatus(
          feed.lastError
            ? `"${feed.name}" was added, but could not be fetched: ${FEED_ERRORS[feed.lastError]}`
            : `"${feed.name}" was added: ${eventCount(feed.events)}.`,
        );
        await loadFeeds();
        focusFeed(feed.id);
      })
      .catch((error: unknown) => {
        // A failed add says so at the form, and the status line no longer tells the last success.
        setStatus('');
        if (error instanceof Unauthorized || !(error instanceof Error)) handleFailure(error);
        else formError.textContent = `The feed was not added: ${error.message}`;
      })
      .finally(() => {
        if (submit) {
          submit.disabled = false;
          submit.textContent = 'Add feed';
        }
      });
  });
}
