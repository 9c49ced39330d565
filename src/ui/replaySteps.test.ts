/**
 * The replay's crisis step does not tell the month's dispatches again: neither an event nor a side's own
 * initiative told as the player's (France's call-up of September 1938, played as France).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { dispatchesAfterAnswer, stepEntries } from './replaySteps';

describe('the replay’s steps', () => {
  it('tells at the Sudeten crisis its answer and outcome, not the month’s dispatches told at its month', () => {
    const { world } = simulate(loadScenario('munich-1938'), {
      seed: 'replay-steps',
      policy: 'historical',
      role: 'france',
    });
    const month = world.crises.find((c) => c.move === 'sudetenland')?.month;
    const entries = world.log.find((m) => m.month === month)?.entries ?? [];
    // The month holds the crisis's own events, France's call-up among them as the player's to make.
    expect(entries.some((e) => e.kind === 'diverged' && e.id === 'french-partial-mobilisation')).toBe(true);
    expect(stepEntries(entries, false)).toEqual(entries);
    const crisis = stepEntries(entries, true);
    expect(crisis.map((e) => e.kind)).not.toContain('event');
    expect(crisis.map((e) => e.kind)).not.toContain('diverged');
    expect(crisis.some((e) => e.kind === 'crisis')).toBe(true);
  });

  it('tells at the Rhineland crisis what rested on it after the answer: the Council’s finding of 19 March 1936', () => {
    const { world } = simulate(loadScenario('as-it-happened'), { seed: 'replay-after', policy: 'historical' });
    const entries = world.log.find((m) => m.month === '1936-03')?.entries ?? [];
    const later = dispatchesAfterAnswer(entries);
    expect(later.map((e) => e.id)).toEqual(['council-finds-violation']);
    const crisis = stepEntries(entries, true);
    expect(crisis.filter((e) => e.kind === 'event').map((e) => e.id)).toEqual(['council-finds-violation']);
    // The month's own dispatches (the Senate's vote of 12 March) are not told again.
    expect(entries.some((e) => e.kind === 'event' && e.id === 'senate-ratifies')).toBe(true);
    expect(crisis.some((e) => e.id === 'senate-ratifies')).toBe(false);
    expect(dispatchesAfterAnswer(entries.filter((e) => e.kind !== 'crisis'))).toEqual([]);
  });
});
