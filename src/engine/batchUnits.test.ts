/**
 * Batches of games and their table, function by function (issue 9). Every
 * batch is played inside its test, a few games at a time.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { type BatchResult, outcomeTable, runBatch, runSeed } from './batch';
import { wilson95 } from './stats';
import type { Strategy } from './strategy';
import { ENDING_IDS } from './turn/endings';

describe('runBatch', () => {
  it('plays each run from its own seed, tells progress after each, and counts what the games reached', () => {
    const scenario = loadScenario('pact-1935');
    const progress: number[] = [];
    const games: { seed: string; role: string; ending: string | null }[] = [];
    const result = runBatch(
      scenario,
      { seed: 'batch-units', runs: 3, policy: 'historical' },
      (done) => progress.push(done),
      (seed, r) => games.push({ seed, role: r.world.role, ending: r.world.ending }),
    );
    expect(progress).toEqual([1, 2, 3]);
    expect(games.map((g) => g.seed)).toEqual([runSeed('batch-units', 0), 'batch-units#1', 'batch-units#2']);
    expect(games.map((g) => g.role)).toEqual(['france', 'france', 'france']);
    expect(result.runs).toBe(3);
    for (const id of ENDING_IDS) expect(result.counts[id]).toBe(games.filter((g) => g.ending === id).length);
    expect(Object.values(result.warYear).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('plays a strategy as its own side unless told otherwise, and under the rule variants asked', () => {
    const scenario = loadScenario('pact-1935');
    const strategy: Strategy = {
      format: 'hollow-pact-strategy',
      version: 1,
      name: 'units',
      role: 'ussr',
      orders: [],
      crises: {},
    };
    const roles: string[] = [];
    const variants: (readonly string[])[] = [];
    runBatch(scenario, { seed: 'batch-units', runs: 1, policy: strategy }, undefined, (_, r) =>
      roles.push(r.world.role),
    );
    runBatch(scenario, { seed: 'batch-units', runs: 1, policy: strategy, role: 'france' }, undefined, (_, r) =>
      roles.push(r.world.role),
    );
    runBatch(scenario, { seed: 'batch-units', runs: 1, policy: 'random', variants: ['no-purge'] }, undefined, (_, r) =>
      variants.push(r.world.variants ?? []),
    );
    runBatch(scenario, { seed: 'batch-units', runs: 1, policy: 'random' }, undefined, (_, r) =>
      variants.push(r.world.variants ?? []),
    );
    expect(roles).toEqual(['ussr', 'france']);
    expect(variants).toEqual([['no-purge'], []]);
  });
});

describe('outcomeTable', () => {
  it('gives each ending its count, its share of the runs and its 95% interval, and no share of no runs', () => {
    const counts = Object.fromEntries(ENDING_IDS.map((id, i) => [id, i === 0 ? 3 : i === 1 ? 1 : 0]));
    const result: BatchResult = { runs: 4, counts: counts as BatchResult['counts'], warYear: {} };
    const table = outcomeTable(result);
    const [first, second, third] = ENDING_IDS;
    if (first === undefined || second === undefined || third === undefined) throw new Error('too few endings');
    expect(table[first]).toEqual({ count: 3, share: 0.75, ci95: wilson95(3, 4) });
    expect(table[second]).toEqual({ count: 1, share: 0.25, ci95: wilson95(1, 4) });
    expect(table[third]).toEqual({ count: 0, share: 0, ci95: wilson95(0, 4) });
    expect(Object.keys(table)).toEqual([...ENDING_IDS]);
    const none = outcomeTable({ runs: 0, counts: counts as BatchResult['counts'], warYear: {} });
    expect(none[first]?.share).toBe(0);
  });
});
