/**
 * Every named guard of every rule machine, called as the plain function it is
 * (`machine.implementations.guards[name]`), on hand-made contexts and events.
 * A table per machine; a test per machine checks the table leaves no guard out.
 */

import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import {
  COVENANT_COUNCIL_GUARD_CITES,
  type CovenantCouncilContext,
  covenantCouncilMachine,
} from './covenantCouncilMachine';
import {
  CZECHOSLOVAK_SOVIET_GUARD_CITES,
  type CzechoslovakSovietContext,
  czechoslovakSovietMachine,
} from './czechoslovakSovietMachine';
import type { IncidentEvent } from './facts';
import {
  FRANCO_SOVIET_GUARD_CITES,
  type FrancoSovietPactContext,
  francoSovietPactMachine,
} from './francoSovietPactMachine';
import { LOCARNO_GUARD_CITES, type LocarnoContext, locarnoMachine } from './locarnoMachine';
import type { Citation } from './types';
import { worldFactsOn } from './worldFacts';

type GuardCase = {
  readonly context: object;
  readonly event?: object;
  readonly expected: boolean;
  readonly why: string;
};

/**
 * `makeTable` builds the cases; it runs once to name the tests, then again inside each test, so that the
 * worlds and contexts are built by the test that uses them (mutation testing's per-test coverage counts only that).
 */
function checkGuards(
  machine: AnyStateMachine,
  cites: Readonly<Record<string, Citation>>,
  makeTable: () => Record<string, readonly GuardCase[]>,
) {
  const table = makeTable();
  const guards = machine.implementations.guards as Record<
    string,
    (args: { context: object; event: object }) => boolean
  >;
  it('has a test for every guard', () => {
    expect(Object.keys(makeTable()).sort()).toEqual(Object.keys(guards).sort());
  });
  it('cites the article of every guard, as letter or practice', () => {
    expect(Object.keys(cites).sort()).toEqual(Object.keys(guards).sort());
    for (const [name, c] of Object.entries(cites)) {
      expect(c.cite.trim(), name).not.toBe('');
      expect(['letter', 'practice'], name).toContain(c.kind);
    }
  });
  for (const [name, named] of Object.entries(table)) {
    it(`${name}: ${named.map((c) => c.why).join('; ')}`, () => {
      const cases = makeTable()[name] ?? [];
      expect(cases).toHaveLength(named.length);
      const guard = guards[name];
      expect(guard, name).toBeTypeOf('function');
      expect(cases.some((c) => c.expected) && cases.some((c) => !c.expected), `${name} is tested both ways`).toBe(true);
      for (const c of cases)
        expect(guard?.({ context: c.context, event: c.event ?? { type: 'none' } }), c.why).toBe(c.expected);
    });
  }
}

const world1937 = () => worldFactsOn('1937-05-01');
const world1935 = () => worldFactsOn('1935-12-01');

