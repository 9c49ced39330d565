/**
 * The League Council's procedure under the Covenant (Arts. 10, 11, 15, 16, 17),
 * as far as the Franco-Soviet and Czechoslovak-Soviet treaties hook into it.
 * The article it is seized under, the non-Member's answer and the vote arrive
 * as events; who votes and what unanimity means come from `covenantRules.ts`.
 */

import { assertEvent, assign, setup } from 'xstate';
import { formatDate } from '../dates';
import { lazily } from '../memo';
import {
  type CouncilProcedure,
  councilVote,
  isAdoptedByGuidance,
  isDisputeWithNonMember,
  isUnanimousUnder,
} from './covenantRules';
import type { FactEvent } from './facts';
import type { CouncilArticle, CouncilResult, InvitationAnswer } from './legalCase';
import { COUNCIL_RESULT_WORDS } from './noteWords';
import type { Citation, CountryId, StepMeta } from './types';
import { countryName, type WorldFacts } from './worldFacts';

export interface CovenantCouncilInput {
  readonly world: WorldFacts;
  /** The aggressor (or threatening state) first, then the victim. */
  readonly parties: readonly [CountryId, CountryId];
}

export interface CovenantCouncilContext extends CovenantCouncilInput {
  /** The article the dispute is finally dealt with under (Art. 17 leads to 15 or 16). */
  readonly article: CouncilArticle | null;
  readonly invitation: InvitationAnswer | null;
  readonly result: CouncilResult | null;
  readonly referredToAssembly: boolean;
}

type CouncilEvent = Extract<
  FactEvent,
  { type: 'council.seize' | 'council.result' | 'council.referToAssembly' | 'assembly.result' | 'nonMember.invitation' }
>;

// The guards below are wired only to their own event (`council.result`, `council.seize`, `nonMember.invitation`):
// `assertEvent` narrows the type, and throws if a guard were ever wired to another event.
const isResult =
  (test: (result: CouncilResult) => boolean) =>
  ({ event }: { event: CouncilEvent }) => {
    assertEvent(event, 'council.result');
    return test(event.result);
  };

/** What each guard implements (treaty-and-rules.md §2): for the rules X-ray and the tests. */
export const COVENANT_COUNCIL_GUARD_CITES: Readonly<Record<string, Citation>> = {
  isThreatProcedure: { cite: 'Covenant Arts. 10-11', kind: 'letter' },
  isArt10: { cite: 'Covenant Art. 10', kind: 'letter' },
  isWithNonMember: { cite: 'Covenant Art. 17 §1', kind: 'letter' },
  isArt15: { cite: 'Covenant Art. 15 §1', kind: 'letter' },
  isInvitationAccepted: { cite: 'Covenant Art. 17 §1, §3', kind: 'letter' },
  isUnanimousIncludingParties: { cite: 'Covenant Art. 5 §1; Art. 11 (the parties count)', kind: 'letter' },
  isReportAdopted: { cite: 'Covenant Art. 15 §6 (the parties left out)', kind: 'letter' },
  isMajorityReport: { cite: 'Covenant Art. 15 §4', kind: 'letter' },
  isRecommendationUnanimous: { cite: 'Covenant Art. 16 §2; Art. 5 §1', kind: 'letter' },
  isRecommendationByGuidance: {
    cite: 'League Assembly resolutions of 4 Oct 1921, res. 1; Council practice, 7 Oct 1935',
    kind: 'practice',
    reading: 'DECISION',
  },
  isAssemblyReportAdopted: { cite: 'Covenant Art. 15 §10', kind: 'letter' },
};

