// The list's export: "Export these N as CSV" (and the Swedish Excel variant) for everyone its
// filters find, or for the people selected when there are some. The CSV route reads the same
// parameters as the list's page (demo/server/people/people-params.ts); a selection is sent as
// its ids with the sort, so the file holds exactly the N the button names.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { ListMessages } from './list-messages.ts';
import type { ListQuery } from './list-query.ts';
import { listParams } from './list-query.ts';

export type CsvDialect = '' | 'excel-sv';

/** The query string of the CSV of what the list shows (`ids`: the people selected). */
export function exportParams(
  query: ListQuery,
  ids: readonly string[],
  dialect: CsvDialect,
): URLSearchParams {
  const params = ids.length
    ? new URLSearchParams(query.sort === 'newest' ? {} : { sort: query.sort })
    : listParams(query, false);
  params.delete('page');
  if (ids.length) params.set('ids', ids.join(','));
  if (dialect) params.set('dialect', dialect);
  return params;
}

export interface ExportView {
  localize: LocalizeController<ListMessages>;
  /** Everyone the filters find (the list's total). */
  total: number;
  selected: number;
  busy: boolean;
  onExport(dialect: CsvDialect): void;
}

export function renderExport(view: ExportView): TemplateResult | typeof nothing {
  const { localize, total, selected } = view;
  if (total === 0 && selected === 0) return nothing;
  const count = selected || total;
  const params = { count, formatted: localize.formatNumber(count) };
  const key = selected ? 'peopleListExportSelected' : 'peopleListExportThese';
  const button = (dialect: CsvDialect, className: string) =>
    html`<button
      type="button"
      class=${className}
      aria-disabled=${view.busy ? 'true' : 'false'}
      @click=${() => {
        if (!view.busy) view.onExport(dialect);
      }}
    >
      ${localize.term(key, { ...params, excel: dialect === 'excel-sv' })}
    </button>`;
  return html`<div class="bar export">
    ${button('', 'export-csv')} ${button('excel-sv', 'export-excel')}
  </div>`;
}
