/**
 * The world engine as a whole: determinism, the endings, calibration against
 * history, sensitivity to the convention, and the game API.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, hashWorld, replayTurns, simulate } from './game';
import { renderEntry } from './log/render';
import { MOVES } from './model/modelData';
import { monthOf } from './months';
import type { PolicyName } from './policies';
import { ENDING_IDS, type EndingId } from './turn/endings';
import type { Role } from './world/worldState';

function shares(
  scenarioId: string,
  policy: PolicyName,
  runs: number,
  role: Role = 'france',
  variants: readonly string[] = [],
) {
  const scenario = loadScenario(scenarioId);
  const counts = new Map<EndingId, number>();
  const moveMonths = new Map<string, Map<string, number>>();
  for (let i = 0; i < runs; i++) {
    const result = simulate(scenario, { seed: `calibration-${i}`, policy, role, withLog: false, variants });
    counts.set(result.ending, (counts.get(result.ending) ?? 0) + 1);
    for (const [id, move] of Object.entries(result.world.moves)) {
      if (move.month === null || (move.status !== 'done' && move.status !== 'met')) continue;
      const months = moveMonths.get(id) ?? new Map<string, number>();
      months.set(move.month, (months.get(move.month) ?? 0) + 1);
      moveMonths.set(id, months);
    }
  }
  const share = (id: EndingId) => (counts.get(id) ?? 0) / runs;
  return { counts, share, moveMonths };
}

function mostFrequent<K>(counts: ReadonlyMap<K, number>): K | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('determinism', () => {
  it('gives the same final hash for the same scenario, seed and actions, across 1,000 seeds', () => {
    const scenario = loadScenario('pact-1935');
    for (let i = 0; i < 1000; i++) {
      const seed = `determinism-${i}`;
      const first = simulate(scenario, { seed, policy: 'random' });
      const again = simulate(scenario, { seed, policy: 'random' });
      expect(hashWorld(again.world), seed).toBe(hashWorld(first.world));
      const replayed = replayTurns(scenario, seed, 'france', first.turns);
      expect(hashWorld(replayed), seed).toBe(hashWorld(first.world));
    }
    // 3,000 games with their logs: about 16-19 s alone on a loaded shared machine, over the default 20 s in a full run.
  }, 60_000);

  it('gives different games for different seeds', () => {
    const scenario = loadScenario('pact-1935');
    const hashes = new Set<string>();
    for (let i = 0; i < 50; i++)
      hashes.add(hashWorld(simulate(scenario, { seed: `s${i}`, policy: 'historical' }).world));
    expect(hashes.size).toBeGreaterThan(45);
  });
});

describe('endings', () => {
  it('are all reachable by some scenario, seed and policy (the eight of the first design; the rest need rarer worlds, tested in endings.test.ts)', () => {
    const reached = new Set<EndingId>();
    // The triple alliance needs Poland's yes of August 1939, which history's rules all but never give (endings.json
    // `rare`): it is reached under the rule variant that has Poland grant transit.
    const combos: [string, PolicyName, Role, readonly string[]][] = [
      ['pact-1935', 'historical', 'france', []],
      ['pact-1935', 'random', 'france', []],
      ['pact-1935', 'alliance-first', 'france', []],
      ['pact-1935', 'random', 'ussr', []],
      ['what-if-convention-1937', 'historical', 'france', []],
      ['what-if-convention-1937', 'alliance-first', 'france', []],
      ['talks-1939', 'alliance-first', 'ussr', ['poland-grants-transit']],
    ];
    for (const [scenario, policy, role, variants] of combos) {
      for (const [ending] of shares(scenario, policy, 300, role, variants).counts) reached.add(ending);
    }
    for (const id of ENDING_IDS.slice(0, 8)) expect(reached, id).toContain(id);
  });

  it('come in at least four kinds under random play over 1,000 seeds', () => {
    const { counts } = shares('pact-1935', 'random', 1000);
    expect(counts.size).toBeGreaterThanOrEqual(4);
  });
});

describe('calibration against history', () => {
  const historical = shares('as-it-happened', 'historical', 1000);

  it('makes the historical course, the dead letter, the most frequent ending', () => {
    expect(mostFrequent(historical.counts)).toBe('dead-letter');
  });

  for (const move of MOVES) {
    it(`puts ${move.id} most often in its historical month (${monthOf(move.historical)})`, () => {
      const months = historical.moveMonths.get(move.id);
      expect(months?.size ?? 0, `${move.id} happened`).toBeGreaterThan(0);
      expect(mostFrequent(months ?? new Map())).toBe(monthOf(move.historical));
    });
  }
});

describe('sensitivity to the convention', () => {
  it('moves the dead letter by at least 20 points with a strong convention and Romanian transit by early 1937', () => {
    const history = shares('last-chance-1937', 'historical', 1000);
    const convention = shares('what-if-convention-1937', 'alliance-first', 1000);
    expect(history.share('dead-letter') - convention.share('dead-letter')).toBeGreaterThanOrEqual(0.2);
  });

  it('improves the odds without fixing the outcome: at least three endings keep 2% under the strongest-convention policy', () => {
    for (const scenario of ['pact-1935', 'what-if-convention-1937']) {
      const { counts } = shares(scenario, 'alliance-first', 1000);
      const common = [...counts.values()].filter((n) => n >= 20);
      expect(common.length, scenario).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the game API', () => {
  it('refuses an illegal action with a reason, logs it, and changes nothing', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'api' });
    const before = hashWorld(game.getSnapshot().world);
    const answer = game.send({ type: 'convention.submit' });
    expect(answer).toEqual({ accepted: false, reason: 'only a draft can be submitted' });
    expect(hashWorld(game.getSnapshot().world)).toBe(before);
    expect(game.getLog().at(-1)).toMatchObject({
      accepted: false,
      reason: 'only a draft can be submitted',
      source: 'player',
    });
    expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }).reason).toBe('there is no crisis to respond to');
    expect(game.send({ type: 'military.readiness' }).reason).toBe('only the Soviet side can do that');
  });

  it('offers only legal actions, and accepts every one it offers', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'legal' });
    for (const action of game.legalActions()) {
      const fresh = createGame(loadScenario('pact-1935'), { seed: 'legal' });
      expect(fresh.send(action).accepted, action.type).toBe(true);
    }
  });

  it('plays a whole game through send, subscribe and getSnapshot, and reaches the same hash as the reducer', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'whole-game' });
    let notified = 0;
    const unsubscribe = game.subscribe(() => {
      notified += 1;
    });
    let guard = 0;
    while (game.getSnapshot().phase !== 'ended' && guard++ < 200) {
      const snapshot = game.getSnapshot();
      if (snapshot.phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'stand-aside' });
      else {
        if (snapshot.world.convention.phase === 'noContacts') game.send({ type: 'convention.open' });
        game.send({ type: 'turn.end' });
      }
    }
    unsubscribe();
    const { world, turns, ending } = game.getSnapshot();
    expect(ENDING_IDS).toContain(ending);
    expect(notified).toBeGreaterThan(50);
    expect(hashWorld(replayTurns(scenario, 'whole-game', 'france', turns))).toBe(hashWorld(world));
    expect(game.getEvents().some((e) => e.kind === 'ending')).toBe(true);
    expect(game.send({ type: 'turn.end' })).toEqual({ accepted: false, reason: 'the game is over' });
  });

  it('plays from the Soviet side too', () => {
    const result = simulate(loadScenario('pact-1935'), { seed: 'ussr', policy: 'historical', role: 'ussr' });
    expect(result.world.role).toBe('ussr');
    expect(ENDING_IDS).toContain(result.ending);
    expect(result.log.some((e) => e.kind === 'negotiation')).toBe(true);
  });
});

describe('decisions explain themselves', () => {
  it('logs the factors behind every decision and roll', () => {
    const { log } = simulate(loadScenario('pact-1935'), { seed: 'explain', policy: 'alliance-first' });
    const decided = log.filter((e) => e.kind === 'move' || e.kind === 'crisis' || e.id.startsWith('approval-'));
    expect(decided.length).toBeGreaterThan(3);
    for (const entry of decided) {
      const { factors } = renderEntry(entry);
      expect(factors.length, entry.id).toBeGreaterThan(0);
      for (const factor of factors) expect(factor.trim().length, entry.id).toBeGreaterThan(3);
      // Every decision names its starting lean and its total, with their points: "starting lean −35; … total +1".
      expect(
        factors.some((f) => /starting lean [+\u2212]?\d+;.*total [+\u2212]?\d+/.test(f)),
        entry.id,
      ).toBe(true);
    }
  });
});

describe('switching a fixed event off', () => {
  it('keeps the Red Army whole in 1938 when a scenario switches the purge off', () => {
    const scenario = loadScenario('pact-1935');
    const noPurge = { ...scenario, disabledEvents: ['tukhachevsky-arrested', 'tukhachevsky-executed'] };
    const purge = simulate(scenario, { seed: 'purge', policy: 'historical' });
    const none = simulate(noPurge, { seed: 'purge', policy: 'historical' });
    expect(purge.log.some((e) => e.id === 'tukhachevsky-executed')).toBe(true);
    expect(none.log.some((e) => e.id.startsWith('tukhachevsky'))).toBe(false);
    expect(none.world.levels.redArmyReadiness).toBeGreaterThan(purge.world.levels.redArmyReadiness + 15);
  });
});
