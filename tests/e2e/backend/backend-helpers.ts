// Helpers of the backend's end-to-end tests: the coordinator token the Playwright config gave
// the demo server, valid submissions, and starting a server process of our own (for restarts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '../../support/pinned-clock.ts';
import type { MenteeSignup } from '@mentorkit/core';
import { menteeSubmission } from '../../../demo/server/testing/fixtures.ts';
import { signInWithToken } from '../../../demo/server/testing/sign-in.ts';

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Set by tests/playwright.config.ts for the demo server it starts. */
export const COORDINATOR_TOKEN = process.env.MK_E2E_COORDINATOR_TOKEN ?? '';

/**
 * The headers of a session of the first administrator on the server at `base` (Cookie and
 * X-CSRF-Token), signed in with the coordinator token as the coordinator view does: the token
 * itself opens no coordinator route.
 */
export const coordinatorHeaders = (
  base = test.info().project.use.baseURL ?? '',
  token = COORDINATOR_TOKEN,
) => signInWithToken(base, token);

/** A valid mentee signup from `name` and `email`, submitted now. */
export function menteeSignup(name: string, email: string): MenteeSignup {
  const now = new Date().toISOString();
  const submission = menteeSubmission({ person: { name, email }, submittedAt: now });
  return { ...submission, consent: { ...submission.consent, acceptedAt: now } };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  output: () => string;
  /**
   * SIGTERM, then waits for the process to exit (it closes its database first). A clean stop
   * is `{ code: 0, signal: null }`; a signal means the process was killed or crashed.
   */
  stop: () => Promise<ProcessExit>;
}

/** Starts `demo/server/main.ts` as `npm start` does, on `port`, with `env`. */
export async function startServerProcess(
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'demo/server/main.ts'],
    {
      cwd: REPO_DIR,
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const deadline = Date.now() + 60_000;
  while (!output.includes('Mentorkit demo:')) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
