/**
 * Diminishing returns and the limits of a démarche: each of these would fail
 * without its mechanism — a repeated démarche or reassurance as strong as the
 * first, or démarches alone buying Poland's or Romania's consent to transit.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { renderEntry } from '../log/render';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { initialWorld } from '../scenario/initialWorld';
import { parseStrategy } from '../strategy';
import { flatLog } from '../world/effects';
import { type WorldState, withWorld } from '../world/worldState';
import { demarcheCeiling, keptPercent, scaled, timesInARow } from './repeats';
import { applyOrder } from './step';

const scenario = loadScenario('pact-1935');
const { grantedAt, demarcheCeiling: limits } = MODEL.transit;

/** A world of the first month with plenty of capital and the given changes. */
function worldWith(seed: string, changes: Partial<WorldState> = {}): WorldState {
  return withWorld(initialWorld(scenario, seed, 'france'), { capital: 50, ...changes });
}

/** Give the same order once a month, `months` apart, `times` times; the world after each. */
function repeatEvery(
  world: WorldState,
  action: Parameters<typeof applyOrder>[1],
  times: number,
  months = 1,
): WorldState[] {
  const worlds: WorldState[] = [];
  let next = world;
  for (let i = 0; i < times; i++) {
    next = applyOrder(next, action, true);
    worlds.push(next);
    next = withWorld(next, { month: addMonths(next.month, months), capital: 50 });
  }
  return worlds;
}

/** A signed convention whose transit clause is `option`. */
function signedWithTransit(option: number): Partial<WorldState> {
  const base = initialWorld(scenario, 'c', 'france').convention;
  return { convention: { ...base, phase: 'inForce', agreed: { transit: option } }, conventionSigned: '1935-05' };
}

describe('diminishing returns', () => {
  it('keeps a share of the previous effect each time, in whole percentages', () => {
    expect([0, 1, 2, 3].map((n) => keptPercent(n, 60))).toEqual([100, 60, 36, 21]);
    expect(keptPercent(40, 70)).toBe(0);
    expect(scaled(8, 60)).toBe(5);
    expect(scaled(-5, 50)).toBe(-3);
  });

  it('makes 24 démarches to Poland in a row gain far less than 24 times the first', () => {
    let first = 0;
    let total = 0;
    for (let s = 0; s < 200; s++) {
      // A signed convention with a transit clause lifts the ceiling, so only the repetition limits the gains.
      const start = worldWith(`d${s}`, signedWithTransit(3));
      const worlds = repeatEvery(start, { type: 'diplomacy.demarche', to: 'poland' }, 24);
      first += (worlds[0]?.transit.poland ?? 0) - start.transit.poland;
      total += (worlds[23]?.transit.poland ?? 0) - start.transit.poland;
    }
    expect(first).toBeGreaterThan(0);
    expect(total).toBeLessThan(first * 4);
    expect(
      timesInARow(
        repeatEvery(worldWith('n'), { type: 'diplomacy.demarche', to: 'poland' }, 5)[4] as WorldState,
        'demarche-poland',
      ),
    ).toBe(5);
  });

  it('forgets a démarche after a pause: spaced démarches keep their full weight', () => {
    const spaced = repeatEvery(
      worldWith('gap', signedWithTransit(3)),
      { type: 'diplomacy.demarche', to: 'poland' },
      3,
      MODEL.diminishing.forgetAfterMonths + 1,
    );
    // Right after each order, the streak is that order alone; monthly orders build a streak.
    expect(spaced.map((w) => timesInARow(w, 'demarche-poland'))).toEqual([1, 1, 1]);
    const monthly = repeatEvery(
      worldWith('gap', signedWithTransit(3)),
      { type: 'diplomacy.demarche', to: 'poland' },
      3,
    );
    expect(monthly.map((w) => timesInARow(w, 'demarche-poland'))).toEqual([1, 2, 3]);
  });

  it('makes reassuring Britain ten months in a row worth less than ten times the first, and says so', () => {
    const start = worldWith('uk', {
      levels: { ...initialWorld(scenario, 'uk', 'france').levels, britishCommitment: 10 },
    });
    const gain = MODEL.actions['diplomacy.reassureBritain']?.effects?.levels?.britishCommitment ?? 0;
    const worlds = repeatEvery(start, { type: 'diplomacy.reassureBritain' }, 10);
    const total = (worlds[9]?.levels.britishCommitment ?? 0) - start.levels.britishCommitment;
    expect(gain).toBeGreaterThan(0);
    expect(total).toBeLessThan(gain * 7);
    const logged = applyOrder(worlds[1] as WorldState, { type: 'diplomacy.reassureBritain' });
    const entry = flatLog(logged).at(-1);
    const line = entry === undefined ? undefined : renderEntry(entry);
    const kept = keptPercent(2, MODEL.diminishing.keepPercent['diplomacy.reassureBritain']);
    expect(line?.factors?.[0]).toBe(
      `A third time, each within ${MODEL.diminishing.forgetAfterMonths} months of the last, carries less weight (${kept}% of the first)`,
    );
  });

  it('explains a diminished démarche in the log', () => {
    const worlds = repeatEvery(worldWith('log'), { type: 'diplomacy.demarche', to: 'poland' }, 2);
    const logged = applyOrder(worlds[1] as WorldState, { type: 'diplomacy.demarche', to: 'poland' });
    const entry = flatLog(logged).at(-1);
    const line = entry === undefined ? undefined : renderEntry(entry);
    const kept = keptPercent(2, MODEL.diminishing.keepPercent['diplomacy.demarche']);
    const gain = scaled(MODEL.transit.demarcheGain, kept);
    expect(kept).toBeLessThan(100);
    expect(line?.factors).toContain(
      `A third démarche to Poland, each within ${MODEL.diminishing.forgetAfterMonths} months of the last, carries less weight (${kept}% of the first: +${gain})`,
    );
  });
});

