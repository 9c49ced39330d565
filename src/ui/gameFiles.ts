/**
 * Game files and links in the game (issue 13 §2): "Import a game file" on the
 * title screen (a file picker, or a file dropped anywhere on the page),
 * "Export game file" and "Share link" in the HUD, and a page opened with a
 * game in its fragment (`#g1=…`). Everything read is checked (schema, scenario,
 * replay against its own hashes) before it opens; a refusal is one message,
 * set as text, and the autosave is untouched (an opened game is saved only
 * when a month of it is played). A game of delegations on one screen (format
 * 3, or a `#g2=` link) opens as the same delegations, its hand-over screen first.
 */
import { type GameFile, hashWorld, type Scenario } from '../engine';
import { gameFileText, readGameFile } from '../share/importFile';
import { hasGameLink, openLink, shareUrl } from '../share/link';
import { el, replace } from './dom';
import type { GameHost } from './host';
import { ROLE_NAMES } from './labels';
import { gameOfFile } from './openGame';
import { rolesText } from './saves';

export class GameFiles {
  /** The title screen's message about files and links (kept across redraws of the title). */
  readonly message = el('p', { className: 'notice files-message', attrs: { id: 'file-message', role: 'status' } });
  private readonly lookup = (id: string): Scenario | undefined => this.host.scenarios.find((s) => s.id === id);
  private readonly shareBox = el('div', {
    className: 'share-box',
    attrs: { id: 'share-box', role: 'dialog', 'aria-labelledby': 'share-heading' },
  });
  /** The control that opened the share box, to take focus back when it closes. */
  private shareOpener: HTMLElement | null = null;

  constructor(private readonly host: GameHost) {
    this.shareBox.hidden = true;
    document.body.append(this.shareBox);
    // A game file dropped anywhere on the title screen opens like one chosen in the picker.
    document.addEventListener('dragover', (event) => {
      if (!this.host.screen.hidden) event.preventDefault();
    });
    document.addEventListener('drop', (event) => {
      if (this.host.screen.hidden) return;
      event.preventDefault();
      const dropped = event.dataTransfer?.files[0];
      if (dropped === undefined) this.refuse('Only a file can be dropped here: a game file.');
      else void this.openBlob(dropped, dropped.name);
    });
  }

  private say(kind: 'ok' | 'error', text: string): void {
    this.message.dataset.kind = kind;
    this.message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this.message.textContent = text;
  }

  private refuse(text: string): void {
    this.say('error', `${text} Nothing was opened; your saved game is kept.`);
  }

  /** Open a checked game file at its last month. */
  private open(file: GameFile, scenario: Scenario, what: string): void {
    const game = gameOfFile(file, scenario);
    if (file.roles !== undefined) {
      // Delegations on one screen (format 3): the same delegations, the hand-over screen first.
      this.say('ok', '');
      void this.host.playDelegations(
        game,
        scenario,
        file.seed,
        `${what}: a game of delegations (${rolesText(file.roles)}); it replays to its recorded hashes. Your autosave is replaced only when you end a month.`,
        // Who sat where when it was written, if the file says: the month resumes there.
        file.seats,
      );
      return;
    }
    this.say('ok', '');
    this.host.play(
      game,
      scenario,
      file.seed,
      `${what}: it replays to its recorded hashes. Your autosave is replaced only when you end a month.`,
      file.branchedFrom,
    );
  }

  async openBlob(blob: Blob, name: string): Promise<void> {
    const result = await readGameFile(blob, this.lookup);
    if (!result.ok) this.refuse(`${name.slice(0, 80)}: ${result.message}`);
    else
      this.open(
        result.file,
        result.scenario,
        `Opened ${name.slice(0, 80)}${result.note === null ? '' : ` (${result.note})`}`,
      );
  }

