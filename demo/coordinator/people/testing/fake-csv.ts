// The CSV export route (`<src>.csv`) in the browser, for the list's component tests: the test
// runner's people API serves the list's pages (people-test-routes.mjs) and this answers its
// exports, recording what was asked, with a failure the test sets. Everything else goes to the
// real fetch. The real route and its rows are the backend's (demo/server/people/people.test.ts)
// and the e2e test's (tests/e2e/backend/coordinator.spec.ts).
export interface FakeCsv {
  /** The exports asked for: their query strings, as parameters. */
  asked: URLSearchParams[];
  /** The next export answers this status (400: the selection refused, as the server does). */
  failNext(status: number): void;
  restore(): void;
}

export function fakeCsv(): FakeCsv {
  const realFetch = window.fetch.bind(window);
  const failures: number[] = [];
  const fake: FakeCsv = {
    asked: [],
    failNext: (status) => failures.push(status),
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.endsWith('/signups.csv')) return realFetch(input, init);
    fake.asked.push(url.searchParams);
    const failure = failures.shift();
    if (failure) {
      const errors = failure === 400 ? [{ field: 'ids', detail: 'At most 500 people.' }] : [];
      return new Response(JSON.stringify({ title: 'Refused', status: failure, errors }), {
        status: failure,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    const excel = url.searchParams.get('dialect') === 'excel-sv';
    return new Response(excel ? '\uFEFFid;name\r\n' : 'id,name\r\n', {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="signups-2026-12-03${excel ? '-excel' : ''}.csv"`,
      },
    });
  };
  return fake;
}
