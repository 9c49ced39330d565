/** The engine's types the sharing code uses, in one place. */
import type { GameComparison, GameFile, WorldState } from '../engine';

export type { GameComparison, GameFile };
/** One of the world's levels (`tension`, `frenchWill` …). */
export type LevelName = keyof WorldState['levels'];
