/**
 * Game files, branches and comparisons, as the browser reaches them: through
 * one line of `engine/index.ts` (replay viewer, share links, file import).
 */

export { ENGINE_VERSION } from '../version';
export { type ComparedWorld, type ComparisonRow, compareGames, type GameComparison } from './compare';
export {
  BRANCH_FORMAT,
  type BranchedFrom,
  CHECKPOINT_EVERY,
  DELEGATIONS_FORMAT,
  type Divergence,
  describeDivergence,
  GAME_FORMAT,
  GAME_FORMATS,
  type GameFile,
  type GameOrders,
  gameFileFromOrders,
  gameWorlds,
  type PlayedGame,
  parseGameFile,
  parseGameFileText,
  type ReplayResult,
  recordGame,
  replayGame,
  rolesOf,
  type Seats,
  scenarioHash,
  seatsIssues,
  withSeats,
  worldsOf,
} from './gameFile';
export { MAX_SEED_LENGTH, seedProblem } from './seed';
