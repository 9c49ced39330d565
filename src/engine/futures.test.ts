import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampled } from '../testing/sample';
import { loadScenario, SCENARIOS_DIR } from '../testing/scenarios';
import { runBatch, runSeed } from './batch';
import {
  compareFutures,
  endingShares,
  readChoice,
  runFutures,
  startComparison,
  startFutures,
  twoProportionTest,
} from './futures';
import { createGame, hashWorld } from './game';
import { createPolicy, type PolicyChoice } from './policies';
import { seedFromString } from './random';
import { initialWorld } from './scenario/initialWorld';
import type { Scenario } from './scenario/schema';
import { parseStrategyText } from './strategy';
import { type GameAction, MAX_ORDERS_PER_TURN, refusal } from './turn/actions';
import { classifyEnding, ENDING_IDS, type EndingId } from './turn/endings';
import { applyOrder, endOrders } from './turn/step';
import { type Role, type WorldState, withRng } from './world/worldState';

const pact = loadScenario('pact-1935');
const asItHappened = loadScenario('as-it-happened');

/** A game of `scenario` with no orders given and every crisis stood aside from, played on until `stop` holds. */
function gameUntil(scenario: Scenario, stop: (world: WorldState) => boolean, role: Role = 'france'): WorldState {
  const game = createGame(scenario, { seed: 'classroom', role });
  while (!stop(game.getSnapshot().world)) {
    const crisis = game.getSnapshot().phase === 'crisis';
    const { accepted, reason } = game.send(
      crisis ? { type: 'crisis.respond', choice: 'stand-aside' } : { type: 'turn.end' },
    );
    if (!accepted) throw new Error(`turn.end refused: ${reason}`);
  }
  return game.getSnapshot().world;
}

/** The futures played by hand: reseed, then the orders and crisis answers of the policy, month by month, to the end. */
function handFutures(
  scenario: Scenario,
  from: WorldState,
  seed: string,
  runs: number,
  policyChoice: PolicyChoice,
): Record<EndingId, number> {
  const counts = Object.fromEntries(ENDING_IDS.map((id) => [id, 0])) as Record<EndingId, number>;
  for (let i = 0; i < runs; i++) {
    const runSeedText = `${seed}#${i}`;
    const policy = createPolicy(policyChoice, scenario, runSeedText);
    let world = withRng(from, seedFromString(runSeedText));
    while (world.phase !== 'ended') {
      if (world.phase === 'crisis') {
        world = applyOrder(world, { type: 'crisis.respond', choice: policy.crisis(world) });
        continue;
      }
      for (let n = 0; n < MAX_ORDERS_PER_TURN; n++) {
        const action = policy.nextOrder(world);
        if (action.type === 'pass' || refusal(world, action) !== null) break;
        world = applyOrder(world, action);
      }
      world = endOrders(world);
    }
    counts[classifyEnding(world)] += 1;
  }
  return counts;
}

/** Whether a scenario's first month rolls no dice: its start is then the same world whatever the seed. */
function startRollsNoDice(scenario: Scenario): boolean {
  const hashes = new Set<string>();
  for (let i = 0; i < 50; i++) hashes.add(hashWorld(withRng(initialWorld(scenario, `s${i}`, 'france', true), 0)));
  return hashes.size === 1;
}

