/**
 * The military convention's phases (GAME.md §4): no contacts → attaché
 * contacts → general-staff talks → drafting → approvals → signed → in force,
 * with "stalled" and "broken off" reachable from any active phase. The
 * decisions that move it (a cabinet's yes, an approver's veto) arrive as
 * events; how each side values an offer is in `offers.ts`.
 *
 * The treaty of 1935 says nothing about forces: every step here is practice,
 * save the convention's own text once signed.
 */

import { assertEvent, assign, setup, transition } from 'xstate';
import { digit, enumDigit, flagDigit, lazily, Memo } from '../memo';
import { CONVENTION } from '../model/modelData';
import type { Citation, StepMeta } from '../rules/types';
import {
  APPROVERS,
  type Approver,
  CLAUSE_IDS,
  type ClauseId,
  CONVENTION_PHASES,
  type ConventionPhase,
} from '../world/worldState';

/**
 * The machine keeps only what its own transitions depend on; the clauses agreed
 * are kept in the world state, and arrive as facts (`complete`) when they matter.
 */
export interface ConventionMachineContext {
  readonly approvals: Readonly<Partial<Record<Approver, boolean>>>;
  readonly resumePhase: ConventionPhase | null;
}

export type ConventionEvent =
  | { type: 'convention.open' }
  | { type: 'convention.staffTalksAgreed' }
  | { type: 'convention.beginDrafting'; monthsInPhase: number }
  | { type: 'convention.clauseAgreed'; clause: ClauseId; option: number }
  | { type: 'convention.reopen'; clause: ClauseId }
  /** `complete`: every clause has an agreed option. */
  | { type: 'convention.submit'; complete: boolean }
  | { type: 'convention.approval'; approver: Approver; yes: boolean }
  | { type: 'convention.exchange' }
  | { type: 'convention.stall' }
  | { type: 'convention.resume' }
  | { type: 'convention.breakOff' };

/** `convention.stall` from `phase`: the talks remember where to resume. */
const stallFrom = (phase: ConventionPhase) =>
  ({ 'convention.stall': { target: 'stalled', actions: { type: 'rememberPhase', params: { phase } } } }) as const;
const BREAK_OFF = { 'convention.breakOff': { target: 'brokenOff' } } as const;

const resumesTo =
  (phase: ConventionPhase) =>
  ({ context }: { context: ConventionMachineContext }) =>
    context.resumePhase === phase;

/** What each guard implements: all of it practice, as the talks of 1935-1937 ran (the treaty has no such clause). */
export const CONVENTION_GUARD_CITES: Readonly<Record<string, Citation>> = {
  isStaffTalkMature: {
    cite: "the model's design (GAME.md §4: staff talks before drafting); convention.json minStaffTalkMonths",
    kind: 'practice',
  },
  isValidOption: { cite: "the model's design (GAME.md §4: each clause from weak to strong)", kind: 'practice' },
  isDraftComplete: { cite: "the model's design (GAME.md §4: the draft goes to approval whole)", kind: 'practice' },
  isAnyApproverOpposed: {
    cite: "the model's design (GAME.md §4: approvals: each veto player may refuse the draft)",
    kind: 'practice',
  },
  isEveryApproverAgreed: {
    cite: "the model's design (GAME.md §4: cabinet, War Minister, General Staff, Soviet leadership)",
    kind: 'practice',
  },
  resumesToAttacheContacts: {
    cite: "the model's design (GAME.md §4: stalled, a failure state; the model resumes the talks where they stalled)",
    kind: 'practice',
  },
  resumesToStaffTalks: {
    cite: "the model's design (GAME.md §4: stalled, a failure state; the model resumes the talks where they stalled)",
    kind: 'practice',
  },
  resumesToDrafting: {
    cite: "the model's design (GAME.md §4: stalled, a failure state; the model resumes the talks where they stalled)",
    kind: 'practice',
  },
};

