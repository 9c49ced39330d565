/**
 * The ending's futures start from a world rebuilt from the game's recorded
 * turns: replaying them all gives the game's own last world, and replaying
 * fewer gives the world of an earlier month.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashWorld, parseScenario, simulate } from '../engine';
import { worldAfter } from './endingView';

function scenario(id: string) {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(import.meta.dirname, `../../scenarios/${id}.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${id}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}

describe('worldAfter', () => {
  for (const [id, role] of [
    ['talks-1939', 'ussr'],
    ['munich-1938', 'france'],
  ] as const) {
    it(`replays a whole ${id} game to its last world, and part of it to an earlier month`, () => {
      const s = scenario(id);
      const game = simulate(s, { seed: 'endview', policy: 'random', role });
      expect(game.world.phase).toBe('ended');
      const end = worldAfter(s, 'endview', role, game.turns, game.turns.length);
      expect(hashWorld(end)).toBe(hashWorld(game.world));
      const earlier = worldAfter(s, 'endview', role, game.turns, Math.max(0, game.turns.length - 2));
      expect(earlier.phase).not.toBe('ended');
      expect(earlier.month <= game.world.month).toBe(true);
      expect(hashWorld(earlier)).not.toBe(hashWorld(game.world));
    });
  }
});
