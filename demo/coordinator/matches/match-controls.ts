// What a coordinator can do with one match, as Lit templates the element fills in: a
// lifecycle step (the steps the backend allows from the match's status,
// demo/server/match-lifecycle/transitions.ts; a reason kept in the history, needed to close),
// a day the two met, and each person's own link (revoke, or a new one shown once).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { FieldErrors } from '../shared/field-errors.ts';
import { renderFieldError } from '../shared/field-errors.ts';
import type { MatchesBundle } from './matches-messages.ts';
import { formatMoment, peopleOf, roleInSentence } from './match-parts.ts';
import type { Step } from './requests.ts';
import type { MatchEntry, Role } from './types.ts';

type Localize = LocalizeController<MatchesBundle>;

/** The statuses each step may start from (the backend's rules, checked again there). */
const STEP_FROM: Record<Step, readonly string[]> = {
  activate: ['proposed', 'paused'],
  pause: ['active'],
  complete: ['active', 'paused'],
  close: ['proposed', 'active', 'paused'],
};

export const stepsFrom = (status: string): Step[] =>
  (Object.keys(STEP_FROM) as Step[]).filter((step) => STEP_FROM[step].includes(status));

/** A step's name: activating a paused match resumes it. */
export const stepName = (step: Step, status: string) =>
  step === 'activate' && status === 'paused' ? 'resume' : step;

/** The step that takes a step back, where the backend allows one: pause ↔ resume. */
export function undoOf(step: Step, fromStatus: string): Step | undefined {
  if (step === 'pause') return 'activate';
  if (step === 'activate' && fromStatus === 'paused') return 'pause';
  return undefined;
}

/** The ids of a match's fields (its errors' ids are `error-<field id>`). */
export const fieldIds = (matchId: string) => ({
  reason: `reason-${matchId}`,
  meeting: `meeting-${matchId}`,
});

export interface ControlsContext {
  localize: Localize;
  entry: MatchEntry;
  busy: boolean;
  errors: FieldErrors;
  /** The first day the date field offers (YYYY-MM-DD, the coordinator's calendar). */
  today: string;
  newLinks: Partial<Record<Role, string>>;
  onStep(step: Step): void;
  onMeeting(): void;
  onLink(role: Role, what: 'revoke' | 'reissue'): void;
}

const held = (busy: boolean, run: () => void) => () => {
  if (!busy) run();
};

export function renderSteps(context: ControlsContext): TemplateResult | typeof nothing {
  const { localize, entry, busy, errors } = context;
  const term = localize.term.bind(localize);
  const status = entry.profile.status;
  const steps = stepsFrom(status);
  if (steps.length === 0) return nothing;
  const people = peopleOf(localize, entry);
  const { reason } = fieldIds(entry.profile.id);
  const invalid = Boolean(errors[reason]);
  return html`<div
    class="match-steps"
    role="group"
    aria-label=${term('matchesStepsGroup', { people })}
  >
    <label for=${reason}>${term('matchesReason')}</label>
    <input
      id=${reason}
      type="text"
      maxlength="500"
      autocomplete="off"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `error-${reason}` : nothing}
    />
    ${renderFieldError(errors, reason)}
    <div class="actions">
      ${steps.map((step) => {
        const name = term('matchesStep', { step: stepName(step, status) });
        return html`<button
          type="button"
          data-step=${step}
          aria-label=${term('matchesStepOf', { step: name, people })}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${held(busy, () => context.onStep(step))}
        >
          ${name}
        </button>`;
      })}
    </div>
  </div>`;
}

/** A day the two met (a phone call told the coordinator): while the match runs. */
export function renderMeeting(context: ControlsContext): TemplateResult | typeof nothing {
  const { localize, entry, busy, errors, today } = context;
  const { profile } = entry;
  if (profile.status !== 'active' && profile.status !== 'paused') return nothing;
  const term = localize.term.bind(localize);
  const people = peopleOf(localize, entry);
  const { meeting } = fieldIds(profile.id);
  const invalid = Boolean(errors[meeting]);
  return html`<div
    class="match-meetings"
    role="group"
    aria-label=${term('matchesMeetingsGroup', { people })}
  >
    <label for=${meeting}>${term('matchesMetOn')}</label>
    <input
      id=${meeting}
      type="date"
      required
      .value=${today}
      min=${profile.startedAt?.slice(0, 10) ?? nothing}
      max=${today}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `error-${meeting}` : nothing}
    />
    <button
      type="button"
      class="record-meeting"
      aria-label=${term('matchesStepOf', { step: term('matchesRecordMeeting'), people })}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${held(busy, () => context.onMeeting())}
    >
      ${term('matchesRecordMeeting')}
    </button>
    ${renderFieldError(errors, meeting)}
  </div>`;
}

/** Each person's link: whether it still works, Revoke and New link (the new one shown once). */
export function renderLinks(context: ControlsContext): TemplateResult {
  const { localize, entry, busy, newLinks } = context;
  const term = localize.term.bind(localize);
  const rows = (['mentor', 'mentee'] as const).map((role) => {
    const link = entry.links[role];
    const name = entry.profile[role].displayName;
    const state = link.usable
      ? term('matchesLinkWorks', { date: formatMoment(localize, link.expiresAt!) })
      : link.expiresAt
        ? term('matchesLinkDead')
        : term('matchesLinkNone');
    const person = term('matchesPersonInRole', { name, role: roleInSentence(localize, role) });
    const revoke = term('matchesRevoke');
    const reissue = term('matchesReissue');
    const url = newLinks[role];
    return html`<li data-role=${role}>
      ${term('matchesLinkState', { person, state })}
      <span class="actions">
        <button
          type="button"
          class="revoke"
          aria-label=${term('matchesLinkActionOf', { action: revoke, name })}
          ?disabled=${!link.usable}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${held(busy, () => context.onLink(role, 'revoke'))}
        >
          ${revoke}
        </button>
        <button
          type="button"
          class="reissue"
          aria-label=${term('matchesLinkActionOf', { action: reissue, name })}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${held(busy, () => context.onLink(role, 'reissue'))}
        >
          ${reissue}
        </button>
      </span>
      ${url ? html`<span class="new-link">${term('matchesNewLink', { name, url })}</span>` : nothing}
    </li>`;
  });
  return html`<ul class="match-links" aria-label=${term('matchesLinks')}>
    ${rows}
  </ul>`;
}
