// The coordinator's export of everything held about one person (privacy/person-export.ts), as
// a JSON file (or with ?format=csv a CSV file, ?dialect=excel-sv for Swedish Excel) to hand
// over when the person asks for their data.
import { exportPerson, personExportToCsv } from '../privacy/person-export.ts';
import { HttpProblem } from '../http/respond.ts';
import type { BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

async function exportRoute(backend: BackendContext, { response, params, url }: RouteContext) {
  const id = params[0]!;
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    throw new HttpProblem({
      status: 400,
      title: 'Unknown format',
      detail: 'Ask for format=json (the default) or format=csv.',
    });
  }
  const exported = await exportPerson(backend.database, id, backend.now());
  if (!exported)
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such signup.' });
  const dialect = url.searchParams.get('dialect') === 'excel-sv' ? 'excel-sv' : 'rfc4180';
  const body =
    format === 'csv'
      ? personExportToCsv(exported, dialect)
      : `${JSON.stringify(exported, null, 2)}\n`;
  response.writeHead(200, {
    'Content-Type':
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    // A file to keep, named by the signup's id only (no name in a download folder's listing).
    'Content-Disposition': `attachment; filename="mentorkit-${id.replace(/[^A-Za-z0-9_-]/g, '')}.${format}"`,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

export function personExportRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/signups\/([^/]+)\/export$/,
      handle: (context) => exportRoute(backend, context),
    },
  ];
}
