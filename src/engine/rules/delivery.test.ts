/**
 * The delivery steps both treaty machines share (assistanceRules.ts): built
 * once, so the two machines cannot drift apart; a state never asked is "not
 * asked"; help is lost to transit only where transit was asked.
 */
import { describe, expect, it } from 'vitest';
import { getStateNodes } from 'xstate/graph';
import { evaluateCase } from './assistancePipeline';
import {
  deliverableTypes,
  deliveryFacts,
  deliveryGuards,
  deliveryStates,
  feasibleTypes,
  needsTransit,
  transitAnswerText,
  transitNote,
  transitOnAnswer,
  typesLostToTransit,
  wasTransitAsked,
} from './assistanceRules';
import {
  type CzechoslovakSovietContext,
  czechoslovakSovietHelper,
  czechoslovakSovietMachine,
  czechoslovakSovietNote,
} from './czechoslovakSovietMachine';
import { incidentEvent, incidentOnEvent, isIncidentEvent } from './facts';
import {
  type FrancoSovietPactContext,
  francoSovietPactMachine,
  francoSovietPactNote,
  pactHelper,
} from './francoSovietPactMachine';
import { CALENDAR, FEASIBILITY } from './lawData';
import { type LegalCase, parseLegalCase } from './legalCase';
import { isMilitaryHelp, MILITARY_ASSISTANCE_TYPES, type StepMeta } from './types';
import { worldFactsOn } from './worldFacts';

const WORLD = worldFactsOn('1938-09-20');
const SHARED = ['feasibility', 'transitPoland', 'transitRomania', 'deliveryCheck'] as const;

const metaOf = (machine: typeof francoSovietPactMachine | typeof czechoslovakSovietMachine, key: string) =>
  getStateNodes(machine.root).find((node) => node.key === key)?.meta as StepMeta | undefined;

const pactContext = (transit: FrancoSovietPactContext['transit']): FrancoSovietPactContext => ({
  world: WORLD,
  incident: {
    type: 'incident.attack',
    aggressor: 'germany',
    victim: 'france',
    target: 'own-territory',
    unprovoked: true,
  },
  council: null,
  locarno: null,
  transit,
  convention: null,
});

const csContext = (transit: CzechoslovakSovietContext['transit']): CzechoslovakSovietContext => ({
  world: WORLD,
  incident: {
    type: 'incident.attack',
    aggressor: 'germany',
    victim: 'czechoslovakia',
    target: 'own-territory',
    unprovoked: true,
  },
  franceAssists: true,
  transit,
});

