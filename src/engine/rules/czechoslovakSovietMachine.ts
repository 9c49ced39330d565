/**
 * The Czechoslovak-Soviet Treaty of Mutual Assistance (Prague, 16 May 1935):
 * mutual help between the USSR and Czechoslovakia whose articles mirror the
 * Franco-Soviet treaty, and which operates only in so far as France gives the
 * victim assistance first (its Protocol of Signature; treaty-and-rules.md §4, §5.4, §5.8).
 */

import { assertEvent, assign, setup } from 'xstate';
import { formatDate } from '../dates';
import { lazily } from '../memo';
import { type TransitAnswers, treatyDelivery } from './assistanceRules';
import { type FactEvent, type IncidentEvent, incidentOnEvent } from './facts';
import { CALENDAR } from './lawData';
import { ASSISTANCE_NAMES } from './noteWords';
import {
  helperFor,
  isEuropeanAggressor,
  isPartnerTheAggressor,
  isParty,
  CZECHOSLOVAK_SOVIET_PARTIES as PARTIES,
} from './pactRules';
import type { Citation, CountryId, StepMeta } from './types';
import { countryName, type WorldFacts } from './worldFacts';

export interface CzechoslovakSovietInput {
  readonly world: WorldFacts;
}

export interface CzechoslovakSovietContext extends CzechoslovakSovietInput {
  readonly incident: IncidentEvent | null;
  readonly franceAssists: boolean | null;
  readonly transit: TransitAnswers;
}

type TreatyEvent =
  | IncidentEvent
  | Extract<
      FactEvent,
      {
        type:
          | 'decision.franceAssistsVictim'
          | 'decision.sovietLeadership'
          | 'decision.czechoslovakGovernment'
          | 'transit.poland'
          | 'transit.romania';
      }
    >;

/** The party that owes help once the incident is known. */
export function czechoslovakSovietHelper(context: CzechoslovakSovietContext): CountryId | null {
  return context.incident === null ? null : helperFor(PARTIES, context.incident.victim);
}

/** The delivery steps this machine shares with the other treaty's (assistanceRules.ts). */
const DELIVERY = treatyDelivery(czechoslovakSovietHelper, {
  onFeasible: 'rendered',
  deliveryCheckSummary: 'Transit changes how help comes, not whether it is owed: is any kind of help left?',
});

/** The kinds of help the helper could deliver, given the transit answers so far. */
export function czechoslovakSovietFeasibleTypes(context: CzechoslovakSovietContext) {
  return DELIVERY.types(context);
}

