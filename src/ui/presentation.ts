/**
 * Presentation mode (issue 14 §1): the game for a classroom projector.
 *
 * - Large type and high contrast (presentation.css), full screen on a button
 *   or `F` (where the browser refuses, a quiet line says so), and a large ring
 *   following the pointer.
 * - The teacher paces the game with the keyboard: → or Space shows the next
 *   thing the month shows (each dispatch, the orders, each verdict, the
 *   X-ray, the League Council, the answers), ← the one before; at the end of a month → ends it.
 *   What is still to come is hidden until it is reached. `?` lists the keys.
 * - The teacher panel (`T`): the notes and discussion questions of the
 *   decision point on screen (scenarios/teaching/presentation.en.json) and the
 *   scenario's own, hidden from the projected view until the teacher shows it.
 * - At a crisis the panel widens beside the map, with the rules X-ray opened
 *   when it is reached and the League Council beside it (a slot another
 *   module fills: app.ts sets councilView's table before the vote, `setCouncil`).
 *
 * Loaded by app.ts only when the mode is first turned on (its own chunk).
 * Text from data files is set as text only.
 */
import './presentation.css';
import type { Scenario, WorldState } from '../engine';
import { el, replace } from './dom';
import { rememberPresentation } from './presentationPref';
import { type ScreenPoint, teacherPoint } from './teacherNotes';

/** What presentation mode reads of the app. */
export interface PresentationView {
  /**
   * The game on screen, or null on the title screen; in a game of delegations, the one seated at the screen
   * (a hand-over seats another on the same month: its screen is a new one, stepped from its top).
   */
  current(): { readonly world: WorldState; readonly scenario: Scenario; readonly seated?: string } | null;
}

/** Draws the League Council into its slot beside the map during a crisis (another module's). */
export type CouncilRenderer = (slot: HTMLElement, world: WorldState) => void;

/** The slot left for the Council chamber in the crisis panel. */
export const COUNCIL_SLOT_ID = 'council-slot';

/** The things a month, a crisis or an answer shows, in the order the teacher steps through them. */
const PANEL_STOPS = [
  '#month-heading',
  '#crisis-heading',
  '#crisis-result-heading',
  '.crisis-when',
  '.entries > li',
  '#dispatches > p.quiet',
  '#crisis-later-dispatches',
  '#verdicts li',
  '#verdict-britain-history',
  '#verdicts .hollow',
  '#why-no-help',
  '#crisis-history > p:not(.source)',
  '#crisis-xray',
  `#${COUNCIL_SLOT_ID}:not([hidden])`,
  '.orders-section',
  '#crisis-answers',
  '#end-month',
  '#crisis-continue',
].join(', ');

/**
 * On the ending: the title, what kind of ending, the debrief's months beside history's one month at a time (on a
 * projector at 1024×768 a month's row fills the screen: the whole table was one stop, read by scrolling), each
 * question.
 */
const ENDING_STOPS = [
  '#ending-title',
  '#ending .ending-kind',
  '#ending-debrief .debrief-table tbody tr',
  '#ending-debrief .debrief-questions > li',
].join(', ');

/** What the status line says while the teacher steps. */
const STEPPING = 'Presentation mode: → or Space to step through the month, ? for the keys.';

/**
 * Bring the rules X-ray's ringed current state into view when the X-ray is the current stop: the drawing is
 * taller than the panel at projector size, and its first machine's ring would sit below the fold.
 */
function showRing(stop: HTMLElement): void {
  stop.querySelector('.xray-nodes .current')?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** The month's own entries: what its orders did, wherever they were given (the list, the cards, the map). */
const OWN_ENTRIES = '#this-month .entries > li';

/** What → at "End the month" says first in a month with no order given yet: the second → ends it. */
export const NO_ORDER_YET = 'No order given this month: → again ends the month without one.';

/** The controls that move the game on when the teacher steps past them. */
const ADVANCES = ['end-month', 'crisis-continue'];

/** The keys, as the `?` list shows them. */
export const PRESENTATION_KEYS: readonly (readonly [string, string])[] = [
  [
    '→, Space or Page Down (a clicker)',
    'Show the next thing this month shows; at the end, end the month (pressed twice if no order was given)',
  ],
  ['← or Page Up', 'Back to the thing before'],
  ['T', 'Show or hide the teacher panel (notes and questions)'],
  ['F', 'Full screen on or off'],
  ['P', 'Presentation mode on or off'],
  ['?', 'This list of keys'],
  ['Esc', 'Close this list, or the teacher panel when it has the focus'],
];

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`index.html has no #${id}`);
  return node;
}

