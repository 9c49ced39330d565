/**
 * Recorded turns played onto a live game, as they were played: each action by
 * the delegation that gave it (`by`, in a game of several delegations), then
 * the month's end (a crisis's record has no end of its own: the crisis is
 * resolved once every delegation has answered). Used to open a game file, an
 * autosave or a share link as a live game, and to take a game of delegations
 * over from the replay viewer. Pure: runs in Node and in the browser.
 */
import type { Delegation, Game } from '../engine';

/** Play `turns` onto `game`; false at the first action or month's end the game refuses. */
export function playTurns(
  game: Game,
  turns: readonly { readonly actions: readonly unknown[]; readonly by?: readonly Delegation[] | undefined }[],
): boolean {
  for (const turn of turns) {
    const crisis = game.getSnapshot().phase === 'crisis';
    for (const [i, action] of turn.actions.entries()) {
      const by = turn.by?.[i];
      const sent = game.send(action, by === undefined ? 'replay' : { by, source: 'replay' });
      if (!sent.accepted) return false;
    }
    if (!crisis && !game.send({ type: 'turn.end' }, 'replay').accepted) return false;
  }
  return true;
}