/** What each guard implements (treaty-and-rules.md §4, §5.4, §5.8): for the rules X-ray and the tests. */
export const CZECHOSLOVAK_SOVIET_GUARD_CITES: Readonly<Record<string, Citation>> = {
  isThreat: { cite: 'Czechoslovak-Soviet Treaty, Art. 1', kind: 'letter' },
  isTreatyInForce: {
    cite: 'Czechoslovak-Soviet Treaty; treaty-and-rules.md §5.1',
    kind: 'letter',
    reading: 'DECISION',
  },
  isVictimAParty: { cite: 'Czechoslovak-Soviet Treaty, Arts. 1-3; treaty-and-rules.md §5.8', kind: 'letter' },
  isEuropeanAggressor: { cite: 'Czechoslovak-Soviet Treaty, Arts. 1-3', kind: 'letter' },
  isUnprovoked: { cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3', kind: 'letter' },
  isPartnerTheAggressor: { cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3', kind: 'letter', reading: 'ANALYSIS' },
  isFranceAssisting: { cite: 'Czechoslovak-Soviet Treaty, Protocol of Signature', kind: 'letter' },
  isLeadershipYes: { cite: 'treaty-and-rules.md §5.3 S8', kind: 'practice' },
  isGovernmentYes: { cite: 'treaty-and-rules.md §5.3 S8 and §5.8', kind: 'practice' },
  isUssrTheHelper: { cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3 (each party assists the other)', kind: 'letter' },
  ...DELIVERY.guardCites,
};

export const czechoslovakSovietMachine = lazily(() =>
  setup({
    types: {
      input: {} as CzechoslovakSovietInput,
      context: {} as CzechoslovakSovietContext,
      events: {} as TreatyEvent,
      meta: {} as StepMeta,
    },
    guards: {
      isThreat: ({ context }) => context.incident?.type === 'incident.threat',
      isTreatyInForce: ({ context }) => context.world.czechoslovakSovietInForce,
      isVictimAParty: ({ context }) => context.incident !== null && isParty(PARTIES, context.incident.victim),
      isEuropeanAggressor: ({ context }) =>
        context.incident !== null && isEuropeanAggressor(context.incident.aggressor),
      isUnprovoked: ({ context }) => context.incident?.type === 'incident.attack' && context.incident.unprovoked,
      isPartnerTheAggressor: ({ context }) =>
        context.incident !== null &&
        isPartnerTheAggressor(PARTIES, context.incident.victim, context.incident.aggressor),
      isFranceAssisting: ({ event }) => event.type === 'decision.franceAssistsVictim' && event.yes,
      isLeadershipYes: ({ event }) => event.type === 'decision.sovietLeadership' && event.yes,
      isGovernmentYes: ({ event }) => event.type === 'decision.czechoslovakGovernment' && event.yes,
      isUssrTheHelper: ({ context }) => czechoslovakSovietHelper(context) === 'ussr',
      ...DELIVERY.guards,
    },
    actions: {
      recordIncident: assign({ incident: incidentOnEvent }),
      recordFrenchAssistance: assign({
        franceAssists: ({ event }) => {
          assertEvent(event, 'decision.franceAssistsVictim');
          return event.yes;
        },
      }),
      recordTransit: assign({ transit: DELIVERY.recordTransit }),
    },
  }).createMachine({
    id: 'czechoslovakSoviet',
    context: ({ input }) => ({ ...input, incident: null, franceAssists: null, transit: {} }),
    initial: 'peace',
    states: {
      peace: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, 16 May 1935',
          kind: 'letter',
          summary: 'The USSR and Czechoslovakia undertake mutual assistance, on the model of the Franco-Soviet treaty.',
          awaits: ['incident.threat', 'incident.attack', 'incident.zoneViolation'],
        },
        on: {
          'incident.threat': { target: 'threatRaised', actions: 'recordIncident' },
          'incident.attack': { target: 'aggressionAlleged', actions: 'recordIncident' },
          'incident.zoneViolation': { target: 'aggressionAlleged', actions: 'recordIncident' },
        },
      },
      threatRaised: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Art. 1 (mirrors Franco-Soviet Art. 1)',
          kind: 'letter',
          summary: 'A threat or danger of aggression: the parties consult on upholding Covenant Art. 10.',
        },
        always: 'inForceCheck',
      },
      aggressionAlleged: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3 (mirror Franco-Soviet Arts. 2-3)',
          kind: 'letter',
          summary: 'An aggression is alleged. Is help owed under the Czechoslovak-Soviet treaty?',
        },
        always: 'inForceCheck',
      },
      inForceCheck: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty; treaty-and-rules.md §5.1',
          kind: 'letter',
          reading: 'DECISION',
          summary: `In force from ${formatDate(CALENDAR.treaties['czechoslovak-soviet'].inForceFrom)}: the ratification date is unconfirmed, so the model counts it from signature.`,
        },
        always: [{ guard: 'isTreatyInForce', target: 'partyCheck' }, { target: 'notInForce' }],
      },
      notInForce: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty',
          kind: 'letter',
          summary: 'Not in force on that date.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_IN_FORCE' },
        },
      },
      partyCheck: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 1-3; treaty-and-rules.md §5.8',
          kind: 'letter',
          summary: 'The treaty engages only if the USSR or Czechoslovakia is the victim.',
        },
        always: [{ guard: 'isVictimAParty', target: 'europeanCheck' }, { target: 'notAParty' }],
      },
      notAParty: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty; treaty-and-rules.md §5.8',
          kind: 'letter',
          summary: 'Neither the USSR nor Czechoslovakia is the victim: the treaty does not apply.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_A_PARTY' },
        },
      },
      europeanCheck: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 1-3 ("a European State", as in the Franco-Soviet treaty)',
          kind: 'letter',
          summary: 'The treaty covers threats and aggression by a European State.',
        },
        always: [{ guard: 'isEuropeanAggressor', target: 'scopeByIncident' }, { target: 'notEuropean' }],
      },
      notEuropean: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 1-3',
          kind: 'letter',
          summary: 'The aggressor is not a European State: the treaty does not apply.',
          verdict: { outcome: 'not-applicable', reason: 'NOT_EUROPEAN' },
        },
      },
      scopeByIncident: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 1-3',
          kind: 'letter',
          summary: 'A threat calls for consultation; an aggression for assistance.',
        },
        always: [{ guard: 'isThreat', target: 'consulted' }, { target: 'unprovokedCheck' }],
      },
      consulted: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Art. 1',
          kind: 'letter',
          summary: 'Consultation only: no duty to assist until an aggression occurs.',
          verdict: { outcome: 'consultation', reason: 'CONSULTATION_ONLY' },
        },
      },
      unprovokedCheck: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary:
            'Only unprovoked aggression counts; each state judges that for itself (practice: the League Assembly resolutions of 4 Oct 1921, res. 4).',
        },
        always: [{ guard: 'isUnprovoked', target: 'partnerCheck' }, { target: 'provoked' }],
      },
      provoked: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary: 'The aggression is not held unprovoked: no help is owed.',
          verdict: { outcome: 'not-applicable', reason: 'PROVOKED' },
        },
      },
      partnerCheck: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary: 'The party that owes help must not itself be the aggressor.',
        },
        always: [{ guard: 'isPartnerTheAggressor', target: 'aggressorIsParty' }, { target: 'frenchCondition' }],
      },
      aggressorIsParty: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary: 'One party attacks the other: no one is left to give help.',
          verdict: { outcome: 'not-applicable', reason: 'AGGRESSOR_IS_PARTY' },
        },
      },
      frenchCondition: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Protocol of Signature',
          kind: 'letter',
          summary:
            'The obligations operate only in so far as France gives assistance to the victim (a paraphrase: the exact English wording is unconfirmed). The USSR may refuse if France evades its own obligation.',
          awaits: ['decision.franceAssistsVictim'],
        },
        on: {
          'decision.franceAssistsVictim': [
            { guard: 'isFranceAssisting', target: 'obligationArises', actions: 'recordFrenchAssistance' },
            { target: 'noFrenchAssistance', actions: 'recordFrenchAssistance' },
          ],
        },
      },
      noFrenchAssistance: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Protocol of Signature',
          kind: 'letter',
          summary: 'France does not assist the victim, so the treaty does not operate: no one owes anything.',
          verdict: { outcome: 'not-applicable', reason: 'NO_FRENCH_ASSISTANCE' },
        },
      },
      obligationArises: {
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3 and Protocol of Signature',
          kind: 'letter',
          summary:
            'France assists the victim: the other party\'s duty to give "immediate aid and assistance" arises on paper.',
        },
        always: [{ guard: 'isUssrTheHelper', target: 'sovietLeadership' }, { target: 'czechoslovakGovernment' }],
      },
      sovietLeadership: {
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8',
          kind: 'practice',
          summary: 'The Soviet leadership decides whether to act on the obligation.',
          awaits: ['decision.sovietLeadership'],
        },
        on: {
          'decision.sovietLeadership': [
            { guard: 'isLeadershipYes', target: 'feasibility' },
            { target: 'declinedByGovernment' },
          ],
        },
      },
      czechoslovakGovernment: {
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8 and §5.8',
          kind: 'practice',
          summary: 'The Czechoslovak government decides whether to act on the obligation.',
          awaits: ['decision.czechoslovakGovernment'],
        },
        on: {
          'decision.czechoslovakGovernment': [
            { guard: 'isGovernmentYes', target: 'feasibility' },
            { target: 'declinedByGovernment' },
          ],
        },
      },
      declinedByGovernment: {
        type: 'final',
        meta: {
          cite: 'treaty-and-rules.md §5.3 S8 (default by choice)',
          kind: 'practice',
          summary: 'The government that owes help declines to give it.',
          verdict: { outcome: 'declined', reason: 'POLITICAL_REFUSAL' },
        },
      },
      ...DELIVERY.states,
      rendered: {
        type: 'final',
        meta: {
          cite: 'Czechoslovak-Soviet Treaty, Arts. 2-3',
          kind: 'letter',
          summary: 'Assistance is rendered.',
          verdict: { outcome: 'rendered', reason: null },
        },
      },
    },
  }),
);

/** Facts learnt at a step of the Czechoslovak-Soviet treaty, for the path. */
export function czechoslovakSovietNote(state: string, context: CzechoslovakSovietContext): string | undefined {
  const incident = context.incident;
  switch (state) {
    case 'partyCheck':
      return incident === null ? undefined : `Victim: ${countryName(incident.victim)}.`;
    case 'obligationArises': {
      const helper = czechoslovakSovietHelper(context);
      return helper === null ? undefined : `France assists the victim; ${countryName(helper)} owes help.`;
    }
    case 'noFrenchAssistance':
      return 'France does not assist the victim.';
    case 'deliveryCheck':
      return DELIVERY.note(context);
    case 'rendered':
      return `Feasible: ${czechoslovakSovietFeasibleTypes(context)
        .map((t) => ASSISTANCE_NAMES[t])
        .join(', ')}.`;
  }
  // Every other step adds no fact of its own.
  return undefined;
}
