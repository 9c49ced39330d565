import { describe, expect, it } from 'vitest';
import { compareFutures, createGame, runFutures } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { addComparisons, addResults, MAX_POOL_SIZE, poolSize, splitRuns } from './pool';

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
