/**
 * The causes the map gives a stance change (`stanceChanges.ts`), entry by
 * entry: an event, an order and a crisis's end each bring the stance effect
 * their data gives, the largest first; an entry with no effect on the actor,
 * or of another kind, or unknown to the data, is no cause. The worlds are
 * made inside each test from one starting world, its log and stances set by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry } from '../log/types';
import { EVENTS, MODEL, MOVES } from '../model/modelData';
import { initialWorld } from '../scenario/initialWorld';
import type { ActorId, WorldState } from '../world/worldState';
import { stanceChanges } from './stanceChanges';

/** The starting world, and the same world a month on with `entries` logged and `state`'s stance moved by `by`. */
function moved(state: ActorId, by: number, entries: LogEntry[]): { before: WorldState; after: WorldState } {
  const before = initialWorld(loadScenario('pact-1935'), 'stance-causes', 'france');
  const actor = before.actors[state];
  const after: WorldState = {
    ...before,
    actors: { ...before.actors, [state]: { ...actor, stance: actor.stance + by } },
    log: [...before.log, { month: '1935-06', entries }],
  };
  return { before, after };
}

const entry = (kind: string, id: string): LogEntry => ({ month: '1935-06', kind, id, key: kind });

describe('the causes of a stance change', () => {
  it('are the events and orders whose data moved the actor, the largest effect first', () => {
    const blum = EVENTS.find((e) => e.id === 'blum-government');
    const loizeau = EVENTS.find((e) => e.id === 'loizeau-mission');
    const press = MODEL.actions['domestic.pressStaff'];
    const small = loizeau?.effects?.stance?.france ?? 0;
    const large = blum?.effects?.stance?.france ?? 0;
    expect(Math.abs(large)).toBeGreaterThan(Math.abs(small));
    const entries = [
      entry('event', 'loizeau-mission'),
      entry('move', 'rhineland'),
      entry('event', 'blum-government'),
      entry('action', 'domestic.pressStaff'),
      entry('action', 'diplomacy.reassureBritain'),
      entry('event', 'no-such-event'),
      entry('action', 'no.such.order'),
    ];
    const { before, after } = moved('france', 25, entries);
    const [change, ...others] = stanceChanges(before, after);
    expect(others).toEqual([]);
    expect(change?.state).toBe('france');
    expect(change?.to).toBe((change?.from ?? 0) + 25);
    expect(change?.causes.map((c) => [c.entry.id, c.delta])).toEqual([
      ['blum-government', large],
      ['domestic.pressStaff', press?.effects?.stance?.france],
      ['loizeau-mission', small],
    ]);
  });

  it('are a crisis’s end by its outcome: a move that went through, not one deterred', () => {
    const sudeten = MOVES.find((m) => m.id === 'sudetenland');
    const done = sudeten?.effects.done.stance?.czechoslovakia ?? 0;
    expect(done).not.toBe(0);
    expect(sudeten?.effects.deterred.stance?.czechoslovakia ?? 0).toBe(0);
    const through = moved('czechoslovakia', done, [entry('crisis', 'sudetenland-unopposed')]);
    expect(stanceChanges(through.before, through.after)[0]?.causes.map((c) => c.delta)).toEqual([done]);
    const deterred = moved('czechoslovakia', 1, [entry('crisis', 'sudetenland-deterred')]);
    expect(stanceChanges(deterred.before, deterred.after)[0]?.causes).toEqual([]);
  });

  it('are no entry of another kind, nor a crisis the data does not know', () => {
    const { before, after } = moved('czechoslovakia', -40, [
      entry('decision', 'sudetenland-unopposed'),
      entry('crisis', 'nowhere-unopposed'),
    ]);
    const [change] = stanceChanges(before, after);
    expect(change?.state).toBe('czechoslovakia');
    expect(change?.causes).toEqual([]);
  });
});
