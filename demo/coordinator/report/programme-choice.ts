// Which programmes the report shows. The server's default is an administrator's every programme
// but a coordinator's first only, so a coordinator of several needs to choose; an administrator
// may narrow to one, or to the mentees of no programme. The choices come from what the server
// answered: "All programmes" and "No programme" only when the default report was every
// programme's (the report names no `programmeId`). One choice alone shows no control. A refusal
// (a programme no longer the coordinator's) is said beside the control.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { errorId, renderFieldError } from '../shared/field-errors.ts';
import type { ReportLocalize } from './report-words.ts';

/** A choice: `programme` as the report's `?programme=` (undefined: the server's default). */
export interface ProgrammeOption {
  programme: string | undefined;
  label: string;
}

export function programmeOptions(
  localize: ReportLocalize,
  programmeNames: ReadonlyMap<string, string>,
  seesAll: boolean,
): ProgrammeOption[] {
  const named = [...programmeNames].map(([id, name]) => ({ programme: id, label: name }));
  if (!seesAll) return named;
  return [
    { programme: undefined, label: localize.term('reportAllProgrammes') },
    ...named,
    { programme: '', label: localize.term('reportNoProgramme') },
  ];
}

export const PROGRAMME_FIELD = 'report-programme';

export function renderProgrammeChoice(options: {
  localize: ReportLocalize;
  choices: readonly ProgrammeOption[];
  chosen: string | undefined;
  error: string | undefined;
  onChoose: (programme: string | undefined) => void;
}): TemplateResult | typeof nothing {
  const { localize, choices, chosen, error, onChoose } = options;
  if (choices.length < 2) return nothing;
  const errors = { [PROGRAMME_FIELD]: error };
  return html`<div class="field programme-choice">
    <label for=${PROGRAMME_FIELD}>${localize.term('reportProgrammeLabel')}</label>
    <select
      id=${PROGRAMME_FIELD}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? errorId(PROGRAMME_FIELD) : nothing}
      @change=${(event: Event) => {
        const index = Number((event.target as HTMLSelectElement).value);
        onChoose(choices[index]?.programme);
      }}
    >
      ${choices.map(
        (choice, index) =>
          html`<option value=${index} ?selected=${choice.programme === chosen}>
            ${choice.label}
          </option>`,
      )}
    </select>
    ${renderFieldError(errors, PROGRAMME_FIELD)}
  </div>`;
}
