/**
 * The odds an order's button shows are the ones its roll then uses, and say nothing of how the die will fall
 * (a student found "no odds" meant a certain yes, where only a failed roll was logged).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { createGame } from '../game';
import { CONVENTION, MODEL } from '../model/modelData';
import { seedFromString } from '../random';
import type { GameAction } from '../turn/actions';
import { applyOrder } from '../turn/step';
import { CLAUSE_IDS, type WorldState, withWorld } from '../world/worldState';
import { orderOdds } from './orderOdds';

const ORDERS: readonly GameAction[] = [
  { type: 'convention.staffTalks' },
  { type: 'convention.resume' },
  { type: 'diplomacy.demarche', to: 'poland' },
  { type: 'diplomacy.demarche', to: 'romania' },
];

/** The chances the order's log gives, in its order. */
function loggedChances(world: WorldState, action: GameAction): number[] {
  const before = world.log.find((m) => m.month === world.month)?.entries.length ?? 0;
  const after = applyOrder(world, action);
  return (after.log.find((m) => m.month === world.month)?.entries.slice(before) ?? [])
    .flatMap((e) => e.reasons ?? [])
    .flatMap((r) =>
      r.explanation?.chance === undefined || r.explanation.chance === null ? [] : [r.explanation.chance],
    );
}

/** Worlds to try the orders on: the start of each scenario, as France and as the USSR, and one with stalled talks. */
function worlds(): WorldState[] {
  const found: WorldState[] = [];
  for (const id of ['pact-1935', 'blum-staff-talks-1936', 'last-chance-1937', 'munich-1938']) {
    for (const role of ['france', 'ussr'] as const) {
      const world = createGame(loadScenario(id), { seed: `odds-${id}`, role }).getSnapshot().world;
      found.push(world, { ...world, convention: { ...world.convention, phase: 'stalled' } });
    }
  }
  return found;
}

