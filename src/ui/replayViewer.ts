/**
 * The replay viewer (issue 13 §1): a recorded game (1936 as it happened, or
 * any game file opened) month by month on the map, with play and pause, a
 * step back and forward, and a timeline to jump to a month; each month's
 * dispatches, orders and rolls as they happened (the log's entries with their
 * "Why"). "Take over here" continues the game from that month as either side:
 * the branch is a normal game whose autosave records where it branched, and
 * it can be compared with the game it came from, or any other (comparePicker.ts).
 * A game of delegations on one screen shows which delegation gave each order,
 * and is taken over as the same delegations (the class resumes where it
 * was), or as one role from any month (the months before replayed as the
 * delegations played them, the other sides then played by the computer).
 * Everything works by keyboard alone; Escape leaves the replay for the screen
 * that opened it, with focus on the control that opened it.
 */

import {
  type BranchedFrom,
  branchAt,
  createGame,
  delegationName,
  type GameFile,
  monthName,
  type Role,
  recordGame,
  type Scenario,
  sidesOf,
  simulate,
  type WorldState,
  worldsOf,
} from '../engine';
import { playTurns } from '../share/playTurns';
import type { ComparedGame } from './comparePicker';
import { el, replace } from './dom';
import { renderEntry } from './explain';
import type { GameHost } from './host';
import { actionLabel, ROLE_NAMES } from './labels';
import { stepEntries } from './replaySteps';
import { rolesText } from './saves';

/** The seed of "1936 as it happened": fixed, so every class watches the same game. */
export const HISTORY_SEED = 'as-it-happened';
const PLAY_EVERY_MS = 1500;

interface Recorded {
  readonly file: GameFile;
  readonly scenario: Scenario;
  readonly title: string;
}

/** Open the comparison of two games from `opener`, with two games chosen (ids of `ComparedGame`). */
export type OpenCompare = (opener: HTMLElement, preset: readonly [string, string]) => void;

/** Where the replay was opened from: the title screen, or the HUD of a game being played. */
type Opener = 'title' | 'game';

export class ReplayViewer {
  private recorded: Recorded | null = null;
  /** The world as each turn record began (index i: before turn record i), and the final world. */
  private starts: WorldState[] = [];
  private final: WorldState | null = null;
  private index = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** The game the branch being played came from, for the comparison. */
  private origin: Recorded | null = null;
  /** Whether the replay is on screen, and what opened it (Escape goes back there). */
  private openedFrom: Opener | null = null;
  private history: Recorded | null = null;

  constructor(
    private readonly host: GameHost,
    private readonly compare: OpenCompare,
  ) {}

  /** Whether the replay is on screen. */
  get active(): boolean {
    return this.openedFrom !== null;
  }

  /** The game of "1936 as it happened" (played once, then kept), or null without its scenario. */
  historyGame(): Recorded | null {
    if (this.history !== null) return this.history;
    const scenario = this.host.scenarios.find((s) => s.id === 'as-it-happened');
    if (scenario === undefined) return null;
    const played = simulate(scenario, { seed: HISTORY_SEED, policy: 'historical' });
    this.history = {
      file: recordGame(scenario, HISTORY_SEED, 'france', played.turns),
      scenario,
      title: scenario.title,
    };
    return this.history;
  }

  /** The games this viewer knows, for the comparison: the replay on screen and a branch's original. */
  comparable(): ComparedGame[] {
    const out: ComparedGame[] = [];
    if (this.active && this.recorded !== null) {
      out.push({ id: 'replay', ...this.recorded, label: `The replay: ${this.recorded.title}`, name: 'the replay' });
    }
    const branch = this.host.currentBranch();
    if (this.origin !== null && branch !== undefined && this.origin.file.seed === branch.seed) {
      const label = `The original of your branch: ${this.origin.title}`;
      out.push({ id: 'origin', ...this.origin, label, name: 'the original' });
    }
    return out;
  }

  /** The title screen's "Watch 1936 as it happened". */
  titleButton(): HTMLElement | null {
    const scenario = this.host.scenarios.find((s) => s.id === 'as-it-happened');
    if (scenario === undefined) return null;
    const button = el('button', {
      className: 'big',
      text: 'Watch history as it happened, month by month',
      attrs: { type: 'button', id: 'watch-history' },
    });
    button.addEventListener('click', () => {
      const history = this.historyGame();
      if (history !== null) this.open(history.file, history.scenario, history.title, 'title');
    });
    return button;
  }

