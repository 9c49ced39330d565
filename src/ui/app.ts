/**
 * The game around the map: the title screen, a new game or the autosaved one,
 * the month (dispatches, orders with their cost, "end the month"), the
 * convention's cards over the map, a crisis and its verdicts, and the ending.
 * Everything read is HTML (legible on a projector, selectable, reachable by
 * keyboard and screen reader); the map (Phaser) draws what moves and is told
 * what to show through a `MapPort`.
 */
import {
  actionCost,
  addMonths,
  type BranchedFrom,
  boundToGermany,
  type ClauseId,
  CRISIS_CHOICES,
  type CrisisChoice,
  type CrisisRecord,
  conventionClauses,
  countryName,
  createGame,
  crisisCase,
  crisisJudgedNote,
  endingCase,
  endingText,
  eventSource,
  eventsDuring,
  formatDate,
  type Game,
  type GameAction,
  type GameFile,
  gameWorlds,
  hollowExplanation,
  type LogEntry,
  locarnoHeadline,
  monthName,
  moveInfo,
  type PlayedGame,
  parseScenario,
  type Role,
  recordGame,
  refusal,
  type Scenario,
  type StanceChange,
  stanceChanges,
  TREATY_NAMES,
  transitAsked,
  transitGrantedBy,
  treatyHeadline,
  type WorldState,
  withSeats,
} from '../engine';
import { hasGameLink } from '../share/link';
import { answeredCrisisLaw, answeredRecord, crisisXray } from './crisisLaw';
import type { SeatHost, SeatState, Seats } from './delegations';
import { el, replace } from './dom';
import { renderEntry } from './explain';
import { GameExtras } from './extras';
import { isKeysRequest, openGameKeys } from './gameKeys';
import { citationLink, installGlossaryLinks, sourceLine } from './glossaryLinks';
import type { GameHost } from './host';
import {
  APPROVER_NAMES,
  actionLabel,
  assumedAnswersText,
  conventionNotNow,
  crisisLabel,
  ORDERS,
  offerForecast,
  orderOddsText,
  PHASE_NAMES,
  ROLE_NAMES,
} from './labels';
import { endingSections, futuresButton } from './later';
import { keyOpensOn, mapKeyList, mapKeyRows, mapKeyView } from './mapKey';
import {
  type MapFile,
  type MapPreview,
  NO_PREVIEW,
  previewFor,
  STANCES,
  stanceClass,
  stateLabel,
  stateTooltip,
} from './mapModel';
import { gameOfFile } from './openGame';
import { orderHelp } from './orderHelp';
import { IN_SINGLE_FILE, otherPageLink, servedOnlyNote } from './otherPages';
import type { Presentation } from './presentation';
import { isPresentationToggle, presentationRemembered } from './presentationPref';
import { dispatchesAfterAnswer } from './replaySteps';
import {
  browserStore,
  continueText,
  type LoadedSave,
  readSave,
  readSeats,
  type SaveStore,
  writeSave,
  writeSeats,
} from './saves';

/** Log entries under a heading of their own (`id`, its heading `id-heading`); nothing where there are none. */
function headedEntries(id: string, heading: string, entries: readonly LogEntry[]): HTMLElement[] {
  if (entries.length === 0) return [];
  return [
    el('h4', { text: heading, attrs: { id: `${id}-heading` } }),
    el(
      'ul',
      { className: 'entries', attrs: { id, 'aria-labelledby': `${id}-heading` } },
      entries.map((e) => renderEntry(e)),
    ),
  ];
}

/** What the UI asks of the map scene. */
export interface MapPort {
  show(world: WorldState | null): void;
  preview(preview: MapPreview): void;
  /** Where a state's label is on the page (client pixels), for the tooltip; null if off the map. */
  clientPointOf(id: string): { x: number; y: number } | null;
  highlight(id: string | null): void;
}

/** What the map scene tells the UI. */
export interface MapListener {
  hover(id: string | null, clientX: number, clientY: number): void;
  select(id: string, clientX: number, clientY: number): void;
  progress(fraction: number): void;
  ready(map: MapFile): void;
}

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`index.html has no #${id}`);
  return node as T;
}

/** Scenarios from scenarios/*.json, in the order of their start months. */
export function loadScenarios(files: Record<string, unknown>): Scenario[] {
  const list: Scenario[] = [];
  for (const data of Object.values(files)) {
    const parsed = parseScenario(data);
    if (parsed.ok) list.push(parsed.value);
  }
  return list.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** A fresh seed for a new game (the UI's randomness; the engine's is seeded from it). */
function freshSeed(): string {
  const wanted = new URLSearchParams(location.search).get('seed');
  if (wanted !== null && wanted.length > 0 && wanted.length <= 200) return wanted;
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36)).join('-');
}

export class App {
  private readonly screen = required<HTMLElement>('screen');
  private readonly hud = required<HTMLElement>('hud');
  private readonly panel = required<HTMLElement>('panel');
  private readonly cards = required<HTMLElement>('cards');
  private readonly tooltip = required<HTMLElement>('tooltip');
  private readonly store: SaveStore | null = browserStore();
  private map: MapPort | null = null;
  private mapFile: MapFile | null = null;
  private progress: HTMLProgressElement | null = null;
  private game: Game | null = null;
  private scenario: Scenario | null = null;
  private seed = '';
  private saveStatus = '';
  private cardsOpen = false;
  private chosen: Partial<Record<ClauseId, number>> = {};
  /** The crisis just answered, kept to show its verdicts beside what happened. */
  private answered: { world: WorldState; choice: CrisisChoice } | null = null;
  private tooltipFor: string | null = null;
  private worldsCache: { game: Game | null; turns: number; worlds: readonly WorldState[] } | null = null;
  /** Where the game being played branched from a recorded game, if it did. */
  private branchedFrom: BranchedFrom | undefined = undefined;
  /** Game files and links, the replay viewer, and sound (extras.ts). */
  private readonly extras: GameExtras = new GameExtras(this.host());
  /** The guided first game (tutorial.ts), told after each render; null when none runs. */
  private guide: ((world: WorldState | null) => void) | null = null;
  /** Presentation mode (presentation.ts), loaded the first time it is turned on. */
  private presenting: Promise<Presentation> | null = null;
  /** Delegations on one screen (delegations.ts): who is seated; null in a game of one role. */
  private seats: Seats | null = null;
  /** The map's key (mapKey.ts), along the map's foot; made with the first game on screen. */
  private mapKey: HTMLElement | null = null;
  /** Whether the player opened or closed the key (null: as the map's room has it, `keyAuto`). */
  private mapKeyOpen: boolean | null = null;
  private keyAuto = false;

  constructor(private readonly scenarios: readonly Scenario[]) {
    installGlossaryLinks(this.panel);
    installGlossaryLinks(this.cards);
    // The HUD wraps onto a second line on a narrow screen (1280 px and a long role's line): the side
    // panel and the menus below it start where it ends (`--hud-bottom` in game.css), not under it.
    new ResizeObserver(() => {
      if (!this.hud.hidden)
        document.body.style.setProperty('--hud-bottom', `${Math.ceil(this.hud.getBoundingClientRect().bottom)}px`);
    }).observe(this.hud);
    // While a screen covers the map (the title, the setup, the ending, a hand-over), the map behind it is out of
    // reach: no Tab stop, no arrow keys panning a map nobody sees.
    const map = document.getElementById('map');
    if (map !== null) {
      const cover = () => {
        map.inert = !this.screen.hidden;
      };
      new MutationObserver(cover).observe(this.screen, { attributes: true, attributeFilter: ['hidden'] });
      cover();
    }
    if (presentationRemembered()) void this.togglePresentation(true);
  }

