// The coordinator's export of everything held about one person (privacy/person-export.ts), as
// a JSON file to hand over when the person asks for their data.
import { exportPerson } from '../privacy/person-export.ts';
import { HttpProblem } from '../http/respond.ts';
import type { BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

async function exportRoute(backend: BackendContext, { response, params }: RouteContext) {
  const id = params[0]!;
  const exported = await exportPerson(backend.database, id, backend.now());
  if (!exported)
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such signup.' });
  const body = `${JSON.stringify(exported, null, 2)}\n`;
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    // A file to keep, named by the signup's id only (no name in a download folder's listing).
    'Content-Disposition': `attachment; filename="mentorkit-${id.replace(/[^A-Za-z0-9_-]/g, '')}.json"`,
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
