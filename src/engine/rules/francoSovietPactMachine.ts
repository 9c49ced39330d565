/**
 * The Franco-Soviet Treaty of Mutual Assistance (Paris, 2 May 1935) and its
 * Protocol of Signature, as the states of treaty-and-rules.md §5.3:
 * from a threat or an attack, through the treaty's conditions (letter), the
 * League route, the obligation on paper, the Locarno check, the national
 * decisions and what could actually be delivered (practice).
 *
 * Each fact arrives as an event at the step that needs it, so every path can
 * be enumerated and the game can pause at each step for a choice.
 */

import { assertEvent, assign, setup } from 'xstate';
import { formatDate } from '../dates';
import { lazily } from '../memo';
import { type TransitAnswers, treatyDelivery } from './assistanceRules';
import {
  type CouncilOutcomeEvent,
  type FactEvent,
  type IncidentEvent,
  incidentOnEvent,
  type LocarnoVerdictEvent,
} from './facts';
import { CALENDAR, FEASIBILITY } from './lawData';
import type { ConventionLevel } from './legalCase';
import { ASSISTANCE_NAMES } from './noteWords';
import {
  type CouncilReport,
  hasRecommendation,
  helperFor,
  isAgainstOwnTerritory,
  isEuropeanAggressor,
  isPartnerTheAggressor,
  isParty,
  isReportAdopted,
  isWithinThreePartyLimits,
  leagueRoute,
  needsLocarnoCheck,
  FRANCO_SOVIET_PARTIES as PARTIES,
} from './pactRules';
import type { Citation, CountryId, StepMeta } from './types';
import { countryName, type WorldFacts } from './worldFacts';

export interface FrancoSovietPactInput {
  readonly world: WorldFacts;
}

export interface FrancoSovietPactContext extends FrancoSovietPactInput {
  readonly incident: IncidentEvent | null;
  readonly council: CouncilReport | null;
  readonly locarno: Omit<LocarnoVerdictEvent, 'type'> | null;
  readonly transit: TransitAnswers;
  readonly convention: ConventionLevel | null;
}

type PactEvent =
  | IncidentEvent
  | CouncilOutcomeEvent
  | LocarnoVerdictEvent
  | Extract<
      FactEvent,
      {
        type:
          | 'decision.franceCabinet'
          | 'decision.frenchParliament'
          | 'decision.sovietLeadership'
          | 'transit.poland'
          | 'transit.romania'
          | 'convention.level';
      }
    >;

/** The state that owes help in this case, once the incident is known. */
export function pactHelper(context: FrancoSovietPactContext): CountryId | null {
  return context.incident === null ? null : helperFor(PARTIES, context.incident.victim);
}

/** The delivery steps this machine shares with the other treaty's (assistanceRules.ts). */
const DELIVERY = treatyDelivery(pactHelper, {
  onFeasible: 'militaryConvention',
  deliveryCheckSummary:
    'Transit and the convention change how help comes, not whether it is owed: is any kind of help left?',
});

/** The kinds of help the helper could deliver, given the transit answers so far. */
export function pactFeasibleTypes(context: FrancoSovietPactContext) {
  return DELIVERY.types(context);
}

const incidentIs = (context: FrancoSovietPactContext, type: IncidentEvent['type']) => context.incident?.type === type;

