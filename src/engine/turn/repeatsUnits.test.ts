/**
 * `repeats.ts` one function at a time, on worlds and effects built in each
 * test: the scaled effects of a repeated order (`scaledEffects`), the repeat
 * counters after an order (`repeatsAfter`), rounding (`scaled`) and the
 * ceiling on démarches (`demarcheCeiling`). Games cache the scaled effects
 * (`step.ts`), so these are called directly rather than through a game.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { MODEL } from '../model/modelData';
import type { Effects } from '../model/modelSchemas';
import { initialWorld } from '../scenario/initialWorld';
import { REPEAT_KEYS, type WorldState, withWorld } from '../world/worldState';
import { demarcheCeiling, keptPercent, repeatsAfter, scaled, scaledEffects } from './repeats';

const limits = MODEL.transit.demarcheCeiling;

function worldWith(changes: Partial<WorldState> = {}): WorldState {
  return withWorld(initialWorld(loadScenario('pact-1935'), 'repeat-units', 'france', true), changes);
}

/** The world with its convention in `phase` and its transit clause at `option`. */
function withConvention(phase: 'drafting' | 'signed' | 'inForce', option: number): WorldState {
  const base = worldWith();
  return withWorld(base, { convention: { ...base.convention, phase, agreed: { transit: option } } });
}

describe('scaledEffects', () => {
  it('hands back the very same effects at full strength (the plan made for them is found again)', () => {
    const effects: Effects = { levels: { frenchWill: 8 }, stance: { uk: 5 } };
    expect(scaledEffects(effects, 100)).toBe(effects);
  });

  it('scales every delta on levels, stance, trust and transit, and keeps the rest as it was', () => {
    const effects: Effects = {
      levels: { frenchWill: 8, tension: -5 },
      stance: { uk: 6 },
      trust: { poland: -3 },
      transit: { romania: 10 },
      locarno: 'in-force',
      conventionCredibility: 4,
    };
    expect(scaledEffects(effects, 50)).toStrictEqual({
      levels: { frenchWill: 4, tension: -3 },
      stance: { uk: 3 },
      trust: { poland: -2 },
      transit: { romania: 5 },
      locarno: 'in-force',
      conventionCredibility: 4,
    });
    // The effects themselves are left as they were.
    expect(effects.levels).toStrictEqual({ frenchWill: 8, tension: -5 });
  });

  it('adds no record the effects lack, and no delta a record leaves undefined', () => {
    const levelsOnly: Effects = { levels: { britishCommitment: 6 } };
    const out = scaledEffects(levelsOnly, 60);
    expect(out).toStrictEqual({ levels: { britishCommitment: 4 } });
    expect(Object.keys(out)).toEqual(['levels']);
    const stanceOnly = scaledEffects({ stance: { uk: 10 } }, 60);
    expect(Object.keys(stanceOnly)).toEqual(['stance']);
    const trustOnly = scaledEffects({ trust: { uk: 10 } }, 60);
    expect(Object.keys(trustOnly)).toEqual(['trust']);
    const transitOnly = scaledEffects({ transit: { poland: 10 } }, 60);
    expect(Object.keys(transitOnly)).toEqual(['transit']);
    expect(transitOnly.transit).toStrictEqual({ poland: 6 });
    const gap = scaledEffects({ levels: { frenchWill: undefined, tension: 10 } }, 60);
    expect(gap.levels).toStrictEqual({ tension: 6 });
  });
});

describe('scaled and keptPercent', () => {
  it('rounds half away from zero, and keeps a zero a plain zero', () => {
    expect(scaled(5, 50)).toBe(3);
    expect(scaled(-5, 50)).toBe(-3);
    expect(Object.is(scaled(0, 60), 0)).toBe(true);
    expect(Object.is(scaled(-1, 10), 0)).toBe(false);
  });

  it('wears a share down to nothing and keeps it there', () => {
    expect(keptPercent(0, 60)).toBe(100);
    expect(keptPercent(12, 60)).toBe(0);
    expect(keptPercent(13, 60)).toBe(0);
  });
});

