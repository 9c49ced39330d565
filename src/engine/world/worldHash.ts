/**
 * The hash of a world state: everything that decides how the game goes on,
 * and not its log. The log is data rendered to sentences for players; leaving
 * it out means its wording, and what a log keeps, can change (or a game run
 * quietly, with no log) without changing a recorded game's hashes.
 */
import { hashJson } from '../hash';
import type { WorldState } from './worldState';

/** The stable hash of a world state, its log left out. */
export function worldHash(world: WorldState): string {
  return hashJson({ ...world, log: undefined });
}
