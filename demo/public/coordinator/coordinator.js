// The coordinator view of the reference backend. Plain DOM: every text is set with textContent
// or as a text node, never as HTML (the page runs under Trusted Types with no policy at all).
// The token lives in sessionStorage (this tab only) and goes out as `Authorization: Bearer`.

const TOKEN_KEY = 'mentorkit.coordinatorToken';

const $ = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element;
};

/** Builds an element with text and attributes; children are elements or strings (text nodes). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'className') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

function setStatus(text) {
  $('status').textContent = text;
}

class Unauthorized extends Error {}

async function api(path, { method = 'GET', body } = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const response = await fetch(path, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) throw new Unauthorized('The token was refused.');
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.detail}`);
      message = [problem.detail ?? problem.title, ...fields].filter(Boolean).join(' ');
    } catch {
      // Not problem+json: the status line says enough.
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response;
}

async function apiJson(path, options) {
  return (await api(path, options)).json();
}

/* ---------- Signing in ---------- */

function showWorkspace(signedIn) {
  $('sign-in').hidden = signedIn;
  $('workspace').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
}

function handleFailure(error) {
  if (error instanceof Unauthorized) {
    sessionStorage.removeItem(TOKEN_KEY);
    showWorkspace(false);
    $('token-error').textContent = 'The token was refused. Check it and sign in again.';
    $('token').focus();
    return;
  }
  setStatus(`Something went wrong: ${error.message}`);
}

async function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  try {
    await apiJson('/api/coordinator/session');
  } catch (error) {
    handleFailure(error);
    return;
  }
  $('token-error').textContent = '';
  $('token').value = '';
  showWorkspace(true);
  await refreshAll();
  $('signups-heading').focus();
}

$('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  if (!token) {
    $('token-error').textContent = 'Enter the coordinator token.';
    $('token').setAttribute('aria-invalid', 'true');
    $('token').focus();
    return;
  }
  $('token').removeAttribute('aria-invalid');
  void signIn(token);
});

$('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  showWorkspace(false);
  setStatus('Signed out.');
  $('token').focus();
});

/* ---------- Signups ---------- */

function personLabel(signup) {
  const name = h('span', {}, signup.name);
  return signup.demo ? h('span', {}, name, h('span', { className: 'badge' }, 'Demo')) : name;
}

function signupRow(signup) {
  const profile = signup.submission.profile;
  const actions = h('div', { className: 'actions' });
  if (signup.kind === 'mentee') {
    const find = h(
      'button',
      { type: 'button', 'aria-label': `Find a mentor for ${signup.name}` },
      'Find a mentor',
    );
    find.addEventListener('click', () => void proposeFor(signup));
    actions.append(find);
  }
  const erase = h(
    'button',
    { type: 'button', className: 'danger', 'aria-label': `Erase data of ${signup.name}` },
    'Erase data',
  );
  erase.addEventListener('click', () => openErasure(signup));
  actions.append(erase);
  return h(
    'tr',
    { 'data-signup-id': signup.id },
    h('td', {}, personLabel(signup)),
    h('td', {}, signup.kind === 'mentor' ? 'Mentor' : 'Mentee'),
    h('td', {}, profile.profession),
    h('td', {}, profile.region),
    h('td', {}, signup.email),
    h(
      'td',
      {},
      h('time', { datetime: signup.createdAt }, dateTime.format(new Date(signup.createdAt))),
    ),
    h('td', {}, actions),
  );
}

async function loadSignups() {
  const params = new URLSearchParams();
  const q = $('search').value.trim();
  const kind = $('kind').value;
  if (q) params.set('q', q);
  if (kind) params.set('kind', kind);
  const signups = await apiJson(`/api/coordinator/signups?${params}`);
  $('signups-table').tBodies[0].replaceChildren(...signups.map(signupRow));
  $('signup-count').textContent = signups.length === 1 ? '1 signup' : `${signups.length} signups`;
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadSignups().catch(handleFailure);
});
$('kind').addEventListener('change', () => loadSignups().catch(handleFailure));

