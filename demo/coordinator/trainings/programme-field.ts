// The programme a coordinator adds something to (a training, a calendar feed), as a labelled
// select in an add form: the actor's programmes by name and, for an administrator, also the
// whole organisation (no programme). The server checks the same (api/chosen-programme.ts).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { Json, Programme } from '../api-types.ts';
import { currentSession } from '../current-session.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { errorId, renderFieldError } from '../shared/field-errors.ts';
import type { CommonMessages } from './locales/common-sv.ts';

export type ProgrammeList = readonly Json<Programme>[];

/** Whether the signed-in coordinator may add for the whole organisation. */
export const choosesWholeOrganisation = (): boolean => currentSession()?.role === 'administrator';

/** The programme's name (its id when the list does not name it); the organisation's when none. */
export function programmeLine(
  localize: LocalizeController<CommonMessages>,
  programmes: ProgrammeList,
  programmeId: string | null | undefined,
): string {
  if (!programmeId) return localize.term('programmeNone');
  const name = programmes.find((programme) => programme.id === programmeId)?.name;
  return localize.term('programmeOf', { name: name ?? programmeId });
}

/** The first choice the select offers: the value it shows when nothing was chosen yet. */
export const firstChoice = (programmes: ProgrammeList): string =>
  choosesWholeOrganisation() ? '' : (programmes[0]?.id ?? '');

export function renderProgrammeField(options: {
  localize: LocalizeController<CommonMessages>;
  id: string;
  programmes: ProgrammeList;
  value: string;
  errors: FieldErrors;
}): TemplateResult {
  const { localize, id, programmes, value, errors } = options;
  const invalid = Boolean(errors['programme']);
  return html`<div class="field">
    <label for=${id}>${localize.term('programmeLabel')}</label>
    <select
      id=${id}
      name="programme"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? errorId('programme') : nothing}
    >
      ${
        choosesWholeOrganisation()
          ? html`<option value="" ?selected=${value === ''}>
              ${localize.term('programmeWholeOrganisation')}
            </option>`
          : nothing
      }
      ${programmes.map(
        (programme) =>
          html`<option value=${programme.id} ?selected=${programme.id === value}>
            ${programme.name}
          </option>`,
      )}
    </select>
    ${renderFieldError(errors, 'programme')}
  </div>`;
}