describe('covenantCouncilMachine guards', () => {
  checkGuards(covenantCouncilMachine, COVENANT_COUNCIL_GUARD_CITES, () => {
    const base: CovenantCouncilContext = {
      world: world1937(),
      parties: ['germany', 'ussr'],
      article: null,
      invitation: null,
      result: null,
      referredToAssembly: false,
    };
    const result = (r: string) => ({ type: 'council.result', result: r });
    return {
      isThreatProcedure: [
        {
          context: base,
          event: { type: 'council.seize', article: 11 },
          expected: true,
          why: 'Art. 11 is the threat door',
        },
        { context: base, event: { type: 'council.seize', article: 16 }, expected: false, why: 'Art. 16 is not' },
        { context: base, event: { type: 'council.seize', article: 10 }, expected: true, why: 'Art. 10 too' },
      ],
      isArt10: [
        { context: base, event: { type: 'council.seize', article: 10 }, expected: true, why: 'Art. 10' },
        { context: base, event: { type: 'council.seize', article: 11 }, expected: false, why: 'not Art. 11' },
      ],
      isWithNonMember: [
        { context: base, expected: true, why: 'Germany is a non-Member in 1937' },
        {
          context: { ...base, world: world1935(), parties: ['italy', 'ussr'] },
          expected: false,
          why: 'Italy is a Member',
        },
      ],
      isArt15: [
        { context: { ...base, article: 15 }, expected: true, why: 'seized under Art. 15' },
        { context: { ...base, article: 16 }, expected: false, why: 'Art. 16' },
      ],
      isInvitationAccepted: [
        { context: base, event: { type: 'nonMember.invitation', answer: 'accept' }, expected: true, why: 'accepts' },
        {
          context: base,
          event: { type: 'nonMember.invitation', answer: 'refuse-and-war' },
          expected: false,
          why: 'refuses',
        },
      ],
      isUnanimousIncludingParties: [
        { context: base, event: result('unanimous'), expected: true, why: 'unanimous' },
        { context: base, event: result('unanimous-excluding-parties'), expected: false, why: 'a party voted no' },
      ],
      isReportAdopted: [
        {
          context: base,
          event: result('unanimous-excluding-parties'),
          expected: true,
          why: 'parties left out (Art. 15)',
        },
        { context: base, event: result('majority-only'), expected: false, why: 'majority only' },
      ],
      isMajorityReport: [
        { context: base, event: result('majority-only'), expected: true, why: 'majority only' },
        { context: base, event: result('none'), expected: false, why: 'no report' },
      ],
      isRecommendationUnanimous: [
        { context: base, event: result('unanimous'), expected: true, why: 'unanimous' },
        { context: base, event: result('unanimous-excluding-parties'), expected: false, why: 'not in letter (Art. 5)' },
      ],
      isRecommendationByGuidance: [
        { context: base, event: result('unanimous-excluding-parties'), expected: true, why: '1921 guidance' },
        { context: base, event: result('unanimous'), expected: false, why: 'a plain unanimous vote' },
      ],
      isAssemblyReportAdopted: [
        { context: base, event: { type: 'assembly.result', adopted: true }, expected: true, why: 'adopted' },
        { context: base, event: { type: 'assembly.result', adopted: false }, expected: false, why: 'not adopted' },
        { context: base, event: result('unanimous'), expected: false, why: "the Council's vote is not the Assembly's" },
      ],
    };
  });
});