export const conventionMachine = lazily(() =>
  setup({
    types: {
      context: {} as ConventionMachineContext,
      events: {} as ConventionEvent,
      meta: {} as StepMeta,
    },
    guards: {
      isStaffTalkMature: ({ event }) =>
        event.type === 'convention.beginDrafting' && event.monthsInPhase >= CONVENTION.rules.minStaffTalkMonths.value,
      isValidOption: ({ event }) =>
        event.type === 'convention.clauseAgreed' &&
        event.option >= 0 &&
        event.option < CONVENTION.clauses[event.clause].options.length,
      isDraftComplete: ({ event }) => event.type === 'convention.submit' && event.complete,
      isAnyApproverOpposed: ({ context }) => Object.values(context.approvals).some((yes) => yes === false),
      isEveryApproverAgreed: ({ context }) => APPROVERS.every((approver) => context.approvals[approver] === true),
      resumesToAttacheContacts: resumesTo('attacheContacts'),
      resumesToStaffTalks: resumesTo('staffTalks'),
      resumesToDrafting: resumesTo('drafting'),
    },
    actions: {
      recordApproval: assign({
        approvals: ({ context, event }) => {
          assertEvent(event, 'convention.approval');
          return { ...context.approvals, [event.approver]: event.yes };
        },
      }),
      clearApprovals: assign({ approvals: {} }),
      rememberPhase: assign({
        resumePhase: (_, params: { phase: ConventionPhase }) => params.phase,
      }),
      forgetPhase: assign({ resumePhase: null }),
    },
  }).createMachine({
    id: 'convention',
    context: { approvals: {}, resumePhase: null },
    initial: 'noContacts',
    states: {
      noContacts: {
        meta: {
          cite: "the model's design (GAME.md §4); treaty-and-rules.md §5.6 (no military convention)",
          kind: 'practice',
          summary: 'The treaty says nothing about forces. No staff plans, no agreed forces or timing.',
          awaits: ['convention.open'],
        },
        on: { 'convention.open': 'attacheContacts', ...BREAK_OFF },
      },
      attacheContacts: {
        meta: {
          cite: 'timeline.md Sept 1935 (Loizeau mission); counterfactuals.md §1',
          kind: 'practice',
          summary: 'Military attachés and missions exchange visits and impressions: contacts, not commitments.',
          awaits: ['convention.staffTalksAgreed', 'convention.stall', 'convention.breakOff'],
        },
        on: { 'convention.staffTalksAgreed': 'staffTalks', ...stallFrom('attacheContacts'), ...BREAK_OFF },
      },
      staffTalks: {
        meta: {
          cite: 'timeline.md Sept 1936 (preparatory staff talks authorised); Vershinin 2022',
          kind: 'practice',
          summary:
            'The general staffs talk. The Soviet side wants binding, reciprocal detail; the French staff slows the pace.',
          awaits: ['convention.beginDrafting', 'convention.stall', 'convention.breakOff'],
        },
        on: {
          'convention.beginDrafting': { guard: 'isStaffTalkMature', target: 'drafting' },
          ...stallFrom('staffTalks'),
          ...BREAK_OFF,
        },
      },
      drafting: {
        meta: {
          cite: "the model's design (GAME.md §4: clauses from weak to strong)",
          kind: 'practice',
          summary:
            'Clause by clause — trigger, staff coordination, contributions, transit, supply, publicity — offers are accepted, countered or rejected.',
          awaits: [
            'convention.clauseAgreed',
            'convention.reopen',
            'convention.submit',
            'convention.stall',
            'convention.breakOff',
          ],
        },
        on: {
          // Agreeing or reopening a clause keeps the talks in drafting; the clause itself is kept in the world state.
          'convention.clauseAgreed': { guard: 'isValidOption' },
          'convention.reopen': {},
          'convention.submit': { guard: 'isDraftComplete', target: 'approvals', actions: 'clearApprovals' },
          ...stallFrom('drafting'),
          ...BREAK_OFF,
        },
      },
      approvals: {
        meta: {
          cite: "the model's design (GAME.md §4: cabinet, War Minister, Chief of the General Staff; Soviet Politburo)",
          kind: 'practice',
          summary:
            'Each veto player judges the draft: the French cabinet, the War Minister, Gamelin, and the Soviet leadership.',
          awaits: ['convention.approval', 'convention.stall', 'convention.breakOff'],
        },
        // Approvals interrupted resume at drafting: the draft must be put to the approvers again.
        on: { 'convention.approval': { actions: 'recordApproval' }, ...stallFrom('drafting'), ...BREAK_OFF },
        always: [
          { guard: 'isAnyApproverOpposed', target: 'drafting' },
          { guard: 'isEveryApproverAgreed', target: 'signed' },
        ],
      },
      signed: {
        meta: {
          cite: "the model's design (GAME.md §4: signed, secret or public)",
          kind: 'letter',
          summary:
            'The convention is signed: for the first time, the pact has forces, plans and timing behind it — on paper.',
          awaits: ['convention.exchange', 'convention.breakOff'],
        },
        on: { 'convention.exchange': 'inForce', ...BREAK_OFF },
      },
      inForce: {
        meta: {
          cite: "the model's design (GAME.md §4: in force)",
          kind: 'letter',
          summary: 'The convention is in force.',
          awaits: ['convention.breakOff'],
        },
        on: BREAK_OFF,
      },
      stalled: {
        meta: {
          cite: "timeline.md Summer 1937 (contacts erode after Blum's fall); counterfactuals.md §3 D-E",
          kind: 'practice',
          summary: 'The talks stall: a government has fallen, a purge has struck, or the will has gone.',
          awaits: ['convention.resume', 'convention.breakOff'],
        },
        on: {
          'convention.resume': [
            { guard: 'resumesToAttacheContacts', target: 'attacheContacts', actions: 'forgetPhase' },
            { guard: 'resumesToStaffTalks', target: 'staffTalks', actions: 'forgetPhase' },
            { guard: 'resumesToDrafting', target: 'drafting', actions: 'forgetPhase' },
          ],
          ...BREAK_OFF,
        },
      },
      brokenOff: {
        type: 'final',
        meta: {
          cite: "the model's design (GAME.md §4: broken off)",
          kind: 'practice',
          summary: 'The talks are broken off.',
        },
      },
    },
  }),
);

