/**
 * The convention's machine: every phase cites its source and is reachable,
 * every guard is cited, and the memoised transition the game uses answers
 * exactly as XState does, for every phase and every event.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { CONVENTION } from '../model/modelData';
import type { StepMeta } from '../rules/types';
import { APPROVERS, CLAUSE_IDS, CONVENTION_PHASES } from '../world/worldState';
import {
  CONVENTION_GUARD_CITES,
  type ConventionEvent,
  type ConventionMachineState,
  conventionMachine,
  conventionTransition,
  machineTransition,
  plainTransition,
  TRANSITION_KEY_READS,
} from './conventionMachine';

const ripe = CONVENTION.rules.minStaffTalkMonths.value;

/** The events from submission on, each field a guard reads taken both ways: shared by `EVENTS` and `everyEvent`. */
const FROM_SUBMISSION: readonly ConventionEvent[] = [
  { type: 'convention.submit', complete: false },
  { type: 'convention.submit', complete: true },
  ...APPROVERS.flatMap((approver) =>
    [true, false].map((yes): ConventionEvent => ({ type: 'convention.approval', approver, yes })),
  ),
  { type: 'convention.exchange' },
  { type: 'convention.stall' },
  { type: 'convention.resume' },
  { type: 'convention.breakOff' },
];

/** Events that between them reach every branch: each guard both ways. */
const EVENTS: readonly ConventionEvent[] = [
  { type: 'convention.open' },
  { type: 'convention.staffTalksAgreed' },
  { type: 'convention.beginDrafting', monthsInPhase: ripe - 1 },
  { type: 'convention.beginDrafting', monthsInPhase: ripe },
  { type: 'convention.clauseAgreed', clause: 'trigger', option: 0 },
  { type: 'convention.clauseAgreed', clause: 'trigger', option: CONVENTION.clauses.trigger.options.length },
  { type: 'convention.reopen', clause: 'transit' },
  ...FROM_SUBMISSION,
];

/** The machine's state as XState itself computes it, without the memo. */
function freshTransition(state: ConventionMachineState, event: ConventionEvent): ConventionMachineState | null {
  const snapshot = conventionMachine.resolveState({ value: state.phase, context: state.context });
  if (conventionMachine.getTransitionData(snapshot, event).length === 0) return null;
  const [next] = transition(conventionMachine, snapshot, event);
  return { phase: next.value as ConventionMachineState['phase'], context: next.context };
}

/** Every approvals record a transition key can hold: each approver absent, no or yes (keys in `APPROVERS`' order). */
function everyApprovals(): ConventionMachineState['context']['approvals'][] {
  let all: Partial<Record<(typeof APPROVERS)[number], boolean>>[] = [{}];
  for (const approver of APPROVERS) {
    all = all.flatMap((approvals) => [
      approvals,
      { ...approvals, [approver]: false },
      { ...approvals, [approver]: true },
    ]);
  }
  return all;
}

/** Every state a transition key can hold, reachable or not: each phase, phase to resume and approvals record. */
function everyState(): ConventionMachineState[] {
  const resumes = [null, ...CONVENTION_PHASES];
  return CONVENTION_PHASES.flatMap((phase) =>
    resumes.flatMap((resumePhase) =>
      everyApprovals().map((approvals): ConventionMachineState => ({ phase, context: { approvals, resumePhase } })),
    ),
  );
}

/**
 * Every event with every field a guard reads on either side of its limit: months in phase from none to past
 * ripeness, every option of every clause and one past either end, every clause reopened, every approval.
 */
function everyEvent(): ConventionEvent[] {
  return [
    { type: 'convention.open' },
    { type: 'convention.staffTalksAgreed' },
    ...[...Array.from({ length: ripe + 3 }, (_, months) => months), 1199, 1200, 5000].map(
      (monthsInPhase): ConventionEvent => ({ type: 'convention.beginDrafting', monthsInPhase }),
    ),
    ...CLAUSE_IDS.flatMap((clause) =>
      Array.from({ length: CONVENTION.clauses[clause].options.length + 2 }, (_, i) => i - 1).map(
        (option): ConventionEvent => ({ type: 'convention.clauseAgreed', clause, option }),
      ),
    ),
    ...CLAUSE_IDS.map((clause): ConventionEvent => ({ type: 'convention.reopen', clause })),
    ...FROM_SUBMISSION,
  ];
}

/** Every state the machine can reach from its start, by the events above. */
function reachable(): ConventionMachineState[] {
  const start: ConventionMachineState = { phase: 'noContacts', context: { approvals: {}, resumePhase: null } };
  const seen = new Map<string, ConventionMachineState>([[JSON.stringify(start), start]]);
  const queue = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const event of EVENTS) {
      const next = conventionTransition(state, event);
      if (next === null) continue;
      const key = JSON.stringify(next);
      if (!seen.has(key)) {
        seen.set(key, next);
        queue.push(next);
      }
    }
  }
  return [...seen.values()];
}

