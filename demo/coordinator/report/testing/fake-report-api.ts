// The coordinator API of the report, in the browser, for <mk-report>'s component tests: `fetch`
// answers the report (of one programme with `?programme=`, as the server narrows it: a
// coordinator's first by default, another's not found), the programmes' names and the CSV, and
// records what was asked. Without the
// backend, so each state (a failure, a session that ended, a slow answer held until the test
// releases it) is set by the test, never by a delay. The real backend is the e2e tests'
// (tests/e2e/backend/report.spec.ts).
import type { Json, Programme, Report } from '../../api-types.ts';

export interface FakeReportApi {
  requests: string[];
  /** The report the next loads answer. */
  report: Report;
  /** The next answer to GET /report (or /report.csv with `csv`), by status: 500, 401. */
  failNext(status: number, which?: 'report' | 'csv'): void;
  /** Holds GET /report until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

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
  const realFetch = window.fetch.bind(window);
  const failures = { report: [] as number[], csv: [] as number[] };
  let held: { promise: Promise<void>; release: () => void } | undefined;
  const api: FakeReportApi = {
    requests: [],
    report,
    failNext: (status, which = 'report') => failures[which].push(status),
    hold() {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    release() {
      held?.release();
      held = undefined;
    },
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    api.requests.push(`${init.method ?? 'GET'} ${url.pathname}${url.search}`);
    switch (url.pathname) {
      case '/api/coordinator/report': {
        if (held) await held.promise;
        const failure = failures.report.shift();
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
        const failure = failures.csv.shift();
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
  };
  return api;
}