/** The convention's machine state as plain JSON, as the world state keeps it. */
export interface ConventionMachineState {
  readonly phase: ConventionPhase;
  readonly context: ConventionMachineContext;
}

/** Transitions by their inputs (`transitionKey`); null: the event is refused there. */
const memo = new Memo<number, ConventionMachineState | null>(4096);

/** Every event type the machine knows (the compiler checks none is missing): a digit of `transitionKey`. */
const EVENT_TYPES = Object.keys({
  'convention.open': true,
  'convention.staffTalksAgreed': true,
  'convention.beginDrafting': true,
  'convention.clauseAgreed': true,
  'convention.reopen': true,
  'convention.submit': true,
  'convention.approval': true,
  'convention.exchange': true,
  'convention.stall': true,
  'convention.resume': true,
  'convention.breakOff': true,
} satisfies Record<ConventionEvent['type'], true>);

/** Months in phase a key can hold (a century of talks); more, and the transition is worked out afresh. */
const MONTHS_ROOM = 1200;
/** Options a clause's key digit can hold: the most any clause has. */
const OPTION_ROOM = Math.max(...CLAUSE_IDS.map((clause) => CONVENTION.clauses[clause].options.length));
/** The radix of an event's fields, whichever the event. */
const FIELDS_ROOM = Math.max(MONTHS_ROOM, CLAUSE_IDS.length * OPTION_ROOM, APPROVERS.length * 2);

/**
 * An event's fields as one digit below `FIELDS_ROOM`, or null when a field is out of range.
 * Reopening a clause keeps the talks in drafting whichever the clause: its field is not read.
 */
function eventFields(event: ConventionEvent): number | null {
  switch (event.type) {
    case 'convention.beginDrafting':
      return Number.isInteger(event.monthsInPhase) && event.monthsInPhase >= 0 && event.monthsInPhase < MONTHS_ROOM
        ? event.monthsInPhase
        : null;
    case 'convention.clauseAgreed':
      return Number.isInteger(event.option) && event.option >= 0 && event.option < OPTION_ROOM
        ? digit(CLAUSE_IDS.indexOf(event.clause), event.option, OPTION_ROOM)
        : null;
    case 'convention.submit':
      return event.complete ? 1 : 0;
    case 'convention.approval':
      return flagDigit(enumDigit(0, APPROVERS, event.approver), event.yes);
    default:
      return 0;
  }
}

/** The phases the talks can resume at, none first: a digit of `transitionKey`. */
const RESUME_PHASES: readonly (ConventionPhase | null)[] = [null, ...CONVENTION_PHASES];

/** The context fields `transitionKey` reads (a test checks they are all the machine keeps). */
export const TRANSITION_KEY_READS: Readonly<Record<keyof ConventionMachineContext, true>> = {
  approvals: true,
  resumePhase: true,
};

/**
 * A transition's inputs packed into one integer (`memo.ts`: each digit's radix
 * its list's own length): the phase, the phase to resume, each approver's
 * answer (none, no, yes), the event's type and its fields. Null when a field is
 * out of range (the transition is then worked out afresh).
 */
function transitionKey({ phase, context }: ConventionMachineState, event: ConventionEvent): number | null {
  const fields = eventFields(event);
  if (fields === null) return null;
  let key = enumDigit(0, CONVENTION_PHASES, phase);
  key = enumDigit(key, RESUME_PHASES, context.resumePhase);
  for (const approver of APPROVERS) {
    const yes = context.approvals[approver];
    key = digit(key, yes === undefined ? 0 : yes ? 2 : 1, 3);
  }
  key = enumDigit(key, EVENT_TYPES, event.type);
  return digit(key, fields, FIELDS_ROOM);
}