/** What each guard implements (treaty-and-rules.md §5.3, §5.8): for the rules X-ray and the tests. */
export const FRANCO_SOVIET_GUARD_CITES: Readonly<Record<string, Citation>> = {
  isThreat: { cite: 'Franco-Soviet Treaty, Art. 1', kind: 'letter' },
  isTreatyInForce: { cite: 'Franco-Soviet Treaty, Art. 5', kind: 'letter' },
  isEuropeanAggressor: { cite: 'Franco-Soviet Treaty, Arts. 1-3 ("a European State")', kind: 'letter' },
  isVictimAParty: { cite: 'Franco-Soviet Treaty, Art. 1', kind: 'letter' },
  isAgainstOwnTerritory: { cite: 'Protocol of Signature, point I', kind: 'letter' },
  isUnprovoked: {
    cite: 'Franco-Soviet Treaty, Arts. 2-3',
    kind: 'letter',
  },
  isWithinThreePartyLimits: { cite: 'Protocol of Signature, point IV', kind: 'letter', reading: 'ANALYSIS' },
  isPartnerTheAggressor: { cite: 'Protocol of Signature, point IV', kind: 'letter', reading: 'ANALYSIS' },
  isArt17Route: { cite: 'Franco-Soviet Treaty, Art. 3 §2; Covenant Art. 17 §3', kind: 'letter' },
  isArt15Route: { cite: 'Franco-Soviet Treaty, Art. 2; Covenant Art. 15', kind: 'letter' },
  isReportAdopted: { cite: 'Covenant Art. 15 §6', kind: 'letter' },
  hasRecommendation: { cite: 'Protocol of Signature, point I §1', kind: 'letter' },
  isProtocolOverrideInForce: {
    cite: 'Protocol of Signature, point I §2 (calendar.json protocolPointI; a rule variant may switch it off)',
    kind: 'letter',
  },
  needsLocarnoCheck: { cite: 'Protocol of Signature, point II; treaty-and-rules.md §5.8', kind: 'letter' },
  isFranceTheHelper: { cite: 'Franco-Soviet Treaty, Arts. 2-3 (each party assists the other)', kind: 'letter' },
  isOutsideLocarnoExceptions: { cite: 'Protocol of Signature, point II; Rhineland Pact, Art. 2', kind: 'letter' },
  isOpposedByGuarantor: { cite: 'Rhineland Pact, Art. 4; treaty-and-rules.md §3.2', kind: 'practice' },
  isCabinetYes: { cite: 'treaty-and-rules.md §5.3 S8', kind: 'practice' },
  isChambersYes: { cite: 'Constitutional Law of 16 July 1875, Art. 9', kind: 'letter' },
  isLeadershipYes: { cite: 'treaty-and-rules.md §5.3 S8', kind: 'practice' },
  ...DELIVERY.guardCites,
};

