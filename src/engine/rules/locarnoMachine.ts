/**
 * Locarno (Rhineland Pact, 1925) judging a French action against Germany:
 * Art. 2's ban on force and its three exceptions (letter), Locarno's status by
 * date, and each counting guarantor's verdict, flagrant or not (Art. 4: practice).
 * A guarantor's verdict arrives as an event when the machine asks for it.
 */

import { assertEvent, assign, setup } from 'xstate';
import { formatDate } from '../dates';
import { lazily } from '../memo';
import type { FactEvent } from './facts';
import type { GuarantorVerdict } from './legalCase';
import {
  type AssistanceBasis,
  type FrenchAction,
  type Guarantor,
  isCoveredByArt2,
  isLocarnoCounterpart,
  isViolationVerdict,
} from './locarnoRules';
import { BASIS_WORDS, LOCARNO_STATUS_WORDS, READING_WORDS, VERDICT_WORDS } from './noteWords';
import type { Citation, StepMeta } from './types';
import type { WorldFacts } from './worldFacts';

export interface LocarnoInput {
  readonly world: WorldFacts;
  readonly action: FrenchAction;
}

export interface LocarnoContext extends LocarnoInput {
  readonly verdicts: Readonly<Partial<Record<Guarantor, GuarantorVerdict>>>;
}

type LocarnoEvent = Extract<FactEvent, { type: 'guarantor.uk' | 'guarantor.italy' }>;

// A guarantor not asked has no entry; each test is false for `undefined`, so no filter is needed.
const anyVerdict = (context: LocarnoContext, test: (v: GuarantorVerdict | undefined) => boolean) =>
  Object.values(context.verdicts).some(test);

/** The ground of a French assistance action, or null for any other action (it has none). */
const basisOf = (action: FrenchAction): AssistanceBasis | null => (action.kind === 'assistance' ? action.basis : null);

/** What each guard implements (treaty-and-rules.md §3, §5.8): for the rules X-ray and the tests. */
export const LOCARNO_GUARD_CITES: Readonly<Record<string, Citation>> = {
  isNoFrenchAction: {
    cite: 'treaty-and-rules.md §5.8 (Locarno judges a French action)',
    kind: 'letter',
    reading: 'DECISION',
  },
  isAgainstOtherState: { cite: 'Rhineland Pact 1925, Art. 2 §1', kind: 'letter' },
  isDefence: { cite: 'Rhineland Pact 1925, Art. 2 §2(1)', kind: 'letter' },
  isInForce: {
    cite: 'Rhineland Pact 1925; treaty-and-rules.md §3.4 (status by date)',
    kind: 'letter',
    reading: 'ANALYSIS',
  },
  isBelgiumReleased: { cite: 'Anglo-French declaration of 24 Apr 1937; treaty-and-rules.md §3.4', kind: 'practice' },
  isUnprovokedZoneBreach: { cite: 'Rhineland Pact 1925, Art. 2 §2(1); Versailles Arts. 42-43', kind: 'letter' },
  isRiposte: { cite: 'Rhineland Pact 1925, Art. 2 §2(1)', kind: 'letter' },
  isCouncilDecision: { cite: 'Rhineland Pact 1925, Art. 2 §2(3)', kind: 'letter' },
  isArt15Para7Action: { cite: 'Rhineland Pact 1925, Art. 2 §2(3); Covenant Art. 15 §7', kind: 'letter' },
  isCoveredAsArt16Action: {
    cite: 'Rhineland Pact 1925, Art. 2 §2(2); treaty-and-rules.md §5.8',
    kind: 'letter',
    reading: 'DECISION',
  },
  // The guarantors by Locarno's status are data (calendar.json `locarnoGuarantors`): a rule variant may leave Italy out.
  isItalyCounting: { cite: 'treaty-and-rules.md §5.8 (the Locarno check)', kind: 'practice', reading: 'DECISION' },
  hasFlagrantViolationVerdict: { cite: 'Rhineland Pact 1925, Art. 4 §3', kind: 'practice' },
  hasViolationVerdict: { cite: 'Rhineland Pact 1925, Art. 4 §1-3', kind: 'practice' },
};