  /** The title screen's "Import a game file" (a labelled button opening the file picker). */
  titleControls(): HTMLElement[] {
    const input = el('input', {
      className: 'sr-only',
      attrs: {
        type: 'file',
        accept: '.json,application/json',
        id: 'import-file',
        tabindex: '-1',
        'aria-hidden': 'true',
      },
    });
    const button = el('button', {
      className: 'big',
      text: 'Import a game file',
      attrs: { type: 'button', id: 'import-game', 'aria-describedby': 'import-hint' },
    });
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const chosen = input.files?.[0];
      input.value = '';
      if (chosen !== undefined) void this.openBlob(chosen, chosen.name);
    });
    return [button, input];
  }

  /** The hint under the title's buttons. */
  hint(): HTMLElement {
    return el('p', {
      className: 'quiet',
      attrs: { id: 'import-hint' },
      text: 'A game file (from "Export game file" or the command line\'s record) can also be dropped anywhere on this page.',
    });
  }

  /** Open the game in the page's fragment (`#g1=…`), if any; the fragment is then cleared. */
  openPageLink(): boolean {
    if (!hasGameLink(location.hash)) return false;
    const text = location.hash;
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const result = openLink(text, this.lookup);
    if (!result.ok) {
      this.refuse(result.message);
      return false;
    }
    const scenario = this.lookup(result.file.scenario.id);
    if (scenario === undefined) return false;
    this.open(
      result.file,
      scenario,
      `Opened the game in the link (${scenario.title}, ${result.file.roles === undefined ? `as ${ROLE_NAMES[result.file.role]}` : `delegations of ${rolesText(result.file.roles)}`})`,
    );
    return true;
  }

  /** The HUD's "Export game file" and "Share link" (they wait for a month to be played). */
  hudControls(world: Parameters<typeof hashWorld>[0]): HTMLElement[] {
    this.host.hud.dataset.hash = hashWorld(world);
    const file = this.host.currentFile();
    const exportButton = el('button', {
      text: 'Export game file',
      attrs: { type: 'button', id: 'export-game', ...(file === null ? { 'aria-disabled': 'true' } : {}) },
    });
    exportButton.addEventListener('click', () => {
      const now = this.host.currentFile();
      if (now !== null) this.download(now);
    });
    const share = el('button', {
      text: 'Share link',
      attrs: {
        type: 'button',
        id: 'share-link',
        'aria-expanded': String(!this.shareBox.hidden),
        ...(file === null ? { 'aria-disabled': 'true' } : {}),
      },
    });
    share.addEventListener('click', () => {
      const now = this.host.currentFile();
      if (now !== null) this.showShare(now, share);
    });
    return [exportButton, share];
  }

  private download(file: GameFile): void {
    const url = URL.createObjectURL(new Blob([gameFileText(file)], { type: 'application/json' }));
    const link = el('a', {
      attrs: {
        href: url,
        download: `hollow-pact-${file.scenario.id.replace(/[^a-z0-9-]/gi, '')}-${file.turns.at(-1)?.month ?? ''}.json`,
      },
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  get shareOpen(): boolean {
    return !this.shareBox.hidden;
  }

  /** Close the share box (Close or Escape); focus returns to the "Share link" that opened it. */
  closeShare(): void {
    if (this.shareBox.hidden) return;
    this.shareBox.hidden = true;
    const opener = this.shareOpener;
    this.shareOpener = null;
    opener?.setAttribute('aria-expanded', 'false');
    // The HUD may have been drawn again since: the button of the same id stands for the opener.
    const target = opener?.isConnected === true ? opener : this.host.hud.querySelector<HTMLElement>('#share-link');
    // The Game menu holding it was closed to clear the view: open it again.
    const menu = target?.closest('details');
    if (menu !== null && menu !== undefined) menu.open = true;
    target?.focus();
  }

  /** Hide the share box without moving focus (another screen opens). */
  hideShare(): void {
    this.shareBox.hidden = true;
    this.shareOpener = null;
  }

  private showShare(file: GameFile, opener: HTMLElement): void {
    this.shareOpener = opener;
    const url = shareUrl(location.href, file);
    const field = el('input', {
      attrs: { type: 'text', readonly: '', id: 'share-url', 'aria-describedby': 'share-note' },
    });
    field.value = url;
    const note = el('p', {
      attrs: { id: 'share-note', role: 'status' },
      text: `The link holds the whole game (${url.length} characters): whoever opens it replays it and checks its hashes.`,
    });
    const close = el('button', { text: 'Close', attrs: { type: 'button', id: 'share-close' } });
    close.addEventListener('click', () => this.closeShare());
    replace(
      this.shareBox,
      el('h2', { attrs: { id: 'share-heading' }, text: 'Share this game by link' }),
      el('label', { attrs: { for: 'share-url' }, text: 'Link to this game' }),
      field,
      note,
      close,
    );
    this.shareBox.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    const menu = opener.closest('details');
    if (menu !== null) menu.open = false;
    field.focus();
    field.select();
    navigator.clipboard?.writeText(url).then(
      () => {
        note.textContent = `Copied to the clipboard. ${note.textContent ?? ''}`;
      },
      () => {},
    );
  }
}
