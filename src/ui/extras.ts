/**
 * The game's extras around the app's screens, called from app.ts in a few
 * lines: game files and links (gameFiles.ts), the replay viewer with "take
 * over here" (replayViewer.ts), sound (gameSound.ts), and the Credits (src/credits/).
 */
import './extras.css';
import type { GameAction, Scenario, WorldState } from '../engine';
import { el } from './dom';
import { GameFiles } from './gameFiles';
import { GameSound } from './gameSound';
import type { GameHost } from './host';
import { ReplayViewer } from './replayViewer';

/** A "Credits" button: the credits (src/credits/) are loaded only when opened. */
function creditsButton(id: string): HTMLButtonElement {
  const button = el('button', { text: 'Credits', attrs: { type: 'button', id, 'aria-haspopup': 'dialog' } });
  button.addEventListener('click', () => {
    void import('../credits/credits').then(({ openCredits }) => openCredits(button));
  });
  return button;
}

export class GameExtras {
  readonly files: GameFiles;
  readonly replay: ReplayViewer;
  readonly sound = new GameSound();

  constructor(host: GameHost) {
    this.files = new GameFiles(host);
    this.replay = new ReplayViewer(host);
  }

  /** The title screen's extra buttons and messages. */
  titleControls(): HTMLElement[] {
    this.replay.hide();
    this.sound.month(null);
    const watch = this.replay.titleButton();
    return [...(watch === null ? [] : [watch]), ...this.files.titleControls(), creditsButton('credits')];
  }

  titleNotes(): HTMLElement[] {
    return [this.files.hint(), this.files.message];
  }

  /** Whether the HUD's "Game" menu is open (kept across redraws of the HUD). */
  private menuOpen = false;

  /** The HUD's extra controls while a game is played, in one "Game" menu so the HUD keeps to one line. */
  hudControls(world: WorldState, scenario: Scenario | null): HTMLElement[] {
    this.sound.month(world.month);
    const menu = el(
      'details',
      { className: 'hud-more', attrs: { id: 'hud-more', ...(this.menuOpen ? { open: '' } : {}) } },
      [
        el('summary', { text: 'Game menu', attrs: { title: 'Game file, share link, replay, sound' } }),
        el('div', { className: 'hud-more-body' }, [
          ...this.replay.hudControls(scenario),
          ...this.files.hudControls(world),
          this.sound.controls,
          creditsButton('hud-credits'),
        ]),
      ],
    );
    menu.addEventListener('toggle', () => {
      this.menuOpen = menu.open;
    });
    return [menu];
  }

  /** After an order, an answer or the end of a month was accepted. */
  afterSend(before: WorldState, after: WorldState, action: GameAction | { type: 'turn.end' }): void {
    this.sound.step(before, after, action);
  }
}
