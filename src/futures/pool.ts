/**
 * A pool of futures workers (issue 14 §3's speed aim): one batch split into
 * contiguous ranges of its seeds, one range per worker, and the counts added
 * up. Run `i` of a batch is seeded `runSeed(seed, i)` whichever worker plays
 * it (the job's `from`), so the pool's counts are exactly one worker's and
 * `sim`'s for the same seeds. Progress is the sum of the workers'; a cancel
 * reaches every worker, and `onStopped` is told once all have stopped.
 *
 * `warm(job)` starts the workers before they are needed (when the futures
 * panel opens) and plays a few futures in each, so their scripts are loaded
 * and the engine's code compiled when the class presses "Play": a real job
 * replaces the warm-up at once.
 *
 * A job is split only over the workers already started (each has played at
 * least `PROGRESS_EVERY` futures); while none has, one worker plays it all.
 * Measured: a cold worker's start-up and its first games (the engine's code
 * not yet compiled) cost as much as the rest, and each worker of a pool pays
 * them again, so a cold pool of two took twice one cold worker's CPU time and
 * was no faster on two free cores, slower on a loaded machine. Measured again
 * once the legal verdicts were shipped with the engine (no worker judges May
 * 1935's cases itself): a cold pool of two, both started on the click, still
 * used about 1.6 times one cold worker's CPU (990 ms against 630 ms, load 7-8)
 * and took 1.0 s against 0.7 s: what each worker pays again is now mostly
 * V8 compiling the engine's code, which no table ships.
 *
 * @example
 * const pool = createFuturesPool();
 * pool.warm({ scenario, world, runs: 1000, seed: 'lesson-4', policy: 'random' });
 * const result = await pool.run({ scenario, world, runs: 1000, seed: 'lesson-4', policy: 'random' });
 */
import { type Comparison, compareResults, type FuturesResult } from '../engine';
import { createFuturesClient, createFuturesWorker, type FuturesClient, type JobOptions } from './client';
import { type FuturesJob, PROGRESS_EVERY } from './protocol';

/** The most workers a pool starts, whatever the machine has: past four, start-up outweighs the gain. */
export const MAX_POOL_SIZE = 4;

/**
 * How many futures each worker plays to warm up: enough for the engine's code to be compiled
 * to its fastest (measured in one worker: 1,000 futures after 60 warm-up futures took 670-700 ms of
 * CPU, after 300 500-560 ms, after 1,000 440-520 ms, after 2,000 about 400 ms), about half a second
 * of one core per worker while the panel is read.
 */
export const WARM_UP_RUNS = 400;

export interface FuturesPool extends FuturesClient {
  /** How many workers the pool splits a job over. */
  readonly size: number;
  /**
   * Start every worker and play a few futures like `job` in each (`runs`, default
   * `WARM_UP_RUNS`), so the next job starts warm; nothing while a job is being played.
   * The promise settles when every warm-up has ended (finished or replaced by a job).
   */
  warm(job: FuturesJob, runs?: number): Promise<void>;
  /** How many workers have started (played `PROGRESS_EVERY` futures or more): a job is split over them. */
  started(): number;
  /** How many workers are playing a job (a warm-up included) that they have not finished or stopped. */
  busy(): number;
}

export interface PoolOptions {
  /** How many workers (default: the machine's cores, at most four). */
  readonly size?: number;
  readonly makeWorker?: () => Worker;
}

/** The pool's size for this machine: its logical cores, from one to `MAX_POOL_SIZE`. */
export function poolSize(cores: number | undefined): number {
  const n = Math.floor(cores ?? 1);
  return Math.max(1, Math.min(MAX_POOL_SIZE, Number.isFinite(n) ? n : 1));
}

/** `runs` split into at most `parts` contiguous ranges, as even as can be (the first ones one longer). */
export function splitRuns(runs: number, parts: number): { from: number; runs: number }[] {
  const count = Math.max(1, Math.min(parts, runs));
  const base = Math.floor(runs / count);
  const longer = runs % count;
  const ranges: { from: number; runs: number }[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const n = base + (i < longer ? 1 : 0);
    ranges.push({ from, runs: n });
    from += n;
  }
  return ranges;
}

/** The futures of several ranges of one batch, as if one worker had played them all. */
export function addResults(parts: readonly FuturesResult[]): FuturesResult {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('no futures to add up');
  const counts = { ...first.counts };
  const warYear = { ...first.warYear };
  let runs = first.runs;
  for (const part of rest) {
    runs += part.runs;
    for (const [id, n] of Object.entries(part.counts) as [keyof typeof counts, number][]) counts[id] += n;
    for (const [year, n] of Object.entries(part.warYear)) warYear[year] = (warYear[year] ?? 0) + n;
  }
  return { ...first, runs, counts, warYear };
}

/** An A/B comparison from its ranges: each arm added up, then compared as one. */
export function addComparisons(parts: readonly Comparison[]): Comparison {
  return compareResults(addResults(parts.map((p) => p.a)), addResults(parts.map((p) => p.b)));
}

function abortError(): DOMException {
  return new DOMException('the futures were cancelled', 'AbortError');
}