describe('locarnoMachine guards', () => {
  checkGuards(locarnoMachine, LOCARNO_GUARD_CITES, () => {
    const inForce = worldFactsOn('1936-01-15');
    const assistance = (basis: string) => ({ kind: 'assistance', against: 'germany', basis });
    const base: LocarnoContext = { world: inForce, action: { kind: 'none' }, verdicts: {} };
    return {
      isNoFrenchAction: [
        { context: base, expected: true, why: 'no action' },
        { context: { ...base, action: { kind: 'defence', against: 'germany' } }, expected: false, why: 'defence' },
      ],
      isAgainstOtherState: [
        { context: { ...base, action: assistance('council-decision') }, expected: false, why: 'against Germany' },
        { context: { ...base, action: { kind: 'defence', against: 'poland' } }, expected: true, why: 'against Poland' },
        { context: base, expected: false, why: 'no action at all' },
      ],
      isDefence: [
        { context: { ...base, action: { kind: 'defence', against: 'germany' } }, expected: true, why: 'defence' },
        { context: { ...base, action: assistance('art15-para7') }, expected: false, why: 'assistance' },
      ],
      isInForce: [
        { context: base, expected: true, why: 'January 1936' },
        { context: { ...base, world: world1937() }, expected: false, why: 'May 1937' },
      ],
      isBelgiumReleased: [
        { context: { ...base, world: world1937() }, expected: true, why: 'from 24 April 1937' },
        { context: { ...base, world: worldFactsOn('1936-06-01') }, expected: false, why: 'June 1936: repudiated only' },
      ],
      isUnprovokedZoneBreach: [
        {
          context: { ...base, action: { kind: 'riposte', against: 'germany', unprovoked: true } },
          expected: true,
          why: 'unprovoked breach',
        },
        {
          context: { ...base, action: { kind: 'riposte', against: 'germany', unprovoked: false } },
          expected: false,
          why: 'provoked',
        },
        { context: { ...base, action: assistance('council-decision') }, expected: false, why: 'not a riposte' },
      ],
      isRiposte: [
        {
          context: { ...base, action: { kind: 'riposte', against: 'germany', unprovoked: false } },
          expected: true,
          why: 'riposte',
        },
        { context: base, expected: false, why: 'no action' },
      ],
      isCouncilDecision: [
        { context: { ...base, action: assistance('council-decision') }, expected: true, why: 'Council decision' },
        { context: { ...base, action: assistance('art15-para7') }, expected: false, why: 'Art. 15 §7' },
      ],
      isArt15Para7Action: [
        { context: { ...base, action: assistance('art15-para7') }, expected: true, why: 'Art. 15 §7' },
        { context: { ...base, action: assistance('council-decision') }, expected: false, why: 'Council decision' },
      ],
      isCoveredAsArt16Action: [
        {
          context: { ...base, action: assistance('art16-without-recommendation') },
          expected: true,
          why: 'French reading',
        },
        {
          context: {
            ...base,
            world: worldFactsOn('1936-01-15', { locarnoReading: 'german' }),
            action: assistance('art16-without-recommendation'),
          },
          expected: false,
          why: 'German reading',
        },
        {
          context: { ...base, action: { kind: 'riposte', against: 'germany', unprovoked: true } },
          expected: false,
          why: 'a riposte is no League action',
        },
        { context: base, expected: false, why: 'no action' },
      ],
      isItalyCounting: [
        { context: base, expected: true, why: 'Locarno in force' },
        { context: { ...base, world: worldFactsOn('1936-03-07') }, expected: false, why: 'from 7 March 1936' },
        {
          context: { ...base, world: worldFactsOn('1935-06-01', { guarantors: ['uk'] }) },
          expected: false,
          why: 'in force, but the variant "Locarno without Italy"',
        },
      ],
      hasFlagrantViolationVerdict: [
        {
          context: { ...base, verdicts: { uk: 'lawful', italy: 'violation-flagrant' } },
          expected: true,
          why: 'Italy: flagrant',
        },
        { context: { ...base, verdicts: { uk: 'violation-nonflagrant' } }, expected: false, why: 'non-flagrant only' },
      ],
      hasViolationVerdict: [
        { context: { ...base, verdicts: { uk: 'violation-nonflagrant' } }, expected: true, why: 'a violation' },
        {
          context: { ...base, verdicts: { uk: 'no-view', italy: 'lawful' } },
          expected: false,
          why: 'no-view and lawful do not block',
        },
      ],
    };
  });
});

const attack = (aggressor: string, victim: string, extra: Partial<{ target: string; unprovoked: boolean }> = {}) =>
  ({
    type: 'incident.attack',
    aggressor,
    victim,
    target: 'own-territory',
    unprovoked: true,
    ...extra,
  }) as IncidentEvent;

