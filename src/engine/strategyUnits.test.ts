/**
 * Strategies as data, function by function (issue 9): each bad file and its
 * one-line error, what looks like a strategy, and what a strategy orders and
 * answers in a world built in the test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { initialWorld } from './scenario/initialWorld';
import { looksLikeStrategy, parseStrategy, type Strategy, strategyPolicy } from './strategy';
import type { CrisisVerdicts } from './world/worldState';

function lines(data: unknown): string[] {
  const parsed = parseStrategy(data);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

function file(role: 'france' | 'ussr', orders: unknown[]): unknown {
  return { format: 'hollow-pact-strategy', version: 1, name: 'units', role, orders };
}

describe('parseStrategy', () => {
  it('takes an order sent in one month only (from equal to until) and orders without months', () => {
    expect(
      lines(
        file('france', [
          { action: { type: 'convention.open' }, from: '1936-01', until: '1936-01' },
          { action: { type: 'convention.open' }, from: '1936-01' },
          { action: { type: 'convention.open' }, until: '1936-01' },
          { action: { type: 'convention.open' } },
        ]),
      ),
    ).toEqual([]);
  });

  it('names the side that alone may give an order, whichever side the strategy plays', () => {
    expect(lines(file('france', [{ action: { type: 'military.readiness' } }]))).toEqual([
      'orders[0].action.type: only the Soviet side can do that, and this strategy plays france',
    ]);
    expect(
      lines(file('ussr', [{ action: { type: 'convention.open' } }, { action: { type: 'domestic.rally' } }])),
    ).toEqual(['orders[1].action.type: only the French side can do that, and this strategy plays ussr']);
  });
});

describe('looksLikeStrategy', () => {
  it('knows a strategy by its format field, and nothing else', () => {
    expect(looksLikeStrategy({ format: 'hollow-pact-strategy' })).toBe(true);
    expect(looksLikeStrategy({ format: 'hollow-pact-game' })).toBe(false);
    expect(looksLikeStrategy({})).toBe(false);
    expect(looksLikeStrategy(null)).toBe(false);
    expect(looksLikeStrategy('hollow-pact-strategy')).toBe(false);
    expect(looksLikeStrategy(undefined)).toBe(false);
  });
});

/** The law's answer at a crisis that engages no treaty (the verdicts do not matter to a strategy). */
const NO_DUTY: CrisisVerdicts = {
  francoSoviet: { outcome: 'not-applicable', reason: 'NOT_OWN_TERRITORY', owed: false, obstacles: [] },
  czechoslovakSoviet: { outcome: 'not-applicable', reason: 'NOT_A_PARTY', owed: false, types: [], obstacles: [] },
  locarno: { outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' },
};

function strategy(orders: Strategy['orders'], crises: Strategy['crises']): Strategy {
  return { format: 'hollow-pact-strategy', version: 1, name: 'units', role: 'france', orders, crises };
}

describe('strategyPolicy', () => {
  it('skips an order outside its months, sends the rest once each month, then passes', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'strategy-units', 'france');
    expect(world.month).toBe('1935-05');
    const policy = strategyPolicy(
      strategy(
        [
          { action: { type: 'diplomacy.demarche', to: 'poland' }, from: '1935-06' },
          { action: { type: 'diplomacy.demarche', to: 'romania' }, until: '1935-04' },
          { action: { type: 'convention.open' }, from: '1935-05', until: '1935-05' },
        ],
        {},
      ),
    );
    expect(policy.name).toBe('units');
    expect(policy.nextOrder(world)).toEqual({ type: 'convention.open' });
    expect(policy.nextOrder(world)).toEqual({ type: 'pass' });
    // A new month starts the list again: the démarche to Poland is now in its months.
    const june = { ...world, month: '1935-06' };
    expect(policy.nextOrder(june)).toEqual({ type: 'diplomacy.demarche', to: 'poland' });
    expect(policy.nextOrder(june)).toEqual({ type: 'pass' });
  });

  it('answers a named move by its entry and any other by "*", standing aside without either', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'strategy-units', 'france');
    const at = (move: string) => ({
      ...world,
      crisis: { move, month: '1938-09', verdicts: NO_DUTY },
    });
    const policy = strategyPolicy(strategy([], { sudetenland: 'mobilise', '*': 'refer-council' }));
    expect(policy.crisis({ ...world, crisis: null })).toBe('refer-council');
    expect(policy.crisis(at('sudetenland'))).toBe('mobilise');
    expect(policy.crisis(at('anschluss'))).toBe('refer-council');
    expect(strategyPolicy(strategy([], { sudetenland: 'mobilise' })).crisis(at('prague'))).toBe('stand-aside');
  });
});
