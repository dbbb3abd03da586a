// Starts the load process (load-process.ts) and hands it jobs: the backend benchmarks generate
// their load from another process, with its own event loop, so that the server's figures are
// the server's. On a 2-core machine the two processes (and PostgreSQL, when used) still share
// the cores; the baselines beside each figure are measured the same way, in the same run.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type LoadJob =
  | {
      kind: 'http';
      /** Where to POST each signup (a fresh draftId and Idempotency-Key each time). */
      url: string;
      template: Record<string, unknown>;
      /** The status an answer must have to count as a success. */
      expectStatus: number;
      clients: number;
      seconds: number;
    }
  | {
      kind: 'pg-insert';
      connectionString: string;
      schema: string;
      template: Record<string, unknown>;
      clients: number;
      seconds: number;
    };

export interface LoadResult {
  count: number;
  seconds: number;
  perSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than the expected status, and requests that failed. */
  failures: number;
}

type Reply = { ready: true } | { ok: true; result: LoadResult } | { ok: false; error: string };

export interface LoadGenerator {
  run(job: LoadJob): Promise<LoadResult>;
  close(): void;
}

const runTs = fileURLToPath(new URL('../../../scripts/run-ts.mjs', import.meta.url));
const loadProcess = fileURLToPath(new URL('./load-process.ts', import.meta.url));

export async function startLoadGenerator(): Promise<LoadGenerator> {
  const child: ChildProcess = fork(runTs, [loadProcess], { stdio: 'inherit' });
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`The load process exited (code ${String(code)}).`));
      child.once('exit', onExit);
      child.once('message', (reply: Reply) => {
        child.off('exit', onExit);
        resolve(reply);
      });
    });
  await next();
  // Nothing here may keep `npm run bench` from exiting once every benchmark ran.
  child.unref();
  child.channel?.unref();
  return {
    async run(job) {
      child.channel?.ref();
      const reply = next();
      child.send(job);
      const answer = await reply;
      child.channel?.unref();
      if ('ready' in answer) throw new Error('The load process answered out of turn.');
      if (!answer.ok) throw new Error(`The load process failed: ${answer.error}`);
      return answer.result;
    },
    close: () => child.kill(),
  };
}
