/**
 * The legal actions are worked out from the few facts the rules read (no memo
 * of whole lists): they must be exactly the orders `refusal` allows, in the
 * same order, and `legalActionCount` / `legalActionAt` (what the random policy
 * draws from) must agree with the list, or a random game would change.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { CONVENTION } from '../model/modelData';
import { initialWorld } from '../scenario/initialWorld';
import { CLAUSE_IDS, CONVENTION_PHASES, type WorldState, withWorld } from '../world/worldState';
import {
  CRISIS_CHOICES,
  type GameAction,
  legalActionAt,
  legalActionCount,
  legalActionDrawn,
  legalActions,
  MONTHLY_ORDERS,
  refusal,
} from './actions';
import { applyOrder, endOrders } from './step';

/** Every order a month could allow, in the order the legal list keeps: pass, the monthly orders, then every offer. */
const EVERY_ORDER: readonly GameAction[] = [
  { type: 'pass' },
  ...MONTHLY_ORDERS,
  ...CLAUSE_IDS.flatMap((clause) =>
    CONVENTION.clauses[clause].options.map((_, option): GameAction => ({ type: 'convention.offer', clause, option })),
  ),
];

/** What the rules allow, judged order by order by `refusal` (the slow way the list must match). */
function allowed(world: WorldState): GameAction[] {
  if (world.phase === 'ended') return [];
  if (world.phase === 'crisis') return CRISIS_CHOICES.map((choice) => ({ type: 'crisis.respond', choice }));
  return EVERY_ORDER.filter((action) => refusal(world, action) === null);
}

/** Worlds from random games of both roles, month by month, and variations of their capital and the convention's state. */
function worlds(): WorldState[] {
  const scenario = loadScenario('pact-1935');
  const found: WorldState[] = [];
  for (const role of ['france', 'ussr'] as const)
    for (let seed = 0; seed < 12; seed++) {
      const { turns } = simulate(scenario, { seed: `legal-${seed}`, policy: 'random', role, withLog: false });
      let world = initialWorld(scenario, `legal-${seed}`, role, true);
      for (const turn of turns) {
        found.push(world);
        for (const action of turn.actions) {
          world = applyOrder(world, action, true);
          found.push(world);
        }
        if (world.phase === 'orders' && world.month === turn.month) world = endOrders(world, true);
      }
      found.push(world);
    }
  const start = found[0] as WorldState;
  for (const phase of CONVENTION_PHASES)
    for (const capital of [0, 1, 2, 3, 7])
      for (const agreed of [{}, { trigger: 1 }, Object.fromEntries(CLAUSE_IDS.map((c) => [c, 0]))])
        for (const counter of [null, { clause: 'supply' as const, option: 1 }])
          found.push(withWorld(start, { capital, convention: { ...start.convention, phase, agreed, counter } }));
  found.push(withWorld(start, { capital: -1 }), withWorld(start, { capital: 1.5 }));
  return found;
}

describe('legal actions', () => {
  it('are exactly the orders refusal allows, in order, and the count and the i-th agree with the list', () => {
    const all = worlds();
    let drafting = 0;
    for (const world of all) {
      const expected = allowed(world);
      const where = `${world.month} ${world.phase} ${world.convention.phase} capital ${world.capital}`;
      expect(legalActions(world), where).toEqual(expected);
      expect(legalActionCount(world), where).toBe(expected.length);
      for (const [i, action] of expected.entries()) expect(legalActionAt(world, i), `${where} #${i}`).toEqual(action);
      // The random policy's draw: a die's value modulo the list's length.
      for (const drawn of [0, 1, 7, 40, 2 ** 32 - 1])
        if (expected.length > 0)
          expect(legalActionDrawn(world, drawn), where).toEqual(expected[drawn % expected.length]);
      if (world.convention.phase === 'drafting' && world.phase === 'orders' && expected.length > 20) drafting += 1;
    }
    // The games pass through every phase, drafting included (where offers make the list long).
    expect(new Set(all.map((w) => w.phase))).toEqual(new Set(['orders', 'crisis', 'ended']));
    expect(drafting).toBeGreaterThan(20);
  });

  it('refuse an index beyond the list, and a draw when nothing is allowed', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'legal-beyond', 'france');
    expect(() => legalActionAt(world, legalActionCount(world))).toThrow(RangeError);
    expect(() => legalActionDrawn(withWorld(world, { phase: 'ended' }), 3)).toThrow(RangeError);
  });
});
