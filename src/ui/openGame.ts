/**
 * A game file opened as a live game at its last month: its turns replayed in
 * order (a branch's turns before the branch as the side that played them; a
 * game of several delegations with each action by the delegation that gave it).
 * The caller has checked the file first (`readGameFile`, `openLink`, `readSave`).
 */
import { createGame, type Game, type GameFile, type Scenario } from '../engine';
import { playTurns } from '../share/playTurns';

/**
 * The game of `file` at its last month, ready to play on as `file.role`; a
 * game of several delegations (`file.roles`) has the same delegations, and
 * the app seats them (delegations.ts).
 */
export function gameOfFile(file: GameFile, scenario: Scenario): Game {
  const from = file.branchedFrom;
  const variants = file.variants ?? [];
  if (file.roles !== undefined) {
    const game = createGame(scenario, { seed: file.seed, role: file.role, roles: file.roles, variants });
    playTurns(game, file.turns);
    return game;
  }
  if (from === undefined) {
    const game = createGame(scenario, { seed: file.seed, role: file.role, variants });
    playTurns(game, file.turns);
    return game;
  }
  const game = createGame(scenario, {
    seed: file.seed,
    role: file.role,
    // A game of delegations taken over as one role: its turns before the branch as its delegations gave them.
    from: {
      turns: file.turns.slice(0, from.index),
      role: from.role,
      ...(from.roles === undefined ? {} : { roles: from.roles }),
    },
    variants,
  });
  playTurns(game, file.turns.slice(from.index));
  return game;
}
