/**
 * The guided first game: a fixed, seeded game of `pact-1935` (the scenario,
 * role and seed are in scenarios/text/tutorial.en.json) played with the real
 * controls. Each step is a labelled, non-modal panel that highlights the
 * control it points at and says what to do; it moves on when the player does
 * it (read from the engine's world, or from the page for the cards and the
 * X-ray), or with "Next" for a step that only explains. "Skip the tutorial"
 * (or Escape inside the panel) ends it at any step; the game goes on. Loaded
 * only when the title screen's "Guided first game" is pressed.
 */
import type { Role, Scenario, WorldState } from '../engine';
import { el, replace } from './dom';
import './tutorial.css';
import { advancedInWorld, factLine, holds, TUTORIAL, type TutorialStep } from './tutorialData';

/** What the tutorial asks of the app: a small interface, so app.ts changes in a few lines. */
export interface GuideHost {
  readonly scenarios: readonly Scenario[];
  /** Start a new game on screen (replacing any other). */
  start(scenario: Scenario, role: Role, seed: string): void;
  /** The world on screen, or null when no game is. */
  world(): WorldState | null;
  /** Be told after each render of the game (null: the game left the screen); null stops it. */
  listen(listener: ((world: WorldState | null) => void) | null): void;
}

const TARGET_CLASS = 'tutorial-target';
const PANEL_ID = 'tutorial';

/** Whether a step that the page decides (not the world) is done. */
function advancedOnPage(step: TutorialStep): boolean {
  switch (step.advance) {
    case 'cards-opened':
      return document.getElementById('cards')?.hidden === false;
    case 'xray-opened':
      return document.querySelector('#crisis-xray-button')?.getAttribute('aria-expanded') === 'true';
    default:
      return false;
  }
}

class Guide {
  private index = -1;
  private started: WorldState | null = null;
  /** The month on screen when the tutorial last looked. */
  private month = '';
  private readonly panel: HTMLElement;
  private readonly live: HTMLElement;
  private readonly buttons: HTMLElement;
  private readonly onClick = () => setTimeout(() => this.check(), 0);
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close('skipped');
  };

  constructor(private readonly host: GuideHost) {
    this.live = el('div', { className: 'tutorial-live', attrs: { 'aria-live': 'polite' } });
    this.buttons = el('div', { className: 'tutorial-buttons' });
    this.panel = el(
      'section',
      {
        className: 'tutorial',
        attrs: { id: PANEL_ID, role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'tutorial-title' },
      },
      [this.live, this.buttons],
    );
    this.panel.addEventListener('keydown', this.onKey);
  }

  start(): boolean {
    const scenario = this.host.scenarios.find((s) => s.id === TUTORIAL.scenario);
    if (scenario === undefined) return false;
    document.getElementById(PANEL_ID)?.remove();
    this.host.start(scenario, TUTORIAL.role, TUTORIAL.seed);
    document.body.append(this.panel);
    document.addEventListener('click', this.onClick);
    this.host.listen((world) => (world === null ? this.close('left') : this.check()));
    this.show(0);
    return true;
  }

  /** Show the first step from `from` whose facts hold in the world on screen. */
  private show(from: number): void {
    const world = this.host.world();
    if (world === null) {
      this.close('left');
      return;
    }
    let index = from;
    for (; index < TUTORIAL.steps.length; index++) {
      const step = TUTORIAL.steps[index];
      if (step !== undefined && (step.requires === undefined || holds(step.requires, world))) break;
    }
    const step = TUTORIAL.steps[index];
    if (step === undefined) {
      this.close('finished');
      return;
    }
    this.index = index;
    this.started = world;
    this.month = world.month;
    const last = index === TUTORIAL.steps.length - 1;
    const fact = step.fact === undefined ? null : factLine(step.fact, world);
    replace(
      this.live,
      el('p', {
        className: 'tutorial-count',
        text: `Guided first game · step ${index + 1} of ${TUTORIAL.steps.length}`,
      }),
      el('h2', { text: step.title, attrs: { id: 'tutorial-title', tabindex: '-1' } }),
      el('p', { className: 'tutorial-text', attrs: { id: 'tutorial-text' }, text: step.text }),
      fact === null ? null : el('p', { className: 'tutorial-fact', attrs: { id: 'tutorial-fact' }, text: fact }),
      step.source === undefined ? null : el('p', { className: 'tutorial-source', text: `Source: ${step.source}` }),
    );
    const skip = el('button', { text: 'Skip the tutorial', attrs: { type: 'button', id: 'tutorial-skip' } });
    skip.addEventListener('click', () => this.close('skipped'));
    let next: HTMLButtonElement | null = null;
    if (step.advance === 'next') {
      next = el('button', {
        className: 'tutorial-next',
        text: last ? 'Finish' : 'Next',
        attrs: { type: 'button', id: 'tutorial-next' },
      });
      next.addEventListener('click', () => this.show(this.index + 1));
    }
    replace(this.buttons, next, skip);
    this.panel.dataset.step = step.id;
    this.mark();
    // After the app's own focus moves (it focuses a heading after a render).
    const focusNext = next;
    setTimeout(() => {
      if (this.index !== index) return;
      if (focusNext !== null) focusNext.focus();
      else this.focusTarget();
    }, 0);
  }

  /** Put the keyboard on the step's control (its first focusable part, for a list of answers). */
  private focusTarget(): void {
    const target = this.target();
    const focusable = target?.matches('button, a[href], input, select, textarea, [tabindex]')
      ? target
      : target?.querySelector<HTMLElement>('button, a[href], input, select, textarea, [tabindex]');
    focusable?.focus();
  }

  private step(): TutorialStep | undefined {
    return TUTORIAL.steps[this.index];
  }

  private target(): HTMLElement | null {
    const step = this.step();
    return step === undefined ? null : document.querySelector<HTMLElement>(step.target);
  }

  /** Highlight the step's control (the app re-renders its panels, so this runs after each render). */
  private mark(): void {
    for (const node of document.querySelectorAll(`.${TARGET_CLASS}`)) node.classList.remove(TARGET_CLASS);
    const target = this.target();
    target?.classList.add(TARGET_CLASS);
    target?.scrollIntoView({ block: 'nearest' });
  }

  /** Move on if the player did what the step asked. */
  private check(): void {
    const step = this.step();
    const world = this.host.world();
    if (step === undefined || this.started === null) return;
    if (world === null) {
      this.close('left');
      return;
    }
    const done = advancedInWorld(step.advance, world, this.started) ?? advancedOnPage(step);
    const monthChanged = world.month !== this.month;
    this.month = world.month;
    if (done) this.show(this.index + 1);
    else {
      this.mark();
      // A step that spans months ("end the month until…"): the keyboard goes back to its control each new month.
      const index = this.index;
      if (monthChanged && step.advance !== 'next')
        setTimeout(() => {
          if (this.index === index) this.focusTarget();
        }, 0);
    }
  }

  private close(why: 'finished' | 'skipped' | 'left'): void {
    this.host.listen(null);
    document.removeEventListener('click', this.onClick);
    for (const node of document.querySelectorAll(`.${TARGET_CLASS}`)) node.classList.remove(TARGET_CLASS);
    const hadFocus = this.panel.contains(document.activeElement);
    this.panel.remove();
    this.index = -1;
    if (why !== 'left' && hadFocus) document.querySelector<HTMLElement>('#panel h2')?.focus();
  }
}

/** Start the guided first game on screen; false if its scenario is missing. */
export function startGuide(host: GuideHost): boolean {
  return new Guide(host).start();
}
