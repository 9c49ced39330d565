import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { simulate } from '../game';
import { EVENTS, MOVES } from '../model/modelData';
import type { Condition } from '../model/modelSchemas';
import { POLICY_NAMES } from '../policies';
import { initialWorld } from '../scenario/initialWorld';
import { step } from '../turn/step';
import { allHold, allTest, anyHolds, anyTest, applyEffects, holds } from './effects';
import { type WorldState, withMove, withWorld } from './worldState';

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

describe('each kind of condition', () => {
  /** `condition` as `holds`, `allHold` and `anyHolds` read it in `world` (they must agree). */
  const read = (world: WorldState, condition: Condition): boolean => {
    const answer = holds(world, condition);
    expect(allHold(world, [condition]), JSON.stringify(condition)).toBe(answer);
    expect(anyHolds(world, [condition]), JSON.stringify(condition)).toBe(answer);
    return answer;
  };

  it('reads an event fired or not', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const fired = withWorld(world, { fired: [...world.fired, 'test-event'] });
    expect(read(world, { event: 'test-event' })).toBe(false);
    expect(read(fired, { event: 'test-event' })).toBe(true);
    expect(read(world, { notEvent: 'test-event' })).toBe(true);
    expect(read(fired, { notEvent: 'test-event' })).toBe(false);
  });

  it("reads a German move's status, and a move unknown as in no status", () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const [id, state] = Object.entries(world.moves)[0] ?? [];
    if (id === undefined || state === undefined) throw new Error('a move needed');
    const done = withWorld(world, { moves: withMove(world.moves, id, { ...state, status: 'done' }) });
    expect(read(done, { move: id, status: 'done' })).toBe(true);
    expect(read(done, { move: id, status: 'pending' })).toBe(false);
    expect(read(done, { moveNot: id, status: 'done' })).toBe(false);
    expect(read(done, { moveNot: id, status: 'pending' })).toBe(true);
    expect(read(done, { move: 'no-such-move', status: 'pending' })).toBe(false);
    expect(read(done, { moveNot: 'no-such-move', status: 'pending' })).toBe(true);
  });

  it('reads a level between its bounds, bounds included', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const tension = world.levels.tension;
    expect(read(world, { level: 'tension', atLeast: tension })).toBe(true);
    expect(read(world, { level: 'tension', atLeast: tension + 1 })).toBe(false);
    expect(read(world, { level: 'tension', atMost: tension })).toBe(true);
    expect(read(world, { level: 'tension', atMost: tension - 1 })).toBe(false);
    expect(read(world, { level: 'tension', atLeast: tension, atMost: tension })).toBe(true);
  });

  it("reads the convention's phase, the governments in office, the deal, the triple alliance and a clause agreed", () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const phase = world.convention.phase;
    expect(read(world, { convention: [phase] })).toBe(true);
    expect(read(world, { convention: ['inForce', 'brokenOff'].filter((p) => p !== phase) })).toBe(false);
    const { france, uk } = world.governments;
    // Every named government in office (a list: any of them).
    expect(read(world, { government: { france, uk } })).toBe(true);
    expect(read(world, { government: { france: ['nobody', france] } })).toBe(true);
    expect(read(world, { government: { france, uk: 'nobody' } })).toBe(false);
    expect(read(world, { government: { france: 'nobody', uk } })).toBe(false);
    expect(read(world, { government: { france: ['nobody'] } })).toBe(false);
    expect(read(world, { noDeal: true })).toBe(world.sovietGermanDeal === null);
    const dealt = withWorld(world, { sovietGermanDeal: world.month });
    expect(read(dealt, { noDeal: true })).toBe(false);
    expect(read(withWorld(world, { sovietGermanDeal: null }), { noDeal: true })).toBe(true);
    expect(read(withWorld(world, { tripleAlliance: null }), { noTripleAlliance: true })).toBe(true);
    expect(read(withWorld(world, { tripleAlliance: world.month }), { noTripleAlliance: true })).toBe(false);
    // A clause not agreed is below every option; an agreed option is at least itself, not more.
    const none = withWorld(world, { convention: { ...world.convention, agreed: {} } });
    expect(read(none, { clause: 'trigger', atLeast: 0 })).toBe(false);
    const agreed = withWorld(world, { convention: { ...world.convention, agreed: { trigger: 1 } } });
    expect(read(agreed, { clause: 'trigger', atLeast: 1 })).toBe(true);
    expect(read(agreed, { clause: 'trigger', atLeast: 0 })).toBe(true);
    expect(read(agreed, { clause: 'trigger', atLeast: 2 })).toBe(false);
  });

  it('compiles a list once, and reads no list as all holding and none holding', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const list: Condition[] = [{ noDeal: true }, { event: 'never-happened' }];
    expect(allTest(list)).toBe(allTest(list));
    expect(anyTest(list)).toBe(anyTest(list));
    expect(allTest(list)(world)).toBe(false);
    expect(anyTest(list)(world)).toBe(world.sovietGermanDeal === null);
    expect(allTest(undefined)(world)).toBe(true);
    expect(anyTest(undefined)(world)).toBe(false);
  });
});

describe('applyEffects', () => {
  it('moves transit answers and stances, each kept within its bounds', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const moved = applyEffects(world, { transit: { poland: 5 }, stance: { poland: -100 } });
    expect(moved.transit.poland).toBe(Math.min(100, world.transit.poland + 5));
    expect(moved.transit.poland).not.toBe(world.transit.poland);
    expect(moved.transit.romania).toBe(world.transit.romania);
    expect(applyEffects(world, { transit: { romania: -100 } }).transit.romania).toBe(0);
    // A stance runs from -100 to 100: pushed past -100 it stops there.
    const twice = applyEffects(moved, { stance: { poland: -100 } });
    expect(twice.actors.poland.stance).toBe(-100);
    expect(applyEffects(world, { stance: { poland: 100 } }).actors.poland.stance).toBeLessThanOrEqual(100);
  });
});
