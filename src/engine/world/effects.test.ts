import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { simulate } from '../game';
import { EVENTS, MOVES } from '../model/modelData';
import type { Condition } from '../model/modelSchemas';
import { POLICY_NAMES } from '../policies';
import { initialWorld } from '../scenario/initialWorld';
import { step } from '../turn/step';
import { allHold, anyHolds, holds } from './effects';
import type { WorldState } from './worldState';

/** Every world of a few games of each scenario, month by month. */
function worldsOfGames(): WorldState[] {
  const worlds: WorldState[] = [];
  for (const id of scenarioIds()) {
    const scenario = loadScenario(id);
    for (const policy of POLICY_NAMES) {
      for (const seed of ['a', 'b'].slice(0, sampled(2))) {
        const { turns } = simulate(scenario, { seed, policy, withLog: false });
        let world = initialWorld(scenario, seed, 'france', true);
        worlds.push(world);
        for (const turn of turns) {
          world = step(world, turn.actions);
          worlds.push(world);
        }
      }
    }
  }
  return worlds;
}

describe('allHold and anyHolds (compiled once per list)', () => {
  const lists: (readonly Condition[])[] = [
    ...EVENTS.flatMap((e) => [e.requires ?? [], e.unless ?? []]),
    ...MOVES.map((m) => m.requires ?? []),
  ].filter((list) => list.length > 0);

  it('agree with `holds`, condition by condition, on every world of many games', () => {
    const worlds = worldsOfGames();
    expect(worlds.length).toBeGreaterThan(sampled(500));
    let differing = 0;
    let trueSeen = 0;
    let falseSeen = 0;
    for (const world of worlds) {
      for (const list of lists) {
        const all = list.every((c) => holds(world, c));
        const any = list.some((c) => holds(world, c));
        if (allHold(world, list) !== all || anyHolds(world, list) !== any) differing += 1;
        if (all) trueSeen += 1;
        else falseSeen += 1;
      }
    }
    expect(differing).toBe(0);
    // Both answers were met, so the comparison tested something.
    expect(trueSeen).toBeGreaterThan(0);
    expect(falseSeen).toBeGreaterThan(0);
  });

  it('read each kind of condition as `holds` does', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const fired = world.fired[0];
    expect(fired).toBeDefined();
    const cases: Condition[] = [
      { event: fired ?? '' },
      { notEvent: fired ?? '' },
      { event: 'never-happened' },
      { move: 'rhineland', status: 'pending' },
      { moveNot: 'rhineland', status: 'pending' },
      { move: 'rhineland', status: 'done' },
      { noDeal: true },
      { noTripleAlliance: true },
      { level: 'tension', atLeast: 0 },
      { level: 'tension', atMost: -1 },
      { government: { france: world.governments.france } },
      { government: { france: ['nobody'] } },
      { convention: ['noContacts'] },
      { clause: 'trigger', atLeast: 0 },
    ];
    for (const condition of cases) {
      expect(allHold(world, [condition]), JSON.stringify(condition)).toBe(holds(world, condition));
      expect(anyHolds(world, [condition]), JSON.stringify(condition)).toBe(holds(world, condition));
    }
    expect(allHold(world, undefined)).toBe(true);
    expect(anyHolds(world, undefined)).toBe(false);
  });
});
