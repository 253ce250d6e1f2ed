// The worker's side of spreadJobs (threads.ts).
import type { Transferable } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { CLAIM, workerThreads, type Message, type Reply, type WorkerData } from './protocol.js';

/** A worker's side of spreadJobs. */
export interface JobServer<Preamble, Setup, Job, Prepared, Result> {
  /** What a job needs that the setup does not give (its files read and parsed): done as soon as it arrives. */
  prepare(preamble: Preamble, job: Job): Prepared;
  /** The handler of prepared jobs, from the setup. */
  start(preamble: Preamble, setup: Setup): (prepared: Prepared) => { result: Result; transfer?: Transferable[] };
}

/**
 * Serves the jobs the caller sends: each is prepared as it arrives, and
 * handled once the setup has come (the first jobs wait for it, prepared, so
 * the worker's first work overlaps what the caller does before it can send
 * the setup). An error is returned, not thrown, so the caller can redo the
 * job itself.
 */
export function serveJobs<Preamble, Setup, Job, Prepared, Result>(
  server: JobServer<Preamble, Setup, Job, Prepared, Result>,
): void {
  const { port, signal, claims, preamble } = workerThreads().workerData as WorkerData<Preamble>;
  let run: ((prepared: Prepared) => { result: Result; transfer?: Transferable[] }) | undefined;
  let started = false;
  let startError: unknown;
  const waiting: Array<{ index: number; prepared: Prepared }> = [];
  const reply = (message: Reply<Result>, transfer: Transferable[] = []) => {
    port.postMessage(message, transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const answer = (index: number, handle: () => { result: Result; transfer?: Transferable[] }) => {
    try {
      const { result, transfer } = handle();
      reply({ index, result }, transfer);
    } catch (error) {
      reply({ index, error: describeError(error) });
    }
  };
  const handle = (prepared: Prepared) => {
    if (!run) throw startError;
    return run(prepared);
  };
  port.on('message', (message: Message<Setup, Job>) => {
    if ('setup' in message) {
      try {
        run = server.start(preamble, message.setup);
      } catch (error) {
        startError = error;
      }
      started = true;
      for (const { index, prepared } of waiting.splice(0)) answer(index, () => handle(prepared));
      return;
    }
    const { index, job } = message;
    if (Atomics.compareExchange(claims, index, CLAIM.open, CLAIM.worker) === CLAIM.caller) {
      reply({ index, skipped: true });
      return;
    }
    let prepared: Prepared;
    try {
      prepared = server.prepare(preamble, job);
    } catch (error) {
      answer(index, () => {
        throw error;
      });
      return;
    }
    if (started) answer(index, () => handle(prepared));
    else waiting.push({ index, prepared });
  });
}
