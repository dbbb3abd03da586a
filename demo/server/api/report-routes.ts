// The funder's report for coordinators (behind a session, as every /api/coordinator route):
// `GET /api/coordinator/report` (JSON) and `.../report.csv`, both with an optional `?programme=<id>` (empty: mentees of no programme). Only suppressed counts leave
// (report/suppression.ts); the counting runs in the database (report/aggregate.ts).
import * as z from 'zod/mini';
import { IdentifierSchema } from '@mentorkit/core';
import { actorOf, notFound, scopeOf, type Actor } from '../coordinator-auth/authorize.ts';
import type { CsvDialect } from '../csv.ts';
import { HttpProblem, sendJson, sendText } from '../http/respond.ts';
import { buildReport } from '../report/report.ts';
import { reportToCsv } from '../report/report-csv.ts';
import type { ReportFilter } from '../report/aggregate.ts';
import type { BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * `?programme=` as a filter: absent, all; empty, no programme; otherwise a programme id. A
 * coordinator (not an administrator) counts only their own programmes: absent means their
 * first, and another's is not found.
 */
function filterOf(url: URL, actor: Actor): ReportFilter {
  const programme = url.searchParams.get('programme');
  const scope = scopeOf(actor);
  if (scope !== 'all') {
    const chosen = programme ?? scope[0];
    if (chosen === undefined || !scope.includes(chosen)) throw notFound('No such programme.');
    return { programmeId: chosen };
  }
  if (programme === null) return {};
  if (programme === '') return { programmeId: null };
  if (!z.safeParse(IdentifierSchema, programme).success) {
    throw new HttpProblem({
      status: 400,
      title: 'Invalid programme',
      errors: [{ field: 'programme', detail: 'A programme id, or empty for no programme.' }],
    });
  }
  return { programmeId: programme };
}

async function reportRoute(backend: BackendContext, { request, response, url }: RouteContext) {
  const filter = filterOf(url, actorOf(request));
  const report = await buildReport(backend.database, filter, backend.now());
  sendJson(response, 200, report, NO_STORE);
}

async function reportCsvRoute(backend: BackendContext, { request, response, url }: RouteContext) {
  const dialect: CsvDialect =
    url.searchParams.get('dialect') === 'excel-sv' ? 'excel-sv' : 'rfc4180';
  const now = backend.now();
  const report = await buildReport(backend.database, filterOf(url, actorOf(request)), now);
  const date = now.toISOString().slice(0, 10);
  sendText(response, 200, reportToCsv(report, dialect), 'text/csv; charset=utf-8; header=present', {
    ...NO_STORE,
    'Content-Disposition': `attachment; filename="report-${date}.csv"`,
  });
}

export function coordinatorReportRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/report$/,
      handle: (context) => reportRoute(backend, context),
    },
    {
      method: 'GET',
      path: /^\/api\/coordinator\/report\.csv$/,
      handle: (context) => reportCsvRoute(backend, context),
    },
  ];
}

export const COORDINATOR_REPORT_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/report' },
  { method: 'GET', path: '/api/coordinator/report.csv' },
] as const;
