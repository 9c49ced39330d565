/**
 * The futures worker: plays batches of futures and A/B comparisons off the
 * page's main thread, so the page keeps drawing frames. Created by the client
 * as a module worker:
 * `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
 *
 * It plays games for a slice of a few milliseconds (`SLICE_MS`) and, between
 * two slices, lets its message queue run, so a `cancel` is read within a slice
 * and a game (a few games at most). A new job replaces the one running, which
 * is reported cancelled. Yielding after every game instead cost about 12 ms in
 * 1,000 futures (a MessageChannel round trip each, measured in Chromium).
 * Anything that goes wrong is posted as an `error` message, never thrown.
 */
import { type ComparisonRun, type FuturesRun, startComparison, startFutures } from '../engine';
import { type CheckedJob, type FuturesResponse, PROGRESS_EVERY, readJob, requestId } from './protocol';

/** The job being played, if any: set to null (or to another job) to stop it between two games. */
let current: number | null = null;

function post(message: FuturesResponse): void {
  self.postMessage(message);
}

/**
 * Let the worker's queued messages (a `cancel`, a new job) be read. A
 * MessageChannel's message runs as a task at once, without the minimum delay
 * browsers put on nested timers.
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** The games of one job, however many arms it has. */
function startJob(job: CheckedJob): FuturesRun | ComparisonRun {
  const options = { runs: job.runs, seed: job.seed, policy: job.policy, from: job.from };
  if (job.choices === null) return startFutures(job.scenario, job.world, options);
  return startComparison(job.scenario, job.world, job.choices[0], job.choices[1], options);
}

/** How long the worker plays before it lets its queued messages be read: short enough that a cancel is felt at once. */
const SLICE_MS = 4;

async function play(job: CheckedJob): Promise<void> {
  current = job.id;
  const run = startJob(job);
  let slice = performance.now();
  while (run.next()) {
    const done = run.done();
    if (done % PROGRESS_EVERY === 0 && done < job.runs) post({ type: 'progress', id: job.id, done, runs: job.runs });
    if (performance.now() - slice < SLICE_MS) continue;
    await nextTask();
    slice = performance.now();
    if (current !== job.id) {
      post({ type: 'cancelled', id: job.id, done: run.done() });
      return;
    }
  }
  current = null;
  post({ type: 'progress', id: job.id, done: run.done(), runs: job.runs });
  const result = run.result();
  if ('endings' in result) post({ type: 'comparison', id: job.id, comparison: result });
  else post({ type: 'result', id: job.id, result });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  const id = requestId(message);
  if (id === null || typeof message !== 'object' || message === null || !('type' in message)) {
    post({ type: 'error', id: id ?? -1, message: 'not a futures request: expected { type, id, … }' });
    return;
  }
  const record: Record<string, unknown> = { ...message };
  if (record.type === 'cancel') {
    if (current === id) current = null;
    return;
  }
  if (record.type !== 'run' && record.type !== 'compare') {
    post({ type: 'error', id, message: `unknown request type; expected run, compare or cancel` });
    return;
  }
  const job = readJob(record, id);
  if (typeof job === 'string') {
    post({ type: 'error', id, message: job });
    return;
  }
  play(job).catch((error: unknown) => {
    if (current === id) current = null;
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  });
});
