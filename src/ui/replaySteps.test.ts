/**
 * The replay tells a crisis month in two steps, each entry once: the month's step up to the crisis (its
 * dispatches, its orders), the crisis's step from the events that came with it (France's call-up of September
 * 1938, played as France, told as the player's) through the answer and outcome to what rested on the move
 * after it (the Council's finding of 19 March 1936).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { crisisStart, dispatchesAfterAnswer, stepEntries } from './replaySteps';

describe('the replay’s steps', () => {
  it('tells at the Sudeten crisis the events that came with it, its answer and outcome; the month before them', () => {
    const { world } = simulate(loadScenario('munich-1938'), {
      seed: 'replay-steps',
      policy: 'historical',
      role: 'france',
    });
    const month = world.crises.find((c) => c.move === 'sudetenland')?.month;
    const entries = world.log.find((m) => m.month === month)?.entries ?? [];
    // The month holds the crisis's own events, France's call-up among them as the player's to make.
    expect(entries.some((e) => e.kind === 'diverged' && e.id === 'french-partial-mobilisation')).toBe(true);
    const before = stepEntries(entries, false);
    const crisis = stepEntries(entries, true);
    // Each entry once, in order.
    expect([...before, ...crisis]).toEqual(entries);
    expect(crisis[0]?.id).not.toBe('sudetenland');
    expect(crisis.some((e) => e.id === 'french-partial-mobilisation')).toBe(true);
    expect(crisis.some((e) => e.kind === 'move' && e.id === 'sudetenland')).toBe(true);
    expect(crisis.some((e) => e.kind === 'crisis')).toBe(true);
    expect(before.some((e) => e.kind === 'move' || e.kind === 'crisis' || e.id === 'french-partial-mobilisation')).toBe(
      false,
    );
  });

  it('tells at the Rhineland crisis what rested on it after the answer: the Council’s finding of 19 March 1936', () => {
    const { world } = simulate(loadScenario('as-it-happened'), { seed: 'replay-after', policy: 'historical' });
    const entries = world.log.find((m) => m.month === '1936-03')?.entries ?? [];
    const later = dispatchesAfterAnswer(entries);
    expect(later.map((e) => e.id)).toEqual(['council-finds-violation']);
    const crisis = stepEntries(entries, true);
    expect(crisis.filter((e) => e.kind === 'event').map((e) => e.id)).toEqual(['council-finds-violation']);
    // The month's own dispatches (the Senate's vote of 12 March) are told at the month, not again.
    expect(stepEntries(entries, false).some((e) => e.kind === 'event' && e.id === 'senate-ratifies')).toBe(true);
    expect(crisis.some((e) => e.id === 'senate-ratifies')).toBe(false);
    expect(stepEntries(entries, false).some((e) => e.id === 'council-finds-violation')).toBe(false);
    expect(dispatchesAfterAnswer(entries.filter((e) => e.kind !== 'crisis'))).toEqual([]);
  });

  it('tells a month without a crisis whole at its step, and nothing at a crisis step', () => {
    const { world } = simulate(loadScenario('pact-1935'), { seed: 'replay-quiet', policy: 'random' });
    const quiet = world.log.find((m) => !m.entries.some((e) => e.kind === 'move'));
    if (quiet === undefined) throw new Error('no month without a crisis');
    expect(crisisStart(quiet.entries)).toBe(-1);
    expect(stepEntries(quiet.entries, false)).toEqual(quiet.entries);
    expect(stepEntries(quiet.entries, true)).toEqual([]);
  });
});
