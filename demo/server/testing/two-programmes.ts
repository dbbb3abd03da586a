// Two programmes and a coordinator of each, for the node tests of what belongs to a programme
// (trainings, calendar feeds): the test server, the administrator's session by the token, and
// the sessions of Ulla (academics) and Frank (foundry).
import type { Database } from '../db/database.ts';
import { insertCoordinator, insertProgramme } from '../store/coordinators.ts';
import { createSession } from '../store/coordinator-sessions.ts';
import { signInWithToken } from './sign-in.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** A coordinator of `programme`, signed in: the headers of their session. */
export async function coordinatorOf(
  database: Database,
  email: string,
  programme: string,
  now: Date,
): Promise<Record<string, string>> {
  const account = await insertCoordinator(database, {
    email,
    name: email.split('@')[0]!,
    role: 'coordinator',
    lang: 'en',
    programmes: [programme],
    now,
  });
  const session = await createSession(database, account!.id, now);
  return { Cookie: `mentorkit-coordinator=${session.token}`, 'X-CSRF-Token': session.csrfToken };
}

export interface TwoProgrammes {
  server: TestServer;
  base: string;
  admin: Record<string, string>;
  /** A coordinator of `academics`. */
  ulla: Record<string, string>;
  /** A coordinator of `foundry`. */
  frank: Record<string, string>;
}

/** The server on `database` with programmes `academics` and `foundry` and a coordinator of each. */
export async function startWithTwoProgrammes(
  database: Database,
  token: string,
  now: Date,
): Promise<TwoProgrammes> {
  const server = await startTestServer(database, { coordinatorToken: token, now: () => now });
  await insertProgramme(database, { id: 'academics', name: 'Academics', now });
  await insertProgramme(database, { id: 'foundry', name: 'Foundry', now });
  return {
    server,
    base: server.base,
    admin: await signInWithToken(server.base, token),
    ulla: await coordinatorOf(database, 'ulla@union.example', 'academics', now),
    frank: await coordinatorOf(database, 'frank@foundry.example', 'foundry', now),
  };
}
