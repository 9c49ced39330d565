/**
 * A game file opened as a live game at its last month: its turns replayed in
 * order (a branch's turns before the branch as the side that played them).
 * The caller has checked the file first (`readGameFile`, `openLink`, `readSave`).
 */
import { createGame, type Game, type GameFile, type Scenario, type TurnRecord } from '../engine';

function replayOnto(game: Game, turns: readonly TurnRecord[]): void {
  for (const turn of turns) {
    const crisis = game.getSnapshot().phase === 'crisis';
    for (const action of turn.actions) game.send(action, 'replay');
    if (!crisis) game.send({ type: 'turn.end' }, 'replay');
  }
}

/** The game of `file` at its last month, ready to play on as `file.role`. */
export function gameOfFile(file: GameFile, scenario: Scenario): Game {
  const from = file.branchedFrom;
  if (from === undefined) {
    const game = createGame(scenario, { seed: file.seed, role: file.role, variants: file.variants ?? [] });
    replayOnto(game, file.turns);
    return game;
  }
  const game = createGame(scenario, {
    seed: file.seed,
    role: file.role,
    from: { turns: file.turns.slice(0, from.index), role: from.role },
    variants: file.variants ?? [],
  });
  replayOnto(game, file.turns.slice(from.index));
  return game;
}