/** Germany attacks Czechoslovakia in September 1938, France assists; the rest varies by case. */
function munichCase(overrides: Partial<LegalCase>): LegalCase {
  const parsed = parseLegalCase({
    id: 'delivery-test',
    date: '1938-09-20',
    event: {
      kind: 'attack',
      aggressor: 'germany',
      victim: 'czechoslovakia',
      target: 'own-territory',
      unprovoked: true,
    },
    council: { result: 'none' },
    guarantors: { uk: 'no-view', italy: 'no-view' },
    decisions: {
      franceCabinet: true,
      frenchParliament: true,
      sovietLeadership: true,
      czechoslovakGovernment: true,
      franceAssistsCzechoslovakia: true,
    },
    transit: { poland: false, romania: false },
    convention: 'none',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.value;
}

describe('the delivery states both treaty machines share', () => {
  it('are the same states, with the same citation, kind and summary, in both machines', () => {
    for (const key of SHARED) {
      const { summary: pactSummary, ...pact } = metaOf(francoSovietPactMachine, key) ?? { summary: '' };
      const { summary: csSummary, ...cs } = metaOf(czechoslovakSovietMachine, key) ?? { summary: '' };
      expect(pact, key).toHaveProperty('cite');
      expect(cs, key).toEqual(pact);
      // Only the delivery check words its question for its own machine (the convention comes after it in one).
      if (key !== 'deliveryCheck') expect(csSummary, key).toBe(pactSummary);
    }
    for (const key of ['blockedNoTransit', 'blockedNothingFeasible']) {
      expect(metaOf(czechoslovakSovietMachine, key), key).toEqual(metaOf(francoSovietPactMachine, key));
    }
  });

  it('take their facts from scenarios/law/feasibility.json, which gives each a source', () => {
    const states = deliveryStates({ onFeasible: 'rendered', deliveryCheckSummary: 'x' });
    expect(states.feasibility.meta.summary).toBe(FEASIBILITY.steps.feasibility.text);
    expect(states.transitPoland.meta.summary).toBe(FEASIBILITY.steps.transitPoland.text);
    expect(states.transitRomania.meta.summary).toBe(FEASIBILITY.steps.transitRomania.text);
    for (const step of Object.values(FEASIBILITY.steps)) expect(step.source ?? step.assumption).toMatch(/\S/);
  });

  it('differ only in where a feasible delivery leads and in the delivery check’s wording', () => {
    const toConvention = deliveryStates({ onFeasible: 'militaryConvention', deliveryCheckSummary: 'a' });
    const toRendered = deliveryStates({ onFeasible: 'rendered', deliveryCheckSummary: 'b' });
    expect(toConvention.deliveryCheck.always[0]).toEqual({ guard: 'hasFeasibleType', target: 'militaryConvention' });
    expect(toRendered.deliveryCheck.always[0]).toEqual({ guard: 'hasFeasibleType', target: 'rendered' });
    expect(toConvention.deliveryCheck.meta.summary).toBe('a');
    const { deliveryCheck: _a, ...restConvention } = toConvention;
    const { deliveryCheck: _b, ...restRendered } = toRendered;
    expect(restConvention).toEqual(restRendered);
  });

  it('cite an article or source and say practice, as every practical step must', () => {
    for (const key of [...SHARED, 'blockedNoTransit', 'blockedNothingFeasible']) {
      const meta = metaOf(francoSovietPactMachine, key);
      expect(meta?.cite, key).toMatch(/\S/);
      expect(meta?.kind, key).toBe('practice');
    }
  });
});

describe('transit answers', () => {
  it('calls a state never asked "not asked", never "refuses"', () => {
    expect(transitAnswerText(undefined)).toBe('not asked');
    expect(transitAnswerText(true)).toBe('grants');
    expect(transitAnswerText(false)).toBe('refuses');
  });

  it('reports a Romania never asked as not asked, in both machines', () => {
    const expected = 'Poland refuses transit; Romania not asked.';
    expect(transitNote({ poland: false })).toBe(expected);
    expect(francoSovietPactNote('deliveryCheck', pactContext({ poland: false }))).toBe(expected);
    expect(czechoslovakSovietNote('deliveryCheck', csContext({ poland: false }))).toBe(expected);
    expect(czechoslovakSovietNote('deliveryCheck', csContext({ poland: true, romania: false }))).toBe(
      'Poland grants transit; Romania refuses.',
    );
  });

  it('says nothing of transit where none was asked', () => {
    expect(wasTransitAsked({})).toBe(false);
    expect(wasTransitAsked({ romania: false })).toBe(true);
    expect(transitNote({})).toBeUndefined();
    expect(francoSovietPactNote('deliveryCheck', pactContext({}))).toBeUndefined();
    expect(czechoslovakSovietNote('deliveryCheck', csContext({}))).toBeUndefined();
  });

  it('records an answer for the state that gave it, and refuses any other event', () => {
    const romaniaGrants = { type: 'transit.romania', granted: true };
    const polandRefuses = { type: 'transit.poland', granted: false };
    expect(transitOnAnswer({ context: { transit: { poland: false } }, event: romaniaGrants })).toEqual({
      poland: false,
      romania: true,
    });
    expect(transitOnAnswer({ context: { transit: {} }, event: polandRefuses })).toEqual({ poland: false });
    expect(() => transitOnAnswer({ context: { transit: {} }, event: { type: 'decision.franceCabinet' } })).toThrow(
      'expected a transit answer, got decision.franceCabinet',
    );
    expect(() => transitOnAnswer({ context: { transit: {} }, event: { type: 'transit.poland' } })).toThrow(
      'expected a transit answer',
    );
    const otherAnswer = { type: 'decision.sovietLeadership', granted: true };
    expect(() => transitOnAnswer({ context: { transit: {} }, event: otherAnswer })).toThrow(
      'expected a transit answer, got decision.sovietLeadership',
    );
  });
});

describe('a route the treaties never ask for (a helper outside the feasibility table)', () => {
  it('needs no transit, can deliver nothing and loses nothing', () => {
    expect(needsTransit('poland', 'ussr')).toBe(false);
    expect(feasibleTypes('poland', 'ussr', { poland: true }, [])).toEqual([]);
    expect(typesLostToTransit('poland', 'ussr', {}, [])).toEqual([]);
    expect(typesLostToTransit('poland', 'ussr', { poland: false, romania: false }, [])).toEqual([]);
  });
});

describe('the shared delivery guards', () => {
  // Made inside each test: the guards are built when `deliveryGuards` is called, so a guard made before
  // the tests start would never carry a mutant (StrykerJS switches one on only while the tests run).
  it('are all false before the incident, without failing', () => {
    const guards = deliveryGuards(pactHelper);
    const before = { ...pactContext({}), incident: null };
    expect(guards.needsTransit({ context: before })).toBe(false);
    expect(guards.hasFeasibleType({ context: before })).toBe(false);
    expect(guards.hasLostTypesToTransit({ context: before })).toBe(false);
  });

  it('ask for transit for Soviet help to France, and find help left or lost', () => {
    const guards = deliveryGuards(pactHelper);
    expect(guards.needsTransit({ context: pactContext({}) })).toBe(true);
    expect(guards.hasFeasibleType({ context: pactContext({ poland: false, romania: false }) })).toBe(true);
    expect(guards.hasLostTypesToTransit({ context: pactContext({ poland: false, romania: false }) })).toBe(true);
    expect(guards.hasLostTypesToTransit({ context: pactContext({ poland: true, romania: false }) })).toBe(false);
  });
});

describe('help lost to transit', () => {
  it('is lost only where transit was asked and refused', () => {
    expect(deliveryFacts(czechoslovakSovietHelper, csContext({ poland: false, romania: false }))).toEqual({
      types: ['economic'],
      lostToTransit: true,
    });
    expect(deliveryFacts(czechoslovakSovietHelper, csContext({ poland: false, romania: true }))).toEqual({
      types: ['economic', 'air', 'land_via_transit'],
      lostToTransit: false,
    });
    expect(deliveryFacts(czechoslovakSovietHelper, csContext({}))).toEqual({
      types: ['economic'],
      lostToTransit: false,
    });
  });

  it('is never lost before the incident or where no party owes help', () => {
    const before = { ...pactContext({ poland: false, romania: false }), incident: null };
    expect(deliveryFacts(pactHelper, before)).toEqual({ types: [], lostToTransit: false });
    const notAParty = {
      ...pactContext({ poland: false, romania: false }),
      incident: { type: 'incident.threat', aggressor: 'germany', victim: 'poland' } as const,
    };
    expect(deliveryFacts(pactHelper, notAParty)).toEqual({ types: [], lostToTransit: false });
  });

  it('finds no route without a victim, even for a helper named before the incident', () => {
    const noIncident = { ...csContext({ poland: false, romania: false }), incident: null };
    const alwaysTheUssr = () => 'ussr' as const;
    expect(deliverableTypes(alwaysTheUssr, noIncident)).toEqual([]);
    expect(deliveryFacts(alwaysTheUssr, noIncident)).toEqual({ types: [], lostToTransit: false });
    expect(deliveryGuards(alwaysTheUssr).needsTransit({ context: noIncident })).toBe(false);
  });

  it('reports no NO_TRANSIT obstacle where the helper declined before transit was asked', () => {
    const declined = evaluateCase(
      munichCase({
        decisions: {
          franceCabinet: true,
          frenchParliament: true,
          sovietLeadership: false,
          czechoslovakGovernment: true,
          franceAssistsCzechoslovakia: true,
        },
      }),
    ).verdicts['czechoslovak-soviet'];
    expect(declined.owed).toBe(true);
    expect(declined.reason).toBe('POLITICAL_REFUSAL');
    expect(declined.path.map((s) => s.state)).not.toContain('czechoslovakSoviet.transitPoland');
    expect(declined.obstacles).not.toContain('NO_TRANSIT');
  });

  it('reports NO_TRANSIT where transit was asked and both states refused', () => {
    const refused = evaluateCase(munichCase({})).verdicts['czechoslovak-soviet'];
    expect(refused.outcome).toBe('rendered');
    expect(refused.types).toEqual(['economic']);
    expect(refused.obstacles).toContain('NO_TRANSIT');
    const deliveryCheck = refused.path.find((s) => s.state === 'czechoslovakSoviet.deliveryCheck');
    expect(deliveryCheck?.note).toBe('Poland refuses transit; Romania refuses.');
  });
});

describe('the shared recorders', () => {
  it('open a case with the event of its incident', () => {
    const parties = { aggressor: 'germany', victim: 'ussr' } as const;
    expect(incidentEvent({ kind: 'threat', ...parties, target: 'own-territory', unprovoked: true })).toEqual({
      type: 'incident.threat',
      ...parties,
    });
    expect(incidentEvent({ kind: 'attack', ...parties, target: 'ally', unprovoked: false })).toEqual({
      type: 'incident.attack',
      ...parties,
      target: 'ally',
      unprovoked: false,
    });
    expect(
      incidentEvent({
        kind: 'zone-violation',
        aggressor: 'germany',
        victim: 'france',
        target: 'other',
        unprovoked: true,
      }),
    ).toEqual({
      type: 'incident.zoneViolation',
      aggressor: 'germany',
      victim: 'france',
    });
  });

  it('record an incident from the three incident events only', () => {
    const threat = { type: 'incident.threat', aggressor: 'germany', victim: 'ussr' } as const;
    expect(incidentOnEvent({ event: threat })).toBe(threat);
    expect(isIncidentEvent({ type: 'incident.zoneViolation' })).toBe(true);
    expect(isIncidentEvent({ type: 'incident.attack' })).toBe(true);
    expect(isIncidentEvent({ type: 'transit.poland' })).toBe(false);
    expect(() => incidentOnEvent({ event: { type: 'council.outcome' } })).toThrow(
      'expected an incident, got council.outcome',
    );
  });
});

describe('military help', () => {
  it('is every kind of help but economic help, defined once', () => {
    expect(MILITARY_ASSISTANCE_TYPES).not.toContain('economic');
    expect(MILITARY_ASSISTANCE_TYPES).toContain('air');
    expect(MILITARY_ASSISTANCE_TYPES).toContain('land_via_transit');
    expect(isMilitaryHelp(['economic'])).toBe(false);
    expect(isMilitaryHelp([])).toBe(false);
    expect(isMilitaryHelp(['economic', 'air'])).toBe(true);
    expect(isMilitaryHelp(['land_via_transit'])).toBe(true);
    expect(isMilitaryHelp(['naval'])).toBe(true);
  });
});

describe('the treaty machines’ in-force steps', () => {
  it('give the dates from the calendar, not from code', () => {
    expect(CALENDAR.treaties['franco-soviet'].inForceFrom).toBe('1936-03-27');
    expect(metaOf(francoSovietPactMachine, 'inForceCheck')?.summary).toContain('(27 March 1936)');
    expect(CALENDAR.treaties['czechoslovak-soviet'].inForceFrom).toBe('1935-05-16');
    expect(metaOf(czechoslovakSovietMachine, 'inForceCheck')?.summary).toMatch(/^In force from 16 May 1935:/);
  });
});