describe('francoSovietPactMachine guards', () => {
  checkGuards(francoSovietPactMachine, FRANCO_SOVIET_GUARD_CITES, () => {
    const base: FrancoSovietPactContext = {
      world: world1937(),
      incident: attack('germany', 'ussr'),
      council: null,
      locarno: null,
      transit: {},
      convention: null,
    };
    const onFrance = { ...base, incident: attack('germany', 'france') };
    const councilOutcome = (report: object) => ({ type: 'council.outcome', report });
    return {
      isThreat: [
        {
          context: { ...base, incident: { type: 'incident.threat', aggressor: 'germany', victim: 'ussr' } },
          expected: true,
          why: 'a threat',
        },
        { context: base, expected: false, why: 'an attack' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isTreatyInForce: [
        { context: base, expected: true, why: '1937' },
        { context: { ...base, world: world1935() }, expected: false, why: 'before 27 March 1936' },
      ],
      isEuropeanAggressor: [
        { context: base, expected: true, why: 'Germany' },
        { context: { ...base, incident: attack('japan', 'ussr') }, expected: false, why: 'Japan' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isVictimAParty: [
        { context: base, expected: true, why: 'the USSR' },
        { context: { ...base, incident: attack('germany', 'czechoslovakia') }, expected: false, why: 'Czechoslovakia' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isAgainstOwnTerritory: [
        { context: base, expected: true, why: 'Soviet territory' },
        {
          context: { ...base, incident: attack('germany', 'ussr', { target: 'ally' }) },
          expected: false,
          why: 'an ally',
        },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
        {
          context: { ...base, incident: { type: 'incident.threat', aggressor: 'germany', victim: 'ussr' } },
          expected: false,
          why: 'a threat is no attack',
        },
      ],
      isUnprovoked: [
        { context: base, expected: true, why: 'unprovoked' },
        {
          context: { ...base, incident: attack('germany', 'ussr', { unprovoked: false }) },
          expected: false,
          why: 'provoked',
        },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
        {
          context: { ...base, incident: { type: 'incident.threat', aggressor: 'germany', victim: 'ussr' } },
          expected: false,
          why: 'a threat is no attack',
        },
      ],
      isWithinThreePartyLimits: [
        { context: base, expected: true, why: 'Germany' },
        { context: { ...base, incident: attack('poland', 'ussr') }, expected: false, why: 'Poland' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isPartnerTheAggressor: [
        { context: { ...base, incident: attack('france', 'ussr') }, expected: true, why: 'France attacks the USSR' },
        { context: base, expected: false, why: 'Germany attacks' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isArt17Route: [
        {
          context: base,
          event: councilOutcome({ article: 16, invitation: 'refuse-and-war', outcome: 'no-unanimity' }),
          expected: true,
          why: 'refused the invitation',
        },
        {
          context: base,
          event: councilOutcome({ article: 16, invitation: 'accept', outcome: 'no-unanimity' }),
          expected: false,
          why: 'accepted it',
        },
        {
          context: base,
          event: { type: 'locarno.verdict', outcome: 'lawful', reason: null },
          expected: false,
          why: 'not the Council',
        },
      ],
      isArt15Route: [
        {
          context: base,
          event: councilOutcome({ article: 15, invitation: null, outcome: 'report-only' }),
          expected: true,
          why: 'Art. 15',
        },
        {
          context: base,
          event: councilOutcome({ article: 16, invitation: null, outcome: 'report-only' }),
          expected: false,
          why: 'Art. 16',
        },
        {
          context: base,
          event: { type: 'locarno.verdict', outcome: 'lawful', reason: null },
          expected: false,
          why: 'not the Council',
        },
      ],
      isReportAdopted: [
        {
          context: { ...base, council: { article: 15, invitation: null, outcome: 'recommendation' } },
          expected: true,
          why: 'adopted report',
        },
        {
          context: { ...base, council: { article: 15, invitation: null, outcome: 'no-unanimity' } },
          expected: false,
          why: 'no report',
        },
        { context: base, expected: false, why: 'the Council has not reported' },
      ],
      isProtocolOverrideInForce: [
        { context: base, expected: true, why: 'history: Protocol I §2 keeps help due' },
        {
          context: { ...base, world: worldFactsOn('1937-05-01', { protocolOverride: false }) },
          expected: false,
          why: 'the variant "No Protocol I override"',
        },
      ],
      hasRecommendation: [
        {
          context: { ...base, council: { article: 16, invitation: null, outcome: 'recommendation' } },
          expected: true,
          why: 'recommended',
        },
        {
          context: { ...base, council: { article: 16, invitation: null, outcome: 'no-unanimity' } },
          expected: false,
          why: 'none',
        },
        { context: base, expected: false, why: 'the Council has not reported' },
      ],
      needsLocarnoCheck: [
        { context: base, expected: true, why: 'France would attack Germany' },
        { context: onFrance, expected: false, why: 'the USSR helps France' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isFranceTheHelper: [
        { context: base, expected: true, why: 'the USSR is the victim' },
        { context: onFrance, expected: false, why: 'France is the victim' },
      ],
      isOutsideLocarnoExceptions: [
        {
          context: base,
          event: { type: 'locarno.verdict', outcome: 'violation', reason: 'OUTSIDE_ART2_EXCEPTIONS' },
          expected: true,
          why: 'letter',
        },
        {
          context: base,
          event: { type: 'locarno.verdict', outcome: 'violation', reason: 'GUARANTOR_OPPOSED' },
          expected: false,
          why: 'practice',
        },
      ],
      isOpposedByGuarantor: [
        {
          context: base,
          event: { type: 'locarno.verdict', outcome: 'violation', reason: 'GUARANTOR_OPPOSED' },
          expected: true,
          why: 'a guarantor',
        },
        {
          context: base,
          event: { type: 'locarno.verdict', outcome: 'lawful', reason: null },
          expected: false,
          why: 'lawful',
        },
      ],
      isCabinetYes: [
        {
          context: base,
          event: { type: 'decision.franceCabinet', yes: true },
          expected: true,
          why: 'the cabinet says yes',
        },
        { context: base, event: { type: 'decision.franceCabinet', yes: false }, expected: false, why: 'no' },
        {
          context: base,
          event: { type: 'decision.frenchParliament', yes: true },
          expected: false,
          why: 'the Chambers are not the cabinet',
        },
      ],
      isChambersYes: [
        {
          context: base,
          event: { type: 'decision.frenchParliament', yes: true },
          expected: true,
          why: 'the Chambers assent',
        },
        {
          context: base,
          event: { type: 'decision.franceCabinet', yes: true },
          expected: false,
          why: 'the cabinet is not the Chambers',
        },
      ],
      isLeadershipYes: [
        {
          context: base,
          event: { type: 'decision.sovietLeadership', yes: true },
          expected: true,
          why: 'Moscow says yes',
        },
        { context: base, event: { type: 'decision.sovietLeadership', yes: false }, expected: false, why: 'no' },
        {
          context: base,
          event: { type: 'decision.franceCabinet', yes: true },
          expected: false,
          why: 'Paris is not Moscow',
        },
      ],
      needsTransit: [
        { context: onFrance, expected: true, why: 'Soviet help to France' },
        { context: base, expected: false, why: 'French help to the USSR' },
      ],
      hasFeasibleType: [
        { context: onFrance, expected: true, why: 'economic help by sea' },
        {
          context: {
            ...base,
            world: worldFactsOn('1937-05-01', { unavailableTypes: ['economic', 'offensive_in_west'] }),
          },
          expected: false,
          why: 'both French kinds ruled out',
        },
      ],
      hasLostTypesToTransit: [
        { context: { ...onFrance, transit: { poland: false, romania: false } }, expected: true, why: 'refused' },
        { context: { ...onFrance, transit: { poland: false, romania: true } }, expected: false, why: 'Romania grants' },
      ],
    };
  });
});

describe('czechoslovakSovietMachine guards', () => {
  checkGuards(czechoslovakSovietMachine, CZECHOSLOVAK_SOVIET_GUARD_CITES, () => {
    const base: CzechoslovakSovietContext = {
      world: world1937(),
      incident: attack('germany', 'czechoslovakia'),
      franceAssists: null,
      transit: {},
    };
    return {
      isThreat: [
        {
          context: { ...base, incident: { type: 'incident.threat', aggressor: 'germany', victim: 'czechoslovakia' } },
          expected: true,
          why: 'a threat',
        },
        { context: base, expected: false, why: 'an attack' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isTreatyInForce: [
        { context: base, expected: true, why: '1937' },
        { context: { ...base, world: worldFactsOn('1935-05-15') }, expected: false, why: 'before signature' },
      ],
      isVictimAParty: [
        { context: base, expected: true, why: 'Czechoslovakia' },
        { context: { ...base, incident: attack('germany', 'france') }, expected: false, why: 'France' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isEuropeanAggressor: [
        { context: base, expected: true, why: 'Germany' },
        { context: { ...base, incident: attack('japan', 'ussr') }, expected: false, why: 'Japan' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isUnprovoked: [
        { context: base, expected: true, why: 'unprovoked' },
        {
          context: { ...base, incident: attack('germany', 'czechoslovakia', { unprovoked: false }) },
          expected: false,
          why: 'provoked',
        },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
        {
          context: { ...base, incident: { type: 'incident.threat', aggressor: 'germany', victim: 'czechoslovakia' } },
          expected: false,
          why: 'a threat is no attack',
        },
      ],
      isPartnerTheAggressor: [
        { context: { ...base, incident: attack('ussr', 'czechoslovakia') }, expected: true, why: 'the USSR attacks' },
        { context: base, expected: false, why: 'Germany attacks' },
        { context: { ...base, incident: null }, expected: false, why: 'no incident yet' },
      ],
      isFranceAssisting: [
        {
          context: base,
          event: { type: 'decision.franceAssistsVictim', yes: true },
          expected: true,
          why: 'France assists',
        },
        {
          context: base,
          event: { type: 'decision.franceAssistsVictim', yes: false },
          expected: false,
          why: 'it does not',
        },
        {
          context: base,
          event: { type: 'decision.sovietLeadership', yes: true },
          expected: false,
          why: 'Moscow is not Paris',
        },
      ],
      isLeadershipYes: [
        {
          context: base,
          event: { type: 'decision.sovietLeadership', yes: true },
          expected: true,
          why: 'Moscow says yes',
        },
        {
          context: base,
          event: { type: 'decision.czechoslovakGovernment', yes: true },
          expected: false,
          why: 'Prague is not Moscow',
        },
      ],
      isGovernmentYes: [
        {
          context: base,
          event: { type: 'decision.czechoslovakGovernment', yes: true },
          expected: true,
          why: 'Prague says yes',
        },
        { context: base, event: { type: 'decision.czechoslovakGovernment', yes: false }, expected: false, why: 'no' },
        {
          context: base,
          event: { type: 'decision.sovietLeadership', yes: true },
          expected: false,
          why: 'Moscow is not Prague',
        },
      ],
      isUssrTheHelper: [
        { context: base, expected: true, why: 'Czechoslovakia attacked' },
        { context: { ...base, incident: attack('germany', 'ussr') }, expected: false, why: 'the USSR attacked' },
      ],
      needsTransit: [
        { context: base, expected: true, why: 'Soviet help to Czechoslovakia' },
        {
          context: { ...base, incident: attack('germany', 'ussr') },
          expected: false,
          why: 'Czechoslovak help to the USSR',
        },
      ],
      hasFeasibleType: [
        { context: base, expected: true, why: 'economic help' },
        {
          context: { ...base, world: worldFactsOn('1937-05-01', { unavailableTypes: ['economic'] }) },
          expected: false,
          why: 'economic ruled out, no transit',
        },
      ],
      hasLostTypesToTransit: [
        { context: { ...base, transit: { poland: false, romania: false } }, expected: true, why: 'refused' },
        { context: { ...base, transit: { poland: true, romania: false } }, expected: false, why: 'Poland grants' },
      ],
    };
  });
});