  /** The HUD's "Watch the replay" of the game being played, and a branch's note and comparison. */
  hudControls(scenario: Scenario | null): HTMLElement[] {
    const out: HTMLElement[] = [];
    const branch = this.host.currentBranch();
    if (branch !== undefined) {
      out.push(
        el('span', {
          className: 'hud-branch',
          attrs: { id: 'branch-note' },
          text: `Branched in ${monthName(branch.month)} from a game played ${branch.roles === undefined ? `as ${ROLE_NAMES[branch.role]}` : `by the delegations of ${rolesText(branch.roles)}`}`,
        }),
      );
      if (this.origin !== null && scenario !== null && this.origin.file.seed === branch.seed) {
        const compare = el('button', { text: 'Compare with the original', attrs: { type: 'button', id: 'compare' } });
        compare.addEventListener('click', () => this.compare(compare, ['origin', 'this']));
        out.push(compare);
      }
    }
    const watch = el('button', { text: 'Watch the replay', attrs: { type: 'button', id: 'watch-replay' } });
    watch.addEventListener('click', () => {
      const file = this.host.currentFile();
      if (file !== null && scenario !== null) this.open(file, scenario, `${scenario.title} (this game)`, 'game');
    });
    if (this.host.currentFile() !== null) out.push(watch);
    return out;
  }