describe('transit needs more than a démarche', () => {
  it('keeps the ceiling of démarches alone below passage, for both states', () => {
    expect(limits.alone.poland).toBeLessThan(grantedAt);
    expect(limits.alone.romania).toBeLessThan(grantedAt);
    expect(demarcheCeiling(worldWith('a'), 'poland')).toEqual({ ceiling: limits.alone.poland, reason: 'alone' });
  });

  it('never brings Poland or Romania to passage by spaced démarches alone, over many seeds', () => {
    for (let s = 0; s < 100; s++) {
      for (const to of ['poland', 'romania'] as const) {
        const worlds = repeatEvery(worldWith(`t${s}`), { type: 'diplomacy.demarche', to }, 30, 7);
        const last = worlds.at(-1) as WorldState;
        expect(last.transit[to]).toBeLessThan(grantedAt);
        expect(last.transit[to]).toBeLessThanOrEqual(Math.max(limits.alone[to], worldWith('x').transit[to]));
      }
    }
  });

  it('lets firmer British support carry Romania, and a convention with a transit clause carry Poland, to passage', () => {
    const levels = { ...initialWorld(scenario, 'b', 'france').levels, britishCommitment: limits.britishCommitmentAt };
    expect(demarcheCeiling(worldWith('b', { levels }), 'romania').ceiling).toBeGreaterThanOrEqual(grantedAt);
    expect(demarcheCeiling(worldWith('b', { levels }), 'poland').ceiling).toBeLessThan(grantedAt);
    const covered = worldWith('c', signedWithTransit(limits.conventionTransitOption.poland));
    expect(demarcheCeiling(covered, 'poland')).toEqual({ ceiling: 100, reason: 'convention' });
    const draftOnly = worldWith('c', {
      convention: { ...covered.convention, phase: 'drafting' },
      conventionSigned: null,
    });
    expect(demarcheCeiling(draftOnly, 'poland').reason).toBe('alone');
    let best = 0;
    for (let s = 0; s < 50; s++) {
      const worlds = repeatEvery(
        worldWith(`p${s}`, signedWithTransit(3)),
        { type: 'diplomacy.demarche', to: 'poland' },
        12,
        7,
      );
      best = Math.max(best, (worlds.at(-1) as WorldState).transit.poland);
    }
    expect(best).toBeGreaterThanOrEqual(grantedAt);
  });

  it('says why in the log when a démarche meets the ceiling', () => {
    const atCeiling = worldWith('ceil', { transit: { poland: limits.alone.poland, romania: 20 } });
    let logged = atCeiling;
    for (let i = 0; i < 10 && flatLog(logged).every((e) => e.key !== 'demarche.noFurther'); i++) {
      logged = applyOrder(withWorld(atCeiling, { rng: i * 7919 }), { type: 'diplomacy.demarche', to: 'poland' });
    }
    const entry = flatLog(logged).at(-1);
    const line = entry === undefined ? undefined : renderEntry(entry);
    expect(line?.text).toBe('Poland will not go further on transit.');
    expect(line?.factors?.some((f) => f.startsWith('A démarche alone does not buy passage'))).toBe(true);
    expect(logged.transit.poland).toBe(limits.alone.poland);
  });

  it('keeps Poland short of passage over whole games of démarches and reassurance, with no convention', () => {
    const parsed = parseStrategy({
      format: 'hollow-pact-strategy',
      version: 1,
      name: 'Warsaw and London',
      role: 'france',
      orders: [
        { action: { type: 'diplomacy.demarche', to: 'poland' } },
        { action: { type: 'diplomacy.reassureBritain' } },
      ],
      crises: { '*': 'mobilise' },
    });
    if (!parsed.ok) throw new Error('strategy');
    for (let s = 0; s < 100; s++) {
      const { world } = simulate(scenario, { seed: `g${s}`, policy: parsed.value, withLog: false });
      expect(world.transit.poland).toBeLessThan(grantedAt);
    }
  });
});
