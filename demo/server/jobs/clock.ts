// "Now" for code that schedules by time: the job queue's clock, as a Date. Tests give the queue
// pg-boss's TestClock and so move the backend's and the queue's time together.
import type { JobClock } from './pg-boss-queue.ts';

export type Now = () => Date;

export const nowOf =
  (clock: Pick<JobClock, 'now'> | undefined): Now =>
  () =>
    new Date(clock ? clock.now() : Date.now());
