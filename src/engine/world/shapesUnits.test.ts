/**
 * The records the engine makes in one order of fields wherever it makes them
 * (`conventionState`, `transitState`, `clausesWith`, `factorContext`): each
 * keeps what it was given, and two made from different starting points have
 * their keys in the same order (the shape V8 reads fastest). The games they
 * make are checked by the golden games; these check the builders themselves.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { factorContext } from '../model/factors';
import { initialWorld } from '../scenario/initialWorld';
import { CLAUSE_IDS, type ConventionState, clausesWith, conventionState, transitState } from './worldState';

const world = initialWorld(loadScenario('pact-1935'), 'shapes-units', 'france', true);

const FIELDS = ['phase', 'resumePhase', 'agreed', 'counter', 'approvals', 'credibility', 'phaseSince'];

describe('conventionState', () => {
  const from: ConventionState = {
    phaseSince: '1936-01',
    credibility: 40,
    approvals: { cabinet: true },
    counter: { clause: 'trigger', option: 1 },
    agreed: { trigger: 2 },
    resumePhase: 'staffTalks',
    phase: 'stalled',
  };

  it('copies every field, in the interface’s order, whatever order it was given them in', () => {
    const copy = conventionState(from);
    expect(copy).toEqual(from);
    expect(copy).not.toBe(from);
    expect(Object.keys(copy)).toEqual(FIELDS);
    expect(Object.keys(conventionState(world.convention))).toEqual(FIELDS);
  });

  it('replaces only the fields it is given, null counter and null resume phase included', () => {
    expect(conventionState(from, { credibility: 55 })).toEqual({ ...from, credibility: 55 });
    expect(conventionState(from, { counter: null })).toEqual({ ...from, counter: null });
    expect(conventionState(from, { resumePhase: null })).toEqual({ ...from, resumePhase: null });
    const counter = { clause: 'sovietContribution' as const, option: 2 };
    expect(conventionState(from, { counter }).counter).toBe(counter);
    expect(conventionState(from, { phase: 'drafting', phaseSince: '1937-02' })).toEqual({
      ...from,
      phase: 'drafting',
      phaseSince: '1937-02',
    });
    expect(conventionState(from, { agreed: {}, approvals: {} })).toEqual({ ...from, agreed: {}, approvals: {} });
  });

  it('keeps a credibility of 0 given as a change (not the old value)', () => {
    expect(conventionState(from, { credibility: 0 }).credibility).toBe(0);
  });
});

describe('transitState', () => {
  it('holds Poland and Romania, in that order', () => {
    const transit = transitState(30, 70);
    expect(transit).toEqual({ poland: 30, romania: 70 });
    expect(Object.keys(transit)).toEqual(['poland', 'romania']);
    expect(Object.keys(world.transit)).toEqual(['poland', 'romania']);
  });
});

describe('clausesWith', () => {
  it('adds a clause, keeping the others, with the keys in CLAUSE_IDS order whatever order they were agreed in', () => {
    const [first, second, third] = CLAUSE_IDS;
    if (first === undefined || second === undefined || third === undefined) throw new Error('fewer than 3 clauses');
    const one = clausesWith(clausesWith({}, third, 1), first, 2);
    const other = clausesWith(clausesWith({}, first, 2), third, 1);
    expect(one).toEqual({ [first]: 2, [third]: 1 });
    expect(Object.keys(one)).toEqual([first, third]);
    expect(Object.keys(other)).toEqual([first, third]);
    expect(clausesWith(one, second, 0)).toEqual({ [first]: 2, [second]: 0, [third]: 1 });
  });

  it('replaces an agreed option and takes a clause out for undefined, leaving the given record as it was', () => {
    const [first, second] = CLAUSE_IDS;
    if (first === undefined || second === undefined) throw new Error('fewer than 2 clauses');
    const agreed = { [first]: 1, [second]: 3 };
    expect(clausesWith(agreed, first, 0)).toEqual({ [first]: 0, [second]: 3 });
    const without = clausesWith(agreed, first, undefined);
    expect(without).toEqual({ [second]: 3 });
    expect(first in without).toBe(false);
    expect(agreed).toEqual({ [first]: 1, [second]: 3 });
  });
});

describe('factorContext', () => {
  it('has the four fields in one order, with or without a crisis', () => {
    const plain = factorContext(world, world.perceived);
    const crisis = factorContext(world, undefined, { coalition: 60, victim: 'poland' });
    expect(Object.keys(plain)).toEqual(['world', 'derived', 'coalition', 'victim']);
    expect(Object.keys(crisis)).toEqual(Object.keys(plain));
    expect(plain).toEqual({ world, derived: world.perceived, coalition: undefined, victim: undefined });
    expect(crisis.coalition).toBe(60);
    expect(crisis.victim).toBe('poland');
    expect(crisis.derived).toBeUndefined();
  });
});
