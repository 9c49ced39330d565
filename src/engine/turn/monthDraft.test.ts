/**
 * A month works on its own draft of the world, changed in place: the world a
 * caller holds must never change. Every world handed to the month's steps here
 * is frozen to its last part, so a step that wrote into it would throw (modules
 * run in strict mode), and the game must still end as `simulate` ends it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { hashWorld, playOut, simulate } from '../game';
import { createPolicy } from '../policies';
import { initialWorld } from '../scenario/initialWorld';
import { VARIANT_IDS } from '../variants/variants';
import type { Role, WorldState } from '../world/worldState';
import { MAX_ORDERS_PER_TURN, refusal } from './actions';
import { applyOrder, endOrders } from './step';

/** `value`, frozen with everything it holds. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const part of Object.values(value)) deepFreeze(part);
  }
  return value;
}

/** A random game played month by month on frozen worlds, as `playOut` plays it. */
function playFrozen(scenarioId: string, seed: string, role: Role, quiet: boolean, variants: readonly string[]) {
  const scenario = loadScenario(scenarioId);
  const policy = createPolicy('random', scenario, seed);
  let world: WorldState = deepFreeze(initialWorld(scenario, seed, role, quiet, variants));
  let months = 0;
  while (world.phase !== 'ended') {
    const before = JSON.stringify(world);
    const start = world;
    if (world.phase === 'crisis') {
      world = deepFreeze(applyOrder(world, { type: 'crisis.respond', choice: policy.crisis(world) }, quiet));
    } else {
      for (let i = 0; i < MAX_ORDERS_PER_TURN; i++) {
        const action = policy.nextOrder(world);
        if (action.type === 'pass' || refusal(world, action) !== null) break;
        world = deepFreeze(applyOrder(world, action, quiet));
      }
      world = deepFreeze(endOrders(world, quiet));
    }
    // The month before is intact, to its last field.
    expect(JSON.stringify(start)).toBe(before);
    months += 1;
  }
  return { world, months };
}

describe("the month's draft", () => {
  it('never changes the world a caller holds, and plays the same games', () => {
    const variants = [[], [], [...VARIANT_IDS]];
    let months = 0;
    for (const scenarioId of ['pact-1935', 'munich-1938', 'as-it-happened'])
      for (const role of ['france', 'ussr'] as const)
        for (let s = 0; s < 3; s++) {
          const seed = `draft-${s}`;
          const quiet = s === 1;
          const played = playFrozen(scenarioId, seed, role, quiet, variants[s] ?? []);
          const simulated = simulate(loadScenario(scenarioId), {
            seed,
            policy: 'random',
            role,
            withLog: !quiet,
            variants: variants[s] ?? [],
          });
          expect(hashWorld(played.world), `${scenarioId} ${role} ${seed}`).toBe(hashWorld(simulated.world));
          expect(played.world.log).toEqual(simulated.world.log);
          months += played.months;
        }
    expect(months).toBeGreaterThan(100);
  });

  it('playOut gives a quiet month’s orders one draft, yet leaves the world it starts from as it was', () => {
    // Quiet, `playOut` copies the world once at a month's first order and changes that copy for the others.
    for (const role of ['france', 'ussr'] as const)
      for (let s = 0; s < 4; s++) {
        const seed = `one-draft-${s}`;
        const scenario = loadScenario('pact-1935');
        const from = deepFreeze(initialWorld(scenario, seed, role, true, []));
        const before = JSON.stringify(from);
        const played = playOut(from, createPolicy('random', scenario, seed), true);
        const logged = simulate(scenario, { seed, policy: 'random', role });
        expect(JSON.stringify(from)).toBe(before);
        expect(hashWorld(played.world)).toBe(hashWorld(logged.world));
        expect(played.turns).toEqual(logged.turns);
        expect(played.turns.some((turn) => turn.actions.length > 1)).toBe(true);
      }
  });
});
