/**
 * Model-based tests: xstate/graph enumerates every simple path of each rule
 * machine, driven by explicit events (facts arriving at the steps that need
 * them). Every state must be reached (transient ones included, not only the
 * final ones), every terminal state with its verdict, every state on every path
 * must cite its source and say letter or practice, and no path may reach
 * assistance by a French attack on Germany without the Locarno check.
 */

import { describe, expect, it } from 'vitest';
import type { AnyStateMachine, EventFromLogic, InputFrom } from 'xstate';
import { getSimplePaths, getStateNodes } from 'xstate/graph';
import { covenantCouncilMachine } from './covenantCouncilMachine';
import { czechoslovakSovietMachine } from './czechoslovakSovietMachine';
import type { FactEvent, IncidentEvent } from './facts';
import { francoSovietPactMachine } from './francoSovietPactMachine';
import { CONVENTION_LEVELS, COUNCIL_RESULTS, GUARANTOR_VERDICTS } from './legalCase';
import { locarnoMachine } from './locarnoMachine';
import type { FrenchAction } from './locarnoRules';
import type { CouncilReport } from './pactRules';
import { type RuleRun, sendFact, startRun } from './ruleRun';
import { COUNTRY_IDS, type CountryId, REASON_CODES, type StepMeta } from './types';
import { type WorldFacts, worldFactsOn } from './worldFacts';

const IN_FORCE = worldFactsOn('1937-05-01');
const BEFORE_RATIFICATION = worldFactsOn('1936-01-15');
const NO_ALWAYS_HELP = worldFactsOn('1937-05-01', {
  unavailableTypes: ['economic', 'naval', 'expeditionary_by_sea', 'offensive_in_west'],
});
/** The rule variant without Protocol I §2 (scenarios/variants/no-protocol-override.json). */
const NO_PROTOCOL_OVERRIDE = worldFactsOn('1937-05-01', { protocolOverride: false });
const NOTHING_AT_ALL = worldFactsOn('1937-05-01', {
  unavailableTypes: ['economic', 'naval', 'expeditionary_by_sea', 'offensive_in_west', 'air', 'land_via_transit'],
});

const attack = (aggressor: CountryId, victim: CountryId, target = 'own-territory' as const, unprovoked = true) =>
  ({ type: 'incident.attack', aggressor, victim, target, unprovoked }) as IncidentEvent;

/** Incidents that between them reach every branch of the treaty machines. */
function incidents(): IncidentEvent[] {
  return [
    attack('germany', 'ussr'),
    attack('germany', 'france'),
    attack('germany', 'czechoslovakia'),
    attack('poland', 'ussr'),
    attack('japan', 'ussr'),
    attack('france', 'ussr'),
    attack('ussr', 'czechoslovakia'),
    { type: 'incident.attack', aggressor: 'germany', victim: 'ussr', target: 'ally', unprovoked: true },
    attack('germany', 'ussr', 'own-territory', false),
    { type: 'incident.threat', aggressor: 'germany', victim: 'ussr' },
    { type: 'incident.threat', aggressor: 'germany', victim: 'czechoslovakia' },
    { type: 'incident.threat', aggressor: 'germany', victim: 'poland' },
    { type: 'incident.threat', aggressor: 'japan', victim: 'ussr' },
    { type: 'incident.zoneViolation', aggressor: 'germany', victim: 'france' },
  ];
}

const yesNo = <T extends FactEvent['type']>(type: T) => [true, false].map((yes) => ({ type, yes }));
const granted = <T extends FactEvent['type']>(type: T) => [true, false].map((g) => ({ type, granted: g }));

const COUNCIL_REPORTS: CouncilReport[] = [
  { article: 16, invitation: null, outcome: 'recommendation' },
  { article: 16, invitation: null, outcome: 'no-unanimity' },
  { article: 16, invitation: 'refuse-and-war', outcome: 'no-unanimity' },
  { article: 16, invitation: 'refuse-and-war', outcome: 'recommendation' },
  { article: 15, invitation: null, outcome: 'recommendation' },
  { article: 15, invitation: null, outcome: 'report-only' },
  { article: 11, invitation: null, outcome: 'no-unanimity' },
];