export const locarnoMachine = lazily(() =>
  setup({
    types: {
      input: {} as LocarnoInput,
      context: {} as LocarnoContext,
      events: {} as LocarnoEvent,
      meta: {} as StepMeta,
    },
    guards: {
      isNoFrenchAction: ({ context }) => context.action.kind === 'none',
      isAgainstOtherState: ({ context }) =>
        context.action.kind !== 'none' && !isLocarnoCounterpart(context.action.against),
      isDefence: ({ context }) => context.action.kind === 'defence',
      isInForce: ({ context }) => context.world.locarno === 'in-force',
      isBelgiumReleased: ({ context }) => context.world.locarno === 'belgium-released',
      isUnprovokedZoneBreach: ({ context }) => context.action.kind === 'riposte' && context.action.unprovoked,
      isRiposte: ({ context }) => context.action.kind === 'riposte',
      isCouncilDecision: ({ context }) => basisOf(context.action) === 'council-decision',
      isArt15Para7Action: ({ context }) => basisOf(context.action) === 'art15-para7',
      isCoveredAsArt16Action: ({ context }) => {
        const basis = basisOf(context.action);
        return basis !== null && isCoveredByArt2(basis, context.world.locarnoReading);
      },
      isItalyCounting: ({ context }) => context.world.guarantors.includes('italy'),
      hasFlagrantViolationVerdict: ({ context }) => anyVerdict(context, (v) => v === 'violation-flagrant'),
      hasViolationVerdict: ({ context }) => anyVerdict(context, isViolationVerdict),
    },
    actions: {
      recordVerdict: assign({
        verdicts: ({ context, event }) => {
          assertEvent(event, ['guarantor.uk', 'guarantor.italy']);
          const guarantor: Guarantor = event.type === 'guarantor.uk' ? 'uk' : 'italy';
          return { ...context.verdicts, [guarantor]: event.verdict };
        },
      }),
    },
  }).createMachine({
    id: 'locarno',
    context: ({ input }) => ({ ...input, verdicts: {} }),
    initial: 'engagement',
    states: {
      engagement: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §1',
          kind: 'letter',
          summary:
            'France and Germany (and Germany and Belgium) undertake never to attack or invade each other. Is a French action against Germany at stake?',
        },
        always: [
          { guard: 'isNoFrenchAction', target: 'noFrenchAction' },
          { guard: 'isAgainstOtherState', target: 'notAgainstCounterpart' },
          { guard: 'isDefence', target: 'legitimateDefence' },
          { guard: 'isInForce', target: 'art2Exceptions' },
          { guard: 'isBelgiumReleased', target: 'belgiumReleased' },
          { target: 'repudiated' },
        ],
      },
      noFrenchAction: {
        type: 'final',
        meta: {
          cite: 'treaty-and-rules.md §5.8 (Locarno judges a French action)',
          kind: 'letter',
          reading: 'DECISION',
          summary: 'France takes no action against Germany or Belgium here: Locarno is not engaged.',
          verdict: { outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' },
        },
      },
      notAgainstCounterpart: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §1',
          kind: 'letter',
          summary: 'The French action is not directed against Germany or Belgium: Art. 2 does not reach it.',
          verdict: { outcome: 'not-engaged', reason: 'NOT_AGAINST_LOCARNO_PARTY' },
        },
      },
      legitimateDefence: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §2(1); Art. 4',
          kind: 'letter',
          summary:
            "France resists an attack on its own territory: legitimate defence, the first exception of Art. 2, so Locarno is no bar. While Locarno bound all five (to 6 March 1936), the other parties owed France their help (Art. 4); after Germany's repudiation, help depended on Britain, and Belgium was released on 24 April 1937.",
          verdict: { outcome: 'lawful', reason: null },
        },
      },
      art2Exceptions: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §2; Franco-Soviet Protocol of Signature, point II',
          kind: 'letter',
          summary:
            'Locarno is in force. A French attack on Germany is lawful only as legitimate defence, as action under Covenant Art. 16, under a Council or Assembly decision, or under Art. 15 §7 against the state that attacked first.',
        },
        always: [
          { guard: 'isUnprovokedZoneBreach', target: 'zoneDefence' },
          { guard: 'isRiposte', target: 'outsideExceptions' },
          { guard: 'isCouncilDecision', target: 'councilDecisionException' },
          { guard: 'isArt15Para7Action', target: 'art15Para7Exception' },
          { guard: 'isCoveredAsArt16Action', target: 'art16Exception' },
          { target: 'outsideExceptions' },
        ],
      },
      zoneDefence: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §2(1); Versailles Arts. 42-43',
          kind: 'letter',
          summary:
            'A flagrant breach of the demilitarised zone, an unprovoked act of aggression with forces assembling in the zone: a riposte is legitimate defence in letter. Whether immediate action was necessary, each guarantor judges for itself.',
        },
        always: 'ukVerdict',
      },
      councilDecisionException: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §2(3)',
          kind: 'letter',
          summary:
            'The action results from a decision of the Council (its recommendation under Art. 16): an exception of Art. 2.',
        },
        always: 'ukVerdict',
      },
      art15Para7Exception: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §2(3); Covenant Art. 15 §7',
          kind: 'letter',
          summary:
            'Action under Covenant Art. 15 §7, directed against the state that attacked first: an exception of Art. 2.',
        },
        always: 'ukVerdict',
      },
      art16Exception: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2 §2(2); treaty-and-rules.md §5.8',
          kind: 'letter',
          reading: 'DECISION',
          summary:
            'Help under Protocol I without a Council recommendation counts as "action in pursuance of Art. 16" on the French reading. In summer 1935 Britain, Italy and Belgium agreed that the pact was compatible with Locarno, which the model reads as accepting that reading. Germany disputed it (25 May 1935).',
        },
        always: 'ukVerdict',
      },
      outsideExceptions: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Art. 2; German memorandum of 25 May 1935; Franco-Soviet Protocol II',
          kind: 'letter',
          summary:
            "None of Art. 2's exceptions covers the action: France would break Locarno and expose itself to sanctions, the very case Protocol II excludes.",
          verdict: { outcome: 'violation', reason: 'OUTSIDE_ART2_EXCEPTIONS' },
        },
      },
      repudiated: {
        meta: {
          cite: 'German memorandum of 7 Mar 1936; treaty-and-rules.md §3.4 and §5.8',
          kind: 'practice',
          reading: 'DECISION',
          summary:
            "Germany has repudiated Locarno, as its memorandum of 7 March 1936 did in history. Whether it can still invoke the treaty is contested, so the check becomes political: in the model's reading Britain's verdict alone counts, Italy's role being void in practice.",
        },
        always: 'ukVerdict',
      },
      belgiumReleased: {
        meta: {
          cite: 'Anglo-French declaration of 24 Apr 1937 (US State Dept annotations); treaty-and-rules.md §3.4',
          kind: 'practice',
          reading: 'DECISION',
          summary:
            "Belgium released from its obligations (24 April 1937): no Belgian route for a French offensive. The check stays political, as since Germany's repudiation of 7 March 1936: Britain's verdict alone counting in the model's reading.",
        },
        always: 'ukVerdict',
      },
      ukVerdict: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 4 §3 ("as soon as the said Power has been able to satisfy itself")',
          kind: 'practice',
          summary:
            "Britain, as guarantor, judges the French action for itself; no clause made its approval necessary. While Locarno bound all five (to 6 March 1936), a guarantor that saw France as the violator would owe Germany its help (Art. 4). After Germany's repudiation that duty is contested: the verdict is a political check, and without British support France would not act.",
          awaits: ['guarantor.uk'],
        },
        on: {
          'guarantor.uk': [
            { guard: 'isItalyCounting', target: 'italyVerdict', actions: 'recordVerdict' },
            { target: 'verdictsWeighed', actions: 'recordVerdict' },
          ],
        },
      },
      italyVerdict: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 4 §3; treaty-and-rules.md §5.8',
          kind: 'practice',
          reading: 'DECISION',
          summary: "While Locarno is in force, Italy's verdict counts too, in the model's reading.",
          awaits: ['guarantor.italy'],
        },
        on: { 'guarantor.italy': { target: 'verdictsWeighed', actions: 'recordVerdict' } },
      },
      verdictsWeighed: {
        meta: {
          cite: 'Rhineland Pact 1925, Art. 4; treaty-and-rules.md §5.8',
          kind: 'practice',
          summary: 'Only a verdict of violation, flagrant or not, stands in the way; "lawful" and "no view" do not.',
        },
        always: [
          { guard: 'hasFlagrantViolationVerdict', target: 'opposedFlagrant' },
          { guard: 'hasViolationVerdict', target: 'opposedNonFlagrant' },
          { target: 'lawful' },
        ],
      },
      opposedFlagrant: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Art. 4 §3',
          kind: 'practice',
          summary:
            "A guarantor judges the French action a flagrant violation. While Locarno was in force it would come to Germany's help at once (Art. 4 §3); after 7 March 1936 the model reads the verdict as Britain withholding its support.",
          verdict: { outcome: 'violation', reason: 'GUARANTOR_OPPOSED' },
        },
      },
      opposedNonFlagrant: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Art. 4 §1-2',
          kind: 'practice',
          summary:
            'A guarantor judges the French action a violation, not flagrant. While Locarno was in force the matter went to the Council, and once the Council was satisfied the guarantors owed Germany their help (Art. 4 §1-2); after 7 March 1936 the model reads the verdict as Britain withholding its support.',
          verdict: { outcome: 'violation', reason: 'GUARANTOR_OPPOSED' },
        },
      },
      lawful: {
        type: 'final',
        meta: {
          cite: 'Rhineland Pact 1925, Arts. 2 and 4',
          kind: 'practice',
          summary: 'Locarno is no bar: no counting guarantor calls the French action a violation.',
          verdict: { outcome: 'lawful', reason: null },
        },
      },
    },
  }),
);

