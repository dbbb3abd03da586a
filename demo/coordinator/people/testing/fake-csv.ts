// The CSV export route (`<src>.csv`) in the browser, for the list's component tests: the test
// runner's people API serves the list's pages (people-test-routes.mjs) and this answers its
// exports, recording what was asked, with a failure the test sets. Everything else goes to the
// real fetch. The real route and its rows are the backend's (demo/server/people/people.test.ts)
// and the e2e test's (tests/e2e/backend/coordinator.spec.ts).
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';

export interface FakeCsv {
  /** The exports asked for: their query strings, as parameters. */
  readonly asked: URLSearchParams[];
  /** The next export answers this status (400: the selection refused, as the server does). */
  failNext(status: number): void;
  restore(): void;
}

const EXPORT = /\/signups\.csv$/;

export function fakeCsv(): FakeCsv {
  const failures = failureQueue();
  const fake = installFetch((_request, url) => {
    if (!EXPORT.test(url.pathname)) return undefined;
    const failure = failures.next();
    if (failure) {
      const errors = failure === 400 ? [{ field: 'ids', detail: 'At most 500 people.' }] : [];
      return json({ title: 'Refused', status: failure, errors }, failure, {
        'Content-Type': 'application/problem+json',
      });
    }
    const excel = url.searchParams.get('dialect') === 'excel-sv';
    return new Response(excel ? '\uFEFFid;name\r\n' : 'id,name\r\n', {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="signups-2026-12-03${excel ? '-excel' : ''}.csv"`,
      },
    });
  });
  return {
    get asked() {
      return fake.requests
        .map(({ path }) => new URL(path, location.href))
        .filter(({ pathname }) => EXPORT.test(pathname))
        .map(({ searchParams }) => searchParams);
    },
    failNext: failures.add,
    restore: fake.restore,
  };
}
