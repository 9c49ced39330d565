/**
 * The futures and their A/B comparison, function by function (issue 9). Every
 * world is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { compareResults, endingShares, readChoice, startFutures, twoProportionTest } from './futures';
import { initialWorld } from './scenario/initialWorld';
import { ENDING_IDS } from './turn/endings';

describe('startFutures', () => {
  it('refuses a number of runs that is not a whole number at or above 0, and takes 0', () => {
    const scenario = loadScenario('pact-1935');
    const world = initialWorld(scenario, 'futures-units', 'france', true);
    const start = (runs: number) => () => startFutures(scenario, world, { seed: 'f', policy: 'random', runs });
    expect(start(-1)).toThrow('futures: runs must be a whole number, not -1');
    expect(start(1.5)).toThrow('futures: runs must be a whole number, not 1.5');
    expect(start(0)).not.toThrow();
    expect(startFutures(scenario, world, { seed: 'f', policy: 'random', runs: 0 }).next()).toBe(false);
  });

  it('checks the first actions before any future is played, refusing one the rules refuse', () => {
    const scenario = loadScenario('pact-1935');
    const world = initialWorld(scenario, 'futures-units', 'france', true);
    const bad = {
      seed: 'f',
      policy: 'random' as const,
      runs: 1,
      firstActions: [{ type: 'convention.staffTalks' as const }],
    };
    expect(() => startFutures(scenario, world, bad)).toThrow();
    const good = { ...bad, firstActions: [{ type: 'convention.open' as const }] };
    expect(() => startFutures(scenario, world, good)).not.toThrow();
  });
});

describe('twoProportionTest', () => {
  it('calls a difference larger than chance in either direction, and no difference with an empty arm', () => {
    expect(twoProportionTest(0, 100, 50, 100).significant).toBe(true);
    expect(twoProportionTest(0, 100, 50, 100).z).toBeGreaterThan(1.96);
    expect(twoProportionTest(50, 100, 0, 100).significant).toBe(true);
    expect(twoProportionTest(50, 100, 0, 100).z).toBeLessThan(-1.96);
    expect(twoProportionTest(10, 100, 12, 100).significant).toBe(false);
    expect(twoProportionTest(0, 0, 5, 10)).toEqual({ z: 0, significant: false });
    expect(twoProportionTest(5, 10, 0, 0)).toEqual({ z: 0, significant: false });
  });
});

describe('readChoice', () => {
  it('takes an order or an answer, never the end of the month, saying why', () => {
    expect(readChoice({ type: 'turn.end' })).toEqual({
      ok: false,
      reason: 'ending the month is not a choice to compare',
    });
    expect(readChoice({ type: 'convention.open' })).toEqual({ ok: true, action: { type: 'convention.open' } });
  });
});

describe('endingShares and compareResults', () => {
  it('gives every ending a share of 0 when no future was played, and compares two arms ending by ending', () => {
    const scenario = loadScenario('pact-1935');
    const world = initialWorld(scenario, 'futures-units', 'france', true);
    const none = startFutures(scenario, world, { seed: 'f', policy: 'random', runs: 0 }).result();
    const shares = endingShares(none);
    expect(shares.map((s) => s.id)).toEqual([...ENDING_IDS]);
    expect(shares.every((s) => s.count === 0 && s.share === 0)).toBe(true);
    const two = startFutures(scenario, world, { seed: 'f', policy: 'random', runs: 2 });
    while (two.next());
    const played = two.result();
    const comparison = compareResults(none, played);
    expect(comparison.endings.map((e) => e.id)).toEqual([...ENDING_IDS]);
    for (const e of comparison.endings) {
      expect(e.a.share).toBe(0);
      expect(e.b.count).toBe(played.counts[e.id]);
      expect(e.difference).toBe(played.counts[e.id] / 2);
      // One arm empty: no test can call the difference larger than chance.
      expect(e.largerThanChance).toBe(false);
    }
  });
});