export const francoSovietPactMachine = lazily(() =>
  setup({
    types: {
      input: {} as FrancoSovietPactInput,
      context: {} as FrancoSovietPactContext,
      events: {} as PactEvent,
      meta: {} as StepMeta,
    },
    guards: {
      isThreat: ({ context }) => incidentIs(context, 'incident.threat'),
      isTreatyInForce: ({ context }) => context.world.francoSovietInForce,
      isEuropeanAggressor: ({ context }) =>
        context.incident !== null && isEuropeanAggressor(context.incident.aggressor),
      isVictimAParty: ({ context }) => context.incident !== null && isParty(PARTIES, context.incident.victim),
      isAgainstOwnTerritory: ({ context }) =>
        context.incident?.type === 'incident.attack' &&
        isAgainstOwnTerritory(PARTIES, context.incident.victim, context.incident.target),
      isUnprovoked: ({ context }) => context.incident?.type === 'incident.attack' && context.incident.unprovoked,
      isWithinThreePartyLimits: ({ context }) =>
        context.incident !== null && isWithinThreePartyLimits(PARTIES, context.incident.aggressor),
      isPartnerTheAggressor: ({ context }) =>
        context.incident !== null &&
        isPartnerTheAggressor(PARTIES, context.incident.victim, context.incident.aggressor),
      isArt17Route: ({ event }) => event.type === 'council.outcome' && leagueRoute(event.report) === 'art17',
      isArt15Route: ({ event }) => event.type === 'council.outcome' && leagueRoute(event.report) === 'art15',
      isReportAdopted: ({ context }) => context.council !== null && isReportAdopted(context.council),
      isProtocolOverrideInForce: ({ context }) => context.world.protocolOverride,
      hasRecommendation: ({ context }) => context.council !== null && hasRecommendation(context.council),
      needsLocarnoCheck: ({ context }) =>
        context.incident !== null && needsLocarnoCheck(pactHelper(context), context.incident.aggressor),
      isFranceTheHelper: ({ context }) => pactHelper(context) === 'france',
      // Wired only to `locarno.verdict`: `assertEvent` narrows the type, and throws if ever wired to another event.
      isOutsideLocarnoExceptions: ({ event }) => {
        assertEvent(event, 'locarno.verdict');
        return event.reason === 'OUTSIDE_ART2_EXCEPTIONS';
      },
      isOpposedByGuarantor: ({ event }) => {
        assertEvent(event, 'locarno.verdict');
        return event.reason === 'GUARANTOR_OPPOSED';
      },
      isCabinetYes: ({ event }) => event.type === 'decision.franceCabinet' && event.yes,
      isChambersYes: ({ event }) => event.type === 'decision.frenchParliament' && event.yes,
      isLeadershipYes: ({ event }) => event.type === 'decision.sovietLeadership' && event.yes,
      ...DELIVERY.guards,
    },
    actions: {
      recordIncident: assign({ incident: incidentOnEvent }),
      recordCouncil: assign({
        council: ({ event }) => {
          assertEvent(event, 'council.outcome');
          return event.report;
        },
      }),
      recordLocarno: assign({
        locarno: ({ event }) => {
          assertEvent(event, 'locarno.verdict');
          return { outcome: event.outcome, reason: event.reason };
        },
      }),
      recordTransit: assign({ transit: DELIVERY.recordTransit }),
      recordConvention: assign({
        convention: ({ event }) => {
          assertEvent(event, 'convention.level');
          return event.level;
        },
      }),
    },
  }).createMachine({
    id: 'francoSovietPact',
    context: ({ input }) => ({
      ...input,
      incident: null,
      council: null,
      locarno: null,
      transit: {},
      convention: null,
    }),
    initial: 'peace',
    states: {
      peace: {
        meta: {
          cite: 'Franco-Soviet Treaty, Preamble',
          kind: 'letter',
          summary:
            'France and the USSR undertake to apply the Covenant more completely, to strengthen peace in Europe.',
          awaits: ['incident.threat', 'incident.attack', 'incident.zoneViolation'],
        },
        on: {
          'incident.threat': { target: 'threatRaised', actions: 'recordIncident' },
          'incident.attack': { target: 'aggressionAlleged', actions: 'recordIncident' },
          'incident.zoneViolation': { target: 'zoneViolation', actions: 'recordIncident' },
        },
      },
      threatRaised: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 1',
          kind: 'letter',
          summary: 'A threat or danger of aggression by a European State against France or the USSR.',
        },
        always: 'inForceCheck',
      },
      aggressionAlleged: {
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary: 'An aggression is alleged. Is help owed under the treaty?',
        },
        always: 'inForceCheck',
      },
      zoneViolation: {
        meta: {
          cite: 'Versailles Arts. 42-43; Rhineland Pact 1925, Art. 1',
          kind: 'letter',
          summary:
            "Armed forces enter the demilitarised Rhineland: a breach of Versailles and Locarno, on German soil. The treaty covers aggression against its parties' own territory.",
        },
        always: 'inForceCheck',
      },
      inForceCheck: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 5',
          kind: 'letter',
          summary: `The treaty takes effect on the exchange of ratifications (${formatDate(CALENDAR.treaties['franco-soviet'].inForceFrom)}).`,
        },
        always: [{ guard: 'isTreatyInForce', target: 'europeanCheck' }, { target: 'notInForce' }],
      },
      notInForce: {
        type: 'final',
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 5',
          kind: 'letter',
          summary: 'Not in force on that date: the treaty does not apply.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_IN_FORCE' },
        },
      },
      europeanCheck: {
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 1-3 ("a European State")',
          kind: 'letter',
          summary: 'The treaty covers threats and aggression by a European State only.',
        },
        always: [{ guard: 'isEuropeanAggressor', target: 'victimCheck' }, { target: 'notEuropean' }],
      },
      notEuropean: {
        type: 'final',
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 1-3',
          kind: 'letter',
          summary: 'The aggressor is not a European State: the treaty does not apply.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_EUROPEAN' },
        },
      },
      victimCheck: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 1; Protocol of Signature, point I',
          kind: 'letter',
          summary:
            "A threat engages the treaty if it is aimed at France or the USSR; an aggression, only if it strikes a party's own territory.",
        },
        always: [{ guard: 'isThreat', target: 'partyCheck' }, { target: 'ownTerritoryCheck' }],
      },
      partyCheck: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 1',
          kind: 'letter',
          summary:
            'If France or the USSR is the object of a threat or danger of aggression… (Art. 1, in a close paraphrase).',
        },
        always: [{ guard: 'isVictimAParty', target: 'consultation' }, { target: 'notAParty' }],
      },
      notAParty: {
        type: 'final',
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 1',
          kind: 'letter',
          summary: 'The state threatened is neither France nor the USSR: the treaty does not apply.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_A_PARTY' },
        },
      },
      consultation: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 1; Covenant Arts. 10-11',
          kind: 'letter',
          summary:
            'Immediate mutual consultation on the measures to uphold Covenant Art. 10. The parties may bring the threat before the Council.',
          awaits: ['council.outcome'],
        },
        on: { 'council.outcome': { target: 'consulted', actions: 'recordCouncil' } },
      },
      consulted: {
        type: 'final',
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 1',
          kind: 'letter',
          summary: 'Consultation is all a threat calls for: no duty to assist until an aggression occurs.',
          verdict: { outcome: 'consultation', reason: 'CONSULTATION_ONLY' },
        },
      },
      ownTerritoryCheck: {
        meta: {
          cite: 'Protocol of Signature, point I',
          kind: 'letter',
          summary:
            "The undertakings apply only to aggression against either party's own territory: not to an ally such as Czechoslovakia.",
        },
        always: [{ guard: 'isAgainstOwnTerritory', target: 'unprovokedCheck' }, { target: 'notOwnTerritory' }],
      },
      notOwnTerritory: {
        type: 'final',
        meta: {
          cite: 'Protocol of Signature, point I',
          kind: 'letter',
          summary: 'Not an aggression against French or Soviet territory: the treaty is not engaged.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_OWN_TERRITORY' },
        },
      },
      unprovokedCheck: {
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary:
            'Only unprovoked aggression counts. The text does not say who decides: the victim asserts it, and each state judges for itself (practice: the League Assembly resolutions of 4 Oct 1921, res. 4).',
        },
        always: [{ guard: 'isUnprovoked', target: 'threePartyCheck' }, { target: 'provoked' }],
      },
      provoked: {
        type: 'final',
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary: 'The aggression is not held unprovoked: no help is owed.',
          verdict: { outcome: 'not-applicable', reason: 'PROVOKED' },
        },
      },
      threePartyCheck: {
        meta: {
          cite: 'Protocol of Signature, point IV',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary:
            'The undertakings apply only within the limits of the planned France-USSR-Germany agreement: in practice, aggression by Germany.',
        },
        always: [{ guard: 'isWithinThreePartyLimits', target: 'partnerCheck' }, { target: 'outsideThreeParty' }],
      },
      outsideThreeParty: {
        type: 'final',
        meta: {
          cite: 'Protocol of Signature, point IV',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary: 'The aggressor lies outside the three-party limits: the treaty is not engaged.',
          verdict: { outcome: 'not-applicable', reason: 'OUTSIDE_THREE_PARTY' },
        },
      },
      partnerCheck: {
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 2-3; Protocol of Signature, point IV',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary: 'Each party owes help to the other: the one that owes it must not be the aggressor.',
        },
        always: [{ guard: 'isPartnerTheAggressor', target: 'aggressorIsParty' }, { target: 'leagueRoute' }],
      },
      aggressorIsParty: {
        type: 'final',
        meta: {
          cite: 'Protocol of Signature, point IV (the non-aggression pact of 29 Nov 1932)',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary:
            'One party attacks the other: no one is left to give help, and it is the 1932 non-aggression pact that is broken.',
          verdict: { outcome: 'not-applicable', reason: 'AGGRESSOR_IS_PARTY' },
        },
      },
      leagueRoute: {
        meta: {
          cite: 'Covenant Arts. 15-17; Protocol of Signature, point I',
          kind: 'letter',
          summary:
            'The help is given through the Covenant. The parties act in concert to get the Council to act "with all the speed required by the circumstances".',
          awaits: ['council.outcome'],
        },
        on: {
          'council.outcome': [
            { guard: 'isArt17Route', target: 'route17', actions: 'recordCouncil' },
            { guard: 'isArt15Route', target: 'route15', actions: 'recordCouncil' },
            { target: 'route16', actions: 'recordCouncil' },
          ],
        },
      },
      route15: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 2; Covenant Art. 15',
          kind: 'letter',
          summary: 'The dispute is before the Council under Art. 15: everything turns on its report.',
        },
        always: [{ guard: 'isReportAdopted', target: 'reportDefied' }, { target: 'art15Para7Liberty' }],
      },
      reportDefied: {
        meta: {
          cite: 'Covenant Art. 15 §6, Art. 16 §1; Franco-Soviet Treaty, Art. 3 §1',
          kind: 'letter',
          summary:
            "The report (the Council's, or the Assembly's under §10) was adopted, the parties apart, and the aggressor attacked anyway: a resort to war in disregard of Art. 15, so Art. 16 and treaty Art. 3 apply. The model seeks no further Art. 16 recommendation here.",
        },
        always: [{ guard: 'isProtocolOverrideInForce', target: 'protocolOverride' }, { target: 'noRecommendation' }],
      },
      art15Para7Liberty: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 2; Covenant Art. 15 §7',
          kind: 'letter',
          summary:
            '"In the circumstances of Art. 15, para. 7": no report unanimous apart from the parties, so Members may act for "right and justice", and each party will "immediately give the other aid and assistance".',
        },
        always: 'obligationArises',
      },
      route16: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 3 §1; Covenant Art. 16',
          kind: 'letter',
          summary:
            'The aggressor, a Member (or a non-Member that accepted the obligations of membership for the dispute, Art. 17 §1), resorted to war in disregard of the Covenant: help is given "acting in application of Art. 16".',
        },
        always: [
          { guard: 'hasRecommendation', target: 'complyWithRecommendation' },
          { guard: 'isProtocolOverrideInForce', target: 'protocolOverride' },
          { target: 'noRecommendation' },
        ],
      },
      route17: {
        meta: {
          cite: 'Franco-Soviet Treaty, Art. 3 §2; Covenant Art. 17 §1, §3',
          kind: 'letter',
          summary:
            'The aggressor is not a League Member: invited to accept the obligations of membership, it refused and resorted to war, so Art. 16 applies against it.',
        },
        always: [
          { guard: 'hasRecommendation', target: 'complyWithRecommendation' },
          { guard: 'isProtocolOverrideInForce', target: 'protocolOverride' },
          { target: 'noRecommendation' },
        ],
      },
      complyWithRecommendation: {
        meta: {
          cite: 'Protocol of Signature, point I §1',
          kind: 'letter',
          summary:
            'The Council recommended action under Art. 16: each party assists the other by complying with it at once.',
        },
        always: 'obligationArises',
      },
      protocolOverride: {
        meta: {
          cite: 'Protocol of Signature, point I §2',
          kind: 'letter',
          summary:
            'No Art. 16 recommendation is in hand (none issued, none unanimous, or none sought): "for whatever reason", the obligation to assist still applies.',
        },
        always: 'obligationArises',
      },
      noRecommendation: {
        type: 'final',
        meta: {
          cite: 'Protocol of Signature, point I §2 (switched off by a rule variant)',
          kind: 'letter',
          summary:
            'Without point I §2, help under Art. 16 waits for a Council recommendation, and there is none: no help is owed on paper.',
          verdict: { outcome: 'not-applicable', reason: 'NO_COUNCIL_RECOMMENDATION' },
        },
      },
      obligationArises: {
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary: 'The duty to give "immediate aid and assistance" now exists on paper.',
        },
        always: [
          { guard: 'needsLocarnoCheck', target: 'locarnoCheck' },
          { guard: 'isFranceTheHelper', target: 'frenchCabinet' },
          { target: 'sovietLeadership' },
        ],
      },
      locarnoCheck: {
        meta: {
          cite: 'Protocol of Signature, point II; Rhineland Pact 1925, Arts. 2 and 4',
          kind: 'letter',
          summary:
            'Help against Germany means a French attack on a Locarno partner. The treaty must not be applied so as to expose France to "sanctions of an international character".',
          awaits: ['locarno.verdict'],
        },
        on: {
          'locarno.verdict': [
            { guard: 'isOutsideLocarnoExceptions', target: 'suspendedByProtocolII', actions: 'recordLocarno' },
            { guard: 'isOpposedByGuarantor', target: 'blockedByGuarantor', actions: 'recordLocarno' },
            { target: 'frenchCabinet', actions: 'recordLocarno' },
          ],
        },
      },
      suspendedByProtocolII: {
        type: 'final',
        meta: {
          cite: 'Protocol of Signature, point II',
          kind: 'letter',
          summary:
            'The French action would break Locarno: Protocol II suspends that mode of assistance. The letter itself stops it.',
          verdict: { outcome: 'blocked', reason: 'LOCARNO_PROTOCOL_II' },
        },
      },
      blockedByGuarantor: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Art. 4; treaty-and-rules.md §3.2',
          kind: 'practice',
          summary:
            'Lawful on paper, but a Locarno guarantor calls the French action a violation: while Locarno was in force it would owe Germany help; after 7 March 1936, France would act without British support. No clause required British or Italian approval: this is a veto of practice.',
          verdict: { outcome: 'blocked', reason: 'GUARANTOR_OPPOSED' },
        },
      },
      frenchCabinet: {
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8',
          kind: 'practice',
          summary: 'The French cabinet decides whether to act on the obligation.',
          awaits: ['decision.franceCabinet'],
        },
        on: {
          'decision.franceCabinet': [
            { guard: 'isCabinetYes', target: 'frenchChambers' },
            { target: 'declinedByCabinet' },
          ],
        },
      },
      declinedByCabinet: {
        type: 'final',
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8 (default by choice)',
          kind: 'practice',
          summary: 'The French cabinet declines to act.',
          verdict: { outcome: 'declined', reason: 'POLITICAL_REFUSAL' },
        },
      },
      frenchChambers: {
        meta: {
          cite: 'Constitutional Law of 16 July 1875, Art. 9',
          kind: 'letter',
          summary: 'The President of the Republic may not declare war without the prior assent of both Chambers.',
          awaits: ['decision.frenchParliament'],
        },
        on: {
          'decision.frenchParliament': [
            { guard: 'isChambersYes', target: 'feasibility' },
            { target: 'declinedByChambers' },
          ],
        },
      },
      declinedByChambers: {
        type: 'final',
        meta: {
          cite: 'Constitutional Law of 16 July 1875, Art. 9',
          kind: 'letter',
          summary: 'The Chambers refuse their assent: France cannot declare war.',
          verdict: { outcome: 'declined', reason: 'NO_PARLIAMENT_ASSENT' },
        },
      },
      sovietLeadership: {
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8',
          kind: 'practice',
          summary: 'The Soviet leadership (the Politburo, Stalin) decides whether to act on the obligation.',
          awaits: ['decision.sovietLeadership'],
        },
        on: {
          'decision.sovietLeadership': [
            { guard: 'isLeadershipYes', target: 'feasibility' },
            { target: 'declinedBySovietLeadership' },
          ],
        },
      },
      declinedBySovietLeadership: {
        type: 'final',
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8 (default by choice)',
          kind: 'practice',
          summary: 'The Soviet leadership declines to act.',
          verdict: { outcome: 'declined', reason: 'POLITICAL_REFUSAL' },
        },
      },
      ...DELIVERY.states,
      militaryConvention: {
        meta: {
          cite: 'treaty-and-rules.md §5.3 S9 and §5.6; counterfactuals.md §1',
          kind: 'practice',
          summary:
            'The treaty says nothing about forces. Only a military convention — staff plans, agreed forces and timing — makes help fast and large.',
          awaits: ['convention.level'],
        },
        on: { 'convention.level': { target: 'rendered', actions: 'recordConvention' } },
      },
      rendered: {
        type: 'final',
        meta: {
          cite: 'Franco-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary: 'Assistance is rendered.',
          verdict: { outcome: 'rendered', reason: null },
        },
      },
    },
  }),
);

