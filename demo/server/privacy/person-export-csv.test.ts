// A person's export as CSV (issue 20, item 8: access and portability in JSON and CSV), on both
// engines: every value of the JSON export as a row of its path and value, through core's CSV
// writer, so the person's own text that looks like a formula stays inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { insertSignup } from '../store/signups.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { useCoordinatorSession } from '../testing/coordinator-session.ts';
import { menteeSubmission } from '../testing/fixtures.ts';

const TOKEN = 'coordinator-token-for-person-export-csv-tests';
const auth: Record<string, string> = {};

describe.each(TEST_DATABASES)("a person's export as CSV, on $name", (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), { coordinatorToken: TOKEN });
  });
  useCoordinatorSession(() => server.base, TOKEN, auth);
  afterAll(() => server.close());

  async function storedPerson() {
    const submission = menteeSubmission({
      person: { name: 'Amal Haddad', email: 'amal@example.org' },
    });
    submission.profile.region = ' =HYPERLINK("http://evil.example")';
    const { id } = await insertSignup(context.database, submission.draftId, submission);
    return id;
  }

  it('gives every value as a row of its path and value, formulas guarded', async () => {
    const id = await storedPerson();
    const response = await fetch(`${server.base}/api/coordinator/signups/${id}/export?format=csv`, {
      headers: auth,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="mentorkit-${id}.csv"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe('field,value');
    expect(lines).toContain('signup.submission.person.email,amal@example.org');
    expect(lines).toContain(`signup.id,${id}`);
    expect(lines).toContain('signup.submission.profile.languages.0.code,ar');
    // The person's text that a spreadsheet would run is written with its guard.
    expect(lines).toContain(
      `signup.submission.profile.region,"' =HYPERLINK(""http://evil.example"")"`,
    );
  });

  it('writes the Swedish Excel dialect on request, and refuses an unknown format', async () => {
    const id = await storedPerson();
    const excel = await fetch(
      `${server.base}/api/coordinator/signups/${id}/export?format=csv&dialect=excel-sv`,
      { headers: auth },
    );
    // Read as bytes: Response.text() drops a byte-order mark.
    const bytes = Buffer.from(await excel.arrayBuffer());
    expect(bytes.toString('utf8').startsWith('\uFEFFfield;value\r\n')).toBe(true);
    const refused = await fetch(`${server.base}/api/coordinator/signups/${id}/export?format=xml`, {
      headers: auth,
    });
    expect(refused.status).toBe(400);
    const json = await fetch(`${server.base}/api/coordinator/signups/${id}/export`, {
      headers: auth,
    });
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
