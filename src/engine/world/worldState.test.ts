/**
 * The world's small builders: a German move's state replaced or added in its
 * place (the log and the hash read the moves in order), and the delta that
 * changes no level.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { initialWorld } from '../scenario/initialWorld';
import { addedLevels } from './effects';
import { LEVEL_IDS, type MoveState, noLevelChange, withMove } from './worldState';

describe('withMove', () => {
  it("replaces a move's state in its own place, and adds a new move last", () => {
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    const ids = Object.keys(world.moves);
    const [first, second] = ids;
    const before = first === undefined ? undefined : world.moves[first];
    if (first === undefined || second === undefined || before === undefined) throw new Error('two moves needed');
    const done: MoveState = { ...before, status: 'done' };
    const replaced = withMove(world.moves, first, done);
    expect(Object.keys(replaced)).toEqual(ids);
    expect(replaced[first]).toBe(done);
    expect(replaced[second]).toBe(world.moves[second]);
    // The world's own record is left as it was.
    expect(world.moves[first]).toBe(before);
    const added = withMove(world.moves, 'a-new-move', done);
    expect(Object.keys(added)).toEqual([...ids, 'a-new-move']);
    expect(added['a-new-move']).toBe(done);
  });
});

describe('noLevelChange', () => {
  it('names every level, each with a change of 0', () => {
    const change = noLevelChange();
    expect(Object.keys(change).sort()).toEqual([...LEVEL_IDS].sort());
    expect(Object.values(change).every((d) => d === 0)).toBe(true);
    const world = initialWorld(loadScenario('pact-1935'), 'x', 'france', true);
    expect(addedLevels(world.levels, change)).toEqual(world.levels);
  });
});