const FRENCH_ACTION_NAMES: Readonly<Record<FrenchAction['kind'], string>> = {
  none: 'none',
  assistance: 'an attack on the aggressor to help its victim',
  defence: 'resistance to an attack on French territory',
  aggression: 'an attack by France on another state',
  riposte: 'a riposte into the demilitarised zone',
};

/** Facts learnt at a step of the Locarno check, for the path. */
export function locarnoNote(state: string, context: LocarnoContext): string | undefined {
  if (state === 'engagement') {
    return `French action judged: ${FRENCH_ACTION_NAMES[context.action.kind]}. Locarno on ${formatDate(context.world.date)}: ${LOCARNO_STATUS_WORDS[context.world.locarno]}.`;
  }
  if (state === 'art2Exceptions' || state === 'art16Exception' || state === 'outsideExceptions') {
    return context.action.kind === 'assistance'
      ? `Ground of the French action: ${BASIS_WORDS[context.action.basis]}; reading of Art. 2: ${READING_WORDS[context.world.locarnoReading]}.`
      : undefined;
  }
  if (state === 'lawful') {
    // Art. 4 §3 brings a guarantor to France's side only against a flagrant German breach (the zone riposte);
    // for any other French action, "lawful" means only that the guarantor would not help Germany.
    const germanBreach = context.action.kind === 'riposte' && context.action.unprovoked;
    const standing = Object.entries(context.verdicts).map(([g, v]) => {
      const name = g === 'uk' ? 'Britain' : 'Italy';
      if (v !== 'lawful') return `${name} would neither oppose nor help`;
      return germanBreach
        ? `${name} would stand by France (Art. 4 §3)`
        : `${name} holds the French action lawful and would not help Germany`;
    });
    return standing.length === 0 ? undefined : `${standing.join('; ')}.`;
  }
  if (state === 'verdictsWeighed') {
    const given = Object.entries(context.verdicts).map(
      ([g, v]) => `${g === 'uk' ? 'United Kingdom' : 'Italy'}: ${VERDICT_WORDS[v]}`,
    );
    const ignored = context.world.guarantors.includes('italy') ? '' : " (Italy's verdict not counted)";
    return `${given.join('; ')}${ignored}.`;
  }
  return undefined;
}