export const covenantCouncilMachine = lazily(() =>
  setup({
    types: {
      input: {} as CovenantCouncilInput,
      context: {} as CovenantCouncilContext,
      events: {} as CouncilEvent,
      meta: {} as StepMeta,
    },
    guards: {
      isThreatProcedure: ({ event }) => {
        assertEvent(event, 'council.seize');
        return event.article === 10 || event.article === 11;
      },
      isArt10: ({ event }) => {
        assertEvent(event, 'council.seize');
        return event.article === 10;
      },
      isWithNonMember: ({ context }) => isDisputeWithNonMember(context.world, context.parties[0]),
      isArt15: ({ context }) => context.article === 15,
      isInvitationAccepted: ({ event }) => {
        assertEvent(event, 'nonMember.invitation');
        return event.answer === 'accept';
      },
      isUnanimousIncludingParties: isResult((r) => isUnanimousUnder(11, r)),
      isReportAdopted: isResult((r) => isUnanimousUnder(15, r)),
      isMajorityReport: isResult((r) => r === 'majority-only'),
      isRecommendationUnanimous: isResult((r) => isUnanimousUnder(16, r)),
      isRecommendationByGuidance: isResult((r) => isAdoptedByGuidance(16, r)),
      isAssemblyReportAdopted: ({ event }) => event.type === 'assembly.result' && event.adopted,
    },
    actions: {
      recordArticle: assign({
        article: ({ event }) => {
          assertEvent(event, 'council.seize');
          return event.article;
        },
      }),
      recordInvitation: assign({
        invitation: ({ event }) => {
          assertEvent(event, 'nonMember.invitation');
          return event.answer;
        },
      }),
      recordResult: assign({
        result: ({ event }) => {
          assertEvent(event, 'council.result');
          return event.result;
        },
      }),
      recordReferral: assign({ referredToAssembly: true }),
      recordArt16: assign({ article: 16 as const }),
    },
  }).createMachine({
    id: 'covenantCouncil',
    context: ({ input }) => ({ ...input, article: null, invitation: null, result: null, referredToAssembly: false }),
    initial: 'awaitingSeizure',
    states: {
      awaitingSeizure: {
        meta: {
          cite: 'Covenant Art. 11 §1; Art. 15 §1',
          kind: 'letter',
          summary: 'A Member brings the threat or dispute before the Council, which must meet at once.',
          awaits: ['council.seize'],
        },
        on: {
          'council.seize': [
            { guard: 'isArt10', target: 'art10Advice', actions: 'recordArticle' },
            { guard: 'isThreatProcedure', target: 'art11Emergency', actions: 'recordArticle' },
            { target: 'disputeSeized', actions: 'recordArticle' },
          ],
        },
      },
      art10Advice: {
        meta: {
          cite: 'Covenant Art. 10; Art. 5 §1',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary:
            'The Council "shall advise upon the means" of preserving the victim. Advice is a decision: all members present must agree, the parties included (no exception is written into Art. 10).',
          awaits: ['council.result'],
        },
        on: {
          'council.result': [
            { guard: 'isUnanimousIncludingParties', target: 'adviceGiven', actions: 'recordResult' },
            { target: 'noAdvice', actions: 'recordResult' },
          ],
        },
      },
      adviceGiven: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 10',
          kind: 'letter',
          summary: 'The Council advises on the means to uphold Art. 10.',
          verdict: { outcome: 'recommendation', reason: null },
        },
      },
      noAdvice: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 10; Art. 5 §1',
          kind: 'practice',
          summary: 'No unanimous advice: the obligation of Art. 10 stays general and unenforced.',
          verdict: { outcome: 'no-unanimity', reason: null },
        },
      },
      art11Emergency: {
        meta: {
          cite: 'Covenant Art. 11 §1; Art. 5 §1',
          kind: 'letter',
          summary:
            "An emergency meeting on a threat of war. Unanimity counts the parties' votes: an Assembly proposal to disregard them under Art. 11 was not adopted.",
          awaits: ['council.result'],
        },
        on: {
          'council.result': [
            { guard: 'isUnanimousIncludingParties', target: 'measuresAgreed', actions: 'recordResult' },
            { target: 'blockedByUnanimity', actions: 'recordResult' },
          ],
        },
      },
      measuresAgreed: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 11 §1',
          kind: 'letter',
          summary: 'The Council agrees, unanimously and with the parties, on action to safeguard the peace.',
          verdict: { outcome: 'recommendation', reason: null },
        },
      },
      blockedByUnanimity: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 11 §1; Art. 5 §1',
          kind: 'letter',
          summary: "No unanimity, the parties counted: a single vote, a party's included, blocks any measure.",
          verdict: { outcome: 'no-unanimity', reason: null },
        },
      },
      disputeSeized: {
        meta: {
          cite: 'Covenant Art. 17 §1',
          kind: 'letter',
          summary:
            'Is the other side a League Member? A dispute with a non-Member begins with an invitation (Art. 17).',
        },
        always: [{ guard: 'isWithNonMember', target: 'art17Invitation' }, { target: 'memberDispute' }],
      },
      art17Invitation: {
        meta: {
          cite: 'Covenant Art. 17 §1',
          kind: 'letter',
          summary:
            'The non-Member is invited to accept the obligations of membership for this dispute, on conditions the Council deems just.',
          awaits: ['nonMember.invitation'],
        },
        on: {
          'nonMember.invitation': [
            { guard: 'isInvitationAccepted', target: 'invitationAccepted', actions: 'recordInvitation' },
            { target: 'invitationRefused', actions: ['recordInvitation', 'recordArt16'] },
          ],
        },
      },
      invitationAccepted: {
        meta: {
          cite: 'Covenant Art. 17 §1; treaty-and-rules.md §5.8',
          kind: 'letter',
          summary: 'The non-Member accepts: Arts. 12 to 16 apply to it for this dispute, as to a Member.',
        },
        always: 'memberDispute',
      },
      invitationRefused: {
        meta: {
          cite: 'Covenant Art. 17 §3',
          kind: 'letter',
          summary: 'It refuses and resorts to war against a Member: Art. 16 applies against it.',
        },
        always: 'art16Breach',
      },
      memberDispute: {
        meta: {
          cite: 'Covenant Arts. 12, 15, 16',
          kind: 'letter',
          summary:
            'A dispute still before the Council goes on under Art. 15; a resort to war in disregard of Arts. 12, 13 or 15 falls under Art. 16.',
        },
        always: [{ guard: 'isArt15', target: 'art15Report' }, { target: 'art16Breach' }],
      },
      art15Report: {
        meta: {
          cite: 'Covenant Art. 15 §§1-4, §6-7',
          kind: 'letter',
          summary:
            "The Council inquires and reports. Here alone the parties' votes are left out: a report is unanimous if all the other members agree.",
          awaits: ['council.result', 'council.referToAssembly'],
        },
        on: {
          'council.result': [
            { guard: 'isReportAdopted', target: 'reportAdopted', actions: 'recordResult' },
            { guard: 'isMajorityReport', target: 'reportByMajority', actions: 'recordResult' },
            { target: 'noReport', actions: 'recordResult' },
          ],
          'council.referToAssembly': { target: 'assemblyReferral', actions: 'recordReferral' },
        },
      },
      reportAdopted: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 15 §6',
          kind: 'letter',
          summary:
            'A report unanimous apart from the parties: Members will not go to war with a party that complies with it.',
          verdict: { outcome: 'recommendation', reason: null },
        },
      },
      reportByMajority: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 15 §4, §7',
          kind: 'letter',
          summary:
            'A report by majority only: it is published, but binds no one. Members keep the right to act "for the maintenance of right and justice".',
          verdict: { outcome: 'report-only', reason: null },
        },
      },
      noReport: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 15 §7',
          kind: 'letter',
          summary:
            'The Council fails to reach a report unanimous apart from the parties: Members keep the right to act "for the maintenance of right and justice".',
          verdict: { outcome: 'no-unanimity', reason: null },
        },
      },
      assemblyReferral: {
        meta: {
          cite: 'Covenant Art. 15 §9-10',
          kind: 'letter',
          summary:
            'The dispute goes to the Assembly. Its report has the force of a unanimous Council report if all Council members present and a majority of the others agree, the parties left out.',
          awaits: ['assembly.result'],
        },
        on: {
          'assembly.result': [
            { guard: 'isAssemblyReportAdopted', target: 'assemblyReportAdopted' },
            { target: 'assemblyReportFailed' },
          ],
        },
      },
      assemblyReportAdopted: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 15 §10, §6',
          kind: 'letter',
          summary: "The Assembly's report carries the force of a unanimous Council report (Art. 15 §6).",
          verdict: { outcome: 'recommendation', reason: null },
        },
      },
      assemblyReportFailed: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 15 §10, §7',
          kind: 'letter',
          reading: 'ANALYSIS',
          summary:
            "The Assembly reaches no such report: as with the Council (§10 gives it the Council's powers), Members keep their liberty under §7.",
          verdict: { outcome: 'no-unanimity', reason: null },
        },
      },
      art16Breach: {
        meta: {
          cite: 'Covenant Art. 16 §1',
          kind: 'letter',
          summary:
            'A resort to war in disregard of the Covenant is "deemed to have committed an act of war against all other Members": trade and financial relations are to be severed at once.',
        },
        always: 'eachMemberDecides',
      },
      eachMemberDecides: {
        meta: {
          cite: 'League Assembly resolutions of 4 Oct 1921, res. 4',
          kind: 'practice',
          summary:
            '"It is the duty of each Member of the League to decide for itself whether a breach of the Covenant has been committed." No one can compel another to see the breach.',
        },
        always: 'art16Recommendation',
      },
      art16Recommendation: {
        meta: {
          cite: 'Covenant Art. 16 §2; Art. 5 §1',
          kind: 'letter',
          summary:
            'The Council recommends what forces Members should contribute. Military action follows only a recommendation, which needs unanimity.',
          awaits: ['council.result'],
        },
        on: {
          'council.result': [
            { guard: 'isRecommendationUnanimous', target: 'recommendationIssued', actions: 'recordResult' },
            { guard: 'isRecommendationByGuidance', target: 'recommendationByGuidance', actions: 'recordResult' },
            { target: 'noRecommendation', actions: 'recordResult' },
          ],
        },
      },
      recommendationIssued: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 16 §2',
          kind: 'letter',
          summary: 'The Council recommends the forces each Member should contribute.',
          verdict: { outcome: 'recommendation', reason: null },
        },
      },
      recommendationByGuidance: {
        type: 'final',
        meta: {
          cite: 'League Assembly resolutions of 4 Oct 1921, res. 1; Council practice, 7 Oct 1935',
          kind: 'practice',
          reading: 'DECISION',
          summary:
            "Unanimous except for the parties. Art. 5 counts them, but the 1921 'rules for guidance' left the accused's and the victim's votes out of the Council's opinion that a breach had occurred, and on 7 October 1935 Italy's objection did not block such a finding. The model extends this to a recommendation of forces: a recommendation in practice.",
          verdict: { outcome: 'recommendation', reason: null },
        },
      },
      noRecommendation: {
        type: 'final',
        meta: {
          cite: 'Covenant Art. 16 §2',
          kind: 'letter',
          summary: 'No unanimous recommendation: the Covenant itself calls for no military action.',
          verdict: { outcome: 'no-unanimity', reason: null },
        },
      },
    },
  }),
);

