/**
 * "Take over here" (issue 13 §1): continue a recorded game from any month, with
 * the same scenario and seed and the orders given so far, in the recorded role
 * or as the other side. The branch is a game of its own; saved, it is a game
 * file that says where it came from (`branchedFrom`) and replays exactly.
 */
import { createGame, type Game, roleProblem } from './game';
import { type BranchedFrom, type GameFile, recordGame, replayGame, scenarioHash } from './save/gameFile';
import type { Scenario } from './scenario/schema';
import type { Parsed } from './validation';
import type { Role } from './world/worldState';

/** Where to take over: before the orders of game turn `turn`, or at the crisis that turn raised. */
export interface BranchPoint {
  readonly turn: number;
  readonly role: Role;
  /** `orders` (default): from the month's first order; `crisis`: from the answer to that month's crisis. */
  readonly at?: 'orders' | 'crisis';
}

/** A live branch: the game to play on, and what its file will record. */
export interface Branch {
  readonly game: Game;
  readonly branchedFrom: BranchedFrom;
  readonly role: Role;
}

const refused = (message: string): Parsed<never> => ({ ok: false, problems: [{ path: '', message }] });

/** The turn record where a branch at `point` starts, with its index, or a reason why there is none. */
function branchStart(file: GameFile, point: BranchPoint): { index: number; at: GameFile['turns'][number] } | string {
  const records = file.turns.flatMap((at, index) => (at.turn === point.turn ? [{ index, at }] : []));
  const first = records[0];
  if (first === undefined) {
    const last = file.turns.at(-1)?.turn ?? 0;
    return `no turn ${point.turn} in this game: it has turns ${file.turns[0]?.turn ?? 0} to ${last}`;
  }
  if (point.at !== 'crisis') return first;
  return records[1] ?? `no crisis in turn ${point.turn} (${first.at.month}) to take over at`;
}

/**
 * Start a branch of `file` at `point`: the game is replayed (and verified
 * against its hashes) up to the branch, then handed to `point.role`. Refuses a
 * file that does not replay, or a point outside the game, with one problem.
 */
export function branchAt(file: GameFile, scenario: Scenario, point: BranchPoint): Parsed<Branch> {
  const badRole = roleProblem(scenario, point.role);
  if (badRole !== null) return refused(badRole);
  const replay = replayGame(file, scenario);
  if (!replay.ok) {
    const d = replay.divergence;
    return refused(
      `this game does not replay: it goes another way at turn ${d.turn}, ${d.month} (expected ${d.expected}, got ${d.actual})`,
    );
  }
  const start = branchStart(file, point);
  if (typeof start === 'string') return refused(start);
  const { index, at } = start;
  // A branch of a branch keeps the whole history: its turns before the branch are played as before.
  const from = file.branchedFrom;
  // (A game of delegations taken over as one role is a branch whose turns before it had several players.)
  if (from !== undefined && (from.role !== file.role || from.roles !== undefined) && index > from.index) {
    return refused(
      `this game is already a branch from turn ${from.turn} (${from.month}); take over before that month, or from the game it came from`,
    );
  }
  const turns = file.turns.slice(0, index);
  // Every turn before the branch was played by one side, the file's first, or by the file's delegations
  // (a game of several delegations, or a branch of one, taken over as one role: the computer plays the others).
  const playedBy = from?.role ?? file.role;
  const delegations = file.roles ?? from?.roles;
  const branchedFrom: BranchedFrom = {
    scenarioHash: scenarioHash(scenario),
    seed: file.seed,
    index,
    turn: at.turn,
    month: at.month,
    role: playedBy,
    ...(delegations === undefined ? {} : { roles: [...delegations] }),
  };
  const game = createGame(scenario, {
    seed: file.seed,
    role: point.role,
    from: { turns, role: playedBy, roles: delegations },
    variants: file.variants ?? [],
  });
  return { ok: true, value: { game, branchedFrom, role: point.role } };
}

/**
 * The game file of a branch as played so far: its role, where it branched, and
 * checkpoints that replay it. Refuses a branch with no turn played at all.
 */
export function saveBranch(branch: Branch, scenario: Scenario): Parsed<GameFile> {
  const { turns, world } = branch.game.getSnapshot();
  if (turns.length === 0) return refused('nothing to save yet: play a month first');
  const { seed } = branch.branchedFrom;
  return { ok: true, value: recordGame(scenario, seed, branch.role, turns, branch.branchedFrom, world.variants) };
}