/** Every path of `machine` from `input`, replayed through the rule runner so transient states are seen too. */
function allPaths<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, events: readonly EventFromLogic<M>[]) {
  const paths = getSimplePaths(machine, {
    input,
    events,
    // The world is the same all along a traversal: leave it out of the state's identity.
    serializeState: (snapshot) => {
      const { value, context } = snapshot as unknown as { value: unknown; context: { world: unknown } };
      const { world: _world, ...facts } = context;
      return JSON.stringify([value, facts]);
    },
  });
  return paths.map((path) => {
    let run: RuleRun<M> = startRun(machine, input);
    for (const step of path.steps.slice(1)) run = sendFact(run, step.event);
    return run;
  });
}

/** The final states of a machine, with the verdicts they stand for. */
function finalStates(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root)
    .filter((node) => node.type === 'final')
    .map((node) => node.key);
}

function lastState(run: RuleRun<AnyStateMachine>): string {
  return String(run.snapshot.value);
}

/** The names of every state of a (flat) rule machine. */
function allStates(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root)
    .map((node) => node.key)
    .sort();
}

/** The states of `machine` that some run passed through, eventless steps included. */
function reachedStates(machine: AnyStateMachine, runs: readonly RuleRun<AnyStateMachine>[]): string[] {
  const prefix = `${machine.id}.`;
  const states = runs.flatMap((run) =>
    run.path.filter((step) => step.state.startsWith(prefix)).map((step) => step.state.slice(prefix.length)),
  );
  return [...new Set(states)].sort();
}

/** The final states the runs ended in. */
function reachedFinals(runs: readonly RuleRun<AnyStateMachine>[]): string[] {
  return [...new Set(runs.filter((run) => run.snapshot.status === 'done').map(lastState))].sort();
}

describe('every state of every rule machine', () => {
  const machines: AnyStateMachine[] = [
    covenantCouncilMachine,
    locarnoMachine,
    francoSovietPactMachine,
    czechoslovakSovietMachine,
  ];

  for (const machine of machines) {
    it(`${machine.id}: cites its source, says letter or practice, and each final state names its verdict`, () => {
      for (const node of getStateNodes(machine.root)) {
        const meta = node.meta as StepMeta | undefined;
        expect(meta?.cite, `${machine.id}.${node.key} cite`).toMatch(/\S/);
        expect(['letter', 'practice'], `${machine.id}.${node.key} kind`).toContain(meta?.kind);
        expect(meta?.summary, `${machine.id}.${node.key} summary`).toMatch(/\S/);
        if (node.type === 'final') {
          expect(meta?.verdict, `${machine.id}.${node.key} verdict`).toBeDefined();
          if (meta?.verdict?.reason) expect(REASON_CODES).toContain(meta.verdict.reason);
        } else {
          expect(meta?.verdict, `${machine.id}.${node.key} verdict`).toBeUndefined();
        }
      }
    });
  }
});