describe('runFutures', () => {
  it('from a scenario start counts exactly what runBatch (sim) counts for the same seeds', () => {
    const strategy = parseStrategyText(
      readFileSync(join(SCENARIOS_DIR, 'strategies', 'convention-first.json'), 'utf8'),
    );
    if (!strategy.ok) throw new Error('the convention-first strategy does not parse');
    const cases: [Scenario, PolicyChoice, Role][] = [
      [pact, 'random', 'france'],
      [pact, 'alliance-first', 'ussr'],
      [asItHappened, 'historical', 'france'],
      [pact, strategy.value, strategy.value.role],
    ];
    for (const [scenario, policy, role] of cases) {
      expect(startRollsNoDice(scenario)).toBe(true);
      const world = createGame(scenario, { seed: 'any game seed', role }).getSnapshot().world;
      const futures = runFutures(scenario, world, { runs: sampled(120), seed: 'lesson-4', policy });
      const batch = runBatch(scenario, { runs: sampled(120), seed: 'lesson-4', policy, role });
      expect(futures.counts).toEqual(batch.counts);
      expect(futures.warYear).toEqual(batch.warYear);
      expect(futures.runs).toBe(sampled(120));
    }
  });

  it('from a later month counts what playing each reseeded future by hand counts', () => {
    const world = gameUntil(pact, (w) => w.month === '1937-02');
    for (const policy of ['random', 'alliance-first', 'historical'] as const) {
      const futures = runFutures(pact, world, { runs: 60, seed: 'later', policy });
      expect(futures.counts).toEqual(handFutures(pact, world, 'later', 60, policy));
      expect(futures.month).toBe('1937-02');
    }
  });

  it('from a waiting crisis plays the crisis answer first, as by hand', () => {
    const world = gameUntil(pact, (w) => w.phase === 'crisis');
    const futures = runFutures(pact, world, { runs: 60, seed: 'crisis', policy: 'random' });
    expect(futures.counts).toEqual(handFutures(pact, world, 'crisis', 60, 'random'));
  });

  it('is deterministic, differs with the seed, and reports progress after every future', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-06');
    const seen: number[] = [];
    const first = runFutures(pact, world, { runs: 80, seed: 'same', policy: 'random' }, (done) => seen.push(done));
    const again = runFutures(pact, world, { runs: 80, seed: 'same', policy: 'random' });
    const other = runFutures(pact, world, { runs: 80, seed: 'other', policy: 'random' });
    expect(again).toEqual(first);
    expect(other.counts).not.toEqual(first.counts);
    expect(seen).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(Object.values(first.counts).reduce((a, b) => a + b, 0)).toBe(80);
  });

  it('leaves the world it was given as it was', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-01');
    const before = JSON.stringify(world);
    runFutures(pact, world, { runs: 10, seed: 'x', policy: 'random' });
    expect(JSON.stringify(world)).toBe(before);
  });

  it('plays one future at a time when started, and stops where it is left', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-06');
    const run = startFutures(pact, world, { runs: 30, seed: 'steps', policy: 'random' });
    for (let i = 0; i < 10; i++) expect(run.next()).toBe(true);
    expect(run.done()).toBe(10);
    expect(run.result().runs).toBe(10);
    const ten = runFutures(pact, world, { runs: 10, seed: 'steps', policy: 'random' });
    expect(run.result().counts).toEqual(ten.counts);
    while (run.next());
    expect(run.done()).toBe(30);
    expect(run.next()).toBe(false);
  });

  it('plays runs `from` onwards when told: ranges of one batch add up to the whole batch', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-06');
    const whole = runFutures(pact, world, { runs: 90, seed: 'ranges', policy: 'random' });
    const parts = [
      runFutures(pact, world, { runs: 40, seed: 'ranges', policy: 'random' }),
      runFutures(pact, world, { runs: 35, seed: 'ranges', policy: 'random', from: 40 }),
      runFutures(pact, world, { runs: 15, seed: 'ranges', policy: 'random', from: 75 }),
    ];
    const sum = Object.fromEntries(
      ENDING_IDS.map((id) => [id, parts.reduce((total, part) => total + part.counts[id], 0)]),
    );
    expect(sum).toEqual(whole.counts);
    // The last range alone is runs 75 to 89, not runs 0 to 14.
    const tail = handFutures(pact, world, 'ranges', 90, 'random');
    const head = handFutures(pact, world, 'ranges', 75, 'random');
    expect(parts[2]?.counts).toEqual(Object.fromEntries(ENDING_IDS.map((id) => [id, tail[id] - head[id]])));
    expect(() => runFutures(pact, world, { runs: 1, seed: 'x', policy: 'random', from: -1 })).toThrow(/from/);
  });

  it('refuses a world of another scenario and a first action the rules refuse', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-06');
    expect(() => runFutures(asItHappened, world, { runs: 1, seed: 'x', policy: 'random' })).toThrow(/pact-1935/);
    expect(() =>
      runFutures(pact, world, { runs: 1, seed: 'x', policy: 'random', firstActions: [{ type: 'convention.submit' }] }),
    ).toThrow(/refused/);
  });

  it('gives each ending its share and Wilson interval', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-06');
    const result = runFutures(pact, world, { runs: 50, seed: 'shares', policy: 'random' });
    const shares = endingShares(result);
    expect(shares.map((s) => s.id)).toEqual([...ENDING_IDS]);
    for (const s of shares) {
      expect(s.share).toBe(s.count / 50);
      // Wilson's bounds straddle the share, up to the last bits of floating point at 0 and 1.
      expect(s.ci95[0]).toBeLessThanOrEqual(s.share + 1e-12);
      expect(s.ci95[1]).toBeGreaterThanOrEqual(s.share - 1e-12);
      expect(s.ci95[1] - s.ci95[0]).toBeGreaterThan(0);
    }
  });
});

describe('twoProportionTest', () => {
  it('calls 50% against 70% of 100 each larger than chance, and 50% against 55% within it', () => {
    const far = twoProportionTest(50, 100, 70, 100);
    expect(far.z).toBeCloseTo(2.8868, 3);
    expect(far.significant).toBe(true);
    const near = twoProportionTest(50, 100, 55, 100);
    expect(near.z).toBeCloseTo(0.708, 3);
    expect(near.significant).toBe(false);
    expect(twoProportionTest(70, 100, 50, 100).z).toBeCloseTo(-2.8868, 3);
  });

  it('has no variance to test when both shares are nought or both whole', () => {
    expect(twoProportionTest(0, 100, 0, 100)).toEqual({ z: 0, significant: false });
    expect(twoProportionTest(100, 100, 100, 100)).toEqual({ z: 0, significant: false });
    expect(twoProportionTest(0, 0, 3, 10)).toEqual({ z: 0, significant: false });
  });
});

