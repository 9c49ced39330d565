/**
 * Two games side by side (issue 13 §1), any two: the game being played, 1936
 * as it happened, the game a branch came from, the replay being watched, or a
 * game file added here (checked like any import). The box shows the first
 * month they diverge and the world's levels on both, month by month
 * (`compareByMonth`). A non-modal dialog: Escape or Close shuts it and focus
 * returns to the control that opened it; Tab leaves it like any other part of
 * the page. Loaded only when first opened (`await import`).
 */
import type { GameFile, Scenario } from '../engine';
import { compareByMonth } from '../share/compareMonths';
import { readGameFile } from '../share/importFile';
import type { ScenarioLookup } from '../share/link';
import { LEVEL_LABELS, renderComparison } from '../share/render';
import { el, replace } from './dom';

/** A game that can be compared, with the name it is shown under. */
export interface ComparedGame {
  /** `this`, `history`, `origin`, `replay`, or `file-N` for a file added in the box. */
  readonly id: string;
  /** The choice's text (with the scenario's title). */
  readonly label: string;
  /** A short name for the table's headline and note. */
  readonly name: string;
  readonly file: GameFile;
  readonly scenario: Scenario;
}

export class ComparePicker {
  readonly box = el('div', {
    className: 'compare-box',
    attrs: { id: 'compare-box', role: 'dialog', 'aria-labelledby': 'compare-heading' },
  });
  /** Files added in the box, kept while the page is open. */
  private readonly added: ComparedGame[] = [];
  private games: readonly ComparedGame[] = [];
  private opener: HTMLElement | null = null;
  private readonly first = el('select', { attrs: { id: 'compare-a' } });
  private readonly second = el('select', { attrs: { id: 'compare-b' } });
  private readonly result = el('div', { attrs: { id: 'compare-result', 'aria-live': 'polite' } });
  private readonly message = el('p', { className: 'notice', attrs: { id: 'compare-message', role: 'status' } });
  private readonly input = el('input', {
    className: 'sr-only',
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      id: 'compare-file',
      tabindex: '-1',
      'aria-hidden': 'true',
    },
  });

  constructor(private readonly lookup: ScenarioLookup) {
    this.box.hidden = true;
    const add = el('button', {
      text: 'Add a game file…',
      attrs: { type: 'button', id: 'compare-add', 'aria-describedby': 'compare-message' },
    });
    add.addEventListener('click', () => this.input.click());
    this.input.addEventListener('change', () => {
      const chosen = this.input.files?.[0];
      this.input.value = '';
      if (chosen !== undefined) void this.addFile(chosen, chosen.name);
    });
    const close = el('button', { text: 'Close', attrs: { type: 'button', id: 'compare-close' } });
    close.addEventListener('click', () => this.close());
    for (const select of [this.first, this.second]) select.addEventListener('change', () => this.show());
    replace(
      this.box,
      el('h2', { text: 'Compare two games', attrs: { id: 'compare-heading', tabindex: '-1' } }),
      el('p', {
        className: 'quiet',
        text: 'Pick any two games: the first month they diverge, and the world’s levels in both, month by month.',
      }),
      el('div', { className: 'compare-pick' }, [
        el('label', { attrs: { for: 'compare-a' }, text: 'First game' }),
        this.first,
        el('label', { attrs: { for: 'compare-b' }, text: 'Second game' }),
        this.second,
      ]),
      el('div', { className: 'compare-actions' }, [add, this.input, close]),
      this.message,
      this.result,
    );
    document.body.append(this.box);
  }

  get isOpen(): boolean {
    return !this.box.hidden;
  }

  /** Open the box over `games` (and the files added before), `preset` chosen if both are there. */
  open(games: readonly ComparedGame[], opener: HTMLElement, preset: readonly [string, string] | null = null): void {
    this.games = games;
    this.opener = opener;
    this.message.textContent = '';
    const all = this.all();
    const has = (id: string | undefined) => id !== undefined && all.some((g) => g.id === id);
    const a = has(preset?.[0]) ? (preset?.[0] ?? '') : (all[0]?.id ?? '');
    const b = has(preset?.[1]) ? (preset?.[1] ?? '') : (all.find((g) => g.id !== a)?.id ?? a);
    this.fill(a, b);
    this.box.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    const menu = opener.closest('details');
    if (menu !== null) menu.open = false;
    this.box.querySelector<HTMLElement>('#compare-heading')?.focus();
  }

  /** Close the box; focus goes back to the control that opened it, if it is still on the page. */
  close(): void {
    if (this.box.hidden) return;
    this.box.hidden = true;
    const opener = this.opener;
    this.opener = null;
    opener?.setAttribute('aria-expanded', 'false');
    if (opener?.isConnected !== true) return;
    // An opener in the HUD's Game menu: the menu was closed to clear the view; open it again.
    const menu = opener.closest('details');
    if (menu !== null) menu.open = true;
    opener.focus();
  }

  private all(): ComparedGame[] {
    return [...this.games, ...this.added];
  }

  private fill(a: string, b: string): void {
    for (const [select, value] of [
      [this.first, a],
      [this.second, b],
    ] as const) {
      replace(select, ...this.all().map((g) => el('option', { text: g.label, attrs: { value: g.id } })));
      select.value = value;
    }
    this.show();
  }

  private show(): void {
    const all = this.all();
    const a = all.find((g) => g.id === this.first.value);
    const b = all.find((g) => g.id === this.second.value);
    if (a === undefined || b === undefined) {
      replace(this.result, el('p', { className: 'quiet', text: 'Choose two games.' }));
      return;
    }
    const comparison = compareByMonth(a.file, b.file, a.scenario, b.scenario);
    const names = a.name === b.name ? { a: `${a.name} (first)`, b: `${b.name} (second)` } : { a: a.name, b: b.name };
    replace(this.result, renderComparison(comparison, names, LEVEL_LABELS));
  }

  /** A game file added to the choice: checked like any import, refused with one message. */
  async addFile(blob: Blob, name: string): Promise<void> {
    const result = await readGameFile(blob, this.lookup);
    const shortName = name.slice(0, 80);
    if (!result.ok) {
      this.message.dataset.kind = 'error';
      this.message.textContent = `${shortName}: ${result.message} It was not added.`;
      return;
    }
    const id = `file-${this.added.length + 1}`;
    this.added.push({
      id,
      label: `File ${shortName}: ${result.scenario.title}`,
      name: `the file ${shortName}`,
      file: result.file,
      scenario: result.scenario,
    });
    this.message.dataset.kind = 'ok';
    this.message.textContent = `Added ${shortName}: it replays to its recorded hashes. It is now the second game.`;
    this.fill(this.first.value, id);
  }
}
