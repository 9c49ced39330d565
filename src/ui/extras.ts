/**
 * The game's extras around the app's screens, called from app.ts in a few
 * lines: game files and links (gameFiles.ts), the replay viewer with "take
 * over here" (replayViewer.ts), two games side by side (comparePicker.ts,
 * loaded when first opened), sound (gameSound.ts), and the Credits
 * (src/credits/). Escape closes the topmost of their boxes (the comparison,
 * the share box, the Game menu, the replay) and gives focus back to the
 * control that opened it.
 */
import './extras.css';
import type { GameAction, Scenario, WorldState } from '../engine';
import type { ComparedGame, ComparePicker } from './comparePicker';
import { el } from './dom';
import { GameFiles } from './gameFiles';
import { GameSound } from './gameSound';
import type { GameHost } from './host';
import { ROLE_NAMES } from './labels';
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
  private picker: ComparePicker | null = null;

  constructor(private readonly host: GameHost) {
    this.files = new GameFiles(host);
    this.replay = new ReplayViewer(host, (opener, preset) => void this.openCompare(opener, preset));
    // Registered before the app's own Escape (the convention, the tooltip): a box of these goes first.
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (this.closeTopmost()) event.preventDefault();
    });
  }

  /** Close the topmost open box of the extras; false if none was open. */
  closeTopmost(): boolean {
    if (this.picker?.isOpen === true) {
      this.picker.close();
      return true;
    }
    if (this.files.shareOpen) {
      this.files.closeShare();
      return true;
    }
    const menu = this.host.hud.querySelector<HTMLDetailsElement>('#hud-more');
    if (menu?.open === true && !this.host.hud.hidden) {
      const inside = menu.contains(document.activeElement);
      menu.open = false;
      this.menuOpen = false;
      if (inside) menu.querySelector<HTMLElement>('summary')?.focus();
      return true;
    }
    if (this.replay.active) {
      this.replay.leave();
      return true;
    }
    return false;
  }

  /** The games there are to compare now, from what is open. */
  private comparable(): ComparedGame[] {
    const out: ComparedGame[] = [];
    const file = this.host.currentFile();
    const scenario = file === null ? undefined : this.host.scenarios.find((s) => s.id === file.scenario.id);
    if (file !== null && scenario !== undefined) {
      const who = (file.roles ?? [file.role]).map((r) => ROLE_NAMES[r]).join(' and ');
      const label = `Your game: ${scenario.title}, ${file.roles === undefined ? 'as' : 'by the delegations of'} ${who}`;
      out.push({ id: 'this', label, name: 'your game', file, scenario });
    }
    const history = this.replay.historyGame();
    if (history !== null) {
      out.push({ id: 'history', ...history, label: `History as it happened: ${history.title}`, name: 'history' });
    }
    return [...out, ...this.replay.comparable()];
  }

  /** Open the comparison of two games (its code is loaded the first time). */
  private async openCompare(opener: HTMLElement, preset: readonly [string, string]): Promise<void> {
    if (this.picker === null) {
      const { ComparePicker } = await import('./comparePicker');
      this.picker ??= new ComparePicker((id) => this.host.scenarios.find((s) => s.id === id));
    }
    this.files.hideShare();
    this.picker.open(this.comparable(), opener, preset);
  }

  /** The title screen's extra buttons and messages. */
  titleControls(): HTMLElement[] {
    this.replay.hide();
    this.picker?.close();
    this.files.hideShare();
    // Back at the title, the game's menu closes: the next game starts with it shut.
    this.menuOpen = false;
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
    this.replay.left();
    this.sound.month(world.month);
    const compare = el('button', {
      text: 'Compare two games…',
      attrs: { type: 'button', id: 'compare-two', 'aria-haspopup': 'dialog' },
    });
    compare.addEventListener('click', () => void this.openCompare(compare, ['this', 'history']));
    const menu = el(
      'details',
      { className: 'hud-more', attrs: { id: 'hud-more', ...(this.menuOpen ? { open: '' } : {}) } },
      [
        el('summary', { text: 'Game menu', attrs: { title: 'Game file, share link, replay, comparison, sound' } }),
        el('div', { className: 'hud-more-body' }, [
          ...this.replay.hudControls(scenario),
          compare,
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
