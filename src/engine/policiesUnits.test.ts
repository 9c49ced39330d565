/**
 * The computer's policies, function by function (issue 9): their names, how each
 * answers a crisis, and what alliance-first offers first on each clause, for
 * worlds built in each test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { chanceOf, ruleScore } from './model/decide';
import { contextFor } from './model/derived';
import { CONVENTION, MODEL } from './model/modelData';
import { addMonths, type YearMonth } from './months';
import { SIDE_APPROVERS, valuation } from './negotiation/offers';
import { createPolicy, type Policy, policyLabel } from './policies';
import { initialWorld } from './scenario/initialWorld';
import type { Scenario } from './scenario/schema';
import type { Strategy } from './strategy';
import { costOf } from './turn/actions';
import { demarcheCeiling } from './turn/repeats';
import {
  CLAUSE_IDS,
  type Clauses,
  type ConventionState,
  type CrisisVerdicts,
  type WorldState,
} from './world/worldState';

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

/** Alliance-first's policy object for one game, made inside each test. */
function allianceFirst(): Policy {
  return createPolicy('alliance-first', loadScenario('pact-1935'), 's');
}

/** Alliance-first's first order in a drafting world with `agreed` and the counter on the table, France's stance at 80. */
function draftingWith(
  role: 'france' | 'ussr',
  agreed: Clauses,
  counter: ConventionState['counter'] = null,
): WorldState {
  const world = drafting(role, CLAUSE_IDS[0]);
  return { ...world, convention: { ...world.convention, agreed, counter } };
}

