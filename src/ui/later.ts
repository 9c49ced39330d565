/**
 * The parts of the game a player reaches later, loaded when first opened
 * (each in its own chunk), so that the game's code behind the title stays
 * small: the futures panel (futuresPanel.ts) and the ending's debrief with the
 * endings reachable from it (endingView.ts).
 */
import type { Delegation, Game, PlayedGame, Scenario, WorldState } from '../engine';
import { el } from './dom';

/** A notice where a part of the game could not load (offline and not cached, say). */
function couldNotLoad(what: string, error: unknown): HTMLElement {
  return el('p', {
    className: 'notice notice-bad',
    attrs: { role: 'alert' },
    text: `${what} could not load: ${String(error)}`,
  });
}

/** The "Futures" button; its panel is loaded on the first press. */
export function futuresButton(scenario: Scenario, game: Game, seed: string): HTMLButtonElement {
  const button = el('button', {
    className: 'wide',
    text: 'Futures',
    attrs: { type: 'button', id: 'open-futures', 'aria-haspopup': 'dialog' },
  });
  button.addEventListener('click', () => {
    button.setAttribute('aria-busy', 'true');
    import('./futuresPanel')
      .then(({ openFuturesPanel }) => openFuturesPanel(scenario, game, seed, button))
      .catch((error: unknown) => button.after(couldNotLoad('The futures panel', error)))
      .finally(() => button.removeAttribute('aria-busy'));
  });
  return button;
}

/**
 * The ending's debrief and "the endings reachable from here": a short
 * "loading" line where they go, replaced by both sections when their code is
 * there (they stay direct children of the ending, which its print style needs).
 * `roles`: the human roles of a game of delegations, whose debrief shows each side's months.
 */
export function endingSections(played: PlayedGame, world: WorldState, roles?: readonly Delegation[]): HTMLElement {
  const waiting = el('p', { className: 'loading', attrs: { role: 'status' }, text: 'Loading the debrief…' });
  import('./endingView')
    .then(({ debriefSection, reachableSection }) => {
      waiting.replaceWith(debriefSection(played.scenario, world, played.turns, roles), reachableSection(played, world));
    })
    .catch((error: unknown) => waiting.replaceWith(couldNotLoad('The debrief', error)));
  return waiting;
}