describe('repeatsAfter', () => {
  it('writes a new counter beside the others, every key of REPEAT_KEYS in its order, the orders never given undefined', () => {
    const month = worldWith().month;
    const world = worldWith({ repeats: { 'domestic.rally': { count: 1, last: month } } });
    const after = repeatsAfter(world, 'demarche-romania');
    expect(after).toStrictEqual({
      'demarche-poland': undefined,
      'demarche-romania': { count: 1, last: month },
      'diplomacy.reassureBritain': undefined,
      'diplomacy.collectiveSecurity': undefined,
      'domestic.rally': { count: 1, last: month },
    });
    expect(Object.keys(after)).toEqual([...REPEAT_KEYS]);
    // What the world's hash and its files keep: the counters given, nothing for the others.
    expect(JSON.parse(JSON.stringify(after))).toEqual({
      'demarche-romania': { count: 1, last: month },
      'domestic.rally': { count: 1, last: month },
    });
  });

  it('replaces a counter already there, leaving the others as they were, in one order whatever order they came in', () => {
    const month = worldWith().month;
    const world = worldWith({
      repeats: { 'domestic.rally': { count: 2, last: month }, 'demarche-poland': { count: 1, last: month } },
    });
    const after = repeatsAfter(world, 'demarche-poland');
    expect(Object.keys(after)).toEqual([...REPEAT_KEYS]);
    expect(after['demarche-poland']).toEqual({ count: 2, last: month });
    expect(after['domestic.rally']).toBe(world.repeats['domestic.rally']);
    expect(after['demarche-romania']).toBeUndefined();
    const other = repeatsAfter(
      worldWith({ repeats: { 'demarche-poland': { count: 1, last: month } } }),
      'domestic.rally',
    );
    expect(Object.keys(other)).toEqual(Object.keys(after));
  });

  it('counts each key apart: the first counter alone, the others still never given', () => {
    const world = worldWith({ repeats: {} });
    for (const key of REPEAT_KEYS) {
      const after = repeatsAfter(world, key);
      expect(after[key]).toEqual({ count: 1, last: world.month });
      for (const other of REPEAT_KEYS) if (other !== key) expect(after[other]).toBeUndefined();
    }
  });
});

describe('demarcheCeiling', () => {
  it('names firmer British support as the reason its ceiling is higher', () => {
    const base = worldWith();
    const firm = worldWith({ levels: { ...base.levels, britishCommitment: limits.britishCommitmentAt } });
    expect(demarcheCeiling(firm, 'romania')).toEqual({
      ceiling: Math.max(limits.alone.romania, limits.withBritain.romania),
      reason: 'british-support',
    });
  });

  it('lifts the ceiling once the convention is signed (not only in force), if its transit clause covers the state', () => {
    const option = limits.conventionTransitOption.poland;
    expect(demarcheCeiling(withConvention('signed', option), 'poland')).toEqual({ ceiling: 100, reason: 'convention' });
    expect(demarcheCeiling(withConvention('inForce', option), 'poland')).toEqual({
      ceiling: 100,
      reason: 'convention',
    });
    expect(demarcheCeiling(withConvention('drafting', option), 'poland').reason).toBe('alone');
  });

  it('keeps the ceiling for a state the signed transit clause does not cover', () => {
    const below = limits.conventionTransitOption.poland - 1;
    expect(below).toBeGreaterThanOrEqual(limits.conventionTransitOption.romania);
    const world = withConvention('signed', below);
    expect(demarcheCeiling(world, 'poland')).toEqual({ ceiling: limits.alone.poland, reason: 'alone' });
    expect(demarcheCeiling(world, 'romania')).toEqual({ ceiling: 100, reason: 'convention' });
  });
});
