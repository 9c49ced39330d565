/**
 * Two games side by side (issue 13 §1): history and the player's, a game and
 * its branch, or two players' games of one scenario. Turn by turn, the world's
 * hash says whether they are still the same game, and the levels show how far
 * apart they drifted.
 */
import type { Scenario } from '../scenario/schema';
import { worldHash } from '../world/worldHash';
import type { Levels, WorldState } from '../world/worldState';
import { type GameFile, worldsOf } from './gameFile';

/** One game's world after a turn. */
export interface ComparedWorld {
  readonly turn: number;
  readonly month: string;
  readonly phase: WorldState['phase'];
  readonly hash: string;
  readonly levels: Levels;
}

/** The two games after the same turn record (null where one game has no such turn). */
export interface ComparisonRow {
  readonly index: number;
  readonly a: ComparedWorld | null;
  readonly b: ComparedWorld | null;
  /** Both games have this turn and their worlds' hashes are equal. */
  readonly same: boolean;
}

export interface GameComparison {
  /** The first turn where the worlds differ (or where one game has stopped), or null if they never do. */
  readonly divergence: {
    readonly index: number;
    readonly turn: number;
    readonly month: string;
    /** `world`: the hashes differ; `length`: one game stops here, the other goes on. */
    readonly kind: 'world' | 'length';
  } | null;
  readonly rows: readonly ComparisonRow[];
}

function compared(world: WorldState | undefined, turn: { turn: number; month: string } | undefined) {
  if (world === undefined || turn === undefined) return null;
  return { turn: turn.turn, month: turn.month, phase: world.phase, hash: worldHash(world), levels: world.levels };
}

/**
 * Compare two game files turn by turn (each replayed against its scenario,
 * `scenarioB` defaulting to `scenarioA`): the first month they diverge by
 * world hash, and the world's levels on both, turn by turn.
 */
export function compareGames(a: GameFile, b: GameFile, scenarioA: Scenario, scenarioB = scenarioA): GameComparison {
  const worldsA = worldsOf(a, scenarioA);
  const worldsB = worldsOf(b, scenarioB);
  const rows: ComparisonRow[] = [];
  let divergence: GameComparison['divergence'] = null;
  for (let index = 0; index < Math.max(worldsA.length, worldsB.length); index++) {
    const left = compared(worldsA[index], a.turns[index]);
    const right = compared(worldsB[index], b.turns[index]);
    const same = left !== null && right !== null && left.hash === right.hash;
    rows.push({ index, a: left, b: right, same });
    const at = left ?? right;
    if (!same && divergence === null && at !== null) {
      const kind = left !== null && right !== null ? 'world' : 'length';
      divergence = { index, turn: at.turn, month: at.month, kind };
    }
  }
  return { divergence, rows };
}
