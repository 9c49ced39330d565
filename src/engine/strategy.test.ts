/**
 * Strategies as data: the file's shape is accepted as the issue writes it,
 * refused with one line per problem, and played as it says — each month every
 * entry whose months include it is sent once, in order, skipped if refused;
 * crises answered by move id, else `*`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { simulate } from './game';
import { initialWorld } from './scenario/initialWorld';
import { parseStrategy, parseStrategyText, type Strategy, strategyCrisisChoice, strategyPolicy } from './strategy';
import { refusal } from './turn/actions';
import { type WorldState, withWorld } from './world/worldState';

const STRATEGIES = join(import.meta.dirname, '../../scenarios/strategies');

/** The issue's example, exactly as written there. */
const ISSUE_EXAMPLE = `{ "format": "hollow-pact-strategy", "version": 1, "name": "Poland first", "role": "france",
  "orders": [ { "action": { "type": "diplomacy.demarche", "to": "poland" }, "from": "1935-06", "until": "1939-08" },
              { "action": { "type": "convention.open" } } ],
  "crises": { "sudetenland": "mobilise", "*": "stand-aside" } }`;

function strategy(fields: Partial<Strategy>): Strategy {
  const parsed = parseStrategy({
    format: 'hollow-pact-strategy',
    version: 1,
    name: 't',
    role: 'france',
    orders: [],
    ...fields,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** Every order a policy gives in the world's month, until it passes. */
function ordersOfMonth(policy: ReturnType<typeof strategyPolicy>, world: WorldState): string[] {
  const given: string[] = [];
  for (let i = 0; i < 20; i++) {
    const action = policy.nextOrder(world);
    if (action.type === 'pass') break;
    given.push(action.type === 'diplomacy.demarche' ? `${action.type}:${action.to}` : action.type);
  }
  return given;
}

describe('parseStrategy', () => {
  it("accepts the issue's example as it is, and the shipped strategies", () => {
    const parsed = parseStrategyText(ISSUE_EXAMPLE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.role).toBe('france');
    expect(parsed.value.orders).toHaveLength(2);
    expect(parsed.value.crises).toEqual({ sudetenland: 'mobilise', '*': 'stand-aside' });
    for (const file of [
      'poland-first',
      'reassure-britain',
      'convention-first',
      'ussr-press-for-talks',
      'ussr-german-option',
    ]) {
      const shipped = parseStrategyText(readFileSync(join(STRATEGIES, `${file}.json`), 'utf8'));
      expect(shipped.ok ? [] : shipped.problems, file).toEqual([]);
    }
  });

  it('refuses a bad file with one line per problem, naming the field', () => {
    const bad = parseStrategy({
      format: 'hollow-pact-strategy',
      version: 2,
      name: 'x',
      role: 'germany',
      orders: [{ action: { type: 'diplomacy.demarche', to: 'atlantis' }, from: 'March' }],
      crises: { '*': 'surrender' },
      colour: 'red',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const lines = bad.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContain('version: expected 1, got 2');
    expect(lines).toContain('role: expected one of france, ussr, got "germany"');
    expect(lines).toContain('orders[0].action.to: expected one of poland, romania, got "atlantis"');
    expect(lines).toContain('orders[0].from: expected a month YYYY-MM, got "March"');
    expect(lines).toContain(
      'crises.*: expected one of refer-council, invoke-protocol, ask-guarantors, mobilise, stand-aside, got "surrender"',
    );
    expect(lines).toContain('colour: unknown field');
  });

  it('refuses an unknown move, months in the wrong order, an action of the other side and a crisis answer among the orders', () => {
    const bad = parseStrategy({
      format: 'hollow-pact-strategy',
      version: 1,
      name: 'x',
      role: 'france',
      orders: [
        { action: { type: 'diplomacy.demarche', to: 'poland' }, from: '1938-01', until: '1937-01' },
        { action: { type: 'military.readiness' } },
      ],
      crises: { sudeten: 'mobilise' },
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual([
      'crises.sudeten',
      'orders[0].until',
      'orders[1].action.type',
    ]);
    const crisisOrder = parseStrategy({
      format: 'hollow-pact-strategy',
      version: 1,
      name: 'x',
      role: 'ussr',
      orders: [{ action: { type: 'crisis.respond', choice: 'mobilise' } }],
    });
    expect(crisisOrder.ok ? [] : crisisOrder.problems.map((p) => p.path)).toEqual(['orders[0].action']);
  });

  it('refuses text that is not JSON', () => {
    const parsed = parseStrategyText('{ "format": ');
    expect(parsed.ok).toBe(false);
  });
});

describe('strategyPolicy', () => {
  const scenario = loadScenario('pact-1935');

  it('signs the convention in most games with the shipped strategies that press for it, each its own side', () => {
    // A shipped example that never reaches what its name promises misleads a class (its transit offer had asked
    // for agreed corridors, which Paris never accepted: no game of 400 signed).
    for (const file of ['convention-first', 'ussr-press-for-talks']) {
      const parsed = parseStrategyText(readFileSync(join(STRATEGIES, `${file}.json`), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      let signed = 0;
      const runs = 40;
      for (let i = 0; i < runs; i++) {
        const { world } = simulate(scenario, { seed: `shipped-${i}`, policy: parsed.value, withLog: false });
        if (world.conventionSigned !== null) signed += 1;
      }
      expect(signed / runs, file).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('sends every entry whose months include this one, once each, in order', () => {
    const policy = strategyPolicy(
      strategy({
        orders: [
          { action: { type: 'diplomacy.demarche', to: 'romania' } },
          { action: { type: 'diplomacy.demarche', to: 'poland' }, from: '1935-07' },
          { action: { type: 'convention.open' }, until: '1935-05' },
        ],
      }),
    );
    const may = withWorld(initialWorld(scenario, 's', 'france'), { capital: 9 });
    expect(may.month).toBe('1935-05');
    expect(ordersOfMonth(policy, may)).toEqual(['diplomacy.demarche:romania', 'convention.open']);
    const june = withWorld(may, { month: '1935-06' });
    expect(ordersOfMonth(policy, june)).toEqual(['diplomacy.demarche:romania']);
    const july = withWorld(may, { month: '1935-07' });
    expect(ordersOfMonth(policy, july)).toEqual(['diplomacy.demarche:romania', 'diplomacy.demarche:poland']);
  });

  it('skips an entry the rules refuse and goes on to the next', () => {
    const policy = strategyPolicy(
      strategy({
        orders: [
          { action: { type: 'convention.submit' } },
          { action: { type: 'convention.staffTalks' } },
          { action: { type: 'diplomacy.reassureBritain' } },
        ],
      }),
    );
    const world = initialWorld(scenario, 's', 'france');
    expect(refusal(world, { type: 'convention.submit' })).not.toBeNull();
    expect(ordersOfMonth(policy, world)).toEqual(['diplomacy.reassureBritain']);
  });

  it('answers a crisis by its move, else by *, else by standing aside', () => {
    const both = strategy({ crises: { sudetenland: 'mobilise', '*': 'refer-council' } });
    expect(strategyCrisisChoice(both, 'sudetenland')).toBe('mobilise');
    expect(strategyCrisisChoice(both, 'rhineland')).toBe('refer-council');
    expect(strategyCrisisChoice(strategy({}), 'prague')).toBe('stand-aside');
  });

  it("plays a whole game as its own role, and every order given is one of the strategy's", () => {
    const poland = strategy({
      role: 'ussr',
      orders: [{ action: { type: 'military.readiness' }, from: '1936-01', until: '1936-12' }],
      crises: { '*': 'mobilise' },
    });
    const result = simulate(scenario, { seed: 'strategy', policy: poland });
    expect(result.world.role).toBe('ussr');
    const given = result.turns.flatMap((t) => t.actions.map((a) => ({ month: t.month, type: a.type })));
    const orders = given.filter((g) => g.type !== 'crisis.respond');
    expect(orders.length).toBe(12);
    expect(orders.every((g) => g.type === 'military.readiness' && g.month >= '1936-01' && g.month <= '1936-12')).toBe(
      true,
    );
    const answers = result.turns.flatMap((t) => t.actions.filter((a) => a.type === 'crisis.respond'));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.type === 'crisis.respond' && a.choice === 'mobilise')).toBe(true);
  });
});