describe('conventionMachine', () => {
  it('cites a source for every phase and says letter or practice', () => {
    const nodes = getStateNodes(conventionMachine.root);
    expect(nodes.map((n) => n.key).sort()).toEqual([...CONVENTION_PHASES].sort());
    for (const node of nodes) {
      const meta = node.meta as StepMeta | undefined;
      expect(meta?.cite, node.key).toMatch(/\S/);
      expect(['letter', 'practice'], node.key).toContain(meta?.kind);
      expect(meta?.summary, node.key).toMatch(/\S/);
    }
  });

  it('cites every guard, as practice (the treaty of 1935 has no convention clause)', () => {
    const guards = Object.keys(conventionMachine.implementations.guards).sort();
    expect(Object.keys(CONVENTION_GUARD_CITES).sort()).toEqual(guards);
    for (const [name, c] of Object.entries(CONVENTION_GUARD_CITES)) {
      expect(c.cite, name).toMatch(/\S/);
      expect(c.kind, name).toBe('practice');
    }
  });

  it('reaches every phase from no contacts', () => {
    const paths = getShortestPaths(conventionMachine, { events: [...EVENTS] });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([...CONVENTION_PHASES].sort());
  });

  it('answers through its memo exactly as XState does, for every reachable state and every event, twice', () => {
    const states = reachable();
    expect(states.length).toBeGreaterThan(CONVENTION_PHASES.length);
    for (const state of states) {
      for (const event of EVENTS) {
        const expected = freshTransition(state, event);
        expect(conventionTransition(state, event), `${JSON.stringify(state)} + ${JSON.stringify(event)}`).toEqual(
          expected,
        );
        expect(conventionTransition(state, event)).toEqual(expected);
      }
    }
  });

  it('answers in plain code exactly as the machine does, for every state a key can hold and every event', () => {
    const states = everyState();
    const events = everyEvent();
    expect(states.length).toBe(CONVENTION_PHASES.length * (CONVENTION_PHASES.length + 1) * 3 ** APPROVERS.length);
    let compared = 0;
    for (const state of states) {
      for (const event of events) {
        const expected = machineTransition(state, event);
        const plain = plainTransition(state, event);
        // The same value, its keys in the same order (the world state is saved and hashed as JSON).
        if (JSON.stringify(plain) !== JSON.stringify(expected)) {
          expect(plain, `${JSON.stringify(state)} + ${JSON.stringify(event)}`).toEqual(expected);
        }
        compared += 1;
      }
    }
    expect(compared).toBe(states.length * events.length);
  });

  it('answers in plain code as the machine does for a context whose keys come in another order', () => {
    const state: ConventionMachineState = { phase: 'approvals', context: { resumePhase: null, approvals: {} } };
    for (const event of everyEvent()) {
      expect(JSON.stringify(plainTransition(state, event))).toBe(JSON.stringify(machineTransition(state, event)));
    }
  });

  it('keys its memo by every field of the context the machine keeps', () => {
    const initial = conventionMachine.resolveState({
      value: 'noContacts',
      context: { approvals: {}, resumePhase: null },
    });
    expect(Object.keys(TRANSITION_KEY_READS).sort()).toEqual(Object.keys(initial.context).sort());
  });

  it('waits for staff talks to ripen before drafting', () => {
    const staffTalks: ConventionMachineState = { phase: 'staffTalks', context: { approvals: {}, resumePhase: null } };
    expect(conventionTransition(staffTalks, { type: 'convention.beginDrafting', monthsInPhase: ripe - 1 })).toBeNull();
    expect(conventionTransition(staffTalks, { type: 'convention.beginDrafting', monthsInPhase: ripe })?.phase).toBe(
      'drafting',
    );
  });

  it('signs only when every approver agrees, and one refusal sends the draft back', () => {
    let state: ConventionMachineState | null = {
      phase: 'drafting',
      context: { approvals: {}, resumePhase: null },
    };
    state = conventionTransition(state, { type: 'convention.submit', complete: true });
    expect(state?.phase).toBe('approvals');
    const [first, ...rest] = APPROVERS;
    if (state === null || first === undefined) throw new Error('no approvals phase');
    const refused = conventionTransition(state, { type: 'convention.approval', approver: first, yes: false });
    expect(refused?.phase).toBe('drafting');
    let agreeing: ConventionMachineState | null = state;
    for (const approver of [first, ...rest]) {
      expect(agreeing?.phase).toBe('approvals');
      if (agreeing === null) break;
      agreeing = conventionTransition(agreeing, { type: 'convention.approval', approver, yes: true });
    }
    expect(agreeing?.phase).toBe('signed');
  });

  it('resumes stalled talks in the phase where they stalled', () => {
    for (const phase of ['attacheContacts', 'staffTalks', 'drafting'] as const) {
      const stalled = conventionTransition(
        { phase, context: { approvals: {}, resumePhase: null } },
        { type: 'convention.stall' },
      );
      expect(stalled?.phase).toBe('stalled');
      if (stalled === null) continue;
      expect(conventionTransition(stalled, { type: 'convention.resume' })).toEqual({
        phase,
        context: { approvals: {}, resumePhase: null },
      });
    }
  });

  it('rejects an option a clause does not have', () => {
    const drafting: ConventionMachineState = { phase: 'drafting', context: { approvals: {}, resumePhase: null } };
    for (const clause of CLAUSE_IDS) {
      const options = CONVENTION.clauses[clause].options.length;
      expect(conventionTransition(drafting, { type: 'convention.clauseAgreed', clause, option: options })).toBeNull();
      expect(conventionTransition(drafting, { type: 'convention.clauseAgreed', clause, option: options - 1 })).toEqual(
        drafting,
      );
    }
  });
});