/**
 * One pure transition of the convention machine, or null when the event is not
 * accepted in that phase (no transition for it, or its guard says no). Memoised by state and event: a transition costs
 * microseconds, a lookup a fraction of one.
 */
export function conventionTransition(
  state: ConventionMachineState,
  event: ConventionEvent,
): ConventionMachineState | null {
  const key = transitionKey(state, event);
  if (key === null) return plainTransition(state, event);
  return memo.cached(key, () => plainTransition(state, event));
}

/**
 * One transition as XState works it out from `conventionMachine` (resolve the state, pick the transition its guards
 * allow, run its actions and any eventless transition). The game uses `plainTransition`, the same written out;
 * a unit test checks that the two agree on every state a transition key can hold and every event.
 */
export function machineTransition(
  state: ConventionMachineState,
  event: ConventionEvent,
): ConventionMachineState | null {
  const snapshot = conventionMachine.resolveState({ value: state.phase, context: state.context });
  let result: ConventionMachineState | null = null;
  // Not `snapshot.can(event)`: it says no to a transition that keeps the phase and
  // runs no action (agreeing or reopening a clause), which the talks must accept.
  if (conventionMachine.getTransitionData(snapshot, event).length > 0) {
    const [next] = transition(conventionMachine, snapshot, event);
    result = { phase: next.value as ConventionPhase, context: next.context };
  }
  return result;
}

/** The phase `convention.stall` remembers from each phase that may stall (approvals resume at drafting). */
const STALLS_TO: Readonly<Partial<Record<ConventionPhase, ConventionPhase>>> = {
  attacheContacts: 'attacheContacts',
  staffTalks: 'staffTalks',
  drafting: 'drafting',
  approvals: 'drafting',
};

/** The phases `convention.resume` returns to, as the stalled phase's guards allow. */
const RESUMES_AT: readonly ConventionPhase[] = ['attacheContacts', 'staffTalks', 'drafting'];

/** The state after a transition into `phase`: in approvals, the eventless step it takes at once (a veto back to drafting, all yes signed). */
function settled(phase: ConventionPhase, context: ConventionMachineContext): ConventionMachineState {
  if (phase !== 'approvals') return { phase, context };
  if (Object.values(context.approvals).some((yes) => yes === false)) return { phase: 'drafting', context };
  if (APPROVERS.every((approver) => context.approvals[approver] === true)) return { phase: 'signed', context };
  return { phase, context };
}

/**
 * `conventionMachine`'s transition written out as plain code: the same phases, guards and actions (the
 * context copied as XState's `assign` copies it, its keys in their order), without XState's interpreter,
 * whose first transitions in a fresh futures worker cost about 3% of its first 1,000 futures (measured in
 * Chromium, 2 cores). `machineTransition` is the machine's own answer; a unit test checks they agree.
 */
export function plainTransition(state: ConventionMachineState, event: ConventionEvent): ConventionMachineState | null {
  const { phase, context } = state;
  if (phase === 'brokenOff') return null;
  switch (event.type) {
    case 'convention.breakOff':
      return { phase: 'brokenOff', context };
    case 'convention.stall': {
      const remember = STALLS_TO[phase];
      return remember === undefined ? null : { phase: 'stalled', context: { ...context, resumePhase: remember } };
    }
    case 'convention.open':
      return phase === 'noContacts' ? { phase: 'attacheContacts', context } : null;
    case 'convention.staffTalksAgreed':
      return phase === 'attacheContacts' ? { phase: 'staffTalks', context } : null;
    case 'convention.beginDrafting':
      return phase === 'staffTalks' && event.monthsInPhase >= CONVENTION.rules.minStaffTalkMonths.value
        ? { phase: 'drafting', context }
        : null;
    case 'convention.clauseAgreed':
      return phase === 'drafting' && event.option >= 0 && event.option < CONVENTION.clauses[event.clause].options.length
        ? { phase, context }
        : null;
    case 'convention.reopen':
      return phase === 'drafting' ? { phase, context } : null;
    case 'convention.submit':
      return phase === 'drafting' && event.complete ? settled('approvals', { ...context, approvals: {} }) : null;
    case 'convention.approval':
      return phase === 'approvals'
        ? settled(phase, { ...context, approvals: { ...context.approvals, [event.approver]: event.yes } })
        : null;
    case 'convention.exchange':
      return phase === 'signed' ? { phase: 'inForce', context } : null;
    case 'convention.resume': {
      const at = RESUMES_AT.find((resume) => context.resumePhase === resume);
      return phase === 'stalled' && at !== undefined ? { phase: at, context: { ...context, resumePhase: null } } : null;
    }
  }
}