describe('alliance-first month by month: an offer rejected, countered or sent back', () => {
  it('France asks one step more after a Soviet rejection, up to the strongest option, and not while a counter is on the table', () => {
    const policy = allianceFirst();
    const strongest = CONVENTION.clauses.staffCoordination.options.length - 1;
    // The first open clause is staffCoordination; each call sees it still open with no counter: rejected.
    const world = draftingWith('france', { trigger: 0 });
    const first = policy.nextOrder(world);
    expect(first.type).toBe('convention.offer');
    const firstOption = first.type === 'convention.offer' ? first.option : -1;
    expect(firstOption).toBeLessThan(strongest - 1);
    const asked = [firstOption];
    for (let month = 0; month < strongest - firstOption + 1; month++) {
      const order = policy.nextOrder(world);
      expect(order.type).toBe('convention.offer');
      asked.push(order.type === 'convention.offer' ? order.option : -1);
    }
    const expected = [firstOption];
    for (let o = firstOption + 1; o <= strongest; o++) expected.push(o);
    expected.push(strongest);
    expect(asked).toEqual(expected);

    // A counter the French veto players cannot bear (they value it below -25) is no rejection: the same offer again.
    const again = allianceFirst();
    expect(again.nextOrder(world)).toEqual(first);
    const unbearable = draftingWith('france', { trigger: 0 }, { clause: 'staffCoordination', option: strongest });
    expect(home('france', 'staffCoordination', strongest)).toBeLessThan(-25);
    expect(again.nextOrder(unbearable)).toEqual(first);
  });

  it('France offers one step weaker on a clause its own approvers sent back, never below the weakest', () => {
    const policy = allianceFirst();
    // staffCoordination agreed at its strongest option; the first open clause is sovietContribution.
    const strongest = CONVENTION.clauses.staffCoordination.options.length - 1;
    expect(policy.nextOrder(draftingWith('france', { trigger: 0, staffCoordination: strongest })).type).toBe(
      'convention.offer',
    );
    // Next month staffCoordination is open again: sent back.
    expect(policy.nextOrder(draftingWith('france', { trigger: 0 }))).toEqual({
      type: 'convention.offer',
      clause: 'staffCoordination',
      option: strongest - 1,
    });

    const weakest = allianceFirst();
    weakest.nextOrder(draftingWith('france', { trigger: 0, staffCoordination: 0 }));
    expect(weakest.nextOrder(draftingWith('france', { trigger: 0 }))).toEqual({
      type: 'convention.offer',
      clause: 'staffCoordination',
      option: 0,
    });
  });

  it('the USSR offers one step stronger on a clause the Politburo sent back, then one weaker after a French rejection', () => {
    const policy = allianceFirst();
    const strongest = CONVENTION.clauses.staffCoordination.options.length - 1;
    policy.nextOrder(draftingWith('ussr', { trigger: 0, staffCoordination: 1 }));
    const sentBack = draftingWith('ussr', { trigger: 0 });
    expect(policy.nextOrder(sentBack)).toEqual({ type: 'convention.offer', clause: 'staffCoordination', option: 2 });
    // Rejected (still open, no counter): one step weaker.
    expect(policy.nextOrder(sentBack)).toEqual({ type: 'convention.offer', clause: 'staffCoordination', option: 1 });
    expect(policy.nextOrder(sentBack)).toEqual({ type: 'convention.offer', clause: 'staffCoordination', option: 0 });
    expect(policy.nextOrder(sentBack)).toEqual({ type: 'convention.offer', clause: 'staffCoordination', option: 0 });

    // Sent back at the strongest option: the strongest again, never an option the clause does not have.
    const top = allianceFirst();
    top.nextOrder(draftingWith('ussr', { trigger: 0, staffCoordination: strongest }));
    expect(top.nextOrder(sentBack)).toEqual({
      type: 'convention.offer',
      clause: 'staffCoordination',
      option: strongest,
    });
  });

  it('accepts a counter its own side values at -25 or more (France) or -40 or more (the USSR), and offers instead of a worse one', () => {
    // France: publicity's public treaty at exactly -25 is bearable; the transit clause's option at -35 is not.
    expect(home('france', 'publicity', 1)).toBe(-25);
    expect(allianceFirst().nextOrder(draftingWith('france', {}, { clause: 'publicity', option: 1 }))).toEqual({
      type: 'convention.acceptCounter',
    });
    expect(home('france', 'transit', 2)).toBe(-35);
    expect(allianceFirst().nextOrder(draftingWith('france', {}, { clause: 'transit', option: 2 })).type).toBe(
      'convention.offer',
    );
    // The USSR bears both -30 and exactly -40.
    expect(home('ussr', 'trigger', 0)).toBe(-30);
    expect(allianceFirst().nextOrder(draftingWith('ussr', {}, { clause: 'trigger', option: 0 }))).toEqual({
      type: 'convention.acceptCounter',
    });
    expect(home('ussr', 'staffCoordination', 0)).toBe(-40);
    expect(allianceFirst().nextOrder(draftingWith('ussr', {}, { clause: 'staffCoordination', option: 0 }))).toEqual({
      type: 'convention.acceptCounter',
    });
  });

  it('France presses its staff only while drafting: before, it takes the talks’ next step whatever its stance', () => {
    const world = drafting('france', CLAUSE_IDS[0]);
    const contacts: WorldState = {
      ...world,
      convention: { ...world.convention, phase: 'attacheContacts' },
      actors: { ...world.actors, france: { ...world.actors.france, stance: 40 } },
    };
    expect(allianceFirst().nextOrder(contacts)).toEqual({ type: 'convention.staffTalks' });
  });
});

/** A world where alliance-first has nothing to do on the convention (the draft is with the approvers), British commitment too low to raise the ceilings. */
function awaitingApprovals(role: 'france' | 'ussr', month: YearMonth, transit: { poland: number; romania: number }) {
  const world = initialWorld(loadScenario('pact-1935'), 'policies-units', role);
  const limits = MODEL.transit.demarcheCeiling;
  return {
    ...world,
    month,
    transit,
    levels: { ...world.levels, britishCommitment: limits.britishCommitmentAt - 1 },
    convention: { ...world.convention, phase: 'approvals' as const, resumePhase: null, counter: null },
  };
}