/** Whether the key belongs to a field, the map or a widget that uses it itself. */
function keyTakenBy(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, #map, svg, #tooltip') !== null;
}

export class Presentation {
  private on = false;
  private stops: HTMLElement[] = [];
  private index = 0;
  /** What the current steps belong to: the same screen redrawn keeps its place. */
  private stepKey = '';
  /** Whether → at "End the month" has asked once (`next`). */
  private endAsked = false;
  /** How many of the month's own entries (its orders' outcomes, "This month so far") the screen showed last. */
  private ownShown = 0;
  private council: CouncilRenderer | null = null;
  private keysOpener: HTMLElement | null = null;
  private teacherOpener: HTMLElement | null = null;
  private readonly panel = required('panel');
  private readonly screen = required('screen');
  private readonly cards = required('cards');
  private readonly status = el('p', {
    className: 'presentation-status',
    attrs: { id: 'presentation-status', role: 'status' },
  });
  private readonly teacherButton = el('button', {
    text: 'Teacher panel (T)',
    attrs: { type: 'button', id: 'teacher-toggle', 'aria-expanded': 'false', 'aria-controls': 'teacher-panel' },
  });
  private readonly teacher = el('aside', {
    className: 'teacher-panel',
    attrs: { id: 'teacher-panel', 'aria-labelledby': 'teacher-panel-heading' },
  });
  private readonly keysButton = el('button', { text: 'Keys (?)', attrs: { type: 'button', id: 'keys-open' } });
  private readonly keys = el('div', {
    className: 'presentation-keys',
    attrs: { id: 'presentation-keys', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'keys-heading' },
  });
  private readonly bar: HTMLElement;
  private readonly ring = el('div', { className: 'pointer-ring', attrs: { 'aria-hidden': 'true' } });
  private readonly observer = new MutationObserver(() => this.refresh());
  /** Keeps the panels between the HUD and the presentation bar, whatever their heights (the HUD wraps on a narrow projector). */
  private readonly sizes = new ResizeObserver(() => this.fitBetweenBars());