describe('covenantCouncilMachine paths', () => {
  const events: EventFromLogic<typeof covenantCouncilMachine>[] = [
    ...([10, 11, 15, 16] as const).map((article) => ({ type: 'council.seize', article }) as const),
    ...COUNCIL_RESULTS.map((result) => ({ type: 'council.result', result }) as const),
    { type: 'council.referToAssembly' },
    { type: 'assembly.result', adopted: true },
    { type: 'assembly.result', adopted: false },
    { type: 'nonMember.invitation', answer: 'accept' },
    { type: 'nonMember.invitation', answer: 'refuse-and-war' },
  ];
  const runs = [
    ...allPaths(covenantCouncilMachine, { world: IN_FORCE, parties: ['germany', 'ussr'] }, events),
    ...allPaths(covenantCouncilMachine, { world: IN_FORCE, parties: ['italy', 'ussr'] }, events),
  ];

  it('reaches every terminal outcome', () => {
    expect(reachedFinals(runs)).toEqual(finalStates(covenantCouncilMachine).sort());
  });

  it('reaches every state, not only the final ones', () => {
    expect(reachedStates(covenantCouncilMachine, runs)).toEqual(allStates(covenantCouncilMachine));
  });

  it('cites every state on every path', () => {
    for (const run of runs) for (const step of run.path) expect(step.cite).toMatch(/\S/);
  });

  it('counts the parties out only for Art. 15 reports', () => {
    const adoptedWithoutParties = runs.filter((run) => run.snapshot.context.result === 'unanimous-excluding-parties');
    for (const run of adoptedWithoutParties) {
      const state = lastState(run);
      if (run.snapshot.context.article === 15) expect(state).toBe('reportAdopted');
      if (run.snapshot.context.article === 11) expect(state).toBe('blockedByUnanimity');
      if (run.snapshot.context.article === 10) expect(state).toBe('noAdvice');
      if (run.snapshot.context.article === 16) expect(state).toBe('recommendationByGuidance');
    }
    expect(adoptedWithoutParties.length).toBeGreaterThan(0);
  });
});

describe('locarnoMachine paths', () => {
  const events: EventFromLogic<typeof locarnoMachine>[] = GUARANTOR_VERDICTS.flatMap((verdict) => [
    { type: 'guarantor.uk', verdict } as const,
    { type: 'guarantor.italy', verdict } as const,
  ]);
  const actions: FrenchAction[] = [
    { kind: 'none' },
    { kind: 'defence', against: 'germany' },
    { kind: 'assistance', against: 'poland', basis: 'council-decision' },
    { kind: 'riposte', against: 'germany', unprovoked: true },
    { kind: 'riposte', against: 'germany', unprovoked: false },
    ...(['council-decision', 'art16-without-recommendation', 'art15-para7'] as const).map(
      (basis): FrenchAction => ({ kind: 'assistance', against: 'germany', basis }),
    ),
  ];
  const worlds: WorldFacts[] = [
    worldFactsOn('1936-01-15'),
    worldFactsOn('1936-01-15', { locarnoReading: 'german' }),
    worldFactsOn('1936-06-01'),
    worldFactsOn('1937-06-01'),
  ];
  const runs = worlds.flatMap((world) =>
    actions.flatMap((action) => allPaths(locarnoMachine, { world, action }, events)),
  );

  it('reaches every terminal outcome', () => {
    expect(reachedFinals(runs)).toEqual(finalStates(locarnoMachine).sort());
  });

  it('reaches every state, not only the final ones', () => {
    expect(reachedStates(locarnoMachine, runs)).toEqual(allStates(locarnoMachine));
  });

  it("counts Italy's verdict only while Locarno is in force", () => {
    for (const run of runs) {
      const askedItaly = run.path.some((step) => step.state === 'locarno.italyVerdict');
      if (askedItaly) expect(run.snapshot.context.world.locarno).toBe('in-force');
    }
  });
});