  /** Open a recorded game in the viewer, at its first month. */
  open(file: GameFile, scenario: Scenario, title: string, from: Opener): void {
    this.stop();
    this.openedFrom = from;
    this.recorded = { file, scenario, title };
    const first = file.branchedFrom === undefined ? file.role : file.branchedFrom.role;
    const worlds = worldsOf(file, scenario);
    const variants = file.variants ?? [];
    const initial = createGame(scenario, { seed: file.seed, role: first, variants }).getSnapshot().world;
    this.starts = [initial, ...worlds.slice(0, -1)];
    this.final = worlds.at(-1) ?? initial;
    this.index = 0;
    this.host.screen.hidden = true;
    this.host.hud.hidden = false;
    this.host.panel.hidden = false;
    this.render();
    this.host.panel.querySelector<HTMLElement>('h2')?.focus();
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private go(index: number): void {
    const last = this.starts.length - 1;
    this.index = Math.max(0, Math.min(last, index));
    if (this.index === last) this.stop();
    this.render();
  }

  private isCrisisRecord(index: number): boolean {
    const turns = this.recorded?.file.turns ?? [];
    return index > 0 && turns[index - 1]?.turn === turns[index]?.turn;
  }

  private render(): void {
    const recorded = this.recorded;
    const final = this.final;
    const world = this.starts[this.index];
    const turn = recorded?.file.turns[this.index];
    if (recorded === null || final === null || world === undefined || turn === undefined) return;
    const { file, scenario } = recorded;
    const crisis = this.isCrisisRecord(this.index);
    const when = `${monthName(turn.month)}${crisis ? ' (the crisis)' : ''}`;
    this.host.mapPort()?.show(world);

    const toTitle = el('button', { text: 'Title screen', attrs: { type: 'button', id: 'to-title' } });
    toTitle.addEventListener('click', () => {
      this.stop();
      this.openedFrom = null;
      this.host.showTitle();
    });
    replace(
      this.host.hud,
      el('span', { className: 'hud-month', attrs: { id: 'hud-month' }, text: monthName(turn.month) }),
      el('span', {
        attrs: { id: 'replay-title' },
        text: `Replay: ${recorded.title}, ${file.roles === undefined ? `played as ${ROLE_NAMES[file.role]}` : `played by the delegations of ${rolesText(file.roles)}`}`,
      }),
      toTitle,
    );

    const playing = this.timer !== null;
    const play = el('button', {
      text: playing ? 'Pause' : 'Play',
      attrs: { type: 'button', id: 'replay-play', 'aria-pressed': String(playing) },
    });
    play.addEventListener('click', () => {
      if (this.timer !== null) this.stop();
      else {
        if (this.index === this.starts.length - 1) this.index = 0;
        this.timer = setInterval(() => this.go(this.index + 1), PLAY_EVERY_MS);
      }
      this.render();
      this.host.panel.querySelector<HTMLElement>('#replay-play')?.focus();
    });
    // At either end the step button is marked unavailable (aria-disabled keeps it focusable, so focus stays on it).
    const atEnd = (end: boolean): Record<string, string> => (end ? { 'aria-disabled': 'true' } : {});
    const last = this.starts.length - 1;
    const back = el('button', {
      text: '◀ Month before',
      attrs: { type: 'button', id: 'replay-back', ...atEnd(this.index === 0) },
    });
    back.addEventListener('click', () => {
      this.go(this.index - 1);
      this.host.panel.querySelector<HTMLElement>('#replay-back')?.focus();
    });
    const forward = el('button', {
      text: 'Month after ▶',
      attrs: { type: 'button', id: 'replay-forward', ...atEnd(this.index === last) },
    });
    forward.addEventListener('click', () => {
      this.go(this.index + 1);
      this.host.panel.querySelector<HTMLElement>('#replay-forward')?.focus();
    });
    const timeline = el('input', {
      attrs: {
        type: 'range',
        id: 'replay-timeline',
        min: '0',
        max: String(this.starts.length - 1),
        step: '1',
        value: String(this.index),
        'aria-valuetext': when,
      },
    });
    timeline.addEventListener('input', () => {
      this.stop();
      this.go(Number(timeline.value));
      this.host.panel.querySelector<HTMLElement>('#replay-timeline')?.focus();
    });

    const entries = stepEntries(final.log.find((m) => m.month === turn.month)?.entries ?? [], crisis);
    // The orders (and crisis answer) given at this step, each in words.
    const orders = turn.actions.map((action) => actionLabel(action));
    // A game of delegations is taken over as the same delegations, or as one role (a branch: the computer plays the others).
    const takeOver = sidesOf(scenario).map((role) => {
      const button = el('button', {
        className: 'big',
        text: `Take over here as ${ROLE_NAMES[role]}`,
        attrs: { type: 'button', 'data-take-over': role, id: `take-over-${role}` },
      });
      button.addEventListener('click', () => this.takeOver(role));
      return button;
    });
    if (file.roles !== undefined) {
      const same = el('button', {
        className: 'big',
        text: `Take over here as the same delegations (${rolesText(file.roles)})`,
        attrs: { type: 'button', id: 'take-over-delegations' },
      });
      same.addEventListener('click', () => this.takeOverDelegations());
      takeOver.unshift(same);
    }
    const oneRoleNote =
      file.roles !== undefined
        ? el('p', {
            className: 'quiet',
            attrs: { id: 'take-over-one-role' },
            text: 'As one role: the months before are played as the delegations played them; from here the computer plays the other sides.',
          })
        : null;
    const problem = el('p', { className: 'notice notice-bad', attrs: { id: 'replay-problem', role: 'alert' } });
    const compare = el('button', {
      text: 'Compare with another game…',
      attrs: { type: 'button', id: 'replay-compare', 'aria-haspopup': 'dialog' },
    });
    const other = file.seed === HISTORY_SEED && scenario.id === 'as-it-happened' ? 'this' : 'history';
    compare.addEventListener('click', () => this.compare(compare, ['replay', other]));
    // The panel is drawn again at every month (also while playing): focus stays on the same control.
    const focused = document.activeElement;
    const keep =
      focused instanceof HTMLElement && this.host.panel.contains(focused) && focused.id !== '' ? focused.id : null;

    replace(
      this.host.panel,
      el('h2', { text: when, attrs: { tabindex: '-1', id: 'replay-heading' } }),
      el('p', {
        className: 'quiet',
        attrs: { id: 'replay-position' },
        // A month with a crisis takes two steps: the month, then its crisis.
        text: `Step ${this.index + 1} of ${this.starts.length} (a month, or the crisis within a month). The map shows the world as this step began.`,
      }),
      el('div', { className: 'replay-controls', attrs: { role: 'group', 'aria-label': 'Replay' } }, [
        back,
        play,
        forward,
        compare,
      ]),
      el('label', { className: 'replay-timeline' }, ['Jump to a month ', timeline]),
      el('section', { attrs: { 'aria-labelledby': 'replay-log-heading', id: 'replay-log' } }, [
        el('h3', { text: 'Dispatches, orders and rolls', attrs: { id: 'replay-log-heading' } }),
        el('p', {
          className: 'quiet',
          attrs: { id: 'replay-given' },
          text: orders.length === 0 ? 'Orders given: none.' : `Orders given: ${orders.join('; ')}.`,
        }),
        ...(turn.by === undefined || turn.actions.length === 0
          ? []
          : [
              el(
                'ul',
                { className: 'replay-orders', attrs: { id: 'replay-orders', 'aria-label': 'Who ordered what' } },
                turn.actions.map((action, i) => {
                  const by = turn.by?.[i] ?? file.role;
                  return el('li', {
                    attrs: { 'data-by': by },
                    text: `The ${delegationName(by)} delegation (${ROLE_NAMES[by]}): ${actionLabel(action)}`,
                  });
                }),
              ),
            ]),
        entries.length === 0
          ? el('p', { className: 'quiet', text: 'No news of note this month.' })
          : el(
              'ul',
              { className: 'entries' },
              entries.map((e) => renderEntry(e)),
            ),
      ]),
      el('section', { attrs: { 'aria-labelledby': 'take-over-heading' } }, [
        el('h3', { text: 'Take over here', attrs: { id: 'take-over-heading' } }),
        el('p', {
          className: 'quiet',
          text: `Play on from ${when} with the same seed and the orders so far; the game you were watching is kept.`,
        }),
        el('div', { className: 'title-buttons' }, takeOver),
        ...(oneRoleNote === null ? [] : [oneRoleNote]),
        problem,
      ]),
    );
    if (keep !== null) this.host.panel.querySelector<HTMLElement>(`#${keep}`)?.focus();
  }

  /** Leave the replay (Escape) for the screen that opened it, focus on its opener. */
  leave(): void {
    const from = this.openedFrom;
    if (from === null) return;
    this.stop();
    this.openedFrom = null;
    if (from === 'title') {
      this.host.showTitle();
      document.getElementById('watch-history')?.focus();
    } else {
      this.host.resume();
      document.getElementById('watch-replay')?.focus();
    }
  }

  /** Another screen took the panel (a game drawn, the title shown): the replay is no longer on screen. */
  left(): void {
    this.stop();
    this.openedFrom = null;
  }

  private takeOver(role: Role): void {
    const recorded = this.recorded;
    const turn = recorded?.file.turns[this.index];
    if (recorded === null || turn === undefined) return;
    const crisis = this.isCrisisRecord(this.index);
    const branch = branchAt(recorded.file, recorded.scenario, {
      turn: turn.turn,
      role,
      at: crisis ? 'crisis' : 'orders',
    });
    if (!branch.ok) {
      const problem = this.host.panel.querySelector<HTMLElement>('#replay-problem');
      if (problem !== null)
        problem.textContent = `Cannot take over here: ${branch.problems.map((p) => p.message).join('; ')}.`;
      return;
    }
    this.stop();
    this.openedFrom = null;
    this.origin = recorded;
    const from: BranchedFrom = branch.value.branchedFrom;
    this.host.play(
      branch.value.game,
      recorded.scenario,
      from.seed,
      `Took over in ${monthName(from.month)} as ${ROLE_NAMES[role]}.`,
      from,
    );
  }

  /**
   * Take a game of delegations over as the same delegations: the game played
   * again from its start, each order by the delegation that gave it, up to this
   * month (or this crisis); the class goes on from there, the hand-over screen
   * first. It is a game of delegations like any other (format 3 has no branch):
   * its file holds the turns so far, and the game watched is kept.
   */
  private takeOverDelegations(): void {
    const recorded = this.recorded;
    const roles = recorded?.file.roles;
    if (recorded === null || roles === undefined) return;
    const { file, scenario } = recorded;
    const game = createGame(scenario, { seed: file.seed, role: file.role, roles, variants: file.variants ?? [] });
    const turn = file.turns[this.index];
    if (turn === undefined || !playTurns(game, file.turns.slice(0, this.index))) {
      const problem = this.host.panel.querySelector<HTMLElement>('#replay-problem');
      if (problem !== null) problem.textContent = 'Cannot take over here: this game does not replay to this month.';
      return;
    }
    this.stop();
    this.openedFrom = null;
    const when = `${monthName(turn.month)}${this.isCrisisRecord(this.index) ? ' (the crisis)' : ''}`;
    void this.host.playDelegations(
      game,
      scenario,
      file.seed,
      `Took over in ${when} as the delegations of ${rolesText(roles)}.`,
    );
  }

  /** A new screen opens: stop playing. */
  hide(): void {
    this.left();
  }
}
