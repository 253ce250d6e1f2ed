import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Transferable, Worker } from 'node:worker_threads';
import { CLAIM, workerThreads, type Message, type Reply, type WorkerData } from './protocol.js';

/**
 * Jobs spread over worker threads while the engine stays synchronous: the
 * calling thread takes jobs itself, and between two of its own it collects
 * what the workers finished with receiveMessageOnPort; when it has nothing
 * left to do it sleeps in Atomics.wait until a worker signals a result. No
 * event loop turn is needed, so runCheck keeps its signature.
 */

/** The worker bundle, beside the running one: scripts/build.mjs puts it there (ncc does not follow `new Worker`). */
const WORKER_SCRIPT = path.join('batch-worker', 'index.js');

/**
 * Overrides the number of threads (1: none besides the caller), for tests and
 * for measuring; set, it also has each run say on stderr which thread judged
 * how many parts, so a test can tell the workers really ran.
 */
export const THREADS_VARIABLE = 'TRUSTSTORE_CHECK_THREADS';

/**
 * Below this many client files one thread does everything: starting a worker
 * (a Node isolate, the worker bundle, its own copy of the truststore) costs
 * more than it saves. Measured on a 2-core machine, see BENCHMARKS.md.
 */
export const MIN_CLIENTS_FOR_THREADS = 1500;

/** Jobs queued on each worker, so it never waits for the caller to hand it the next. */
const QUEUED_PER_WORKER = 2;

/**
 * When no worker has returned a result for this long, the caller judges an
 * outstanding job itself (a later result for it is ignored): a worker that
 * died (out of memory) or hangs costs time, never the check.
 */
const STALL_MS = 20_000;

function workerScript(): string | undefined {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_SCRIPT);
  return existsSync(script) ? script : undefined;
}

/** Overrides whether the caller only coordinates (`1`) or takes jobs too (`0`): see Spread.coordinate. */
export const COORDINATE_VARIABLE = 'TRUSTSTORE_CHECK_COORDINATE';

/** Whether the caller only coordinates: the variable's say, or `large` (the caller's own judgement). */
export function coordinates(large: boolean): boolean {
  const forced = process.env[COORDINATE_VARIABLE];
  if (forced === '1' || forced === '0') return forced === '1';
  if (forced !== undefined && forced !== '')
    throw new Error(`${COORDINATE_VARIABLE}: expected 1 or 0, got "${forced}"`);
  return large;
}

/** How many threads judge `clientFiles` client files: every core above the threshold, one below it. */
export function threadCount(clientFiles: number): number {
  const forced = process.env[THREADS_VARIABLE];
  if (forced !== undefined && forced !== '') {
    if (!/^[1-9][0-9]{0,2}$/.test(forced))
      throw new Error(`${THREADS_VARIABLE}: expected a whole number from 1 to 999, got "${forced}"`);
    if (forced !== '1' && !workerScript())
      throw new Error(`${THREADS_VARIABLE}: the worker bundle (${WORKER_SCRIPT}) is not beside this script`);
    return Number(forced);
  }
  if (clientFiles < MIN_CLIENTS_FOR_THREADS || !workerScript()) return 1;
  return availableParallelism();
}

export interface Spread<Job, Result> {
  /** How many jobs there are; their indexes are 0 to count - 1. */
  count: number;
  /** Threads in all, the caller's included. */
  threads: number;
  /**
   * The caller only hands out jobs and collects results (it judges a job only
   * when a worker fails or stalls on it), and every thread it counts is a
   * worker: for a large inventory, whose results it holds, so that its heap
   * is not also where half the work's garbage piles up.
   */
  coordinate?: boolean;
  /** What every worker gets at start: what it needs to prepare its first jobs while it waits for the setup. */
  preamble: unknown;
  /** Run on the calling thread once the workers have their first jobs, before it takes any: what overlaps their start. */
  meanwhile?(): void;
  /**
   * What every worker gets once, after its first jobs: asked for after
   * `meanwhile`, so it can hold what that made (the truststores parsed).
   */
  setup(): unknown;
  /** Run on the calling thread once no job is left for it to take, while the workers finish theirs. */
  last?(): void;
  /** Job `index` as worker number `worker` receives it, with the buffers to move rather than copy. */
  job(index: number, worker: number): { job: Job; transfer?: Transferable[] };
  /** Runs a job on the calling thread. */
  here(index: number): Result;
  /** Told of every result a worker returns, in the order they come. */
  received?(result: Result): void;
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Jobs sent and not yet answered. */
  pending: Set<number>;
  failed: boolean;
  /** Jobs whose result came from this worker. */
  judged: number;
}