describe('alliance-first month by month: démarches for transit, then London or the Red Army', () => {
  it('a démarche to Romania before April 1939 while below the ceiling démarches alone can reach; at it, France reassures London', () => {
    const start = awaitingApprovals('france', '1936-06', { poland: 5, romania: 0 });
    const ceiling = demarcheCeiling(start, 'romania').ceiling;
    expect(ceiling).toBeLessThan(70);
    const below = { ...start, transit: { poland: 5, romania: ceiling - 1 } };
    expect(allianceFirst().nextOrder(below)).toEqual({ type: 'diplomacy.demarche', to: 'romania' });
    const at = { ...start, transit: { poland: 5, romania: ceiling } };
    expect(allianceFirst().nextOrder(at)).toEqual({ type: 'diplomacy.reassureBritain' });
  });

  it('the USSR turns to the Red Army’s readiness where France would reassure London', () => {
    const start = awaitingApprovals('ussr', '1936-06', { poland: 5, romania: 0 });
    const ceiling = demarcheCeiling(start, 'romania').ceiling;
    expect(allianceFirst().nextOrder({ ...start, transit: { poland: 5, romania: ceiling - 1 } })).toEqual({
      type: 'diplomacy.demarche',
      to: 'romania',
    });
    expect(allianceFirst().nextOrder({ ...start, transit: { poland: 5, romania: ceiling } })).toEqual({
      type: 'military.readiness',
    });
  });

  it('the USSR presses collective security where a proposal pays on average, three months in a row at most, while it may', () => {
    const start = awaitingApprovals('ussr', '1936-06', { poland: 5, romania: 0 });
    const idle = { ...start, transit: { poland: 5, romania: demarcheCeiling(start, 'romania').ceiling } };
    const { answer, answered, rebuffed } = MODEL.collectiveSecurity;
    const odds = (w: WorldState) => chanceOf(answer, ruleScore(answer, contextFor(w)));
    const withStance = (stance: number): WorldState => ({
      ...idle,
      actors: { ...idle.actors, uk: { ...idle.actors.uk, stance } },
    });
    // London's view of the link moves the odds across the line where a proposal pays on average (model.json):
    // its chance of a fall in the drift against the chance of a rise.
    const pays = (chance: number) =>
      chance * -(answered.levels?.sovietDrift ?? 0) > (100 - chance) * (rebuffed.levels?.sovietDrift ?? 0);
    const seen = new Set<string>();
    for (let stance = -100; stance <= 100; stance += 10) {
      const world = withStance(stance);
      const order = allianceFirst().nextOrder(world);
      expect(order, `stance ${stance}, odds ${odds(world)}`).toEqual(
        pays(odds(world)) ? { type: 'diplomacy.collectiveSecurity' } : { type: 'military.readiness' },
      );
      seen.add(order.type);
    }
    expect([...seen].sort()).toEqual(['diplomacy.collectiveSecurity', 'military.readiness']);
    // At the line: 14 in 100 does not pay (84 against 86), 15 does (90 against 85).
    expect([odds(withStance(0)), odds(withStance(10))]).toEqual([14, 15]);
    expect(allianceFirst().nextOrder(withStance(0))).toEqual({ type: 'military.readiness' });
    expect(allianceFirst().nextOrder(withStance(10))).toEqual({ type: 'diplomacy.collectiveSecurity' });
    // A streak of three wears thin: the Red Army's readiness then; two in a row, a third proposal.
    const paying = withStance(100);
    const streak = (count: number): WorldState => ({
      ...paying,
      repeats: { ...paying.repeats, 'diplomacy.collectiveSecurity': { count, last: addMonths(paying.month, -1) } },
    });
    expect(allianceFirst().nextOrder(streak(2))).toEqual({ type: 'diplomacy.collectiveSecurity' });
    expect(allianceFirst().nextOrder(streak(3))).toEqual({ type: 'military.readiness' });
    // Litvinov gone, the order is refused: the Red Army's readiness.
    const molotov = { ...paying, governments: { ...paying.governments, ussr: 'molotov' } };
    expect(allianceFirst().nextOrder(molotov)).toEqual({ type: 'military.readiness' });
  });

  it('at most three démarches in a row to a state; a streak to the other state does not count', () => {
    const world = awaitingApprovals('france', '1936-06', { poland: 5, romania: 20 });
    const last = addMonths(world.month, -1);
    const streak = (key: 'demarche-poland' | 'demarche-romania', count: number): WorldState => ({
      ...world,
      repeats: { [key]: { count, last } },
    });
    expect(allianceFirst().nextOrder(streak('demarche-romania', 2))).toEqual({
      type: 'diplomacy.demarche',
      to: 'romania',
    });
    expect(allianceFirst().nextOrder(streak('demarche-romania', 3))).toEqual({ type: 'diplomacy.reassureBritain' });
    expect(allianceFirst().nextOrder(streak('demarche-poland', 3))).toEqual({
      type: 'diplomacy.demarche',
      to: 'romania',
    });

    const in1939 = awaitingApprovals('france', MODEL.endings.tripleAllianceFrom, { poland: 5, romania: 20 });
    const poland = (key: 'demarche-poland' | 'demarche-romania', count: number): WorldState => ({
      ...in1939,
      repeats: { [key]: { count, last: addMonths(in1939.month, -1) } },
    });
    expect(allianceFirst().nextOrder(poland('demarche-poland', 3))).toEqual({ type: 'diplomacy.reassureBritain' });
    expect(allianceFirst().nextOrder(poland('demarche-romania', 3))).toEqual({
      type: 'diplomacy.demarche',
      to: 'poland',
    });
  });

  it('Poland from the month of the 1939 talks, or once Romania is at 70; Romania before', () => {
    const from = MODEL.endings.tripleAllianceFrom;
    const at = (month: YearMonth, romania: number) =>
      allianceFirst().nextOrder(awaitingApprovals('france', month, { poland: 5, romania }));
    expect(at(addMonths(from, -1), 20)).toEqual({ type: 'diplomacy.demarche', to: 'romania' });
    expect(at(from, 20)).toEqual({ type: 'diplomacy.demarche', to: 'poland' });
    expect(at(addMonths(from, 1), 20)).toEqual({ type: 'diplomacy.demarche', to: 'poland' });
    // Romania at 70 (the policy's own mark) turns it to Poland even in 1936; at 69 Romania stays the corridor, out of reach.
    expect(at('1936-06', 70)).toEqual({ type: 'diplomacy.demarche', to: 'poland' });
    expect(at('1936-06', 69)).toEqual({ type: 'diplomacy.reassureBritain' });
  });

  it('no démarche above 70 even where a signed convention lifts the ceiling', () => {
    const world = awaitingApprovals('france', '1939-05', { poland: 69, romania: 20 });
    const signed: WorldState = {
      ...world,
      convention: {
        ...world.convention,
        phase: 'signed',
        agreed: { transit: CONVENTION.clauses.transit.options.length - 1 },
      },
    };
    expect(demarcheCeiling(signed, 'poland').ceiling).toBeGreaterThan(70);
    expect(allianceFirst().nextOrder(signed)).toEqual({ type: 'diplomacy.demarche', to: 'poland' });
    expect(allianceFirst().nextOrder({ ...signed, transit: { poland: 70, romania: 20 } })).toEqual({
      type: 'diplomacy.reassureBritain',
    });
  });

  it('passes when no capital is left, and its extras cost what a démarche costs (so no démarche is left either)', () => {
    const world = awaitingApprovals('france', '1936-06', { poland: 5, romania: 20 });
    expect(allianceFirst().nextOrder({ ...world, capital: 0 })).toEqual({ type: 'pass' });
    const demarche = costOf({ type: 'diplomacy.demarche', to: 'poland' });
    expect(costOf({ type: 'diplomacy.reassureBritain' })).toBe(demarche);
    expect(costOf({ type: 'military.readiness' })).toBe(demarche);
  });
});

