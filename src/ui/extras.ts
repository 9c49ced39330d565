/**
 * The game's extras around the app's screens, called from app.ts in a few
 * lines: game files and links (gameFiles.ts), the replay viewer with "take
 * over here" (replayViewer.ts), and sound (gameSound.ts).
 */
import './extras.css';
import type { GameAction, Scenario, WorldState } from '../engine';
import { GameFiles } from './gameFiles';
import { GameSound } from './gameSound';
import type { GameHost } from './host';
import { ReplayViewer } from './replayViewer';

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
    return [...(watch === null ? [] : [watch]), ...this.files.titleControls()];
  }

  titleNotes(): HTMLElement[] {
    return [this.files.hint(), this.files.message];
  }

  /** The HUD's extra controls while a game is played. */
  hudControls(world: WorldState, scenario: Scenario | null): HTMLElement[] {
    this.sound.month(world.month);
    return [...this.replay.hudControls(scenario), ...this.files.hudControls(world), this.sound.controls];
  }

  /** After an order, an answer or the end of a month was accepted. */
  afterSend(before: WorldState, after: WorldState, action: GameAction | { type: 'turn.end' }): void {
    this.sound.step(before, after, action);
  }
}
