// The coordinator API of the report, in the browser, for <mk-report>'s component tests: `fetch`
// answers the report (of one programme with `?programme=`, as the server narrows it: a
// coordinator's first by default, another's not found), the programmes' names and the CSV, and
// records what was asked. Without the
// backend, so each state (a failure, a session that ended, a slow answer held until the test
// releases it) is set by the test, never by a delay. The real backend is the e2e tests'
// (tests/e2e/backend/report.spec.ts).
import type { Json, Programme, Report } from '../../api-types.ts';
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';

export interface FakeReportApi {
  /** What was asked, as `METHOD /path?query`. */
  readonly requests: string[];
  /** The report the next loads answer. */
  report: Report;
  /** The next answer to GET /report (or /report.csv with `csv`), by status: 500, 401. */
  failNext(status: number, which?: 'report' | 'csv'): void;
  /** Holds GET /report until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

/** The report of `programme` (null: no programme), as the server answers `?programme=`. */
function narrowed(report: Report, programme: string | null): Report {
  return {
    ...report,
    programmeId: programme,
    programmes: report.programmes.filter(({ programmeId }) => programmeId === programme),
  };
}

/**
 * `coordinatorOf`: the programmes of a coordinator (not an administrator), who sees only those:
 * the first by default.
 */
export function fakeReportApi(
  report: Report,
  programmes: readonly Pick<Json<Programme>, 'id' | 'name'>[],
  coordinatorOf?: readonly string[],
): FakeReportApi {
  const failures = { report: failureQueue(), csv: failureQueue() };
  const fake = installFetch(async (_request, url) => {
    switch (url.pathname) {
      case '/api/coordinator/report': {
        await fake.passed();
        const failure = failures.report.next();
        if (failure) return json({ title: 'Failed', detail: 'The database is away.' }, failure);
        const asked = url.searchParams.get('programme');
        // Empty: the mentees of no programme.
        if (!coordinatorOf) {
          return json(asked === null ? api.report : narrowed(api.report, asked || null));
        }
        const chosen = asked ?? coordinatorOf[0]!;
        if (!coordinatorOf.includes(chosen)) {
          return json({ title: 'Not found', detail: 'No such programme.' }, 404);
        }
        return json(narrowed(api.report, chosen));
      }
      case '/api/coordinator/programmes':
        return json(
          coordinatorOf ? programmes.filter(({ id }) => coordinatorOf.includes(id)) : programmes,
        );
      case '/api/coordinator/report.csv': {
        const failure = failures.csv.next();
        if (failure) return json({ title: 'Failed' }, failure);
        const excel = url.searchParams.get('dialect') === 'excel-sv';
        return new Response(excel ? '\uFEFFprogramme;demo\r\n' : 'programme,demo\r\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="report-2026-11-23.csv"',
          },
        });
      }
      default:
        return json({ title: 'Not found' }, 404);
    }
  });
  const api: FakeReportApi = {
    get requests() {
      return fake.requests.map(({ method, path }) => `${method} ${path}`);
    },
    report,
    failNext: (status, which = 'report') => failures[which].add(status),
    hold: fake.hold,
    release: fake.release,
    restore: fake.restore,
  };
  return api;
}