describe('compareFutures', () => {
  const crisis = gameUntil(pact, (w) => w.phase === 'crisis');
  const standAside: GameAction = { type: 'crisis.respond', choice: 'stand-aside' };
  const mobilise: GameAction = { type: 'crisis.respond', choice: 'mobilise' };
  /** Acting under the Protocol: since mobilising commits France to nothing, the answer that changes most. */
  const invoke: GameAction = { type: 'crisis.respond', choice: 'invoke-protocol' };

  it('gives the same choice the same futures in both arms (common random numbers)', () => {
    const same = compareFutures(pact, crisis, mobilise, mobilise, { runs: 60, seed: 'crn', policy: 'random' });
    expect(same.a.counts).toEqual(same.b.counts);
    for (const e of same.endings) {
      expect(e.difference).toBe(0);
      expect(e.largerThanChance).toBe(false);
    }
  });

  it('each arm is the futures after its choice, with the same seeds', () => {
    const options = { runs: 60, seed: 'arms', policy: 'random' } as const;
    const ab = compareFutures(pact, crisis, standAside, mobilise, options);
    expect(ab.a.counts).toEqual(runFutures(pact, crisis, { ...options, firstActions: [standAside] }).counts);
    expect(ab.b.counts).toEqual(runFutures(pact, crisis, { ...options, firstActions: [mobilise] }).counts);
  });

  it('flags a difference as larger than chance exactly when the z-test says so', () => {
    const ab = compareFutures(pact, crisis, standAside, invoke, { runs: 300, seed: 'flag', policy: 'random' });
    expect(ab.endings.some((e) => e.largerThanChance)).toBe(true);
    for (const e of ab.endings) {
      const { z, significant } = twoProportionTest(e.a.count, 300, e.b.count, 300);
      expect(e.z).toBe(z);
      expect(e.largerThanChance).toBe(significant);
      expect(e.difference).toBeCloseTo(e.b.share - e.a.share, 12);
    }
  });

  it('at Munich’s crisis (the README’s lesson): the Protocol against the Council moves the endings; Mobilise against standing aside hardly at all', () => {
    const munich = loadScenario('munich-1938');
    const sudeten = gameUntil(munich, (w) => w.phase === 'crisis');
    expect(sudeten.crisis?.move).toBe('sudetenland');
    const options = { runs: 300, seed: 'lesson', policy: 'random' } as const;
    const refer: GameAction = { type: 'crisis.respond', choice: 'refer-council' };
    const protocol = compareFutures(munich, sudeten, refer, invoke, options);
    expect(protocol.endings.filter((e) => e.largerThanChance).length).toBeGreaterThanOrEqual(2);
    // A mobilisation commits France to nothing (model.json crisis.mobilisationBinds): the futures barely move, by
    // under five points (Germany weighs a readiness at a share of its weight: crisis.mobilisationWeighs).
    const mobilised = compareFutures(munich, sudeten, standAside, mobilise, options);
    const largest = (c: typeof protocol) => Math.max(...c.endings.map((e) => Math.abs(e.difference)));
    expect(largest(mobilised)).toBeLessThan(0.05);
    expect(largest(protocol)).toBeGreaterThan(0.2);
  });

  it('compares two orders of an ordinary month, and stops between two futures when started', () => {
    const world = gameUntil(pact, (w) => w.month === '1936-06');
    const a: GameAction = { type: 'diplomacy.demarche', to: 'romania' };
    const b: GameAction = { type: 'diplomacy.demarche', to: 'poland' };
    expect(refusal(world, a)).toBeNull();
    const run = startComparison(pact, world, a, b, { runs: 20, seed: 'orders', policy: 'historical' });
    for (let i = 0; i < 5; i++) run.next();
    expect(run.done()).toBe(5);
    expect(run.result().a.runs).toBe(5);
    expect(run.result().b.runs).toBe(5);
  });

  it('refuses a choice the rules refuse now', () => {
    expect(() =>
      compareFutures(pact, crisis, mobilise, { type: 'convention.submit' }, { runs: 5, seed: 'x', policy: 'random' }),
    ).toThrow(/refused/);
  });

  it('reads a candidate choice from a message, and refuses what is not one', () => {
    expect(readChoice({ type: 'diplomacy.demarche', to: 'poland' })).toEqual({
      ok: true,
      action: { type: 'diplomacy.demarche', to: 'poland' },
    });
    expect(readChoice({ type: 'turn.end' }).ok).toBe(false);
    expect(readChoice({ type: 'diplomacy.demarche', to: 'italy' }).ok).toBe(false);
    expect(readChoice('mobilise').ok).toBe(false);
  });

  it('seeds run i as runBatch does', () => {
    expect(runSeed('abc', 7)).toBe('abc#7');
  });
});
