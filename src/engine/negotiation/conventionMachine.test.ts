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
  TRANSITION_KEY_READS,
} from './conventionMachine';

const ripe = CONVENTION.rules.minStaffTalkMonths.value;

/** Events that between them reach every branch: each guard both ways. */
const EVENTS: readonly ConventionEvent[] = [
  { type: 'convention.open' },
  { type: 'convention.staffTalksAgreed' },
  { type: 'convention.beginDrafting', monthsInPhase: ripe - 1 },
  { type: 'convention.beginDrafting', monthsInPhase: ripe },
  { type: 'convention.clauseAgreed', clause: 'trigger', option: 0 },
  { type: 'convention.clauseAgreed', clause: 'trigger', option: CONVENTION.clauses.trigger.options.length },
  { type: 'convention.reopen', clause: 'transit' },
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

/** The machine's state as XState itself computes it, without the memo. */
function freshTransition(state: ConventionMachineState, event: ConventionEvent): ConventionMachineState | null {
  const snapshot = conventionMachine.resolveState({ value: state.phase, context: state.context });
  if (conventionMachine.getTransitionData(snapshot, event).length === 0) return null;
  const [next] = transition(conventionMachine, snapshot, event);
  return { phase: next.value as ConventionMachineState['phase'], context: next.context };
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