describe('the odds of an order', () => {
  it('are the same whatever the die will say: read from the rules, never from a roll', () => {
    let compared = 0;
    for (const world of worlds()) {
      for (const action of ORDERS) {
        const odds = orderOdds(world, action);
        for (let n = 0; n < 20; n++) {
          expect(orderOdds(withWorld(world, { rng: seedFromString(`die-${n}`) }), action)).toEqual(odds);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('are the chances the order then rolls with, each time its log tells one', () => {
    let told = 0;
    for (const world of worlds()) {
      for (const action of ORDERS) {
        const odds = orderOdds(world, action);
        for (let n = 0; n < 10; n++) {
          const rolled = withWorld(world, { rng: seedFromString(`die-${n}`) });
          const logged = loggedChances(rolled, action);
          if (logged.length === 0) continue;
          expect(odds?.kind, action.type).toBe('rolls');
          const shown = odds?.kind === 'rolls' ? odds.rolls.map((r) => r.chance) : [];
          // The log tells the chance rolls that decided, in order, each at the odds shown.
          expect(shown.slice(0, logged.length)).toEqual(logged);
          told++;
        }
      }
    }
    expect(told).toBeGreaterThan(50);
  });

  it('give the resume its constant chance, a worn-out démarche no odds but why, and no die none', () => {
    const world = createGame(loadScenario('last-chance-1937'), { seed: 'odds', role: 'france' }).getSnapshot().world;
    const stalled = { ...world, convention: { ...world.convention, phase: 'stalled' as const } };
    expect(orderOdds(stalled, { type: 'convention.resume' })).toEqual({
      kind: 'rolls',
      rolls: [{ question: 'Stalled talks are revived', chance: CONVENTION.rules.stallResumeChance.value }],
    });
    expect(orderOdds(world, { type: 'diplomacy.demarche', to: 'poland' })).toEqual({
      kind: 'rolls',
      rolls: [{ question: 'A démarche moves the government', chance: MODEL.transit.demarcheChance }],
    });
    const worn = { ...world, repeats: { 'demarche-poland': { count: 30, last: world.month } } };
    expect(orderOdds(worn, { type: 'diplomacy.demarche', to: 'poland' })).toEqual({
      kind: 'nil',
      why: `repeated so often that it carries no weight now (it weighs again after more than ${MODEL.diminishing.forgetAfterMonths} months without one)`,
    });
    // At its ceiling, a démarche would soften the government no further.
    const held = { ...world, transit: { ...world.transit, poland: MODEL.transit.grantedAt + 10 } };
    expect(orderOdds(held, { type: 'diplomacy.demarche', to: 'poland' })).toEqual({
      kind: 'nil',
      why: 'the government will not move further on démarches alone',
    });
    expect(orderOdds(world, { type: 'domestic.rally' })).toBeNull();
    // Refused now (the talks are not stalled): no odds.
    expect(orderOdds(world, { type: 'convention.resume' })).toBeNull();
  });

  it('gives each approver’s verdict on a draft as the submission then finds it, the first no ending the approvals', () => {
    let submitted = 0;
    let refused = 0;
    for (const role of ['france', 'ussr'] as const) {
      const start = createGame(loadScenario('last-chance-1937'), { seed: `draft-odds-${role}`, role }).getSnapshot()
        .world;
      for (let n = 0; n < 60; n++) {
        // A full draft: each clause at an option picked by n, so that some drafts pass and some fail where.
        const agreed = Object.fromEntries(
          CLAUSE_IDS.map((clause, i) => [clause, (n * (i + 3) + i) % CONVENTION.clauses[clause].options.length]),
        );
        const world = withWorld(start, {
          capital: 2,
          convention: { ...start.convention, phase: 'drafting', agreed, counter: null },
        });
        const odds = orderOdds(world, { type: 'convention.submit' });
        if (odds?.kind !== 'verdicts') throw new Error('a full draft has its approvers’ verdicts');
        const before = world.log.find((m) => m.month === world.month)?.entries.length ?? 0;
        const after = applyOrder(world, { type: 'convention.submit' });
        const judged = (after.log.find((m) => m.month === world.month)?.entries.slice(before) ?? [])
          .filter((e) => e.key === 'negotiation.approval')
          .map((e) => [e.params?.approver, e.params?.yes]);
        const firstNo = odds.verdicts.findIndex((v) => !v.yes);
        const expected = odds.verdicts.slice(0, firstNo === -1 ? undefined : firstNo + 1);
        expect(judged).toEqual(expected.map((v) => [v.approver, v.yes]));
        expect(after.convention.phase === 'signed').toBe(firstNo === -1);
        submitted += 1;
        if (firstNo !== -1) {
          refused += 1;
          expect(odds.verdicts[firstNo]?.objection).not.toBeNull();
        }
      }
    }
    expect(submitted).toBe(120);
    expect(refused).toBeGreaterThan(10);
    expect(submitted - refused).toBeGreaterThan(0);
  });

  it('gives the other side’s answer to an offer as the offer then gets it: accepted, countered or refused', () => {
    const seen = new Set<string>();
    for (const role of ['france', 'ussr'] as const) {
      const start = createGame(loadScenario('last-chance-1937'), { seed: `offer-odds-${role}`, role }).getSnapshot()
        .world;
      const world = withWorld(start, {
        capital: 2,
        convention: { ...start.convention, phase: 'drafting', counter: null },
      });
      for (const clause of CLAUSE_IDS) {
        CONVENTION.clauses[clause].options.forEach((_, option) => {
          const action: GameAction = { type: 'convention.offer', clause, option };
          const odds = orderOdds(world, action);
          if (odds?.kind !== 'answer') throw new Error('an offer has its answer');
          const after = applyOrder(world, action);
          const got =
            after.convention.agreed[clause] === option
              ? 'accept'
              : after.convention.counter?.clause === clause
                ? 'counter'
                : 'reject';
          expect([role, clause, option, odds.answer]).toEqual([role, clause, option, got]);
          if (got === 'counter') {
            const counter = after.convention.counter?.option ?? -1;
            expect(odds.counter).toBe(CONVENTION.clauses[clause].options[counter]);
          } else expect(odds.counter).toBeNull();
          expect(odds.answer === 'accept').toBe(odds.score >= odds.acceptAt);
          // The offering side's own judges, each with its valuation of the option (convention.json), in their order.
          const judges =
            role === 'france' ? (['cabinet', 'warMinister', 'generalStaff'] as const) : (['sovietLeadership'] as const);
          expect(odds.own).toEqual(
            judges.map((judge) => ({
              who: CONVENTION.labels.approvers[judge],
              points: CONVENTION.valuations[judge][clause].values[option],
            })),
          );
          seen.add(got);
        });
      }
    }
    expect([...seen].sort()).toEqual(['accept', 'counter', 'reject']);
  });
});
