// What the report asks the coordinator API: the report with the programmes' names (the report
// answers ids), and the report as a CSV file. Through api.ts, so a refused session is an
// `Unauthorized` and any other failure an `ApiError` with its status, as everywhere in the app.
import { apiJson, api } from '../api.ts';
import type { Json, Programme, Report } from '../api-types.ts';
import { saveFile, serverFileName } from '../save-file.ts';

export interface LoadedReport {
  report: Report;
  /** The names of the programmes the coordinator can see, by id. */
  programmeNames: ReadonlyMap<string, string>;
}

/**
 * `?programme=` for the programme chosen: none for the server's default (an administrator's
 * every programme, a coordinator's first), empty for mentees of no programme.
 */
const programmeQuery = (programme: string | undefined, first: '?' | '&') =>
  programme === undefined ? '' : `${first}programme=${encodeURIComponent(programme)}`;

export async function fetchReport(programme?: string): Promise<LoadedReport> {
  const [report, programmes] = await Promise.all([
    apiJson<Report>(`/api/coordinator/report${programmeQuery(programme, '?')}`),
    apiJson<Json<Programme>[]>('/api/coordinator/programmes'),
  ]);
  return { report, programmeNames: new Map(programmes.map(({ id, name }) => [id, name])) };
}

/** `rfc4180` for any program; `excel-sv` for Excel set to Swedish (semicolons, a BOM). */
export type CsvDialect = 'rfc4180' | 'excel-sv';

/** The server's file name (its date), marked `-excel` for that dialect. */
function fileNameOf(response: Response, dialect: CsvDialect): string {
  const name = serverFileName(response) ?? 'report.csv';
  return dialect === 'excel-sv' ? name.replace(/\.csv$/, '-excel.csv') : name;
}

/** Downloads the report (of `programme`, as shown) as CSV; answers the file's name. */
export async function downloadReportCsv(dialect: CsvDialect, programme?: string): Promise<string> {
  const response = await api(
    `/api/coordinator/report.csv?dialect=${dialect}${programmeQuery(programme, '&')}`,
  );
  const fileName = fileNameOf(response, dialect);
  saveFile(await response.blob(), fileName);
  return fileName;
}
