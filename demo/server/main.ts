// Entry point of the demo server: `node scripts/run-ts.mjs demo/server/main.ts`.
// PORT chooses the port (default 4173); HOST stays 127.0.0.1 unless set. The backend's own
// settings (data folder, DATABASE_URL, coordinator token…) are listed in config.ts.
import { createDemoServer, listen } from './app.ts';
import { configFromEnvironment } from './config.ts';
import { keepDataPrivate } from './data-dir.ts';
import { startFeedRefresher } from './external-feeds/refresh.ts';
import { startRunningClock, type RunningClock } from './jobs/clock.ts';
import { describeClassification } from './occupations/classify-stored.ts';
import { startBackend } from './start-backend.ts';

export const DEFAULT_PORT = 4173;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  process.exit(2);
}

const host = process.env.HOST ?? '127.0.0.1';
let started;
let runningClock: RunningClock | undefined;
try {
  const config = configFromEnvironment();
  if (config.clockStart) runningClock = await startRunningClock(config.clockStart);
  // People's data and the coordinator token: readable by this user only, the files already
  // there and every file written from now on (data-dir.ts).
  process.umask(0o077);
  keepDataPrivate(config.dataDir);
  started = await startBackend(config, {
    publicUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    ...(runningClock ? { clock: runningClock.clock } : {}),
  });
} catch (error) {
  console.error(`The reference backend could not start: ${(error as Error).message}`);
  process.exit(1);
}
const { backend, database, queue, transport, token, migrations, seeded, location } = started;
const { classification } = started;

const server = createDemoServer({ backend });
// External calendar feeds are fetched when due while the server runs.
const feedRefresher = startFeedRefresher(backend.feedSettings);
try {
  const url = await listen(server, port, host);
  console.log(`Mentorkit demo: ${url}`);
  console.log(`Data: ${location}`);
  if (migrations.applied.length)
    console.log(`Schema migrations applied: ${migrations.applied.join(', ')}`);
  if (seeded) console.log('A fresh database: demo data added (marked "Demo").');
  if (runningClock)
    console.log(`Clock: MENTORKIT_CLOCK, now ${new Date(runningClock.clock.now()).toISOString()}`);
  if (classification.considered) console.log(describeClassification(classification));
  console.log(`Coordinator view: ${url}coordinator/`);
  console.log(
    transport
      ? 'Mail: sent through MENTORKIT_SMTP_URL.'
      : 'Mail: no MENTORKIT_SMTP_URL, so mail stays in the outbox (coordinator view).',
  );
  if (token.source === 'generated') {
    // Never printed: a terminal's scrollback and a service's log outlive the moment.
    console.log(`Coordinator token: new, in ${token.path} (readable by you only)`);
  } else if (token.source === 'file') {
    console.log(`Coordinator token: in ${token.path}`);
  } else {
    console.log('Coordinator token: from MENTORKIT_COORDINATOR_TOKEN');
  }
} catch (error) {
  transport?.close();
  await queue.stop().catch(() => {});
  await database.close().catch(() => {});
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Start with another one: PORT=4180 npm start`
      : `The demo server could not start: ${String(error)}`,
  );
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Stop taking requests, then close the database cleanly so PGlite's files are consistent.
    server.close();
    server.closeAllConnections();
    // The job queue too: a mail being sent finishes (or is left to its retry) before the
    // database closes under it.
    const refresherStopped = Promise.all([feedRefresher.stop(), queue.stop()]).then(() => {
      transport?.close();
      runningClock?.stop();
    });
    // Then end by letting the event loop empty rather than by process.exit(): a natural exit
    // first waits for V8's background work (PGlite's WebAssembly is still being optimised on
    // other threads), and exiting in the middle of it can crash the process by a signal.
    // Whatever still holds the loop open gets a few seconds before the exit is forced.
    refresherStopped
      .then(() => database.close())
      .then(
        () => endProcess(0),
        (error: unknown) => {
          console.error('Closing the database failed', error);
          endProcess(1);
        },
      );
  });
}

function endProcess(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 5_000).unref();
}
