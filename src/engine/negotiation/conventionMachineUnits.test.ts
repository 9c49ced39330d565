/**
 * The convention's guards, each at its edge, on the machine itself (no memo):
 * staff talks ripe after `minStaffTalkMonths`, an option inside its clause, a
 * complete draft. Then the memoised transition on events whose fields its key
 * cannot hold: they are worked out afresh, never confused with one another.
 * Along the way, each phase a class sees cites its source and awaits the next step.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { CONVENTION } from '../model/modelData';
import type { StepMeta } from '../rules/types';
import type { ConventionPhase } from '../world/worldState';
import {
  type ConventionEvent,
  type ConventionMachineState,
  conventionMachine,
  conventionTransition,
} from './conventionMachine';

const ripe = CONVENTION.rules.minStaffTalkMonths.value;
const at = (phase: ConventionPhase): ConventionMachineState => ({
  phase,
  context: { approvals: {}, resumePhase: null },
});

/** The machine's own answer, without the memo: the next state, or null if the event is refused. */
function step(state: ConventionMachineState, event: ConventionEvent): ConventionMachineState | null {
  const snapshot = conventionMachine.resolveState({ value: state.phase, context: state.context });
  if (conventionMachine.getTransitionData(snapshot, event).length === 0) return null;
  const [next] = transition(conventionMachine, snapshot, event);
  return { phase: next.value as ConventionPhase, context: next.context };
}

/** What a class reads of a phase: its citation and the events it awaits. */
function metaOf(phase: ConventionPhase): StepMeta {
  const snapshot = conventionMachine.resolveState({ value: phase, context: at(phase).context });
  const meta = snapshot.getMeta()[`convention.${phase}`];
  if (meta === undefined) throw new Error(`no meta for ${phase}`);
  return meta;
}

describe('the guards at their edges', () => {
  it('begins drafting only after the minimum months of staff talks', () => {
    expect(step(at('staffTalks'), { type: 'convention.beginDrafting', monthsInPhase: ripe - 1 })).toBeNull();
    expect(step(at('staffTalks'), { type: 'convention.beginDrafting', monthsInPhase: ripe })?.phase).toBe('drafting');
    expect(metaOf('staffTalks').awaits).toContain('convention.beginDrafting');
    expect(metaOf('drafting').cite.length).toBeGreaterThan(0);
  });

  it("agrees a clause's first and last options and nothing outside them", () => {
    const last = CONVENTION.clauses.transit.options.length - 1;
    const agree = (option: number) =>
      step(at('drafting'), { type: 'convention.clauseAgreed', clause: 'transit', option });
    expect(agree(0)).toEqual(at('drafting'));
    expect(agree(last)).toEqual(at('drafting'));
    expect(agree(-1)).toBeNull();
    expect(agree(last + 1)).toBeNull();
    expect(metaOf('drafting').awaits).toContain('convention.clauseAgreed');
  });

  it('puts only a complete draft to the approvers, with no answers yet', () => {
    const drafting = { phase: 'drafting' as const, context: { approvals: { cabinet: false }, resumePhase: null } };
    expect(step(drafting, { type: 'convention.submit', complete: false })).toBeNull();
    expect(step(drafting, { type: 'convention.submit', complete: true })).toEqual(at('approvals'));
    const meta = metaOf('approvals');
    expect(meta.kind).toBe('practice');
    expect(meta.awaits).toContain('convention.approval');
  });
});

describe('the memoised transition on fields its key cannot hold', () => {
  it('works out months of talks that are negative, fractional or beyond a century, and keeps them apart', () => {
    const begin = (monthsInPhase: number) =>
      conventionTransition(at('staffTalks'), { type: 'convention.beginDrafting', monthsInPhase });
    expect(begin(5000)?.phase).toBe('drafting');
    expect(begin(-1)).toBeNull();
    expect(begin(1200)?.phase).toBe('drafting');
    expect(begin(ripe - 0.5)).toBeNull();
    expect(begin(1199)?.phase).toBe('drafting');
  });

  it('works out options that are negative or fractional', () => {
    const agree = (option: number) =>
      conventionTransition(at('drafting'), { type: 'convention.clauseAgreed', clause: 'trigger', option });
    expect(agree(-1)).toBeNull();
    // Inside the clause's range: the guard lets it through, as the machine does.
    expect(agree(0.5)).toEqual(
      step(at('drafting'), { type: 'convention.clauseAgreed', clause: 'trigger', option: 0.5 }),
    );
    expect(agree(0.5)).toEqual(at('drafting'));
    expect(agree(CONVENTION.clauses.trigger.options.length)).toBeNull();
  });

  it('resumes stalled talks where they stalled, whichever phase that was', () => {
    for (const phase of ['attacheContacts', 'staffTalks', 'drafting'] as const) {
      const stalled = conventionTransition(at(phase), { type: 'convention.stall' });
      expect(stalled).toEqual({ phase: 'stalled', context: { approvals: {}, resumePhase: phase } });
      if (stalled === null) continue;
      expect(conventionTransition(stalled, { type: 'convention.resume' })).toEqual(at(phase));
    }
    expect(conventionTransition(at('stalled'), { type: 'convention.resume' })).toBeNull();
    expect(metaOf('stalled').awaits).toEqual(['convention.resume', 'convention.breakOff']);
  });
});
