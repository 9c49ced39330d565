import { describe, expect, it } from 'vitest';
import { compareFutures, createGame, runFutures } from '../engine';
import { loadScenario } from '../testing/scenarios';
import {
  addComparisons,
  addResults,
  createFuturesPool,
  MAX_POOL_SIZE,
  poolSize,
  splitRuns,
  WARM_UP_RUNS,
} from './pool';
import type { FuturesResponse } from './protocol';

const pact = loadScenario('pact-1935');

describe('the pool of futures workers', () => {
  it('sizes itself by the cores, from one to four', () => {
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(3)).toBe(3);
    expect(poolSize(16)).toBe(MAX_POOL_SIZE);
    expect(MAX_POOL_SIZE).toBe(4);
  });

  it('splits a batch into contiguous ranges that cover every run once', () => {
    expect(splitRuns(1000, 2)).toEqual([
      { from: 0, runs: 500 },
      { from: 500, runs: 500 },
    ]);
    expect(splitRuns(200, 3)).toEqual([
      { from: 0, runs: 67 },
      { from: 67, runs: 67 },
      { from: 134, runs: 66 },
    ]);
    // Fewer runs than workers: one run each, no empty range.
    expect(splitRuns(2, 4)).toEqual([
      { from: 0, runs: 1 },
      { from: 1, runs: 1 },
    ]);
    expect(splitRuns(1, 1)).toEqual([{ from: 0, runs: 1 }]);
  });

  it("adds up the ranges' futures to exactly the whole batch's, and their comparisons to the whole comparison", () => {
    const world = createGame(pact, { seed: 'pool', role: 'france' }).getSnapshot().world;
    const options = { runs: 50, seed: 'pool-test', policy: 'random' } as const;
    const whole = runFutures(pact, world, options);
    const parts = splitRuns(50, 3).map((range) => runFutures(pact, world, { ...options, ...range }));
    expect(addResults(parts)).toEqual(whole);
    expect(() => addResults([])).toThrow();

    const [a, b] = createGame(pact, { seed: 'pool', role: 'france' })
      .legalActions()
      .filter((action) => action.type !== 'pass');
    if (a === undefined || b === undefined) throw new Error('fewer than two orders open in May 1935');
    const wholeAb = compareFutures(pact, world, a, b, options);
    const partsAb = splitRuns(50, 2).map((range) => compareFutures(pact, world, a, b, { ...options, ...range }));
    expect(addComparisons(partsAb)).toEqual(wholeAb);
  });
});