describe('historical: the scenario’s orders of the month, each once, in order', () => {
  it('gives each scripted action of the month once, skips one the rules refuse, then passes', () => {
    const base = loadScenario('pact-1935');
    const [entry] = base.historicalChoices.france;
    if (entry === undefined) throw new Error('no scripted choice');
    const month = '1936-06';
    const scenario: Scenario = {
      ...base,
      historicalChoices: {
        ...base.historicalChoices,
        france: [
          { ...entry, month, actions: [{ type: 'convention.open' }, { type: 'diplomacy.demarche', to: 'romania' }] },
          { ...entry, month, actions: [{ type: 'diplomacy.reassureBritain' }] },
        ],
      },
    };
    const world = { ...initialWorld(base, 'policies-units', 'france'), month };
    const policy = createPolicy('historical', scenario, 's');
    const orders = Array.from({ length: 4 }, () => policy.nextOrder(world));
    expect(orders).toEqual([
      { type: 'convention.open' },
      { type: 'diplomacy.demarche', to: 'romania' },
      { type: 'diplomacy.reassureBritain' },
      { type: 'pass' },
    ]);
    // With no capital the rules refuse them all: none is given.
    const poor = createPolicy('historical', scenario, 's');
    expect(poor.nextOrder({ ...world, capital: 0 })).toEqual({ type: 'pass' });
    expect(poor.nextOrder(world)).toEqual({ type: 'pass' });
  });
});