/** Runs every job, on the calling thread and `threads - 1` workers (or `threads` workers, coordinating); the results by index. */
export function spreadJobs<Job, Result>(spread: Spread<Job, Result>): Result[] {
  const results = new Array<Result | undefined>(spread.count);
  let done = 0;
  let judgedHere = 0;
  const finish = (index: number, result: Result) => {
    if (results[index] !== undefined) return;
    results[index] = result;
    done++;
  };
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(spread.count, 1)));
  const script = spread.threads > 1 ? workerScript() : undefined;
  const helpers: Helper[] = [];
  const coordinate = spread.coordinate === true && script !== undefined;
  const workers = script ? Math.min(spread.threads - (coordinate ? 0 : 1), spread.count) : 0;
  for (let i = 0; i < workers; i++) {
    const { port1, port2 } = new (workerThreads().MessageChannel)();
    const data: WorkerData<unknown> = { port: port2, signal, claims, preamble: spread.preamble };
    const worker = new (workerThreads().Worker)(script!, {
      workerData: data,
      transferList: [port2],
      // A young generation of 12 MB rather than V8's default (up to 48): 20 MB less per worker, the same time.
      resourceLimits: { maxYoungGenerationSizeMb: 12 },
    });
    worker.unref();
    helpers.push({ worker, port: port1, pending: new Set(), failed: false, judged: 0 });
  }
  let next = 0;
  /** Jobs to run here: a worker failed them, or stalled on them. */
  const retry: number[] = [];
  let lastProgress = Date.now();

  const collect = () => {
    const receive = (port: MessagePort) => workerThreads().receiveMessageOnPort(port);
    for (const helper of helpers) {
      for (let reply = receive(helper.port); reply; reply = receive(helper.port)) {
        const message = reply.message as Reply<Result>;
        helper.pending.delete(message.index);
        lastProgress = Date.now();
        if ('skipped' in message) continue;
        if ('error' in message) {
          // Judged here again: the same error then surfaces as it would without workers.
          helper.failed = true;
          retry.push(message.index, ...helper.pending);
          helper.pending.clear();
        } else if (results[message.index] === undefined) {
          spread.received?.(message.result);
          finish(message.index, message.result);
          helper.judged++;
        }
      }
    }
  };
  const hand = () => {
    for (const [number, helper] of helpers.entries()) {
      while (!helper.failed && helper.pending.size < QUEUED_PER_WORKER && next < spread.count) {
        const index = next++;
        const { job, transfer } = spread.job(index, number);
        helper.pending.add(index);
        helper.port.postMessage({ index, job } satisfies Message<unknown, Job>, transfer ?? []);
      }
    }
  };

  /**
   * A job queued on a worker behind another, and not begun, taken back to run
   * here: at the end, the caller would otherwise wait while a worker works
   * through its queue. Each worker keeps the first job it was sent, so every
   * worker started judges at least one part (the tests of the workers rely
   * on it).
   */
  const takeBack = (): number | undefined => {
    if (coordinate) return undefined;
    for (const helper of helpers) {
      const queued = [...helper.pending];
      for (const index of queued.slice(1).reverse())
        if (Atomics.compareExchange(claims, index, CLAIM.open, CLAIM.caller) === CLAIM.open) {
          helper.pending.delete(index);
          return index;
        }
    }
    return undefined;
  };

  let lastDone = false;
  try {
    hand();
    spread.meanwhile?.();
    if (helpers.length > 0) {
      const setup = spread.setup();
      for (const helper of helpers) {
        try {
          helper.port.postMessage({ setup } satisfies Message<unknown, Job>);
        } catch {
          // A setup that cannot be sent (not plain data): the jobs handed to the worker are judged here.
          helper.failed = true;
          retry.push(...helper.pending);
          helper.pending.clear();
        }
      }
    }
    while (done < spread.count || !lastDone) {
      const seen = Atomics.load(signal, 0);
      collect();
      hand();
      const takeNext = next < spread.count && (!coordinate || helpers.every((helper) => helper.failed));
      const mine = retry.shift() ?? (takeNext ? next++ : undefined);
      if (mine !== undefined) {
        if (results[mine] === undefined) {
          finish(mine, spread.here(mine));
          judgedHere++;
        }
        continue;
      }
      if (!lastDone) {
        lastDone = true;
        spread.last?.();
        lastProgress = Date.now();
        continue;
      }
      if (done === spread.count) break;
      const taken = takeBack();
      if (taken !== undefined) {
        finish(taken, spread.here(taken));
        judgedHere++;
        continue;
      }
      if (Date.now() - lastProgress > STALL_MS) {
        const stalled = helpers.flatMap((helper) => [...helper.pending]).find((index) => results[index] === undefined);
        if (stalled !== undefined) {
          finish(stalled, spread.here(stalled));
          judgedHere++;
          lastProgress = Date.now();
        }
        continue;
      }
      Atomics.wait(signal, 0, seen, 1000);
    }
    if (process.env[THREADS_VARIABLE])
      process.stderr.write(
        `truststore-check: ${spread.count} parts; judged here: ${judgedHere}, by ${helpers.length} workers: ${helpers.map((helper) => helper.judged).join(', ')}\n`,
      );
  } finally {
    for (const helper of helpers) {
      helper.port.close();
      void helper.worker.terminate();
    }
  }
  return results as Result[];
}