/** A stand-in worker that keeps what the pool sends it and answers when told to. */
class FakeWorker extends EventTarget implements Worker {
  onmessage = null;
  onmessageerror = null;
  onerror = null;
  readonly sent: unknown[] = [];
  postMessage(message: unknown, _options?: StructuredSerializeOptions | Transferable[]): void {
    this.sent.push(message);
  }
  terminate(): void {}
  /** Answer as the futures worker would. */
  answer(response: FuturesResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
  /** The last `run` request sent. */
  lastRun(): { readonly id: number; readonly [key: string]: unknown } {
    const run = this.sent.findLast(
      (m): m is { id: number } =>
        typeof m === 'object' && m !== null && 'type' in m && m.type === 'run' && 'id' in m && typeof m.id === 'number',
    );
    if (run === undefined) throw new Error('no run sent');
    return run;
  }
}

describe('the pool with stand-in workers', () => {
  const world = createGame(pact, { seed: 'fake', role: 'france' }).getSnapshot().world;
  const job = { scenario: {}, world, runs: 1000, seed: 'lesson', policy: 'random' } as const;

  it('warms every worker, lets a job replace the warm-up, and never lets a warm-up replace a job', () => {
    const fakes: FakeWorker[] = [];
    const pool = createFuturesPool({
      size: 2,
      makeWorker: () => {
        const fake = new FakeWorker();
        fakes.push(fake);
        return fake;
      },
    });
    pool.warm(job);
    expect(fakes.length).toBe(2);
    for (const fake of fakes) {
      expect(fake.lastRun()).toMatchObject({ runs: WARM_UP_RUNS, seed: 'lesson-warm-up', from: 0 });
    }
    expect(pool.busy()).toBe(2);
    const warmIds = fakes.map((fake) => fake.lastRun().id);
    // Each worker says it has played 50 futures of its warm-up: both have started.
    expect(pool.started()).toBe(0);
    fakes.forEach((fake, i) => {
      fake.answer({ type: 'progress', id: warmIds[i] ?? 0, done: 50, runs: WARM_UP_RUNS });
    });
    expect(pool.started()).toBe(2);
    const running = pool.run(job).catch((error: unknown) => error);
    // Each worker is told to drop its warm-up, then given its half of the batch.
    fakes.forEach((fake, i) => {
      expect(fake.sent.at(-2)).toEqual({ type: 'cancel', id: warmIds[i] });
      expect(fake.lastRun()).toMatchObject({ runs: 500, from: i * 500, seed: 'lesson' });
    });
    const sentBefore = fakes.map((fake) => fake.sent.length);
    pool.warm(job);
    expect(fakes.map((fake) => fake.sent.length)).toEqual(sentBefore);
    pool.dispose();
    return running;
  });

  it('adds up the workers’ progress and results, and a cancel reaches every worker', async () => {
    const fakes: FakeWorker[] = [];
    const pool = createFuturesPool({
      size: 3,
      makeWorker: () => {
        const fake = new FakeWorker();
        fakes.push(fake);
        return fake;
      },
    });
    // Cold, a job goes to one worker alone (a cold pool is no faster), and it starts it.
    const cold = pool.run(job);
    expect(fakes.length).toBe(1);
    expect(fakes[0]?.sent.length).toBe(1);
    const coldId = fakes[0]?.lastRun().id ?? 0;
    expect(fakes[0]?.lastRun()).toMatchObject({ from: 0, runs: 1000 });
    fakes[0]?.answer({ type: 'progress', id: coldId, done: 50, runs: 1000 });
    const counts = { ...runFutures(pact, world, { runs: 0, seed: 'x', policy: 'random' }).counts };
    const result = { runs: 1000, counts, warYear: {}, month: world.month, turn: world.turn };
    fakes[0]?.answer({ type: 'result', id: coldId, result });
    expect(await cold).toEqual(result);
    expect(pool.started()).toBe(1);
    // The other two are warmed; then a job is split over all three.
    const warming = pool.warm(job);
    expect(fakes.length).toBe(3);
    for (const fake of fakes.slice(1)) {
      fake.answer({ type: 'progress', id: fake.lastRun().id, done: 50, runs: WARM_UP_RUNS });
    }
    expect(pool.started()).toBe(3);
    const warmIds = fakes.map((fake) => fake.lastRun().id);
    const progress: number[] = [];
    const controller = new AbortController();
    let stopped: number | null = null;
    const running = pool.run(job, {
      signal: controller.signal,
      onProgress: (done) => progress.push(done),
      onStopped: (done) => {
        stopped = done;
      },
    });
    const ids = fakes.map((fake) => fake.lastRun().id);
    // The job replaced the warm-ups: each worker says its warm-up stopped.
    for (const [i, fake] of fakes.entries()) fake.answer({ type: 'cancelled', id: warmIds[i] ?? 0, done: 50 });
    expect(fakes.map((fake) => [fake.lastRun().from, fake.lastRun().runs])).toEqual([
      [0, 334],
      [334, 333],
      [667, 333],
    ]);
    for (const [i, fake] of fakes.entries()) fake.answer({ type: 'progress', id: ids[i] ?? 0, done: 50, runs: 333 });
    expect(progress).toEqual([50, 100, 150]);
    controller.abort();
    await expect(running).rejects.toThrow(/cancelled/);
    for (const [i, fake] of fakes.entries()) expect(fake.sent.at(-1)).toEqual({ type: 'cancel', id: ids[i] });
    // Until every worker has said it stopped, the pool counts it as busy, and onStopped waits.
    fakes[0]?.answer({ type: 'cancelled', id: ids[0] ?? 0, done: 60 });
    fakes[1]?.answer({ type: 'cancelled', id: ids[1] ?? 0, done: 55 });
    expect(pool.busy()).toBe(1);
    expect(stopped).toBeNull();
    fakes[2]?.answer({ type: 'cancelled', id: ids[2] ?? 0, done: 51 });
    expect(pool.busy()).toBe(0);
    expect(stopped).toBe(166);
    pool.dispose();
    await warming;
  });
});
