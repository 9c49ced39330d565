/**
 * The events of a crisis (`crisisDispatches`) with a stubbed die: Romania's wavering (a chance of 70 in 100)
 * happens on a roll under 70 and not on 70 or more; a scenario that scripts it has it happen with no roll; a
 * side's own initiative, played as that side, is told as the player's and does not happen; and nothing is
 * dispatched twice, nor for another move's crisis.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { die } from '../../testing/stubbedDie';
import type { LogEntry } from '../log/types';
import { contextFor } from '../model/derived';
import { initialWorld } from '../scenario/initialWorld';
import { draftOf, type WorldState, withWorld } from '../world/worldState';
import { crisisDispatches, eventsDuring } from './history';

vi.mock('../random', async (importOriginal) =>
  (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()),
);

/** munich-1938's first month (the Sudeten move pending), as France or the USSR. */
function start(role: 'france' | 'ussr'): WorldState {
  die.value = null;
  return initialWorld(loadScenario('munich-1938'), 'crisis-die', role, false);
}

function dispatch(world: WorldState, move = 'sudetenland'): { after: WorldState; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const after = crisisDispatches(draftOf(world), move, contextFor(world), entries);
  return { after, entries };
}

const WAVERS = 'romania-wavers';

describe('the Sudeten crisis’s own events, with a stubbed die', () => {
  it('are four, in date order, and none belongs to another move', () => {
    expect(eventsDuring('sudetenland').map((e) => e.id)).toEqual([
      WAVERS,
      'soviet-answer-to-benes',
      'soviet-warning-to-poland',
      'french-partial-mobilisation',
    ]);
    const world = start('france');
    expect(dispatch(world, 'prague').entries).toEqual([]);
  });

  it('Romania wavers on a roll under its chance, 70, and not on 70: its effect on transit with it', () => {
    const world = start('france');
    die.value = 69;
    const yes = dispatch(world);
    expect(yes.after.fired).toContain(WAVERS);
    expect(yes.after.transit.romania).toBeGreaterThan(world.transit.romania);
    expect(yes.entries.find((e) => e.id === WAVERS)?.reasons?.[0]?.explanation).toMatchObject({ chance: 70, roll: 69 });
    die.value = 70;
    const no = dispatch(world);
    expect(no.after.fired).not.toContain(WAVERS);
    expect(no.after.transit.romania).toBe(world.transit.romania);
    expect(no.entries.map((e) => e.id)).not.toContain(WAVERS);
    // Played as France, Moscow's answer and warning happen; France's call-up is the player's, told as such.
    expect(no.entries.map((e) => [e.kind, e.id])).toEqual([
      ['event', 'soviet-answer-to-benes'],
      ['event', 'soviet-warning-to-poland'],
      ['diverged', 'french-partial-mobilisation'],
    ]);
    expect(no.entries.at(-1)?.key).toBe('diverged.ownDecision');
  });

  it('a scenario that scripts them: Romania wavers with no roll, the call-up happens as it did', () => {
    const world = start('france');
    const script = { crises: { france: {}, ussr: {} }, events: [WAVERS, 'french-partial-mobilisation'], moves: [] };
    die.value = 99;
    const { after, entries } = dispatch(withWorld(world, { script }));
    expect(entries.map((e) => [e.kind, e.id])).toEqual([
      ['event', WAVERS],
      ['event', 'soviet-answer-to-benes'],
      ['event', 'soviet-warning-to-poland'],
      ['event', 'french-partial-mobilisation'],
    ]);
    expect(entries[0]?.reasons).toBeUndefined();
    expect(after.rng).toBe(world.rng);
  });

  it('played as the USSR: Moscow’s answer and warning are the player’s; dispatched once only', () => {
    const world = start('ussr');
    die.value = 99;
    const { after, entries } = dispatch(world);
    expect(entries.map((e) => [e.kind, e.id])).toEqual([
      ['diverged', 'soviet-answer-to-benes'],
      ['diverged', 'soviet-warning-to-poland'],
      ['event', 'french-partial-mobilisation'],
    ]);
    expect(entries[0]?.params).toEqual({ event: 'soviet-answer-to-benes', side: 'ussr' });
    expect(dispatch(after).entries).toEqual([]);
  });
});