/** The Council's articles of procedure by voting state, for the note on who votes. */
const VOTING_STATES: Readonly<Record<string, CouncilProcedure>> = {
  art10Advice: 10,
  art11Emergency: 11,
  art15Report: 15,
  art16Recommendation: 16,
};

/** Facts learnt at a step of the Council's procedure, for the path. */
export function covenantCouncilNote(state: string, context: CovenantCouncilContext): string | undefined {
  const article = VOTING_STATES[state];
  if (article !== undefined) {
    const { voters, excluded } = councilVote(context.world, article, context.parties);
    const names = voters.map(countryName).join(', ');
    const left = excluded.length > 0 ? `; left out as parties: ${excluded.map(countryName).join(', ')}` : '';
    return `Permanent members voting: ${names}${left}. Elected seats are not modelled (UNCONFIRMED per year).`;
  }
  if (state === 'disputeSeized') {
    const aggressor = context.parties[0];
    const status = context.world.leagueMembers.includes(aggressor) ? 'a League Member' : 'not a League Member';
    return `${countryName(aggressor)} is ${status} on ${formatDate(context.world.date)}.`;
  }
  // The vote is recorded only after the Council is seized, so it never shows on `awaitingSeizure`.
  return context.result === null ? undefined : `Vote: ${COUNCIL_RESULT_WORDS[context.result]}.`;
}