  /** Turn presentation mode on or off (from the title screen's button or the P key). */
  async togglePresentation(on?: boolean): Promise<Presentation> {
    this.presenting ??= import('./presentation').then(({ presentation }) => {
      const mode = presentation({
        current: () =>
          this.game === null || this.scenario === null
            ? null
            : { world: this.game.getSnapshot().world, scenario: this.scenario, seated: this.seats?.seated() },
      });
      // Beside the map and the X-ray at a crisis: the League Council on the day, before the class answers.
      mode.setCouncil((slot, world) => {
        void import('./councilView').then(({ councilTableView }) => {
          const table = councilTableView(world);
          if (table !== null && slot.isConnected) slot.replaceChildren(table);
        });
      });
      return mode;
    });
    const mode = await this.presenting;
    mode.toggle(on);
    // Presentation mode closes the key (its type would cover the projected map), unless the player opened it.
    if (this.game !== null && this.mapKey?.hidden === false) this.renderMapKey(this.game.getSnapshot().world);
    return mode;
  }

  private host(): GameHost {
    const app = this;
    return {
      // Read when used: the extras are made while the app's fields are still being set.
      get scenarios() {
        return app.scenarios;
      },
      get screen() {
        return app.screen;
      },
      get panel() {
        return app.panel;
      },
      get hud() {
        return app.hud;
      },
      mapPort: () => this.map,
      currentFile: () => {
        const snapshot = this.game?.getSnapshot();
        if (snapshot === undefined || this.scenario === null || snapshot.turns.length === 0) return null;
        const { world } = snapshot;
        const role = this.seats?.first ?? world.role;
        const file = recordGame(
          this.scenario,
          this.seed,
          role,
          snapshot.turns,
          this.branchedFrom,
          world.variants,
          this.seats?.roles,
        );
        // A game of delegations: the file and its link also say who sits where in the month.
        return this.seats === null ? file : withSeats(file, this.seats.state());
      },
      currentBranch: () => this.branchedFrom,
      play: (game, scenario, seed, status, branchedFrom) => this.play(game, scenario, seed, status, branchedFrom),
      playDelegations: (game, scenario, seed, status, resume) =>
        this.playDelegations(game, scenario, seed, status, resume),
      showTitle: () => this.showTitle(),
      resume: () => this.render(),
    };
  }

  /** Open the game in the page's link (`#g1=…`), if there is one. */
  openPageLink(): void {
    if (!hasGameLink(location.hash)) return;
    this.showTitle();
    this.extras.files.openPageLink();
  }

  /** The map scene, once Phaser has started. */
  attachMap(map: MapPort): void {
    this.map = map;
    map.show(this.game?.getSnapshot().world ?? null);
  }

  readonly mapListener: MapListener = {
    hover: (id, x, y) => {
      if (id === null) this.hideTooltip();
      else this.showTooltip(id, x, y, false);
    },
    select: (id, x, y) => this.showTooltip(id, x, y, true),
    progress: (fraction) => {
      if (this.progress !== null) this.progress.value = Math.round(fraction * 100);
    },
    ready: (map) => {
      this.mapFile = map;
      if (this.progress !== null) {
        this.progress.value = 100;
        this.progress.closest('.map-loading')?.setAttribute('data-done', 'true');
      }
      if (this.game !== null) this.render();
    },
  };

  // ---------------------------------------------------------------- title

  showTitle(): void {
    this.game = null;
    this.guide?.(null);
    this.closeCards();
    this.hideTooltip();
    this.map?.show(null);
    this.hud.hidden = true;
    this.panel.hidden = true;
    this.renderMapKey(null);
    const save = readSave(this.store, this.scenarios);
    const newGame = el('button', { className: 'big', text: 'New game', attrs: { type: 'button', id: 'new-game' } });
    newGame.addEventListener('click', () => this.showSetup());
    const guided = el('button', { text: 'Guided first game', attrs: { type: 'button', id: 'guided-game' } });
    guided.addEventListener('click', () => void this.openGuide());
    const delegations = el('button', {
      text: 'Delegations on one screen',
      attrs: { type: 'button', id: 'delegations-game' },
    });
    delegations.addEventListener('click', () => void this.openDelegations());
    const buttons: HTMLElement[] = [newGame, guided, delegations];
    if (save.kind === 'ok') {
      const cont = el('button', {
        className: 'big',
        text: continueText(save.file, save.scenario),
        attrs: { type: 'button', id: 'continue' },
      });
      cont.addEventListener('click', () => this.continueGame(save.file, save.scenario));
      buttons.push(cont);
    }
    const cases = el('a', {
      className: 'button-link',
      text: 'Legal cases',
      attrs: { href: 'cases.html', id: 'legal-cases' },
    });
    // For teachers: presentation mode (remembered) and the source-criticism worksheet.
    const present = el('button', {
      text: 'Presentation mode (P)',
      attrs: { type: 'button', id: 'presentation-toggle', 'aria-pressed': String(presentationRemembered()) },
    });
    present.addEventListener('click', () => void this.togglePresentation());
    const worksheet = IN_SINGLE_FILE
      ? this.worksheetButton('worksheet-open', 'Source-criticism worksheet')
      : el('a', {
          className: 'button-link',
          text: 'Source-criticism worksheet',
          attrs: { href: 'teaching.html', id: 'teaching-link' },
        });
    // The single file has no page beside it: no link to the cases (a note instead); the worksheet opens over the game.
    buttons.push(
      ...(IN_SINGLE_FILE ? [present, worksheet] : [cases, present, worksheet]),
      ...this.extras.titleControls(),
    );
    this.progress = el('progress', {
      attrs: { max: '100', value: String(this.progress?.value ?? 0), id: 'map-progress' },
    });
    replace(
      this.screen,
      el('div', { className: 'title-card' }, [
        el('h1', { text: 'Hollow Pact' }),
        el('p', {
          className: 'tagline',
          text: 'France and the USSR, 1935–1939: a treaty of mutual assistance, and the military convention that was never signed.',
        }),
        el('div', { className: 'title-buttons', attrs: { id: 'title-buttons' } }, buttons),
        servedOnlyNote(),
        this.saveMessage(save),
        ...this.extras.titleNotes(),
        el('label', { className: 'map-loading' }, ['Loading the map ', this.progress]),
      ]),
    );
    if (this.mapFile !== null) this.progress.closest('.map-loading')?.setAttribute('data-done', 'true');
    this.screen.hidden = false;
  }

  private saveMessage(save: LoadedSave): HTMLElement | null {
    if (this.store === null) {
      return el('p', {
        className: 'notice',
        attrs: { role: 'status', id: 'save-notice' },
        text: 'This browser refuses storage (private browsing?): the game plays, but it cannot be saved.',
      });
    }
    if (save.kind !== 'bad') return null;
    return el('p', {
      className: 'notice notice-bad',
      attrs: { role: 'alert', id: 'save-problem' },
      text: `${save.problem} It is kept as it is until a new game is saved; start a new game.`,
    });
  }

  /** The guided first game: its module loads only when it is asked for. */
  private async openGuide(): Promise<void> {
    const { startGuide } = await import('./tutorial');
    startGuide({
      scenarios: this.scenarios,
      start: (scenario, role, seed) => this.startGame(scenario, role, seed, []),
      world: () => this.game?.getSnapshot().world ?? null,
      listen: (listener) => {
        this.guide = listener;
      },
    });
  }