describe('francoSovietPactMachine paths', () => {
  const events: EventFromLogic<typeof francoSovietPactMachine>[] = [
    ...incidents(),
    ...COUNCIL_REPORTS.map((report) => ({ type: 'council.outcome', report }) as const),
    { type: 'locarno.verdict', outcome: 'lawful', reason: null },
    { type: 'locarno.verdict', outcome: 'violation', reason: 'OUTSIDE_ART2_EXCEPTIONS' },
    { type: 'locarno.verdict', outcome: 'violation', reason: 'GUARANTOR_OPPOSED' },
    ...yesNo('decision.franceCabinet'),
    ...yesNo('decision.frenchParliament'),
    ...yesNo('decision.sovietLeadership'),
    ...granted('transit.poland'),
    ...granted('transit.romania'),
    ...CONVENTION_LEVELS.map((level) => ({ type: 'convention.level', level }) as const),
  ];
  const runs = [IN_FORCE, BEFORE_RATIFICATION, NO_ALWAYS_HELP, NOTHING_AT_ALL, NO_PROTOCOL_OVERRIDE].flatMap((world) =>
    allPaths(francoSovietPactMachine, { world }, events),
  );

  it('enumerates the machine', () => {
    expect(runs.length).toBeGreaterThan(100);
  });

  it('reaches every terminal outcome', () => {
    expect(reachedFinals(runs)).toEqual(finalStates(francoSovietPactMachine).sort());
  });

  it('reaches every state, not only the final ones', () => {
    expect(reachedStates(francoSovietPactMachine, runs)).toEqual(allStates(francoSovietPactMachine));
  });

  it('cites every state on every path, letter or practice', () => {
    for (const run of runs) {
      for (const step of run.path) {
        expect(step.cite, step.state).toMatch(/\S/);
        expect(['letter', 'practice']).toContain(step.kind);
      }
    }
  });

  it('never renders a French attack on Germany without passing the Locarno check', () => {
    const frenchHelpAgainstGermany = runs.filter(
      (run) =>
        lastState(run) === 'rendered' &&
        run.snapshot.context.incident?.aggressor === 'germany' &&
        run.snapshot.context.incident.victim === 'ussr',
    );
    expect(frenchHelpAgainstGermany.length).toBeGreaterThan(0);
    for (const run of frenchHelpAgainstGermany) {
      const states = run.path.map((step) => step.state);
      expect(states).toContain('francoSovietPact.locarnoCheck');
      expect(states.indexOf('francoSovietPact.locarnoCheck')).toBeLessThan(states.indexOf('francoSovietPact.rendered'));
      expect(run.snapshot.context.locarno?.outcome).toBe('lawful');
    }
  });

  it('reaches the obligation only through a League route and the Protocol', () => {
    for (const run of runs.filter((r) => r.path.some((s) => s.state === 'francoSovietPact.obligationArises'))) {
      const states = run.path.map((step) => step.state);
      expect(states).toContain('francoSovietPact.leagueRoute');
      expect(states).toContain('francoSovietPact.ownTerritoryCheck');
      expect(states).toContain('francoSovietPact.threePartyCheck');
    }
  });
});

describe('czechoslovakSovietMachine paths', () => {
  const events: EventFromLogic<typeof czechoslovakSovietMachine>[] = [
    ...incidents(),
    ...yesNo('decision.franceAssistsVictim'),
    ...yesNo('decision.sovietLeadership'),
    ...yesNo('decision.czechoslovakGovernment'),
    ...granted('transit.poland'),
    ...granted('transit.romania'),
  ];
  const beforeSignature = worldFactsOn('1935-03-01');
  const runs = [IN_FORCE, beforeSignature, NO_ALWAYS_HELP, NOTHING_AT_ALL].flatMap((world) =>
    allPaths(czechoslovakSovietMachine, { world }, events),
  );

  it('reaches every terminal outcome', () => {
    expect(reachedFinals(runs)).toEqual(finalStates(czechoslovakSovietMachine).sort());
  });

  it('reaches every state, not only the final ones', () => {
    expect(reachedStates(czechoslovakSovietMachine, runs)).toEqual(allStates(czechoslovakSovietMachine));
  });

  it('owes Soviet help only after France assists', () => {
    for (const run of runs.filter((r) => r.path.some((s) => s.state === 'czechoslovakSoviet.obligationArises'))) {
      expect(run.snapshot.context.franceAssists).toBe(true);
    }
  });
});

describe('the incident list used above', () => {
  it('uses only known countries', () => {
    for (const event of incidents()) expect(COUNTRY_IDS).toContain(event.aggressor);
  });
});