async function downloadCsv(dialect) {
  try {
    const response = await api(
      `/api/coordinator/signups.csv${dialect ? `?dialect=${dialect}` : ''}`,
    );
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = h('a', {
      href: url,
      download: `signups-${new Date().toISOString().slice(0, 10)}${dialect ? '-excel' : ''}.csv`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus('The CSV file was downloaded.');
  } catch (error) {
    handleFailure(error);
  }
}

$('export-csv').addEventListener('click', () => void downloadCsv(''));
$('export-csv-excel').addEventListener('click', () => void downloadCsv('excel-sv'));

/* ---------- Matching ---------- */

function reasonList(reasons, weightOf) {
  return h(
    'ul',
    { className: 'reasons' },
    reasons
      .filter((reason) => weightOf(reason) > 0)
      .map((reason) => h('li', {}, `${reason.label} (${percent.format(weightOf(reason))})`)),
  );
}

async function proposeFor(mentee) {
  try {
    const candidates = await apiJson(
      `/api/coordinator/signups/${encodeURIComponent(mentee.id)}/candidates`,
    );
    $('proposal-intro').textContent = candidates.length
      ? `The best mentors for ${mentee.name}, by rankCandidates. The percentages are each reason's share of the score.`
      : `No mentor with room for another mentee was found for ${mentee.name}.`;
    $('candidates').replaceChildren(
      ...candidates.map((candidate) => {
        const button = h(
          'button',
          {
            type: 'button',
            'aria-label': `Propose this match: ${candidate.name} and ${mentee.name}`,
          },
          'Propose this match',
        );
        button.addEventListener('click', () => void createMatch(candidate.id, mentee.id, button));
        return h(
          'li',
          { className: 'card' },
          h(
            'h3',
            {},
            candidate.name,
            candidate.demo ? h('span', { className: 'badge' }, 'Demo') : '',
          ),
          h('p', { className: 'muted' }, `${candidate.profession} · ${candidate.region}`),
          h('p', {}, 'Score ', h('span', { className: 'score' }, percent.format(candidate.score))),
          reasonList(candidate.reasons, (reason) => reason.contribution),
          button,
        );
      }),
    );
    $('proposal').hidden = false;
    $('proposal').focus();
  } catch (error) {
    handleFailure(error);
  }
}

async function createMatch(mentorId, menteeId, button) {
  button.disabled = true;
  try {
    await apiJson('/api/coordinator/matches', { method: 'POST', body: { mentorId, menteeId } });
    setStatus('The match was proposed.');
    await loadMatches();
  } catch (error) {
    button.disabled = false;
    handleFailure(error);
  }
}

function matchCard({ demo, profile }) {
  return h(
    'li',
    { className: 'card' },
    h(
      'h3',
      {},
      `${profile.mentor.displayName} and ${profile.mentee.displayName}`,
      demo ? h('span', { className: 'badge' }, 'Demo') : '',
    ),
    h(
      'p',
      { className: 'muted' },
      `Status: ${profile.status}` +
        (profile.score === undefined ? '' : ` · score ${percent.format(profile.score)}`) +
        (profile.plannedMeetings
          ? ` · ${profile.meetingsHeld ?? 0} of ${profile.plannedMeetings} meetings`
          : ''),
    ),
    reasonList(profile.reasons, (reason) => reason.weight),
    h(
      'p',
      {},
      h('a', { href: `/api/matches/${encodeURIComponent(profile.id)}` }, 'Public profile (JSON)'),
    ),
  );
}

async function loadMatches() {
  const matches = await apiJson('/api/coordinator/matches');
  $('matches').replaceChildren(
    ...(matches.length ? matches.map(matchCard) : [h('li', {}, 'No matches yet.')]),
  );
}

/* ---------- Trainings ---------- */

function trainingCard(training) {
  const cancelled = training.status === 'cancelled';
  const card = h(
    'li',
    { className: cancelled ? 'card cancelled' : 'card', 'data-training-uid': training.uid },
    h('h3', {}, training.title, training.demo ? h('span', { className: 'badge' }, 'Demo') : ''),
    h(
      'p',
      {},
      h('time', { datetime: training.startsAt }, dateTime.format(new Date(training.startsAt))),
      training.rrule ? ` · repeats (${training.rrule})` : '',
    ),
    training.location ? h('p', { className: 'muted' }, training.location.name) : '',
    h('p', {}, `Status: ${training.status}`),
  );
  if (!cancelled) {
    const cancel = h(
      'button',
      { type: 'button', className: 'danger', 'aria-label': `Cancel training: ${training.title}` },
      'Cancel training',
    );
    cancel.addEventListener('click', () => void cancelTraining(training, cancel));
    card.append(cancel);
  }
  return card;
}

async function loadTrainings() {
  const trainings = await apiJson('/api/coordinator/trainings');
  $('trainings').replaceChildren(
    ...(trainings.length ? trainings.map(trainingCard) : [h('li', {}, 'No trainings yet.')]),
  );
}

async function cancelTraining(training, button) {
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

$('training-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? '').trim();
  const number = (name) => (text(name) === '' ? undefined : Number(text(name)));
  const body = {
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
  apiJson('/api/coordinator/trainings', { method: 'POST', body })
    .then(async () => {
      form.reset();
      $('training-error').textContent = '';
      setStatus(`"${body.title}" was added to the feeds.`);
      await loadTrainings();
    })
    .catch((error) => {
      if (error instanceof Unauthorized) handleFailure(error);
      else $('training-error').textContent = error.message;
    });
});

/* ---------- Erasure ---------- */

let erasing;

function openErasure(signup) {
  erasing = signup;
  $('erase-email').textContent = signup.email;
  $('erase-confirm').value = '';
  $('erase-error').textContent = '';
  $('erase-dialog').showModal();
  $('erase-confirm').focus();
}

$('erase-cancel').addEventListener('click', () => $('erase-dialog').close());

$('erase-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const confirm = $('erase-confirm').value.trim();
  if (!erasing) return;
  if (confirm.toLowerCase() !== erasing.email.toLowerCase()) {
    $('erase-error').textContent = 'Type the e-mail address exactly as shown.';
    $('erase-confirm').setAttribute('aria-invalid', 'true');
    $('erase-confirm').focus();
    return;
  }
  $('erase-confirm').removeAttribute('aria-invalid');
  const person = erasing;
  apiJson(`/api/coordinator/signups/${encodeURIComponent(person.id)}/erase`, {
    method: 'POST',
    body: { confirm },
  })
    .then(async (result) => {
      $('erase-dialog').close();
      setStatus(
        `The data of ${person.email} was erased: ${result.signups} signup(s), ${result.matches} match(es).`,
      );
      erasing = undefined;
      $('proposal').hidden = true;
      await refreshAll();
    })
    .catch((error) => {
      if (error instanceof Unauthorized) {
        $('erase-dialog').close();
        handleFailure(error);
      } else {
        $('erase-error').textContent = error.message;
      }
    });
});

/* ---------- Start ---------- */

async function refreshAll() {
  try {
    await Promise.all([loadSignups(), loadMatches(), loadTrainings()]);
  } catch (error) {
    handleFailure(error);
  }
}

if (sessionStorage.getItem(TOKEN_KEY)) {
  showWorkspace(true);
  void refreshAll();
} else {
  showWorkspace(false);
}
