/**
 * The computer's policies, function by function (issue 9): their names, how each
 * answers a crisis, and what alliance-first offers first on each clause, for
 * worlds built in each test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { CONVENTION } from './model/modelData';
import { SIDE_APPROVERS, valuation } from './negotiation/offers';
import { createPolicy, policyLabel } from './policies';
import { initialWorld } from './scenario/initialWorld';
import type { Strategy } from './strategy';
import { CLAUSE_IDS, type CrisisVerdicts, type WorldState } from './world/worldState';

const NO_DUTY: CrisisVerdicts = {
  francoSoviet: { outcome: 'not-applicable', reason: 'NOT_OWN_TERRITORY', owed: false, obstacles: [] },
  czechoslovakSoviet: { outcome: 'not-applicable', reason: 'NOT_A_PARTY', owed: false, types: [], obstacles: [] },
  locarno: { outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' },
};

const UNITS: Strategy = {
  format: 'hollow-pact-strategy',
  version: 1,
  name: 'Poland first',
  role: 'ussr',
  orders: [],
  crises: {},
};

function atCrisis(world: WorldState, move: string | null): WorldState {
  return { ...world, crisis: move === null ? null : { move, month: world.month, verdicts: NO_DUTY } };
}

describe('policyLabel and createPolicy', () => {
  it('names a built-in policy by its name and a strategy by the strategy’s', () => {
    expect(policyLabel('alliance-first')).toBe('alliance-first');
    expect(policyLabel(UNITS)).toBe('Poland first');
    const scenario = loadScenario('pact-1935');
    expect(createPolicy('historical', scenario, 's').name).toBe('historical');
    expect(createPolicy('random', scenario, 's').name).toBe('random');
    expect(createPolicy('alliance-first', scenario, 's').name).toBe('alliance-first');
    expect(createPolicy(UNITS, scenario, 's').name).toBe('Poland first');
  });
});

describe('crisis answers', () => {
  it('historical: the scenario’s answer for the move and side, standing aside without a crisis', () => {
    const scenario = loadScenario('pact-1935');
    const policy = createPolicy('historical', scenario, 's');
    const world = initialWorld(scenario, 'policies-units', 'france');
    expect(policy.crisis(atCrisis(world, 'sudetenland'))).toBe('mobilise');
    expect(policy.crisis(atCrisis(world, 'prague'))).toBe('stand-aside');
    expect(policy.crisis(atCrisis(world, null))).toBe('stand-aside');
  });

  it('alliance-first: the guarantors for the Rhineland, the Council for Austria, the Protocol for the rest', () => {
    const scenario = loadScenario('pact-1935');
    const policy = createPolicy('alliance-first', scenario, 's');
    const world = initialWorld(scenario, 'policies-units', 'ussr');
    expect(policy.crisis(atCrisis(world, 'rhineland'))).toBe('ask-guarantors');
    expect(policy.crisis(atCrisis(world, 'anschluss'))).toBe('refer-council');
    expect(policy.crisis(atCrisis(world, 'sudetenland'))).toBe('invoke-protocol');
    expect(policy.crisis(atCrisis(world, null))).toBe('invoke-protocol');
  });

  it('random: one of the five answers, the same for the same seed', () => {
    const scenario = loadScenario('pact-1935');
    const world = atCrisis(initialWorld(scenario, 'policies-units', 'france'), 'sudetenland');
    const answers = (seed: string) => {
      const policy = createPolicy('random', scenario, seed);
      return Array.from({ length: 12 }, () => policy.crisis(world));
    };
    const a = answers('class-1');
    expect(answers('class-1')).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(1);
  });
});

/** How a side's own veto players value an option (France: cabinet, War Minister, General Staff). */
function home(role: 'france' | 'ussr', clause: (typeof CLAUSE_IDS)[number], option: number): number {
  return SIDE_APPROVERS[role].reduce((sum, approver) => sum + valuation(approver, clause, option), 0);
}

/** A world in drafting with the clauses before `clause` agreed, France's stance high enough not to press the staff. */
function drafting(role: 'france' | 'ussr', clause: (typeof CLAUSE_IDS)[number]): WorldState {
  const world = initialWorld(loadScenario('pact-1935'), 'policies-units', role);
  const agreed = Object.fromEntries(CLAUSE_IDS.slice(0, CLAUSE_IDS.indexOf(clause)).map((c) => [c, 0]));
  return {
    ...world,
    month: '1936-06',
    convention: { ...world.convention, phase: 'drafting', resumePhase: null, agreed, counter: null },
    actors: { ...world.actors, france: { ...world.actors.france, stance: 80 } },
  };
}

describe('alliance-first’s first offer on each clause', () => {
  it('France: the strongest option its own veto players together value at -15 or more (else the weakest)', () => {
    for (const clause of CLAUSE_IDS) {
      const options = CONVENTION.clauses[clause].options.length;
      const acceptable = Array.from({ length: options }, (_, o) => o).filter((o) => home('france', clause, o) >= -15);
      const expected = acceptable.length === 0 ? 0 : Math.max(...acceptable);
      const order = createPolicy('alliance-first', loadScenario('pact-1935'), 's').nextOrder(
        drafting('france', clause),
      );
      expect(order, clause).toEqual({ type: 'convention.offer', clause, option: expected });
    }
  });

  it('the USSR: the option whose worse judge, Paris or the Politburo, likes it best, the stronger on a tie', () => {
    for (const clause of CLAUSE_IDS) {
      const options = CONVENTION.clauses[clause].options.length;
      const scores = Array.from({ length: options }, (_, o) =>
        Math.min(home('france', clause, o), home('ussr', clause, o)),
      );
      const expected = scores.lastIndexOf(Math.max(...scores));
      const order = createPolicy('alliance-first', loadScenario('pact-1935'), 's').nextOrder(drafting('ussr', clause));
      expect(order, clause).toEqual({ type: 'convention.offer', clause, option: expected });
    }
  });

  it('France presses its General Staff first while its stance is below 60 in drafting', () => {
    const world = drafting('france', CLAUSE_IDS[0]);
    const low = { ...world, actors: { ...world.actors, france: { ...world.actors.france, stance: 59 } } };
    expect(createPolicy('alliance-first', loadScenario('pact-1935'), 's').nextOrder(low)).toEqual({
      type: 'domestic.pressStaff',
    });
    const at60 = { ...world, actors: { ...world.actors, france: { ...world.actors.france, stance: 60 } } };
    expect(createPolicy('alliance-first', loadScenario('pact-1935'), 's').nextOrder(at60).type).toBe(
      'convention.offer',
    );
  });
});