/** Facts learnt at a step of the Franco-Soviet pact, for the path. */
export function francoSovietPactNote(state: string, context: FrancoSovietPactContext): string | undefined {
  const incident = context.incident;
  switch (state) {
    case 'inForceCheck':
      return `${formatDate(context.world.date)}: ${context.world.francoSovietInForce ? 'in force' : 'not in force'}${context.world.overridden.includes('treatyInForce') ? ' (set by the case)' : ''}.`;
    case 'europeanCheck':
      return incident === null ? undefined : `Aggressor: ${countryName(incident.aggressor)}.`;
    case 'ownTerritoryCheck':
      return incident?.type === 'incident.attack'
        ? `Victim: ${countryName(incident.victim)}; target: ${incident.target}.`
        : undefined;
    case 'obligationArises': {
      const helper = pactHelper(context);
      return helper === null ? undefined : `${countryName(helper)} owes help.`;
    }
    case 'deliveryCheck':
      return DELIVERY.note(context);
    case 'rendered': {
      const convention = context.convention === null ? '' : ` ${FEASIBILITY.delivery[context.convention].text}`;
      return `Feasible: ${pactFeasibleTypes(context)
        .map((t) => ASSISTANCE_NAMES[t])
        .join(', ')}.${convention}`;
    }
  }
  // Every other step adds no fact of its own.
  return undefined;
}
