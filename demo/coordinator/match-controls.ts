// What a coordinator can do with a match: take a lifecycle step (activate, pause, complete,
// close; a reason is kept in the history and needed to close), and revoke or reissue a
// person's own link. The steps offered are those the backend allows from the match's status
// (match-lifecycle/transitions.ts); the backend checks again and says why when it refuses.
import { apiJson } from './api.ts';
import type { MatchListEntry, ReissuedLink } from './api-types.ts';
import { roleWord } from './code-words.ts';
import { h } from './dom.ts';
import { formatDateTime } from './format.ts';
import { handleFailure, setStatus } from './session.ts';

type Step = 'activate' | 'pause' | 'complete' | 'close';

const STEPS: Record<Step, { label: string; from: string[] }> = {
  activate: { label: 'Activate', from: ['proposed', 'paused'] },
  pause: { label: 'Pause', from: ['active'] },
  complete: { label: 'Complete', from: ['active', 'paused'] },
  close: { label: 'Close', from: ['proposed', 'active', 'paused'] },
};

/** The step buttons and the reason they share; `reload` shows the match as it now is. */
export function stepControls(
  { profile }: MatchListEntry,
  reload: () => Promise<void>,
): HTMLElement | false {
  const steps = (Object.keys(STEPS) as Step[]).filter((step) =>
    STEPS[step].from.includes(profile.status),
  );
  if (steps.length === 0) return false;
  const reasonId = `reason-${profile.id}`;
  const reason = h('input', { id: reasonId, type: 'text', maxlength: 500, autocomplete: 'off' });
  const people = `${profile.mentor.displayName} and ${profile.mentee.displayName}`;
  const buttons = steps.map((step) => {
    const button = h(
      'button',
      { type: 'button', 'data-step': step, 'aria-label': `${STEPS[step].label}: ${people}` },
      STEPS[step].label,
    );
    button.addEventListener('click', () => {
      button.disabled = true;
      apiJson(`/api/coordinator/matches/${encodeURIComponent(profile.id)}/${step}`, {
        method: 'POST',
        body: { reason: reason.value },
      })
        .then(async () => {
          setStatus(`${people}: ${STEPS[step].label.toLowerCase()} done.`);
          await reload();
        })
        .catch((error: unknown) => {
          button.disabled = false;
          handleFailure(error);
        });
    });
    return button;
  });
  return h(
    'div',
    { className: 'match-steps', role: 'group', 'aria-label': `Change the match: ${people}` },
    h('label', { for: reasonId }, 'Reason (kept in the history; needed to close)'),
    reason,
    h('div', { className: 'buttons' }, buttons),
  );
}

/** Each person's link: whether it still works, and Revoke / New link (shown once here). */
export function linkControls(entry: MatchListEntry, reload: () => Promise<void>): HTMLElement {
  const { profile, links } = entry;
  const rows = (['mentor', 'mentee'] as const).map((role) => {
    const link = links[role];
    const name = profile[role].displayName;
    const state = link.usable
      ? `works until ${formatDateTime(link.expiresAt!)}`
      : link.expiresAt
        ? 'revoked or expired'
        : 'none';
    // Not an <output>: that is a live region of its own, and the status line already speaks.
    const newLink = h('span', { className: 'new-link', 'data-role': role });
    const act = (what: 'revoke' | 'reissue') => {
      apiJson<ReissuedLink | { revoked: true }>(
        `/api/coordinator/matches/${encodeURIComponent(profile.id)}/links/${role}/${what}`,
        { method: 'POST', body: {} },
      )
        .then(async (answer) => {
          await reload();
          setStatus(
            'url' in answer
              ? `A new link for ${name} was made and mailed; the old one no longer works.`
              : `${name}'s link no longer works.`,
          );
          if ('url' in answer) {
            // Shown once: only its hash is stored. Beside the match, to copy or pass on.
            const card = document.querySelector(`[data-match-id="${CSS.escape(profile.id)}"]`);
            card
              ?.querySelector(`.new-link[data-role="${role}"]`)
              ?.replaceChildren(`New link for ${name}: ${answer.url}`);
          }
        })
        .catch(handleFailure);
    };
    const revoke = h(
      'button',
      { type: 'button', 'aria-label': `Revoke link: ${name}`, disabled: !link.usable },
      'Revoke link',
    );
    revoke.addEventListener('click', () => act('revoke'));
    const reissue = h('button', { type: 'button', 'aria-label': `New link: ${name}` }, 'New link');
    reissue.addEventListener('click', () => act('reissue'));
    return h('li', {}, `${name} (${roleWord(role)}): ${state} `, revoke, ' ', reissue, newLink);
  });
  return h('ul', { className: 'match-links', 'aria-label': 'Their own links' }, rows);
}

/**
 * Record a day the two met (a phone call told the coordinator): while the match runs, a day
 * from its start to today. The date field starts at today in the coordinator's own calendar.
 */
export function meetingControls(
  { profile }: MatchListEntry,
  reload: () => Promise<void>,
): HTMLElement | false {
  if (profile.status !== 'active' && profile.status !== 'paused') return false;
  const people = `${profile.mentor.displayName} and ${profile.mentee.displayName}`;
  const dateId = `meeting-${profile.id}`;
  const today = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  const date = h('input', {
    id: dateId,
    type: 'date',
    required: true,
    value: `${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}`,
    min: profile.startedAt?.slice(0, 10),
  });
  const button = h(
    'button',
    { type: 'button', 'aria-label': `Record a meeting: ${people}` },
    'Record a meeting',
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    apiJson(`/api/coordinator/matches/${encodeURIComponent(profile.id)}/meetings`, {
      method: 'POST',
      body: { date: date.value },
    })
      .then(async () => {
        setStatus(`${people}: the meeting on ${date.value} is recorded.`);
        await reload();
      })
      .catch((error: unknown) => {
        button.disabled = false;
        handleFailure(error);
      });
  });
  return h(
    'div',
    { className: 'match-meetings', role: 'group', 'aria-label': `Meetings: ${people}` },
    h('label', { for: dateId }, 'Met on'),
    date,
    button,
  );
}