/** A pool of `size` futures workers, each started at its first job (or at `warm`). */
export function createFuturesPool(options: PoolOptions = {}): FuturesPool {
  const size = options.size ?? poolSize(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency);
  const makeWorker = options.makeWorker ?? createFuturesWorker;
  const workers: FuturesClient[] = Array.from({ length: size }, () => createFuturesClient(makeWorker));
  /** Per worker: the jobs it was given that it has neither finished nor said it stopped. */
  const outstanding: number[] = workers.map(() => 0);
  let warming: AbortController | null = null;
  /** Jobs asked for and not yet settled: a warm-up must not replace them. */
  let jobs = 0;
  /** Per worker: whether it has started (its script run, `PROGRESS_EVERY` futures played). */
  const warmed: boolean[] = workers.map(() => false);
  const progressed = (i: number, done: number) => {
    if (done >= PROGRESS_EVERY) warmed[i] = true;
  };

  /**
   * Give worker `i` a job; `outstanding` counts it until it ends: resolved,
   * failed, or (cancelled) until the worker says it has stopped.
   */
  function give<T>(
    i: number,
    play: (worker: FuturesClient, onStopped: (done: number) => void) => Promise<T>,
    onStopped: (done: number) => void,
  ): Promise<T> {
    const worker = workers[i];
    if (worker === undefined) return Promise.reject(new Error(`no futures worker ${i}`));
    outstanding[i] = (outstanding[i] ?? 0) + 1;
    const end = () => {
      outstanding[i] = Math.max(0, (outstanding[i] ?? 0) - 1);
    };
    return play(worker, (done) => {
      end();
      onStopped(done);
    }).then(
      (value) => {
        end();
        warmed[i] = true;
        return value;
      },
      (error: unknown) => {
        // A cancelled job ends when its worker says it stopped (above); anything else ends here.
        if (!(error instanceof DOMException && error.name === 'AbortError')) end();
        throw error;
      },
    );
  }

  /** Run one job's ranges, one per worker, and put the answers together. */
  async function split<J extends FuturesJob, T>(
    job: J,
    jobOptions: JobOptions,
    play: (worker: FuturesClient, part: J, partOptions: JobOptions) => Promise<T>,
  ): Promise<T[]> {
    // A real job replaces the warm-up.
    warming?.abort();
    warming = null;
    const { signal, onProgress, onStopped } = jobOptions;
    if (signal?.aborted) throw abortError();
    // The workers already started; none yet, one worker alone (a cold pool is no faster than one cold worker).
    const ready = workers.flatMap((_, i) => (warmed[i] === true ? [i] : []));
    const use = ready.length > 0 ? ready : [0];
    const ranges = splitRuns(job.runs, use.length);
    jobs += 1;
    const inner = new AbortController();
    const onAbort = () => inner.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = ranges.map(() => 0);
    // After a cancel: each range's futures once it has finished or stopped; the total once all have.
    const ended: (number | null)[] = ranges.map(() => null);
    const endRange = (i: number, n: number) => {
      ended[i] = n;
      if (signal?.aborted === true && ended.every((e) => e !== null)) {
        onStopped?.(ended.reduce<number>((total, e) => total + (e ?? 0), 0));
      }
    };
    try {
      return await Promise.all(
        ranges.map(async (range, i) => {
          const part: J = { ...job, from: (job.from ?? 0) + range.from, runs: range.runs };
          const w = use[i] ?? 0;
          try {
            const value = await give(
              w,
              (worker, stopped) =>
                play(worker, part, {
                  signal: inner.signal,
                  onStopped: stopped,
                  onProgress: (n) => {
                    progressed(w, n);
                    done[i] = n;
                    onProgress?.(
                      done.reduce((a, b) => a + b, 0),
                      job.runs,
                    );
                  },
                }),
              (n) => endRange(i, n),
            );
            endRange(i, range.runs);
            return value;
          } catch (error) {
            // One range failed or was cancelled: stop the others too.
            inner.abort();
            throw error;
          }
        }),
      );
    } finally {
      jobs -= 1;
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    size,
    async run(job, jobOptions = {}) {
      return addResults(await split(job, jobOptions, (worker, part, o) => worker.run(part, o)));
    },
    async compare(job, jobOptions = {}) {
      return addComparisons(await split(job, jobOptions, (worker, part, o) => worker.compare(part, o)));
    },
    async warm(job, runs = WARM_UP_RUNS) {
      // A worker plays one job at a time: a warm-up would replace (cancel) a job being played.
      if (jobs > 0) return;
      warming?.abort();
      const controller = new AbortController();
      warming = controller;
      const warmUp: FuturesJob = { ...job, runs, seed: `${job.seed}-warm-up`, from: 0 };
      await Promise.allSettled(
        workers.map((_, i) =>
          give(
            i,
            (worker, stopped) =>
              worker.run(warmUp, {
                signal: controller.signal,
                onStopped: stopped,
                onProgress: (n) => progressed(i, n),
              }),
            () => {},
          ),
        ),
      );
    },
    started: () => warmed.filter(Boolean).length,
    busy: () => outstanding.filter((n) => n > 0).length,
    dispose() {
      warming?.abort();
      warming = null;
      for (const worker of workers) worker.dispose();
      outstanding.fill(0);
      warmed.fill(false);
    },
  };
}