  /** The scenario and role picker of a new game. */
  showSetup(): void {
    const form = el('form', { className: 'setup', attrs: { 'aria-labelledby': 'setup-heading' } });
    const list = el('fieldset', { className: 'scenarios' }, [el('legend', { text: 'Scenario' })]);
    this.scenarios.forEach((scenario, i) => {
      const id = `scenario-${scenario.id}`;
      const input = el('input', {
        attrs: {
          type: 'radio',
          name: 'scenario',
          value: scenario.id,
          id,
          'aria-describedby': `${id}-summary`,
          ...(i === 0 ? { checked: '' } : {}),
        },
      });
      list.append(
        el('div', { className: 'scenario-choice' }, [
          input,
          el('div', {}, [
            el('label', { attrs: { for: id } }, [
              el('strong', { text: scenario.title }),
              el('span', {
                className: 'start',
                text: ` — from ${monthName(scenario.start)} to ${monthName(scenario.end)}`,
              }),
            ]),
            el('span', { className: 'summary', attrs: { id: `${id}-summary` }, text: scenario.summary }),
          ]),
        ]),
      );
    });
    const roles = el('fieldset', { className: 'roles' }, [el('legend', { text: 'Play as' })]);
    for (const role of ['france', 'ussr'] as const) {
      const id = `role-${role}`;
      roles.append(
        el('div', { className: 'role-choice' }, [
          el('input', {
            attrs: { type: 'radio', name: 'role', value: role, id, ...(role === 'france' ? { checked: '' } : {}) },
          }),
          el('label', {
            attrs: { for: id },
            text:
              role === 'france'
                ? 'France (Paris: the cabinet, the War Minister, Gamelin)'
                : 'The USSR (Moscow: Litvinov, the Politburo)',
          }),
        ]),
      );
    }
    const start = el('button', { className: 'big', text: 'Start', attrs: { type: 'submit', id: 'start-game' } });
    const back = el('button', { text: 'Back', attrs: { type: 'button' } });
    back.addEventListener('click', () => this.showTitle());
    const problem = el('p', { className: 'notice notice-bad', attrs: { role: 'alert' } });
    // The rule variants (issue 14 §4): their own module, loaded when this screen opens.
    void import('./variantsPicker').then(({ variantsFieldset }) => roles.after(variantsFieldset()));
    form.append(
      el('h1', { text: 'A new game', attrs: { id: 'setup-heading' } }),
      list,
      roles,
      problem,
      el('div', { className: 'title-buttons' }, [start, back]),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const scenario = this.scenarios.find((s) => s.id === data.get('scenario'));
      const role = data.get('role') === 'ussr' ? 'ussr' : 'france';
      if (scenario === undefined) return;
      if (!scenario.roles.includes(role)) {
        problem.textContent = `${scenario.title} cannot be played as ${ROLE_NAMES[role]}.`;
        return;
      }
      const variants = data.getAll('variant').filter((v): v is string => typeof v === 'string');
      this.startGame(scenario, role, freshSeed(), [], variants);
    });
    replace(this.screen, el('div', { className: 'title-card setup-card' }, [form]));
    form.querySelector<HTMLInputElement>('input[name="scenario"]:checked')?.focus();
  }

  // ---------------------------------------------------------------- playing

  private continueGame(file: GameFile, scenario: Scenario): void {
    const status = 'Continued from the autosave.';
    if (file.roles !== undefined) {
      void this.playDelegations(gameOfFile(file, scenario), scenario, file.seed, status, readSeats(this.store, file));
      return;
    }
    this.play(gameOfFile(file, scenario), scenario, file.seed, status, file.branchedFrom);
  }

  private startGame(
    scenario: Scenario,
    role: Role,
    seed: string,
    turns: GameFile['turns'],
    variants: readonly string[] = [],
  ): void {
    this.play(
      createGame(scenario, { seed, role, variants }),
      scenario,
      seed,
      turns.length > 0 ? 'Continued from the autosave.' : '',
    );
  }

  /** The setup of a game of several delegations at one screen (delegations.ts, loaded when opened). */
  private async openDelegations(): Promise<void> {
    const { delegationsSetup, seatsFor } = await import('./delegations');
    const seed = freshSeed();
    delegationsSetup(this.host(), seed, (game, scenario) => {
      const seats = seatsFor(game, this.seatHost());
      this.play(seats.game, scenario, seed, 'Delegations on one screen: saved after every month.', undefined, seats);
    });
  }

  /** What the seats of a game of delegations hide during a hand-over, and how they draw the game again. */
  private seatHost(): SeatHost {
    return { panel: this.panel, hud: this.hud, hide: [this.cards, this.tooltip], resume: () => this.render() };
  }

  /** A game of delegations opened again (autosave, file, link, replay): the hand-over screen first. */
  private async playDelegations(
    game: Game,
    scenario: Scenario,
    seed: string,
    status: string,
    resume?: SeatState,
  ): Promise<void> {
    const { seatsFor } = await import('./delegations');
    const seats = seatsFor(game, this.seatHost(), resume);
    this.play(seats.game, scenario, seed, status, undefined, seats);
    seats.handOverNow();
  }

  private play(
    game: Game,
    scenario: Scenario,
    seed: string,
    status: string,
    branchedFrom?: BranchedFrom,
    seats: Seats | null = null,
  ): void {
    // Another game on screen (a file opened, a replay taken over) ends a guided game; the tutorial starts its own before it listens.
    this.guide?.(null);
    this.game = game;
    this.worldsCache = null;
    this.scenario = scenario;
    this.seed = seed;
    this.branchedFrom = branchedFrom;
    this.seats = seats;
    this.chosen = {};
    this.answered = null;
    this.saveStatus = status;
    this.screen.hidden = true;
    this.hud.hidden = false;
    this.panel.hidden = false;
    this.render();
    this.panel.querySelector<HTMLElement>('h2')?.focus();
  }

  private autosave(): void {
    if (this.game === null || this.scenario === null) return;
    if (this.guide !== null) {
      this.saveStatus = 'Guided game: not saved.';
      return;
    }
    const { world, turns } = this.game.getSnapshot();
    // A game of delegations is saved once its first month is recorded: a game file holds at least one turn.
    if (this.seats !== null && turns.length === 0) return;
    const role = this.seats?.first ?? world.role;
    const file = recordGame(
      this.scenario,
      this.seed,
      role,
      turns,
      this.branchedFrom,
      world.variants,
      this.seats?.roles,
    );
    const result = writeSave(this.store, file);
    if (result === 'saved' && this.seats !== null) writeSeats(this.store, file, this.seats.state());
    this.saveStatus =
      result === 'saved'
        ? // The month is beside it, first in the bar.
          'Saved.'
        : result === 'no-storage'
          ? 'Not saved: this browser refuses storage. The game still plays.'
          : 'Not saved: the save failed its check; the last good save is kept.';
  }

  private send(action: GameAction | { type: 'turn.end' }): { accepted: boolean; reason: string | null } {
    if (this.game === null) return { accepted: false, reason: 'no game' };
    const before = this.game.getSnapshot().world;
    const result = this.game.send(action);
    if (result.accepted) this.extras.afterSend(before, this.game.getSnapshot().world, action);
    if (result.accepted && (action.type === 'turn.end' || action.type === 'crisis.respond')) this.autosave();
    this.render();
    return result;
  }

  render(): void {
    const game = this.game;
    if (game === null) return;
    const { world } = game.getSnapshot();
    // Delegations on one screen: a crisis still waiting for another delegation is drawn again for it.
    if (this.answered !== null && world.phase === 'crisis') this.answered = null;
    this.map?.show(world);
    // While a crisis's outcome is read, the bar keeps the crisis's month; it moves on with the player.
    this.renderHud(world, this.answered?.world.month ?? world.month);
    this.renderMapKey(world.phase === 'ended' && this.answered === null ? null : world);
    if (world.phase === 'ended' && this.answered === null) {
      this.closeCards();
      this.showEnding(world);
      this.guide?.(world);
      return;
    }
    if (this.answered === null && this.seats?.draw(this.panel, world)) this.closeCards();
    else if (this.answered !== null) {
      this.closeCards();
      this.renderCrisisResult(world, this.answered);
    } else if (world.phase === 'crisis') this.renderCrisis(world);
    else this.renderMonth(world);
    if (this.cardsOpen) this.renderCards(world);
    this.seats?.decorate(this.panel);
    this.guide?.(world);
  }

  /**
   * The map's key for `world`, or hidden (null: no map in play, on the title screen or at the ending). Open or
   * closed as the player left it, else as the map's room has it (`keyOpensOn`: closed on a small map, and in
   * presentation mode).
   */
  private renderMapKey(world: WorldState | null): void {
    if (world === null) {
      if (this.mapKey !== null) this.mapKey.hidden = true;
      return;
    }
    const rows = mapKeyRows(world, this.mapFile?.states.map((state) => state.id) ?? []);
    if (this.mapKey === null) {
      const box = mapKeyView(rows, false);
      const details = box.querySelector('details');
      if (details === null) return;
      // The player's own choice, not the one the map's room made (which `keyAuto` remembers).
      details.addEventListener('toggle', () => {
        if (details.open !== this.keyAuto) this.mapKeyOpen = details.open;
      });
      document.getElementById('map')?.after(box);
      this.mapKey = box;
    } else this.mapKey.querySelector('ul')?.replaceWith(mapKeyList(rows));
    this.mapKey.hidden = false;
    const mapWidth = this.panel.hidden ? window.innerWidth : this.panel.getBoundingClientRect().left;
    this.keyAuto = keyOpensOn(mapWidth, window.innerHeight, document.body.classList.contains('presenting'));
    const details = this.mapKey.querySelector('details');
    if (details !== null) details.open = this.mapKeyOpen ?? this.keyAuto;
  }

  private renderHud(world: WorldState, month: WorldState['month'] = world.month): void {
    const menu = el('button', { text: 'Title screen', attrs: { type: 'button', id: 'to-title' } });
    menu.addEventListener('click', () => {
      this.showTitle();
      // The focus goes to the title's first control, not to the page.
      this.screen.querySelector<HTMLElement>('#new-game')?.focus();
    });
    replace(
      this.hud,
      el('span', { className: 'hud-month', attrs: { id: 'hud-month' }, text: monthName(month) }),
      // The scenario's title gives way first on a narrow screen (cut, whole on hover); the role is never cut.
      el('span', {
        className: 'hud-scenario',
        attrs: { title: this.scenario?.title ?? '' },
        text: this.scenario?.title ?? '',
      }),
      el('span', { className: 'hud-role', text: `as ${ROLE_NAMES[this.seats?.seated() ?? world.role]}` }),
      this.variantsNote(world, 'hud-variants', 'span'),
      el('span', {
        className: 'hud-capital',
        attrs: { id: 'capital' },
        // A further delegation (Poland, Romania, Czechoslovakia) spends no political capital.
        text: `Political capital: ${['poland', 'romania', 'czechoslovakia', 'britain'].includes(this.seats?.seated() ?? '') ? 'none (a further delegation)' : world.capital}`,
      }),
      el('span', {
        className: 'hud-convention',
        text: `Convention: ${PHASE_NAMES[world.convention.phase] ?? world.convention.phase}`,
      }),
      el('span', {
        className: 'hud-save',
        attrs: { id: 'save-status', role: 'status', title: this.saveStatus },
        text: this.saveStatus,
      }),
      ...this.extras.hudControls(world, this.scenario),
      menu,
    );
  }

  /** The entries of a month of the log. */
  private entriesOf(world: WorldState, month: string): readonly LogEntry[] {
    return world.log.find((m) => m.month === month)?.entries ?? [];
  }

  /** Last month, if the log holds anything of it (a month of no dispatch has no entry of its own). */
  private previousMonth(world: WorldState): string | null {
    const last = addMonths(world.month, -1);
    return world.log.some((m) => m.month === last) ? last : null;
  }

  private renderMonth(world: WorldState): void {
    const game = this.game;
    if (game === null) return;
    const entries = this.entriesOf(world, world.month);
    // The month's dispatches are what it opened with, before any order, in the order they came: what an event
    // set off comes after it ("The talks stall" after Voroshilov's question, before the pact of 23 August).
    const worlds = this.worldsSoFar();
    const opened = this.entriesOf(worlds.at(-1) ?? world, world.month).length;
    const dispatches = entries.slice(0, opened);
    const own = entries.slice(opened);
    const previous = this.previousMonth(world);
    // Last month opened with the world its first turn was given in (a crisis month has a second turn, its answer).
    const lastStart = worlds[game.getSnapshot().turns.findIndex((t) => t.month === previous)];
    const lastOpened = previous === null || lastStart === undefined ? 0 : this.entriesOf(lastStart, previous).length;
    const lastEntries = previous === null ? [] : this.entriesOf(world, previous).slice(lastOpened);
    const lastLater = new Set(dispatchesAfterAnswer(lastEntries));
    const lastOutcome =
      previous === null || game.getSnapshot().turns.length === 0
        ? []
        : // What last month's orders and its end brought, after its dispatches (told then). A German move's
          // question ("How do you answer?") was answered in its crisis, whose outcome follows it, and what
          // rested on the move after that (the Council's finding of 19 March 1936).
          lastEntries.filter(
            (e) => lastLater.has(e) || (e.kind !== 'event' && e.kind !== 'diverged' && e.kind !== 'move'),
          );

    const orders = el('ul', { className: 'orders', attrs: { id: 'orders' } });
    const seated = game.getSnapshot().delegations.roles;
    for (const action of ORDERS) {
      const reason = refusal(world, action);
      if (reason?.startsWith('only the ')) continue;
      const cost = actionCost(action);
      // A démarche to a state whose delegation plays is answered by that delegation, not by a die.
      const answeredBy = action.type === 'diplomacy.demarche' && seated.includes(action.to) ? action.to : null;
      const odds =
        reason !== null
          ? null
          : answeredBy !== null
            ? `: ${countryName(answeredBy)}'s delegation answers it, not a die`
            : orderOddsText(world, action);
      // The ids of the lines that describe the order: what it does, and why it is refused now.
      const tag = `${action.type}-${'to' in action ? action.to : ''}`;
      const button = el(
        'button',
        {
          className: 'order',
          attrs: {
            type: 'button',
            'data-action': action.type === 'diplomacy.demarche' ? `${action.type}:${action.to}` : action.type,
            // What the order does is read with it; why it is refused now, after that.
            'aria-describedby': reason === null ? `help-${tag}` : `help-${tag} why-${tag}`,
            ...(reason === null ? {} : { 'aria-disabled': 'true' }),
          },
        },
        [
          el('span', { text: actionLabel(action) }),
          el('span', { className: 'cost', text: ` — ${cost} capital` }),
          // The dice this order would roll now, or why it would change nothing: no capital spent on odds of nil unawares.
          odds === null ? null : el('span', { className: 'cost odds', text: odds }),
        ],
      );
      button.addEventListener('click', () => {
        if (refusal(world, action) !== null) return;
        this.send(action);
        // The month is drawn again: the focus stays on this order (now perhaps refused, its reason beside it).
        this.panel.querySelector<HTMLElement>(`#orders button[data-action="${button.dataset.action}"]`)?.focus();
      });
      orders.append(
        el('li', {}, [
          button,
          el('span', {
            className: 'order-help',
            attrs: { id: `help-${tag}` },
            text:
              answeredBy === null
                ? orderHelp(action)
                : `${orderHelp(action)} In this game ${countryName(answeredBy)}'s delegation decides whether it moves, not a die.`,
          }),
          reason === null
            ? null
            : el('span', {
                className: 'refused',
                attrs: { id: `why-${tag}` },
                text: `Not now: ${reason}.`,
              }),
        ]),
      );
    }

    const convention = el('button', {
      className: 'wide',
      text: world.convention.phase === 'drafting' ? 'Negotiate the convention (on the map)' : 'The convention',
      attrs: { type: 'button', id: 'open-convention', 'aria-expanded': String(this.cardsOpen) },
    });
    convention.addEventListener('click', () => (this.cardsOpen ? this.closeCards() : this.openCards()));
    const end = el('button', {
      className: 'big end-month',
      text: 'End the month',
      attrs: { type: 'button', id: 'end-month' },
    });
    end.addEventListener('click', () => {
      this.closeCards();
      this.send({ type: 'turn.end' });
      this.panel.querySelector<HTMLElement>('h2')?.focus();
    });

    replace(
      this.panel,
      el('h2', { text: monthName(world.month), attrs: { tabindex: '-1', id: 'month-heading' } }),
      lastOutcome.length === 0
        ? null
        : el('section', { className: 'outcome', attrs: { 'aria-labelledby': 'outcome-heading' } }, [
            el('h3', { text: 'What came of last month', attrs: { id: 'outcome-heading' } }),
            el(
              'ul',
              { className: 'entries' },
              lastOutcome.map((e) => renderEntry(e)),
            ),
          ]),
      el('section', { className: 'dispatches', attrs: { 'aria-labelledby': 'dispatch-heading', id: 'dispatches' } }, [
        el('h3', { text: 'Dispatches', attrs: { id: 'dispatch-heading' } }),
        dispatches.length === 0
          ? el('p', { className: 'quiet', text: 'No news of note this month.' })
          : el(
              'ul',
              { className: 'entries' },
              dispatches.map((e) => {
                const source = eventSource(e.id);
                return renderEntry(e, [source?.source == null ? '' : sourceLine(source.source)]);
              }),
            ),
      ]),
      own.length === 0
        ? null
        : el('section', { className: 'this-month', attrs: { 'aria-labelledby': 'own-heading', id: 'this-month' } }, [
            el('h3', { text: 'This month so far', attrs: { id: 'own-heading' } }),
            el(
              'ul',
              { className: 'entries' },
              own.map((e) => renderEntry(e)),
            ),
          ]),
      el('section', { className: 'orders-section', attrs: { 'aria-labelledby': 'orders-heading' } }, [
        el('h3', { text: `Orders (${world.capital} political capital left)`, attrs: { id: 'orders-heading' } }),
        orders,
        convention,
        this.scenario === null ? null : futuresButton(this.scenario, game, this.seed),
      ]),
      this.statesTwin(world),
      end,
    );
  }

  /** The HTML twin of the map: every state, focusable, opening the same tooltip and actions. */
  private statesTwin(world: WorldState): HTMLElement {
    const map = this.mapFile;
    const list = el('ul', { className: 'states', attrs: { id: 'states-list' } });
    // The model's actors first (they have a stance), then the others, each group by name.
    const states = [...(map?.states ?? [])].sort((a, b) => {
      const rank = (id: string) => (stanceClass(world, id) === 'none' ? 1 : 0);
      return rank(a.id) - rank(b.id) || a.name.localeCompare(b.name);
    });
    const moved = new Set(this.stanceChangesNow().map((c) => c.state as string));
    for (const state of states) {
      const stance = STANCES[stanceClass(world, state.id)];
      const button = el('button', { className: 'state', attrs: { type: 'button', 'data-state': state.id } }, [
        el('span', { className: 'swatch', attrs: { style: `background:${stance.css}`, 'aria-hidden': 'true' } }),
        stateLabel(world, state),
        el('span', { className: 'sr-only', text: `, ${stance.word}` }),
        moved.has(state.id) ? el('span', { className: 'stance-moved', text: ' (stance changed)' }) : null,
      ]);
      const open = () => {
        const point = this.map?.clientPointOf(state.id) ?? null;
        const box = button.getBoundingClientRect();
        this.showTooltip(state.id, point?.x ?? box.left, point?.y ?? box.top, true);
      };
      button.addEventListener('click', open);
      button.addEventListener('focus', open);
      // Tab goes into the tooltip's own control (Poland's or Romania's démarche) before the next state: the tooltip
      // stands apart in the page, where Tab alone never reached it.
      button.addEventListener('keydown', (event) => {
        if (event.key !== 'Tab' || event.shiftKey || this.tooltip.hidden || this.tooltipFor !== state.id) return;
        const inside = this.tooltip.querySelector<HTMLElement>('button');
        if (inside === null) return;
        event.preventDefault();
        inside.focus();
      });
      list.append(el('li', {}, [button]));
    }
    return el('details', { className: 'states-twin', attrs: { id: 'states-twin' } }, [
      el('summary', { text: 'States on the map' }),
      map === null ? el('p', { className: 'quiet', text: 'The map is still loading.' }) : list,
      el(
        'ul',
        { className: 'legend' },
        Object.values(STANCES).map((s) =>
          el('li', {}, [
            el('span', { className: 'swatch', attrs: { style: `background:${s.css}`, 'aria-hidden': 'true' } }),
            `${s.glyph} ${s.word}`,
          ]),
        ),
      ),
    ]);
  }

  // ---------------------------------------------------------------- tooltip

  private showTooltip(id: string, x: number, y: number, withActions: boolean): void {
    const game = this.game;
    const state = this.mapFile?.states.find((s) => s.id === id);
    if (state === undefined) return;
    if (game === null) {
      replace(this.tooltip, el('p', { className: 'tip-name', text: state.name }));
    } else {
      const { world } = game.getSnapshot();
      const [name, ...rest] = stateTooltip(world, state, this.stanceChangesNow());
      const actions: HTMLElement[] = [];
      if (withActions && (id === 'poland' || id === 'romania') && world.phase === 'orders') {
        const action: GameAction = { type: 'diplomacy.demarche', to: id };
        const reason = refusal(world, action);
        const button = el('button', {
          text: `${actionLabel(action)} — ${actionCost(action)} capital`,
          attrs: { type: 'button', ...(reason === null ? {} : { 'aria-disabled': 'true' }) },
        });
        button.addEventListener('click', () => {
          if (refusal(world, action) === null) {
            this.send(action);
            this.hideTooltip();
          }
        });
        // Reached by Tab from the state in "States on the map": Shift+Tab goes back to it, Tab on to the next state.
        button.addEventListener('keydown', (event) => {
          if (event.key !== 'Tab') return;
          const states = [...this.panel.querySelectorAll<HTMLElement>('#states-twin button[data-state]')];
          const at = states.findIndex((b) => b.dataset.state === id);
          const to = at === -1 ? undefined : states[event.shiftKey ? at : at + 1];
          if (to === undefined) return;
          event.preventDefault();
          to.focus();
        });
        actions.push(button);
        if (reason !== null) actions.push(el('p', { className: 'refused', text: `Not now: ${reason}.` }));
      }
      replace(
        this.tooltip,
        el('p', { className: 'tip-name', text: name ?? state.name }),
        ...rest.map((line) => el('p', { text: line })),
        ...actions,
      );
    }
    this.tooltipFor = id;
    this.tooltip.dataset.state = id;
    // A hover tooltip lets the pointer through; one opened by a click or the keyboard holds its actions.
    this.tooltip.classList.toggle('interactive', withActions);
    this.tooltip.hidden = false;
    const width = this.tooltip.offsetWidth;
    const left = Math.max(4, Math.min(window.innerWidth - width - 4, x + 16));
    const top = Math.max(4, Math.min(window.innerHeight - this.tooltip.offsetHeight - 4, y + 16));
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${top}px`;
    this.map?.highlight(id);
  }

  /** How the game on the board was played, for the engine to replay it exactly (`gameWorlds`). */
  private played(): PlayedGame | null {
    if (this.game === null || this.scenario === null) return null;
    const { world, turns } = this.game.getSnapshot();
    return {
      scenario: this.scenario,
      seed: this.seed,
      role: this.seats?.first ?? world.role,
      turns,
      branchedFrom: this.branchedFrom,
      variants: world.variants,
      roles: this.seats?.roles,
    };
  }

  /**
   * The world each recorded turn was given in, then the one the month on the board opened with (`gameWorlds`:
   * the game replayed as it was played, under its rule variants and by its delegations, in a few milliseconds),
   * computed once a turn.
   */
  private worldsSoFar(): readonly WorldState[] {
    const played = this.played();
    if (played === null) return [];
    const cached = this.worldsCache;
    const same = cached?.game === this.game;
    if (same && cached?.turns === played.turns.length) return cached.worlds;
    // A month on in the same game: only its new turn is played (`gameWorlds` from the worlds known).
    const worlds = gameWorlds(
      played,
      same && cached !== null && cached.turns < played.turns.length ? cached.worlds : [],
    );
    this.worldsCache = { game: this.game, turns: played.turns.length, worlds };
    return worlds;
  }

  /** The stances moved since last month: against the world the last recorded turn was given in. */
  private stanceChangesNow(): readonly StanceChange[] {
    const world = this.game?.getSnapshot().world;
    const worlds = this.worldsSoFar();
    const before = worlds.at(-2);
    return world === undefined || before === undefined ? [] : stanceChanges(before, world);
  }

  private hideTooltip(): void {
    if (this.tooltip.contains(document.activeElement)) return;
    this.tooltip.hidden = true;
    this.tooltipFor = null;
    this.map?.highlight(null);
  }

  // ---------------------------------------------------------------- the convention

  private openCards(): void {
    this.cardsOpen = true;
    this.render();
    this.cards.querySelector<HTMLElement>('h2')?.focus();
  }

  private closeCards(): void {
    const wasOpen = this.cardsOpen;
    this.cardsOpen = false;
    this.cards.hidden = true;
    this.map?.preview(NO_PREVIEW);
    if (wasOpen) this.panel.querySelector<HTMLElement>('#open-convention')?.focus();
  }

  private renderCards(world: WorldState): void {
    const { convention } = world;
    const clauses = conventionClauses();
    const drafting = convention.phase === 'drafting';
    const caption = el('p', { className: 'map-caption', attrs: { id: 'map-caption', 'aria-live': 'polite' } });
    const cards = clauses.map((clause) => {
      const agreed = convention.agreed[clause.id];
      const chosen = this.chosen[clause.id] ?? agreed ?? 0;
      const fieldset = el('fieldset', { className: 'card', attrs: { 'data-clause': clause.id } }, [
        el('legend', { text: clause.label }),
        clause.source === null ? null : sourceLine(clause.source, 'source clause-source'),
        agreed === undefined
          ? el('p', { className: 'agreed none', text: 'Not agreed yet' })
          : el('p', { className: 'agreed', text: `Agreed: ${clause.options[agreed] ?? ''}` }),
      ]);
      // The other side's answer to the option chosen, as things stand (a threshold, no die), before capital is spent.
      const forecast = el('p', {
        className: 'offer-forecast',
        attrs: { id: `forecast-${clause.id}`, 'aria-live': 'polite' },
        text: offerForecast(world, clause.id, chosen) ?? '',
      });
      // The offer's button and why it is refused now follow the option chosen, as the forecast does: an option
      // already agreed cannot be offered again, another one can (a stronger clause, to win the Politburo over).
      const button = el('button', {
        className: 'offer',
        text: `Make the offer — ${actionCost({ type: 'convention.offer', clause: clause.id, option: chosen })} capital`,
        attrs: { type: 'button', 'data-offer': clause.id },
      });
      const refused = el('p', { className: 'refused', attrs: { id: `refused-${clause.id}` } });
      const showRefusal = (option: number): void => {
        const reason = refusal(world, { type: 'convention.offer', clause: clause.id, option });
        if (reason === null) button.removeAttribute('aria-disabled');
        else button.setAttribute('aria-disabled', 'true');
        refused.textContent = reason !== null && drafting ? `Not now: ${reason}.` : '';
        refused.hidden = refused.textContent === '';
      };
      showRefusal(chosen);
      clause.options.forEach((option, index) => {
        const id = `clause-${clause.id}-${index}`;
        const input = el('input', {
          attrs: {
            type: 'radio',
            name: `clause-${clause.id}`,
            id,
            value: String(index),
            ...(chosen === index ? { checked: '' } : {}),
          },
        });
        input.addEventListener('change', () => {
          this.chosen[clause.id] = index;
          const preview = previewFor(clause.id, index);
          this.map?.preview(preview);
          caption.textContent = preview.caption;
          forecast.textContent = offerForecast(world, clause.id, index) ?? '';
          showRefusal(index);
        });
        input.addEventListener('focus', () => {
          const preview = previewFor(clause.id, index);
          this.map?.preview(preview);
          caption.textContent = preview.caption;
        });
        fieldset.append(el('div', { className: 'option' }, [input, el('label', { attrs: { for: id }, text: option })]));
      });
      button.addEventListener('click', () => {
        const option = this.chosen[clause.id] ?? agreed ?? 0;
        const action: GameAction = { type: 'convention.offer', clause: clause.id, option };
        if (refusal(world, action) !== null) return;
        this.send(action);
        this.cards.querySelector<HTMLElement>('#answer-heading')?.focus();
      });
      fieldset.append(button, forecast, refused);
      return fieldset;
    });

    const counter = convention.counter;
    const counterBox =
      counter === null
        ? null
        : el('div', { className: 'counter', attrs: { id: 'counter' } }, [
            el('p', {
              text: `On the table, their counter-offer: ${clauses.find((c) => c.id === counter.clause)?.label ?? counter.clause} — ${clauses.find((c) => c.id === counter.clause)?.options[counter.option] ?? ''}.`,
            }),
            // One counter-offer stands at a time: a new offer they accept or counter, on any clause, or an offer
            // of their own (Moscow's of February 1937), replaces it (negotiation.ts).
            el('p', {
              className: 'quiet',
              attrs: { id: 'counter-lapses' },
              text: 'It lapses when a new offer takes its place: one of yours that they accept or counter, on any clause, or one of their own. Accept it first to keep it.',
            }),
          ]);
    if (counterBox !== null) {
      const accept = el('button', {
        text: 'Accept the counter-offer — free',
        attrs: { type: 'button', id: 'accept-counter' },
      });
      accept.addEventListener('click', () => this.send({ type: 'convention.acceptCounter' }));
      counterBox.append(accept);
    }
    const submitAction: GameAction = { type: 'convention.submit' };
    const submitReason = refusal(world, submitAction);
    const submit = el('button', {
      text: `Submit the draft for approval — ${actionCost(submitAction)} capital`,
      attrs: { type: 'button', id: 'submit-draft', ...(submitReason === null ? {} : { 'aria-disabled': 'true' }) },
    });
    submit.addEventListener('click', () => {
      if (refusal(world, submitAction) === null) this.send(submitAction);
    });

    const negotiation = world.log.flatMap((m) => m.entries).filter((e) => e.kind === 'negotiation');
    const talks = negotiation
      .filter((e) => !e.id.startsWith('approval-'))
      .slice(-4)
      .reverse();
    // The approvals of the last draft submitted: the French cabinet, the War Minister, Gamelin, the Soviet leadership.
    const lastApproval = negotiation.filter((e) => e.id.startsWith('approval-')).at(-1);
    const approvalEntries =
      lastApproval === undefined
        ? []
        : negotiation.filter((e) => e.id.startsWith('approval-') && e.month === lastApproval.month);
    const approvals = approvalEntries.map((e) =>
      renderEntry(e, [
        el('p', {
          className: 'quiet',
          text: APPROVER_NAMES[e.id.slice('approval-'.length)] ?? '',
        }),
      ]),
    );
    const close = el('button', { text: 'Close the convention', attrs: { type: 'button', id: 'close-convention' } });
    close.addEventListener('click', () => this.closeCards());

    replace(
      this.cards,
      el('div', { className: 'cards-head' }, [
        el('h2', { text: 'The military convention', attrs: { tabindex: '-1' } }),
        el('p', {
          attrs: { id: 'cards-status' },
          text: `Talks: ${PHASE_NAMES[convention.phase] ?? convention.phase}. Credibility ${convention.credibility}. ${drafting ? 'Choose an option on a card to see on the map what it would change; then make the offer.' : conventionNotNow(world)}`,
        }),
        caption,
        close,
      ]),
      el('div', { className: 'card-row', attrs: { id: 'clause-cards' } }, cards),
      counterBox,
      el('section', { className: 'answers', attrs: { 'aria-labelledby': 'answer-heading', id: 'answers' } }, [
        el('h3', { text: 'Their answers, and why', attrs: { id: 'answer-heading', tabindex: '-1' } }),
        talks.length === 0
          ? el('p', { className: 'quiet', text: 'Nothing yet.' })
          : el(
              'ul',
              { className: 'entries' },
              talks.map((e) => renderEntry(e)),
            ),
        approvals.length === 0
          ? null
          : el('section', { attrs: { 'aria-labelledby': 'approvals-heading' } }, [
              el('h3', { text: 'The approvals, and why', attrs: { id: 'approvals-heading' } }),
              el('ul', { className: 'entries approvals', attrs: { id: 'approvals' } }, approvals),
            ]),
        drafting ? submit : null,
        drafting && submitReason !== null ? el('p', { className: 'refused', text: `Not yet: ${submitReason}.` }) : null,
      ]),
    );
    this.cards.hidden = false;
  }

  // ---------------------------------------------------------------- a crisis

  /** The month's dispatches dated after the crisis's day, which the class read first: the crisis is judged before them. */
  private laterDispatches(world: WorldState): HTMLElement | null {
    const note = crisisJudgedNote(world);
    if (note === null) return null;
    return el('p', { className: 'quiet', attrs: { id: 'crisis-later-dispatches' }, text: note });
  }

  /**
   * The verdicts "if both allies act": before the answer, on the others'
   * expected answers; after it, on the answers given at `record` (read in
   * `after`): Britain's, and each transit state's where it was asked.
   */
  private verdictSection(world: WorldState, record?: CrisisRecord, after?: WorldState): HTMLElement | null {
    const asked = record === undefined || after === undefined ? null : transitAsked(after, record);
    const given =
      record === undefined
        ? undefined
        : {
            uk: record.uk,
            transit: {
              ...(asked?.poland === true ? { poland: record.transit.poland } : {}),
              ...(asked?.romania === true ? { romania: record.transit.romania } : {}),
            },
          };
    const found = crisisCase(world, given);
    if (found === null) return null;
    const { result } = found;
    // A case supposed: what would be owed before the answer, what would have been after it.
    const mood = record === undefined ? 'would' : 'would-have';
    const rows: HTMLElement[] = [];
    // France decided to help Czechoslovakia, but Locarno bars it: its help, the Soviet treaty's condition, never comes.
    const barred =
      found.legalCase.decisions.franceAssistsCzechoslovakia && result.verdicts.locarno.outcome === 'violation';
    for (const id of ['franco-soviet', 'czechoslovak-soviet'] as const) {
      const verdict = result.verdicts[id];
      rows.push(
        el('li', { attrs: { 'data-treaty': id } }, [
          el('strong', { text: `${TREATY_NAMES[id]}: ` }),
          // Land forces go through the states that let them pass: "through Romania" where Poland refused.
          treatyHeadline(verdict, mood, found.legalCase.transit),
          id === 'czechoslovak-soviet' && barred && verdict.reason === 'NO_FRENCH_ASSISTANCE'
            ? ` (France decides to help, but Locarno ${mood === 'would' ? 'would make' : 'would have made'} it the violator: it gives none)`
            : null,
        ]),
      );
    }
    rows.push(
      el('li', { attrs: { 'data-treaty': 'locarno' } }, [
        el('strong', { text: `${TREATY_NAMES.locarno}: ` }),
        locarnoHeadline(result.verdicts.locarno, mood),
      ]),
    );
    const hollow = hollowExplanation(result);
    const { guarantors, transit } = found.legalCase;
    const britain = world.crisis === null ? null : (moveInfo(world.crisis.move)?.britain ?? null);
    return el('section', { className: 'verdicts', attrs: { id: 'verdicts', 'aria-labelledby': 'verdict-heading' } }, [
      el('h3', {
        text:
          record === undefined
            ? 'What the treaties say, if both allies decide to act'
            : 'What the treaties would have said, had both allies decided to act',
        attrs: { id: 'verdict-heading' },
      }),
      el('ul', {}, rows),
      el('p', {
        className: 'quiet',
        attrs: { id: 'verdict-assumptions' },
        text: [
          assumedAnswersText(
            { uk: guarantors.uk, transit },
            this.seats?.roles ?? [],
            record === undefined ? 'expected' : 'given',
            asked ?? undefined,
          ),
          // A passage a rule variant grants is the variant's, not the state's answer: said, so that no class reads it as history.
          ...transitGrantedBy(world).map(
            ({ state, variant }) =>
              `Passage through ${countryName(state)} is granted whenever it is asked: this game's rule variant “${variant}”.`,
          ),
        ].join(' '),
      }),
      // Britain's verdict is the model's reading: where history's Britain is on record, say what it did.
      britain === null
        ? null
        : el('p', { className: 'quiet', attrs: { id: 'verdict-britain-history' } }, [
            `Britain's verdict here is the model's reading. In history: ${britain.text}. `,
            citationLink(britain.source),
          ]),
      hollow === null ? null : el('p', { className: 'hollow', text: hollow }),
      el('p', { className: 'quiet' }, [
        'Every step of these verdicts is cited among the ',
        otherPageLink('legal cases', 'cases.html', { target: '_blank', rel: 'noopener' }),
        '.',
      ]),
    ]);
  }

  private renderCrisis(world: WorldState): void {
    const crisis = world.crisis;
    if (crisis === null) return;
    const info = moveInfo(crisis.move);
    const month = this.entriesOf(world, world.month);
    const entry = month.find((e) => e.kind === 'move' && e.id === crisis.move);
    // The events of this crisis (`eventsDuring`: Moscow's answer to Beneš) came with it, after the month's orders.
    const during = new Set(eventsDuring(crisis.move).map((e) => e.id));
    const came = month.filter((e) => (e.kind === 'event' || e.kind === 'diverged') && during.has(e.id));
    const answers = el(
      'ul',
      { className: 'crisis-answers', attrs: { id: 'crisis-answers' } },
      CRISIS_CHOICES.map((choice) => {
        const side = this.seats?.seated() ?? world.role;
        const words = crisisLabel(choice, side);
        // A USSR that has come to terms with Germany does not act against it: the rule the computer's USSR answers
        // by (the engine's `boundToGermany`), held to the player's too, whose pact the model signed in its name.
        const deal = world.sovietGermanDeal;
        const why =
          choice !== 'stand-aside' &&
          (side === 'france' || side === 'ussr') &&
          boundToGermany(world, side) &&
          deal !== null
            ? `Moscow came to terms with Berlin in ${monthName(deal)}: it does not act against Germany, and stands aside`
            : null;
        const button = el(
          'button',
          {
            attrs: {
              type: 'button',
              'data-choice': choice,
              ...(why === null ? {} : { 'aria-disabled': 'true', 'aria-describedby': `why-${choice}` }),
            },
          },
          [el('strong', { text: words.label }), el('span', { className: 'help', text: ` — ${words.help}` })],
        );
        button.addEventListener('click', () => {
          if (why !== null) return;
          this.answered = { world, choice };
          this.send({ type: 'crisis.respond', choice });
          this.panel.querySelector<HTMLElement>('h2')?.focus();
        });
        return el('li', {}, [
          button,
          why === null
            ? null
            : el('span', { className: 'refused', attrs: { id: `why-${choice}` }, text: `Not now: ${why}.` }),
        ]);
      }),
    );
    replace(
      this.panel,
      el('h2', { text: `Crisis: ${info?.title ?? crisis.move}`, attrs: { tabindex: '-1', id: 'crisis-heading' } }),
      el('p', {
        className: 'crisis-when',
        // History's day in words, "7 March 1936" (a move's date may be a month alone).
        text: `${monthName(crisis.month)} (in history: ${info === null ? '—' : formatDate(info.historical)})`,
      }),
      entry === undefined ? null : el('ul', { className: 'entries' }, [renderEntry(entry)]),
      came.length === 0
        ? null
        : el('section', { attrs: { id: 'crisis-came', 'aria-labelledby': 'crisis-came-heading' } }, [
            el('h3', { text: 'As the crisis came', attrs: { id: 'crisis-came-heading' } }),
            el(
              'ul',
              { className: 'entries' },
              came.map((e) => renderEntry(e)),
            ),
          ]),
      this.laterDispatches(world),
      this.verdictSection(world),
      crisisXray(world),
      el('section', { attrs: { 'aria-labelledby': 'answer-crisis-heading' } }, [
        el('h3', { text: 'Your answer', attrs: { id: 'answer-crisis-heading' } }),
        answers,
      ]),
      this.game === null || this.scenario === null ? null : futuresButton(this.scenario, this.game, this.seed),
    );
  }

  /**
   * The answer given to the crisis: the player's; in a game of delegations, on the screen all of them see, each
   * side's by its delegation's name (not "Your answer", which would be the last seated one's).
   */
  private answersGiven(world: WorldState, answered: { world: WorldState; choice: CrisisChoice }): string {
    const record = world.crises.at(-1);
    if (this.seats === null || record === undefined)
      return `Your answer: ${crisisLabel(answered.choice, answered.world.role).label}.`;
    // A side no delegation plays (France with Romania alone) was answered by the model: said so, not as a delegation.
    const seated = this.seats.roles;
    const names = {
      france: seated.includes('france') ? "The French delegation's answer" : "Paris's answer, the model's",
      ussr: seated.includes('ussr') ? "The Soviet delegation's answer" : "Moscow's answer, the model's",
    } as const;
    return (['france', 'ussr'] as const)
      .map((side) => {
        const choice = CRISIS_CHOICES.find((c) => c === record.answers[side]);
        return `${names[side]}: ${choice === undefined ? record.answers[side] : crisisLabel(choice, side).label}.`;
      })
      .join(' ');
  }

  private renderCrisisResult(world: WorldState, answered: { world: WorldState; choice: CrisisChoice }): void {
    const crisis = answered.world.crisis;
    const month = answered.world.month;
    const outcome = this.entriesOf(world, month).filter(
      (e) => e.kind !== 'event' && e.kind !== 'move' && e.kind !== 'diverged' && e.month === month,
    );
    // What rested on the move came after it, in its month (the engine's `afterMoves`: the Council's finding of 19
    // March 1936 after the Rhineland): told under its own heading, after the crisis's outcome.
    const later = dispatchesAfterAnswer(this.entriesOf(world, month));
    const at = outcome.findIndex((e) => e.kind === 'crisis');
    const beforeCrisis = at > 0 ? outcome.slice(0, at) : [];
    const afterCrisis = at > 0 ? outcome.slice(at) : outcome;
    const info = crisis === null ? null : moveInfo(crisis.move);
    const next = el('button', {
      className: 'big',
      text: world.phase === 'ended' ? 'Continue to the ending' : 'Continue',
      attrs: { type: 'button', id: 'crisis-continue' },
    });
    next.addEventListener('click', () => {
      this.answered = null;
      this.render();
      this.panel.querySelector<HTMLElement>('h2')?.focus();
    });
    replace(
      this.panel,
      el('h2', {
        text: `After the crisis: ${info?.title ?? ''}`,
        attrs: { tabindex: '-1', id: 'crisis-result-heading' },
      }),
      el('p', { attrs: { id: 'crisis-answers-given' }, text: this.answersGiven(world, answered) }),
      el('section', { className: 'germany-next', attrs: { id: 'crisis-outcome', 'aria-labelledby': 'next-heading' } }, [
        el('h3', { text: 'What happened, and what Germany did next', attrs: { id: 'next-heading' } }),
        el(
          'ul',
          { className: 'entries' },
          afterCrisis.map((e) => renderEntry(e)),
        ),
        ...headedEntries('crisis-after', `Later in ${monthName(month)}`, later),
        // The month's orders and their answers came before the crisis: told after it, under their own heading,
        // so that the crisis's outcome is read first (a student read "Paris will not open staff talks" as its result).
        ...headedEntries('crisis-earlier', 'Earlier this month, before the crisis', beforeCrisis),
      ]),
      // What came of the move in history (the Munich Agreement, the declarations of war): read beside the game's.
      info?.history == null
        ? null
        : el(
            'section',
            {
              className: 'crisis-history',
              attrs: { id: 'crisis-history', 'aria-labelledby': 'crisis-history-heading' },
            },
            [
              el('h3', { text: 'In history', attrs: { id: 'crisis-history-heading' } }),
              el('p', { text: info.history.text }),
              sourceLine(info.history.source),
            ],
          ),
      answeredCrisisLaw(answered.world, world),
      this.councilButton('open-council', 'The League Council: who voted how', (returnTo) =>
        import('./councilView').then((m) => m.openCrisisCouncil(answered.world, answered.choice, returnTo)),
      ),
      this.verdictSection(answered.world, answeredRecord(answered.world, world), world),
      next,
    );
  }

  /** A button that opens the League Council chamber (its module loaded only then: src/ui/councilView.ts). */
  private councilButton(id: string, text: string, open: (returnTo: HTMLElement) => Promise<unknown>): HTMLElement {
    const button = el('button', {
      className: 'council-open',
      text,
      attrs: { type: 'button', id, 'aria-haspopup': 'dialog' },
    });
    button.addEventListener('click', () => void open(button));
    return button;
  }

  /** In the single file: a button that opens the source-criticism worksheet over the game (src/ui/worksheetDialog.ts). */
  private worksheetButton(id: string, text: string): HTMLElement {
    const button = el('button', { text, attrs: { type: 'button', id, 'aria-haspopup': 'dialog' } });
    button.addEventListener('click', () => void import('./worksheetDialog').then((m) => m.openWorksheetDialog(button)));
    return button;
  }

  /** The game's rule variants named (filled when their module has loaded), or nothing for history's rules. */
  private variantsNote(world: WorldState, id: string, tag: 'span' | 'p'): HTMLElement | null {
    if (world.variants === undefined) return null;
    const node = el(tag, { className: 'variants-note', attrs: { id } });
    void import('./variantsPicker').then(({ variantsText }) => {
      node.textContent = variantsText(world.variants);
      // Cut in the bar where the row is short: whole on hover.
      node.title = node.textContent;
    });
    return node;
  }

  // ---------------------------------------------------------------- the ending

  private showEnding(world: WorldState): void {
    const game = this.game;
    const scenario = this.scenario;
    if (game === null || scenario === null) return;
    const id = world.ending ?? 'dead-letter';
    const ending = endingText(id);
    const alternative = endingCase(world, id);
    const { delegations } = game.getSnapshot();
    const played = this.played();
    if (played === null) return;
    const again = el('button', {
      className: 'big',
      text: 'Back to the title screen',
      attrs: { type: 'button', id: 'back-to-title' },
    });
    again.addEventListener('click', () => this.showTitle());
    this.panel.hidden = true;
    replace(
      this.screen,
      el('article', { className: 'title-card ending', attrs: { id: 'ending', 'data-ending': id } }, [
        el('p', { className: 'kicker', text: `${monthName(world.month)} — the end of the game` }),
        el('h2', { text: ending.title, attrs: { tabindex: '-1', id: 'ending-title' } }),
        el('p', {
          className: 'ending-kind',
          text: ending.historical ? 'This is what happened.' : 'A what-if: this is not what happened.',
        }),
        this.variantsNote(world, 'ending-variants', 'p'),
        el('p', { text: ending.text }),
        // Which of the text's alternatives this game took ("In this game France went to war …").
        alternative === null
          ? null
          : el('p', { className: 'ending-case', attrs: { id: 'ending-case' }, text: alternative }),
        el('h3', { text: 'What historians argue' }),
        el('p', { text: ending.historians }),
        el('p', {}, [
          IN_SINGLE_FILE
            ? this.worksheetButton(
                'ending-worksheet-open',
                'The source-criticism worksheet: check a web page against the game’s sources',
              )
            : otherPageLink(
                'The source-criticism worksheet: check a web page against the game’s sources',
                'teaching.html',
                { id: 'ending-teaching-link' },
              ),
        ]),
        endingSections(played, world, delegations.roles),
        this.councilButton('open-council-review', 'The League Council at each crisis', (returnTo) =>
          import('./councilView').then((m) => m.openCouncilReview(played, returnTo)),
        ),
        again,
      ]),
    );
    this.screen.hidden = false;
    this.screen.querySelector<HTMLElement>('#ending-title')?.focus();
  }

  /** A press outside an open tooltip closes it. */
  handlePointerDown(event: PointerEvent): void {
    if (this.tooltip.hidden || (event.target instanceof Node && this.tooltip.contains(event.target))) return;
    this.tooltip.hidden = true;
    this.tooltipFor = null;
    this.map?.highlight(null);
  }

  /** Escape closes the convention or the tooltip. */
  handleKey(event: KeyboardEvent): void {
    if (isPresentationToggle(event)) {
      event.preventDefault();
      void this.togglePresentation();
      return;
    }
    // `?` lists the game's keys; in presentation mode the teacher's own list answers it (presentation.ts).
    if (!document.body.classList.contains('presenting') && isKeysRequest(event)) {
      event.preventDefault();
      openGameKeys();
      return;
    }
    // An extra's box (extras.ts) already closed by this Escape prevents its default.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (!this.tooltip.hidden) {
      const from = this.tooltipFor;
      this.tooltip.hidden = true;
      this.tooltipFor = null;
      this.map?.highlight(null);
      if (from !== null) this.panel.querySelector<HTMLElement>(`[data-state="${from}"]`)?.focus();
    } else if (this.cardsOpen) this.closeCards();
  }
}
