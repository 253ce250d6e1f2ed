// What the caller (threads.ts) and its workers (serve-jobs.ts) exchange.
import { createRequire } from 'node:module';
import type { MessagePort } from 'node:worker_threads';

/** node:worker_threads, loaded when workers start: most checks have none, and loading it costs every start about a millisecond. */
type WorkerThreads = typeof import('node:worker_threads');
let loaded: WorkerThreads | undefined;
export const workerThreads = (): WorkerThreads =>
  (loaded ??= createRequire(import.meta.url)('node:worker_threads') as WorkerThreads);

/** What a worker is started with; `preamble` is the job-specific part. */
export interface WorkerData<Preamble> {
  port: MessagePort;
  signal: Int32Array;
  /** Who runs each job, by index (see CLAIM): shared, so the caller can take back a job a worker has not begun. */
  claims: Int32Array;
  preamble: Preamble;
}

/** A job's claim: open (handed out or not), begun by the worker it was sent to, or taken back by the caller. */
export const CLAIM = { open: 0, worker: 1, caller: 2 } as const;

/** A worker's messages: its jobs, and once its setup, which may come after the first jobs. */
export type Message<Setup, Job> = { setup: Setup } | { index: number; job: Job };

export type Reply<Result> =
  | { index: number; result: Result }
  | { index: number; error: string }
  /** The caller took the job back before the worker began it. */
  | { index: number; skipped: true };
