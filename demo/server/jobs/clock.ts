// "Now" for code that schedules by time: the job queue's clock, as a Date. Tests give the queue
// pg-boss's TestClock and so move the backend's and the queue's time together.
import type * as pgBossTypes from 'pg-boss';
import { importAtRuntime } from '../db/load-module.ts';
import type { JobClock } from './pg-boss-queue.ts';

export type Now = () => Date;

export const nowOf =
  (clock: Pick<JobClock, 'now'> | undefined): Now =>
  () =>
    new Date(clock ? clock.now() : Date.now());

export interface RunningClock {
  clock: JobClock;
  stop: () => void;
}

/**
 * A clock that starts at `start` and runs on in real time (MENTORKIT_CLOCK, for the whole-loop
 * end-to-end test, which restarts the server weeks and months later). It is pg-boss's TestClock,
 * moved forward every `stepMs`: pg-boss then reads the same time in the database, so a job due
 * "21 days after the start" is due when this clock says so, not the machine's.
 */
export async function startRunningClock(start: Date, stepMs = 250): Promise<RunningClock> {
  const { TestClock } = (await importAtRuntime('pg-boss')) as typeof pgBossTypes;
  const clock = new TestClock(start);
  let last = Date.now();
  let moving = false;
  const timer = setInterval(() => {
    // One move at a time: TestClock refuses a tick while another one is settling.
    if (moving) return;
    moving = true;
    const elapsed = Date.now() - last;
    last += elapsed;
    clock.tick(elapsed).then(
      () => (moving = false),
      (error: unknown) => {
        moving = false;
        console.error(`Test clock: ${(error as Error).message}`);
      },
    );
  }, stepMs);
  timer.unref();
  return { clock, stop: () => clearInterval(timer) };
}
