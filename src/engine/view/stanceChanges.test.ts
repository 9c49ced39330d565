import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { createPolicy } from '../policies';
import { initialWorld } from '../scenario/initialWorld';
import { MAX_ORDERS_PER_TURN, refusal } from '../turn/actions';
import { applyOrder, endOrders } from '../turn/step';
import type { WorldState } from '../world/worldState';
import { stanceChanges } from './stanceChanges';

/** Each month of a game played at random, the log kept: the world at its orders and one month later. */
function months(scenarioId: string, seed: string): { before: WorldState; after: WorldState }[] {
  const scenario = loadScenario(scenarioId);
  const policy = createPolicy('random', scenario, seed);
  let world = initialWorld(scenario, seed, 'france');
  const out: { before: WorldState; after: WorldState }[] = [];
  for (let guard = 0; guard < 200 && world.phase !== 'ended'; guard++) {
    const before = world;
    if (world.phase === 'crisis') world = applyOrder(world, { type: 'crisis.respond', choice: policy.crisis(world) });
    else {
      for (let i = 0; i < MAX_ORDERS_PER_TURN; i++) {
        const action = policy.nextOrder(world);
        if (action.type === 'pass' || refusal(world, action) !== null) break;
        world = applyOrder(world, action);
      }
      world = endOrders(world);
    }
    out.push({ before, after: world });
  }
  return out;
}

describe('stance changes and their causes', () => {
  it('find, for every stance that moved in a month, the logged entries whose data moved it that way', () => {
    let changes = 0;
    for (const scenario of ['pact-1935', 'as-it-happened', 'munich-1938']) {
      for (let n = 0; n < 6; n++) {
        for (const { before, after } of months(scenario, `stance-${n}`)) {
          for (const change of stanceChanges(before, after)) {
            changes++;
            expect(change.causes.length, `${change.state} ${after.month}`).toBeGreaterThan(0);
            const total = change.causes.reduce((sum, c) => sum + c.delta, 0);
            expect(Math.sign(total)).toBe(Math.sign(change.to - change.from));
            const [main, ...rest] = change.causes;
            for (const other of rest) expect(Math.abs(main?.delta ?? 0)).toBeGreaterThanOrEqual(Math.abs(other.delta));
          }
        }
      }
    }
    expect(changes).toBeGreaterThan(20);
  });

  it('finds nothing when nothing moved', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'still', 'france');
    expect(stanceChanges(world, world)).toEqual([]);
  });
});