  constructor(private readonly view: PresentationView) {
    const full = el('button', { text: 'Full screen (F)', attrs: { type: 'button', id: 'fullscreen-toggle' } });
    full.addEventListener('click', () => void this.fullscreen());
    this.teacherButton.addEventListener('click', () => this.toggleTeacher());
    this.keysButton.addEventListener('click', () => this.openKeys());
    const leave = el('button', { text: 'Leave presentation (P)', attrs: { type: 'button', id: 'presentation-leave' } });
    leave.addEventListener('click', () => this.toggle(false));
    this.bar = el(
      'aside',
      { className: 'presentation-bar', attrs: { id: 'presentation-bar', 'aria-label': 'Presentation mode' } },
      [
        el(
          'div',
          { className: 'presentation-tools', attrs: { role: 'toolbar', 'aria-label': 'Presentation controls' } },
          [full, this.teacherButton, this.keysButton, leave],
        ),
        this.status,
      ],
    );
    this.bar.hidden = true;
    this.teacher.hidden = true;
    this.keys.hidden = true;
    this.ring.hidden = true;
    this.buildKeys();
    document.body.append(this.bar, this.teacher, this.keys, this.ring);
    document.addEventListener('keydown', (event) => this.handleKey(event));
    document.addEventListener('pointermove', (event) => this.movePointer(event), { passive: true });
    document.documentElement.addEventListener('pointerleave', () => {
      this.ring.hidden = true;
    });
    this.teacher.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.toggleTeacher(false);
    });
  }

  get active(): boolean {
    return this.on;
  }

  /** Turn presentation mode on or off (and remember it). */
  toggle(on = !this.on): void {
    this.on = on;
    rememberPresentation(on);
    document.body.classList.toggle('presenting', on);
    document.getElementById('presentation-toggle')?.setAttribute('aria-pressed', String(on));
    this.bar.hidden = !on;
    if (on) {
      for (const root of [this.panel, this.screen, this.cards]) {
        // The ending's debrief arrives later, inside the ending (its code is loaded when the game ends): watch its depth.
        const subtree = root === this.screen;
        this.observer.observe(root, { childList: true, subtree, attributes: true, attributeFilter: ['hidden'] });
      }
      for (const bar of [document.getElementById('hud'), this.bar]) if (bar !== null) this.sizes.observe(bar);
      this.stepKey = '';
      this.refresh();
      this.say(STEPPING);
    } else {
      this.observer.disconnect();
      this.sizes.disconnect();
      this.closeKeys();
      this.toggleTeacher(false);
      this.ring.hidden = true;
      this.clearMarks();
      this.stops = [];
      document.getElementById(COUNCIL_SLOT_ID)?.remove();
    }
  }

  private fitBetweenBars(): void {
    const hud = document.getElementById('hud');
    const top = hud === null || hud.hidden ? 0 : hud.getBoundingClientRect().bottom;
    const bottom = this.bar.hidden ? 0 : window.innerHeight - this.bar.getBoundingClientRect().top;
    document.body.style.setProperty('--presentation-top', `${Math.ceil(top)}px`);
    document.body.style.setProperty('--presentation-bottom', `${Math.ceil(bottom)}px`);
  }

  /** Let another module draw the League Council beside the map when a crisis comes. */
  setCouncil(render: CouncilRenderer | null): void {
    this.council = render;
    this.stepKey = '';
    document.getElementById(COUNCIL_SLOT_ID)?.remove();
    if (this.on) this.refresh();
  }

  // ------------------------------------------------------------ stepping

  private root(): HTMLElement {
    return this.screen.hidden ? this.panel : this.screen;
  }

  private screenPoint(): ScreenPoint {
    const current = this.view.current();
    const world = current?.world ?? null;
    return {
      ended: !this.screen.hidden && this.screen.querySelector('#ending') !== null,
      answered: this.panel.querySelector('#crisis-result-heading') !== null,
      crisisMove: this.panel.querySelector('#crisis-heading') === null ? null : (world?.crisis?.move ?? null),
      cardsOpen: !this.cards.hidden,
    };
  }

  /** After the app redrew: find the stops again, keeping the place if it is the same screen. */
  private refresh(): void {
    if (!this.on) return;
    this.placeCouncil();
    const root = this.root();
    const stops = [...root.querySelectorAll<HTMLElement>(root === this.screen ? ENDING_STOPS : PANEL_STOPS)];
    const current = this.view.current();
    const world = current?.world;
    const heading = root.querySelector('h2')?.id ?? '';
    const key = `${root.id}|${heading}|${world?.month ?? ''}|${world?.phase ?? ''}|${current?.seated ?? ''}`;
    const same = key === this.stepKey;
    if (!same) {
      this.index = 0;
      this.endAsked = false;
      // A new screen: what was said about the last one (the crisis's "Tab to it") no longer holds.
      if (this.stepKey !== '') this.say(STEPPING);
    }
    this.stepKey = key;
    this.stops = stops;
    // The same screen redrawn after the teacher acted in it (an order given, whose dispatch is a new stop above the
    // orders): the place is the stop that holds the focus, not the same count of stops from the top.
    const focused = document.activeElement;
    const holding = same && focused !== null ? stops.findIndex((stop) => stop.contains(focused)) : -1;
    if (holding >= 0) this.index = holding;
    // What an order just given did ("Poland softens a little on transit") is told on the status line, always in view:
    // its dispatch is added above the orders, where the place is not.
    const own = [...root.querySelectorAll<HTMLElement>(OWN_ENTRIES)];
    const latest = own.at(-1)?.querySelector('.entry-text')?.textContent ?? null;
    if (same && own.length > this.ownShown && latest !== null) this.say(`This month so far: ${latest}`);
    this.ownShown = own.length;
    this.index = Math.min(this.index, Math.max(0, stops.length - 1));
    this.mark(false);
    this.renderTeacher();
  }

  /** The Council's slot, after the X-ray in a crisis panel, when a Council renderer is set. */
  private placeCouncil(): void {
    if (this.council === null || this.panel.querySelector('#crisis-heading') === null) return;
    if (document.getElementById(COUNCIL_SLOT_ID) !== null) return;
    const world = this.view.current()?.world;
    if (world === undefined) return;
    const slot = el('section', {
      className: 'council-slot',
      attrs: { id: COUNCIL_SLOT_ID, 'aria-label': 'The League Council', 'data-slot': 'council' },
    });
    const after = this.panel.querySelector('#crisis-xray') ?? this.panel.querySelector('#verdicts');
    if (after === null) this.panel.append(slot);
    else after.after(slot);
    this.council(slot, world);
  }

  private clearMarks(): void {
    for (const node of document.querySelectorAll('.pres-current, .pres-later')) {
      node.classList.remove('pres-current', 'pres-later');
    }
  }

  /** Show the stops up to the current one, hide those to come; move the focus to it when asked. */
  private mark(focus: boolean): void {
    this.clearMarks();
    this.stops.forEach((stop, i) => {
      if (i === this.index) stop.classList.add('pres-current');
      else if (i > this.index) stop.classList.add('pres-later');
    });
    const current = this.stops[this.index];
    if (current === undefined || !focus) return;
    if (!current.matches('button, a[href], [tabindex]')) current.tabIndex = -1;
    current.focus({ preventScroll: true });
    // A stop taller than its pane (a month of the debrief at 1024×768) shows its top, where its name is.
    const pane = current.closest<HTMLElement>('.panel, .title-card, .screen');
    const tall = pane !== null && current.getBoundingClientRect().height > pane.clientHeight;
    current.scrollIntoView({ block: tall ? 'start' : 'nearest' });
    showRing(current);
    // The rules X-ray opens when the class reaches it.
    const xray = current.matches('#crisis-xray') ? current.querySelector('#crisis-xray-button') : null;
    if (xray instanceof HTMLButtonElement && xray.getAttribute('aria-expanded') === 'false') {
      // The X-ray takes the focus once it has loaded: give it back if the teacher has stepped on, to where it was
      // (an answer the teacher has tabbed to keeps it), else to the current stop.
      current.querySelector<HTMLElement>('.crisis-xray-region')?.addEventListener(
        'focusin',
        (event) => {
          const now = this.stops[this.index];
          // Loaded while still the current stop: the ringed current state comes into the class's view.
          if (now === current) showRing(current);
          if (now === undefined || !(event.target instanceof Node) || now.contains(event.target)) return;
          const before =
            event.relatedTarget instanceof HTMLElement && event.relatedTarget.isConnected ? event.relatedTarget : now;
          before.focus({ preventScroll: true });
          // The X-ray's focus scrolled the panel back up to it: the stop the teacher has reached comes back into view.
          now.scrollIntoView({ block: 'nearest' });
        },
        { once: true },
      );
      xray.click();
    }
  }

  /** Step forward; past the last stop of a month or of an answered crisis, move the game on. */
  next(): void {
    const current = this.stops[this.index];
    if (this.index < this.stops.length - 1) {
      this.index++;
      this.mark(true);
      return;
    }
    if (current instanceof HTMLButtonElement && ADVANCES.includes(current.id)) {
      // A stray press (a clicker's) must not end a month in which the class has given no order: asked once.
      const ordered = this.panel.querySelector(OWN_ENTRIES) !== null;
      if (current.id === 'end-month' && !ordered && !this.endAsked) {
        this.endAsked = true;
        this.say(NO_ORDER_YET);
        return;
      }
      current.click();
      return;
    }
    if (current?.id === 'crisis-answers') this.say("The class's answer: Tab to it and press Enter.");
  }

  previous(): void {
    this.endAsked = false;
    if (this.index === 0) return;
    this.index--;
    this.mark(true);
  }

  // ------------------------------------------------------------ keys

  private otherDialogOpen(): boolean {
    return [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].some(
      (dialog) => dialog !== this.keys && !dialog.hidden && dialog.offsetParent !== null,
    );
  }

  private handleKey(event: KeyboardEvent): void {
    if (!this.on || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!this.keys.hidden) {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        this.closeKeys();
      }
      return;
    }
    if (keyTakenBy(event.target) || this.otherDialogOpen()) return;
    const active = document.activeElement;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        event.preventDefault();
        this.next();
        return;
      case ' ': {
        // Space still presses a button the teacher has tabbed to; on a stop or the page it steps.
        const onControl = active instanceof HTMLElement && active.matches('button, a[href], summary');
        if (onControl && active !== this.stops[this.index]) return;
        event.preventDefault();
        this.next();
        return;
      }
      case 'ArrowLeft':
      case 'PageUp':
        event.preventDefault();
        this.previous();
        return;
      case 't':
      case 'T':
        event.preventDefault();
        this.toggleTeacher();
        return;
      case 'f':
      case 'F':
        event.preventDefault();
        void this.fullscreen();
        return;
      case '?':
        event.preventDefault();
        this.openKeys();
        return;
    }
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  // ------------------------------------------------------------ full screen and pointer

  private async fullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement !== null && document.fullscreenElement !== undefined) {
        await document.exitFullscreen();
        return;
      }
      if (typeof document.documentElement.requestFullscreen !== 'function') throw new Error('no full screen');
      await document.documentElement.requestFullscreen();
    } catch {
      this.say('This browser refused full screen: use its own (F11, or the View menu).');
    }
  }

  private movePointer(event: PointerEvent): void {
    if (!this.on || event.pointerType === 'touch') return;
    this.ring.hidden = false;
    this.ring.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
  }

  // ------------------------------------------------------------ the keys dialog

  private buildKeys(): void {
    const close = el('button', { text: 'Close', attrs: { type: 'button', id: 'keys-close' } });
    close.addEventListener('click', () => this.closeKeys());
    replace(
      this.keys,
      el('h2', { text: 'Keys for the teacher', attrs: { id: 'keys-heading' } }),
      el(
        'dl',
        { className: 'presentation-key-list' },
        PRESENTATION_KEYS.flatMap(([key, what]) => [
          el('dt', {}, [el('kbd', { text: key })]),
          el('dd', { text: what }),
        ]),
      ),
      close,
    );
    // The focus stays in the dialog while it is open.
    this.keys.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') {
        event.preventDefault();
        close.focus();
      }
    });
  }

  openKeys(): void {
    this.keysOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.keys.hidden = false;
    // The Close button takes the focus without scrolling the list past its first keys (on a short projector).
    this.keys.querySelector<HTMLElement>('#keys-close')?.focus({ preventScroll: true });
    this.keys.scrollTop = 0;
  }

  private closeKeys(): void {
    if (this.keys.hidden) return;
    this.keys.hidden = true;
    (this.keysOpener ?? this.keysButton).focus();
    this.keysOpener = null;
  }

  // ------------------------------------------------------------ the teacher panel

  /** Show or hide the teacher panel; hiding it gives the focus back to where the teacher was. */
  toggleTeacher(show = this.teacher.hidden): void {
    if (show === !this.teacher.hidden) return;
    this.teacher.hidden = !show;
    this.teacherButton.setAttribute('aria-expanded', String(show));
    if (show) {
      this.teacherOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      this.renderTeacher();
      return;
    }
    if (this.teacher.contains(document.activeElement)) (this.teacherOpener ?? this.teacherButton).focus();
    this.teacherOpener = null;
  }

  private renderTeacher(): void {
    if (this.teacher.hidden) return;
    const point = this.screenPoint();
    const notes = teacherPoint(point);
    const scenario = this.view.current()?.scenario ?? null;
    const sourced = (items: readonly { text: string; source: string }[]) =>
      items.map((item) =>
        el('li', {}, [el('span', { text: item.text }), el('span', { className: 'note-source', text: item.source })]),
      );
    replace(
      this.teacher,
      el('h2', { text: `Teacher notes: ${notes.label}`, attrs: { id: 'teacher-panel-heading', tabindex: '-1' } }),
      el('p', { className: 'quiet', text: 'Shown on the screen the class sees: T hides it again.' }),
      el('h3', { text: 'Notes' }),
      el('ul', { attrs: { id: 'teacher-point-notes' } }, sourced(notes.notes)),
      el('h3', { text: 'Questions for the class' }),
      el('ol', { attrs: { id: 'teacher-point-questions' } }, sourced(notes.questions)),
      scenario === null
        ? null
        : el('section', { attrs: { 'aria-labelledby': 'teacher-scenario-heading' } }, [
            el('h3', { text: `The whole scenario: ${scenario.title}`, attrs: { id: 'teacher-scenario-heading' } }),
            el(
              'ul',
              { attrs: { id: 'teacher-scenario-notes' } },
              scenario.teacherNotes.map((text) => el('li', { text })),
            ),
            el(
              'ol',
              { attrs: { id: 'teacher-scenario-questions' } },
              scenario.questions.map((text) => el('li', { text })),
            ),
          ]),
    );
  }
}

let instance: Presentation | null = null;

/**
 * The page's presentation mode if it has been loaded, for modules that hook into it
 * (the Council chamber: `presentationIfLoaded()?.setCouncil(render)`).
 */
export function presentationIfLoaded(): Presentation | null {
  return instance;
}

/** The page's presentation mode, made the first time it is asked for. */
export function presentation(view: PresentationView): Presentation {
  instance ??= new Presentation(view);
  return instance;
}
