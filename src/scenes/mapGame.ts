/**
 * The map of Europe in 1936 (Phaser 4): each state a filled polygon coloured by
 * its stance (Okabe–Ito colours, with a glyph in its label as a second cue)
 * and hit-tested against its real polygons (holes excluded); capitals; the
 * Soviet routes west with their status and Soviet air reach; crisis markers;
 * what a convention option would change. Pan and zoom with the wheel, drag
 * and the keyboard. It draws; the HTML overlays (src/ui) say.
 */
import Phaser from 'phaser';
import type { WorldState } from '../engine';
import { delegationTransitAnswer, monthName, transitView } from '../engine';
import type { MapListener, MapPort } from '../ui/app';
import {
  AIR_REACH,
  AIR_REACH_CSS,
  airReachShown,
  type LabelBox,
  type MapFile,
  type MapPreview,
  type MapState,
  MOVE_MARKER_RADIUS,
  MOVE_MARKERS,
  NO_PREVIEW,
  PRESENTATION_MIN_PX,
  PRESENTATION_TEXT,
  placeLabels,
  RHINE_FRONT,
  ROUTE_STYLES,
  ROUTE_TOWNS_IN,
  ROUTES,
  STAGE_STATES,
  STANCES,
  stanceClass,
  stateBounds,
  stateContains,
  stateLabel,
} from '../ui/mapModel';
import { FALLBACK_MAP } from './fallbackMap';

declare global {
  interface Window {
    /** The map's port, for the browser tests and the console. */
    hollowPactMap?: MapPort;
  }
}

const SEA = 0xb9d3e0;
/** The baked map's resolution, in texture pixels per map unit: crisp up to about this zoom. */
const BAKE_SCALE = 2;
/** States smaller than this (in square map units) get no label or capital name: they would crowd the map. */
const LABEL_AREA = 2500;
const BORDER = 0x3a3a3a;
const HIGHLIGHT = 0x000000;
/** A word under the side panel, or off the canvas, is lost: placing a label there costs this many times a word covered by another. */
const PANEL_COVER_WEIGHT = 8;

/** What covering a stage state's name (France to the USSR) costs a word placed after it, per unit of area. */
const STAGE_NAME_WEIGHT = 4;
/** The labels draw over everything else, a crisis's ring included: a name it cannot escape stays legible on it. */
const LABEL_DEPTH = 1;
const LABEL_STYLE = {
  fontFamily: 'Georgia, "Times New Roman", serif',
  fontSize: '15px',
  color: '#111111',
  stroke: '#ffffff',
  strokeThickness: 4,
};

/** Where a label may stand: its anchor and origin (Phaser's, 0 to 1 across the text). */
interface LabelSpot {
  readonly x: number;
  readonly y: number;
  readonly originX: number;
  readonly originY: number;
}

/**
 * How a label is placed among the others (`placeLabels`): its rank (0 first:
 * the states' names, the stage's first, then the routes and fronts, then the capitals' names; in
 * presentation mode the names of states outside the model just before the capitals'), its
 * spots, best first, and whether it may be hidden where it has no room.
 */
interface LabelPlacing {
  readonly rank: number;
  readonly spots: readonly LabelSpot[];
  readonly optional: boolean;
  /** Where the label's middle must stay (a state's name inside the state): a spot elsewhere is not tried. */
  readonly within?: MapState;
}

/** The order in which labels are placed: by rank, the stage's states first among the states' names. */
function placingOrder(placing: LabelPlacing): number {
  return placing.rank === 0 && placing.within !== undefined && STAGE_STATES.includes(placing.within.id)
    ? -1
    : placing.rank;
}

interface DrawnState {
  readonly state: MapState;
  readonly fill: Phaser.GameObjects.Graphics;
  readonly label: Phaser.GameObjects.Text | null;
  colour: number;
}

class MapScene extends Phaser.Scene implements MapPort {
  private map: MapFile = FALLBACK_MAP;
  private readonly drawn = new Map<string, DrawnState>();
  /** The states' fills and borders, drawn once a month into one texture: the frame then draws one image, not every polygon. */
  private baked!: Phaser.GameObjects.RenderTexture;
  private capitals!: Phaser.GameObjects.Graphics;
  private overlay!: Phaser.GameObjects.Graphics;
  private routeLabels: Phaser.GameObjects.Text[] = [];
  /** Every label the map places so that none covers another (`declutter`). */
  private readonly placing = new Map<Phaser.GameObjects.Text, LabelPlacing>();
  private marker: Phaser.GameObjects.Container | null = null;
  private world: WorldState | null = null;
  private previewing: MapPreview = NO_PREVIEW;
  private highlighted: string | null = null;
  private dragFrom: { x: number; y: number; scrollX: number; scrollY: number } | null = null;
  private renderQueued = false;
  /** Redraws of the map so far (for `npm run bench:web`). */
  renders = 0;

  /** Draw one frame at the next animation frame (several requests in one frame draw once). */
  private requestRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame((time) => {
      this.renderQueued = false;
      this.renders++;
      if (this.game.loop.running) return;
      this.game.step(time, 1000 / 60);
    });
  }

  constructor(
    private readonly listener: MapListener,
    private readonly attach: (port: MapPort) => void,
  ) {
    super('map');
  }

  init(data: { map: MapFile }): void {
    this.map = data.map;
  }

  create(): void {
    const cam = this.cameras.main;
    cam.setBackgroundColor(SEA);
    cam.setBounds(-400, -400, this.map.width + 800, this.map.height + 800);
    this.fitCamera();

    const ordered = [...this.map.states].sort((a, b) => {
      const ba = stateBounds(a);
      const bb = stateBounds(b);
      return bb.width * bb.height - ba.width * ba.height;
    });
    this.baked = this.add
      .renderTexture(0, 0, Math.ceil(this.map.width * BAKE_SCALE), Math.ceil(this.map.height * BAKE_SCALE))
      .setOrigin(0, 0)
      .setScale(1 / BAKE_SCALE);
    for (const state of ordered) {
      const fill = this.make.graphics({}, false).setScale(BAKE_SCALE);
      const bounds = stateBounds(state);
      const zone = this.add.zone(bounds.x, bounds.y, bounds.width, bounds.height).setOrigin(0, 0);
      zone.setInteractive(
        new Phaser.Geom.Rectangle(0, 0, bounds.width, bounds.height),
        (_area: Phaser.Geom.Rectangle, x: number, y: number) => stateContains(state, x + bounds.x, y + bounds.y),
      );
      zone.on('pointerover', (pointer: Phaser.Input.Pointer) => {
        if (pointer.wasTouch || !this.onCanvas(pointer)) return;
        const { x, y } = this.clientOf(pointer);
        this.listener.hover(state.id, x, y);
      });
      zone.on('pointerout', (pointer: Phaser.Input.Pointer) => {
        if (!pointer.wasTouch) this.listener.hover(null, 0, 0);
      });
      zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
        if (!this.onCanvas(pointer) || (this.dragFrom !== null && this.dragged(pointer))) return;
        const { x, y } = this.clientOf(pointer);
        this.listener.select(state.id, x, y);
      });
      this.drawn.set(state.id, { state, fill, label: null, colour: STANCES.none.colour });
    }
    this.overlay = this.add.graphics();
    for (const state of ordered) {
      const bounds = stateBounds(state);
      const drawn = this.drawn.get(state.id);
      if (drawn === undefined || bounds.width * bounds.height < LABEL_AREA) continue;
      const label = this.add
        .text(state.label.x, state.label.y, state.name, LABEL_STYLE)
        .setOrigin(0.5)
        .setResolution(2);
      label.setName('label:state').setDepth(LABEL_DEPTH);
      // At its label point, else a line above or below it, or half or a whole width aside (off the crisis's ring), in its state.
      const { x, y } = state.label;
      this.placing.set(label, {
        rank: 0,
        spots: [
          { x, y, originX: 0.5, originY: 0.5 },
          { x, y, originX: 0.5, originY: 1.6 },
          { x, y, originX: 0.5, originY: -0.6 },
          { x, y, originX: 0, originY: 0.5 },
          { x, y, originX: 1, originY: 0.5 },
          { x, y, originX: -0.5, originY: 0.5 },
          { x, y, originX: 1.5, originY: 0.5 },
        ],
        optional: false,
        within: state,
      });
      this.drawn.set(state.id, { ...drawn, label });
    }
    this.drawCapitals();
    // The words just made take their size on screen (redraw does so only once there is a world).
    this.scaleTexts();
    this.setUpControls();
    this.redraw();
    this.attach(this);
    window.hollowPactMap = this;
    performance.mark('map-ready');
    // Render on demand: the map changes only when the month, a preview, the
    // pointer's state or the camera changes. Between changes Phaser's loop
    // sleeps, so the page stays light on a classroom laptop.
    this.game.events.once('postrender', () => this.game.loop.sleep());
    // Presentation mode turned on or off: the words take their size for it, and the stage is framed
    // again beside the mode's wider panel (fitCamera scales the words too).
    const presenting = () => document.body.classList.contains('presenting');
    let wasPresenting = presenting();
    new MutationObserver(() => {
      if (presenting() === wasPresenting) return;
      wasPresenting = presenting();
      this.fitCamera();
      this.requestRender();
    }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
    // The map's key opened or closed covers another part of the map: the words make way again.
    document.addEventListener(
      'toggle',
      (event) => {
        if (!(event.target instanceof HTMLElement) || event.target.id !== 'map-key') return;
        this.declutter();
        this.requestRender();
      },
      true,
    );
    document.getElementById('map')?.setAttribute('data-ready', 'true');
    this.listener.ready(this.map);
  }

  /**
   * Frame the stage of the game, from Paris to Moscow, in the part of the
   * canvas the side panel leaves free at its widest: 26rem, at most 42% of the
   * window; in presentation mode 48rem, at most 58%, as it is at a crisis
   * (presentation.css), so that the East stays on screen for the class.
   */
  private fitCamera(): void {
    const cam = this.cameras.main;
    const west = this.place('paris') ?? { x: this.map.width * 0.3, y: this.map.height * 0.5 };
    const east = this.place('moscow') ?? { x: this.map.width * 0.8, y: this.map.height * 0.4 };
    const rect = this.game.canvas.getBoundingClientRect();
    const panelLeft = this.panelLeft();
    const free = rect.width > 0 ? Phaser.Math.Clamp((panelLeft - rect.left) / rect.width, 0.35, 1) : 0.6;
    const span = east.x - west.x + 260;
    const zoom = Math.min((cam.width * free * 0.97) / span, cam.height / (this.map.height * 0.7));
    cam.setZoom(zoom);
    const centre = { x: (west.x + east.x) / 2 + (cam.width * (1 - free)) / 2 / zoom, y: (west.y + east.y) / 2 + 40 };
    // The bounds keep a drag from losing the map; here they must not clamp the frame, which a wide panel pushes
    // far to the east of the map (else the camera is pushed back east, and the East goes under the panel).
    const half = { x: cam.width / 2 / zoom, y: cam.height / 2 / zoom };
    const left = Math.min(-400, Math.floor(centre.x - half.x));
    const top = Math.min(-400, Math.floor(centre.y - half.y));
    const right = Math.max(this.map.width + 400, Math.ceil(centre.x + half.x));
    const bottom = Math.max(this.map.height + 400, Math.ceil(centre.y + half.y));
    cam.setBounds(left, top, right - left, bottom - top);
    cam.centerOn(centre.x, centre.y);
    this.scaleTexts();
  }

  /** Where the side panel begins at its widest, in page pixels from the window's left (presentation.css, style.css). */
  private panelLeft(): number {
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 20;
    const [panelRem, panelShare] = document.body.classList.contains('presenting') ? [48, 0.58] : [26, 0.42];
    return window.innerWidth - Math.min(panelRem * rem, panelShare * window.innerWidth);
  }

  /** The canvas's left edge in map units, as the camera frames the map now (its scroll and zoom as set). */
  private viewLeft(): number {
    const cam = this.cameras.main;
    return cam.scrollX + cam.width / 2 - cam.width / (2 * cam.zoom);
  }

  /** A box on the page (CSS pixels) in map units, as the camera frames the map now (its scroll and zoom as set). */
  private pageToMap(box: DOMRect, weight: number): LabelBox {
    const rect = this.game.canvas.getBoundingClientRect();
    const cam = this.cameras.main;
    const perPage = this.scale.width / rect.width / cam.zoom;
    const top = cam.scrollY + cam.height / 2 - cam.height / (2 * cam.zoom);
    return {
      x: this.viewLeft() + (box.left - rect.left) * perPage,
      y: top + (box.top - rect.top) * perPage,
      width: box.width * perPage,
      height: box.height * perPage,
      weight,
    };
  }

  /**
   * What a word cannot be read under, in map units, as the camera frames it now (its scroll and zoom as set,
   * before the next frame draws): the map beyond the canvas's left edge, the part the side panel covers at its
   * widest (none where the panel is beside the canvas, not over it), and the map's key, open or closed.
   */
  private offView(): LabelBox[] {
    const rect = this.game.canvas.getBoundingClientRect();
    if (rect.width === 0) return [];
    const cam = this.cameras.main;
    const left = this.viewLeft();
    const far = (this.map.width + this.map.height) * 4;
    const boxes: LabelBox[] = [{ x: left - far, y: -far, width: far, height: far * 2, weight: PANEL_COVER_WEIGHT }];
    const key = document.getElementById('map-key');
    if (key?.checkVisibility()) boxes.push(this.pageToMap(key.getBoundingClientRect(), PANEL_COVER_WEIGHT));
    const canvasX = ((this.panelLeft() - rect.left) * this.scale.width) / rect.width;
    if (canvasX >= this.scale.width) return boxes;
    boxes.push({ x: left + canvasX / cam.zoom, y: -far, width: far * 2, height: far * 2, weight: PANEL_COVER_WEIGHT });
    return boxes;
  }

  /**
   * Text keeps its size on screen at every zoom, drawn at the screen's
   * resolution so it stays crisp; in presentation mode, `PRESENTATION_TEXT`
   * times larger, and never under `PRESENTATION_MIN_PX` on screen (a capital's
   * name, a route's answer), whatever the canvas's size in the window.
   */
  private scaleTexts(): void {
    const zoom = this.cameras.main.zoom;
    const presenting = document.body.classList.contains('presenting');
    const boost = presenting ? PRESENTATION_TEXT : 1;
    // Screen pixels per canvas pixel: FIT draws the 1024×768 canvas larger or smaller than that.
    const onScreen = this.game.canvas.getBoundingClientRect().width / this.scale.width || 1;
    for (const child of this.children.list) {
      if (child instanceof Phaser.GameObjects.Text) {
        const size = Number.parseFloat(String(child.style.fontSize)) || 15;
        const grow = presenting ? Math.max(boost, PRESENTATION_MIN_PX / (size * onScreen)) : 1;
        child.setScale(grow / zoom);
        const resolution = Math.min(4, Math.max(1, window.devicePixelRatio) * Math.max(1, zoom * grow) * 1.5);
        if (child.style.resolution !== resolution) child.setResolution(resolution);
      } else if (child instanceof Phaser.GameObjects.Container) child.setScale(boost / zoom);
    }
    this.declutter();
  }

  private drawState(g: Phaser.GameObjects.Graphics, state: MapState, colour: number, bold: boolean): void {
    g.clear();
    g.fillStyle(colour, 1);
    g.lineStyle(bold ? 4 : 1.2, bold ? HIGHLIGHT : BORDER, 1);
    for (const polygon of state.polygons) {
      const [outer] = polygon;
      if (outer === undefined || outer.length < 6) continue;
      const points: Phaser.Math.Vector2[] = [];
      for (let i = 0; i + 1 < outer.length; i += 2) points.push(new Phaser.Math.Vector2(outer[i], outer[i + 1]));
      g.fillPoints(points, true);
      g.strokePoints(points, true);
    }
  }

  private drawCapitals(): void {
    const g = this.make.graphics({}, false).setScale(BAKE_SCALE);
    this.capitals = g;
    for (const state of this.map.states) {
      if (state.capital === null) continue;
      g.fillStyle(0x111111, 1);
      g.fillCircle(state.capital.x, state.capital.y, 4);
      g.lineStyle(1.5, 0xffffff, 1);
      g.strokeCircle(state.capital.x, state.capital.y, 5);
      const bounds = stateBounds(state);
      if (bounds.width * bounds.height < LABEL_AREA) continue;
      const { x, y, name } = state.capital;
      const label = this.add
        .text(x + 7, y - 2, name, { ...LABEL_STYLE, fontSize: '12px' })
        .setOrigin(0, 1)
        .setResolution(2);
      // Right of its dot, else left, above or below it; hidden where none has room (zooming in brings it back).
      label.setName('label:capital').setDepth(LABEL_DEPTH);
      this.placing.set(label, {
        rank: 2,
        spots: [
          { x: x + 7, y: y - 2, originX: 0, originY: 1 },
          { x: x - 7, y: y - 2, originX: 1, originY: 1 },
          { x, y: y - 7, originX: 0.5, originY: 1 },
          { x, y: y + 7, originX: 0.5, originY: 0 },
        ],
        optional: true,
      });
    }
  }

  private place(id: string): { x: number; y: number } | null {
    const place = this.map.places.find((p) => p.id === id);
    if (place !== undefined) return place;
    const state = this.map.states.find((s) => s.id === id);
    return state?.capital ?? state?.label ?? null;
  }

  private line(ids: readonly string[]): { x: number; y: number }[] {
    return ids.map((id) => this.place(id)).filter((p): p is { x: number; y: number } => p !== null);
  }

  private dashedPath(g: Phaser.GameObjects.Graphics, points: { x: number; y: number }[], dash: number): void {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (a === undefined || b === undefined) continue;
      if (dash === 0) {
        g.lineBetween(a.x, a.y, b.x, b.y);
        continue;
      }
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      for (let d = 0; d < length; d += dash * 2) {
        const t0 = d / length;
        const t1 = Math.min(1, (d + dash) / length);
        g.lineBetween(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0, a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1);
      }
    }
  }

  private arrowHead(
    g: Phaser.GameObjects.Graphics,
    from: { x: number; y: number },
    to: { x: number; y: number },
  ): void {
    const angle = Math.atan2(to.y - from.y, to.x - from.x);
    const size = 16;
    g.fillTriangle(
      to.x,
      to.y,
      to.x - size * Math.cos(angle - 0.4),
      to.y - size * Math.sin(angle - 0.4),
      to.x - size * Math.cos(angle + 0.4),
      to.y - size * Math.sin(angle + 0.4),
    );
  }

  /** Colours, routes, markers and previews for the current world. */
  private redraw(): void {
    const world = this.world;
    let recolour = false;
    for (const drawn of this.drawn.values()) {
      const stance = world === null ? 'none' : stanceClass(world, drawn.state.id);
      const colour = STANCES[stance].colour;
      if (drawn.colour !== colour || !this.bakedOnce) {
        this.drawState(drawn.fill, drawn.state, colour, false);
        drawn.colour = colour;
        recolour = true;
      }
      if (drawn.label !== null) {
        drawn.label.setText(world === null ? drawn.state.name : stateLabel(world, drawn.state, true));
        // A state outside the model gives way to the others in presentation mode (`declutter`).
        drawn.label.setData('minor', stance === 'none');
      }
    }
    if (recolour) this.bake();

    const g = this.overlay;
    g.clear();
    for (const label of this.routeLabels) {
      this.placing.delete(label);
      label.destroy();
    }
    this.routeLabels = [];
    if (world === null) return;
    const transit = transitView(world);
    for (const via of ['poland', 'romania'] as const) {
      // A transit state's delegation's answer at a crisis is the route from then on, not the state's standing.
      const byDelegation = delegationTransitAnswer(world, via);
      const status = byDelegation?.answer ?? transit[via].status;
      const points = this.line(ROUTES[via]);
      const lit = this.previewing.routes.includes(via);
      g.lineStyle(lit ? 9 : 4, ROUTE_STYLES[status].colour, lit ? 1 : 0.85);
      this.dashedPath(g, points, ROUTE_STYLES[status].dash);
      const last = points.at(-1);
      const before = points.at(-2);
      if (lit && this.previewing.ground && last !== undefined && before !== undefined) {
        g.fillStyle(ROUTE_STYLES[status].colour, 1);
        this.arrowHead(g, before, last);
      }
      const mid = points[Math.floor(points.length / 2)];
      const through = `Route through ${via === 'poland' ? 'Poland' : 'Romania'}`;
      const words =
        byDelegation === null
          ? `${through}: ${status}`
          : `${through}, its delegation: ${status} (${monthName(byDelegation.month)})`;
      // The label's words, for the page (the canvas holds them only as pixels).
      document.getElementById('map')?.setAttribute(`data-route-${via}`, words);
      if (mid !== undefined) {
        const side = via === 'poland' ? -18 : 18;
        // Beside the route's middle town, else beside another of its towns, on either side: only towns the other
        // route does not pass (Košice is on both), so that each answer stands by its own route.
        const other = ROUTES[via === 'poland' ? 'romania' : 'poland'];
        const ownIds = ROUTES[via].slice(1, -1).filter((id) => !(other as readonly string[]).includes(id));
        // The state's own towns first (Warsaw, Lwów; Cernăuți): beside Kiev or Minsk, in the USSR, "Through Romania"
        // read as the other route's answer.
        const inState = ownIds.filter((id) => (ROUTE_TOWNS_IN[via] as readonly string[]).includes(id));
        // The route's middle town first (Warsaw), by its id: its point is made afresh at each look-up.
        const midId = ROUTES[via][Math.floor(ROUTES[via].length / 2)];
        const byMid = (ids: readonly string[]) =>
          this.line([...ids.filter((id) => id === midId), ...ids.filter((id) => id !== midId)]);
        // Town by town, the middle one first: right of it, then left (off the panel, which may cover the map's east),
        // then above or below it; every spot by the state's own towns before any by the others.
        const around = (towns: readonly { x: number; y: number }[]) =>
          towns.flatMap((p) => [
            ...[0, 1].flatMap((originX) => [
              { x: p.x + (originX === 0 ? 8 : -8), y: p.y + side, originX, originY: 0.5 },
              { x: p.x + (originX === 0 ? 8 : -8), y: p.y - side, originX, originY: 0.5 },
            ]),
            { x: p.x, y: p.y - 8, originX: 0.5, originY: 1 },
            { x: p.x, y: p.y + 8, originX: 0.5, originY: 0 },
          ]);
        const spots = [...around(byMid(inState)), ...around(byMid(ownIds.filter((id) => !inState.includes(id))))];
        this.routeLabel(
          // The answer on a line of its own, and "Soviet route" left to the map key: a shorter label finds room
          // beside its route, on a projector too.
          this.add.text(mid.x + 8, mid.y + side, words.replace('Route through ', 'Through ').replace(': ', ':\n'), {
            ...LABEL_STYLE,
            fontSize: lit ? '17px' : '13px',
            color: '#000000',
          }),
          spots,
        );
      }
    }
    const air = this.line(AIR_REACH);
    const [from, to] = air;
    if (from !== undefined && to !== undefined && airReachShown(world)) {
      const lit = this.previewing.air;
      g.lineStyle(lit ? 7 : 2.5, Number.parseInt(AIR_REACH_CSS.slice(1), 16), lit ? 1 : 0.7);
      const midX = (from.x + to.x) / 2;
      const midY = Math.min(from.y, to.y) - 120;
      const curve = new Phaser.Curves.QuadraticBezier(
        new Phaser.Math.Vector2(from.x, from.y),
        new Phaser.Math.Vector2(midX, midY),
        new Phaser.Math.Vector2(to.x, to.y),
      );
      const pts = curve.getPoints(24).map((p) => ({ x: p.x, y: p.y }));
      this.dashedPath(g, pts, 10);
      g.fillStyle(0x0072b2, 1);
      const tail = pts.at(-2);
      if (tail !== undefined) this.arrowHead(g, tail, to);
      // Above the arc's top, else above or below another point of it.
      const along = [12, 9, 15, 6, 18].flatMap((i) => {
        const p = pts[i];
        return p === undefined
          ? []
          : [
              { x: p.x, y: p.y - 6, originX: 0.5, originY: 1 },
              { x: p.x, y: p.y + 6, originX: 0.5, originY: 0 },
            ];
      });
      const label = this.add.text(midX, midY - 6, 'Soviet air reach to Czechoslovakia', {
        ...LABEL_STYLE,
        fontSize: lit ? '17px' : '13px',
      });
      this.routeLabel(label, [{ x: midX, y: midY - 6, originX: 0.5, originY: 1 }, ...along]);
      // In presentation mode it gives way where there is no room (the narrow map at 1024×768): the key names the arc.
      label.setData('givesWay', true);
    }
    if (this.previewing.rhineFront) {
      const front = this.place('rhine-front');
      const goal = this.place('berlin');
      if (front !== null && goal !== null) {
        // The front: a line along the Rhine, and the offensive's arrow from it toward Germany.
        g.lineStyle(10, 0xd55e00, 1);
        g.lineBetween(front.x - 12, front.y - 80, front.x + 12, front.y + 80);
        const length = Math.hypot(goal.x - front.x, goal.y - front.y) || 1;
        const ahead = {
          x: front.x + ((goal.x - front.x) / length) * 150,
          y: front.y + ((goal.y - front.y) / length) * 150,
        };
        g.lineStyle(7, 0xd55e00, 1);
        g.lineBetween(front.x, front.y, ahead.x, ahead.y);
        g.fillStyle(0xd55e00, 1);
        this.arrowHead(g, front, ahead);
        this.routeLabel(
          this.add.text(front.x, front.y + 90, 'A French offensive: the front on the Rhine', LABEL_STYLE),
          [{ x: front.x, y: front.y + 90, originX: 0.5, originY: 0 }],
        );
      }
    }
    if (this.previewing.mobilisation) {
      const paris = this.place('paris');
      const front = this.place('strasbourg');
      if (paris !== null && front !== null) {
        g.lineStyle(6, 0x009e73, 1);
        g.lineBetween(paris.x, paris.y, front.x, front.y);
        g.fillStyle(0x009e73, 1);
        this.arrowHead(g, paris, front);
        this.routeLabel(this.add.text(front.x, front.y + 14, 'France mobilises early', LABEL_STYLE), [
          { x: front.x, y: front.y + 14, originX: 0.5, originY: 0 },
        ]);
      }
    }
    this.drawMarker(world);
    this.scaleTexts();
  }

  /** A route's or a front's label, placed among the others at the first of `spots` with room. */
  private routeLabel(text: Phaser.GameObjects.Text, spots: readonly LabelSpot[]): void {
    const [first] = spots;
    if (first !== undefined) text.setPosition(first.x, first.y).setOrigin(first.originX, first.originY);
    text.setResolution(2).setName('label:route').setDepth(LABEL_DEPTH);
    this.routeLabels.push(text);
    this.placing.set(text, { rank: 1, spots, optional: false });
  }

  /**
   * Place the labels so that none covers another (`placeLabels`), with the
   * words at their size on screen: run whenever that size or the labels change.
   */
  private declutter(): void {
    const presenting = document.body.classList.contains('presenting');
    // The canvas's left edge with a margin (a word's white outline), in map units: where words are cut.
    const left = this.viewLeft() + 4 / this.cameras.main.zoom;
    const hidden = this.offView();
    const covered = (p: { x: number; y: number }) =>
      p.x <= left || hidden.some((b) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height);
    const labels = [...this.placing.entries()]
      .map(([text, placing]): [Phaser.GameObjects.Text, LabelPlacing] => [
        text,
        this.placingNow(text, placing, presenting, covered),
      ])
      .sort(([, a], [, b]) => placingOrder(a) - placingOrder(b));
    const boxOf = (text: Phaser.GameObjects.Text, spot: LabelSpot): LabelBox => ({
      x: spot.x - spot.originX * text.displayWidth,
      y: spot.y - spot.originY * text.displayHeight,
      width: text.displayWidth,
      height: text.displayHeight,
    });
    // The crisis's ring (its halo is a thin line a word may cross) and its caption, "Germany moves".
    const obstacles: LabelBox[] = (this.marker?.list ?? []).flatMap((part) => {
      if (!(part instanceof Phaser.GameObjects.Shape || part instanceof Phaser.GameObjects.Text)) return [];
      if (part.name !== 'marker:ring' && part.name !== 'marker:caption') return [];
      const { x, y, width, height } = part.getBounds();
      // As costly to cover as a stage state's name: "Germany moves" was read "Germ… moves" under "Austria ⊘".
      return [{ x, y, width, height, weight: STAGE_NAME_WEIGHT }];
    });
    // The side panel, over the map's east, beyond the canvas's left edge, and the map's key: a word there would be
    // cut or covered (a route's answer, "refused"; "United Kingdom"; "Madrid" under the key).
    obstacles.push(...hidden);
    // The spots each label may take: its first always, the others only where its middle stays within its state;
    // and, for a label that may not give way, each spot the canvas's left edge cuts, moved in to the edge where the
    // point it names is in view and the word still covers it: a state at the frame's edge ("United Kingdom" at
    // 1024×768) is named over itself rather than cut.
    const tried = labels.map(([text, { spots, within, optional }]) => {
      const fit = spots.filter((spot, i) => {
        if (i === 0 || within === undefined) return true;
        const box = boxOf(text, spot);
        return stateContains(within, box.x + box.width / 2, box.y + box.height / 2);
      });
      if (optional) return fit;
      const movedIn = spots.flatMap((spot) => {
        const box = boxOf(text, spot);
        const cut = left - box.x;
        return cut > 0 && spot.x > left && spot.x < left + box.width ? [{ ...spot, x: spot.x + cut }] : [];
      });
      return [...fit, ...movedIn];
    });
    const chosen = placeLabels(
      labels.map(([text, placing], i) => ({
        boxes: (tried[i] ?? []).map((spot) => boxOf(text, spot)),
        optional: placing.optional,
        // A stage state's name costs the words after it more to cover (a route's answer over "Poland −" at 1366×768).
        ...(placingOrder(placing) < 0 ? { weight: STAGE_NAME_WEIGHT } : {}),
      })),
      obstacles,
      2 / this.cameras.main.zoom,
    );
    labels.forEach(([text], i) => {
      const spot = tried[i]?.[chosen[i] ?? -1];
      text.setVisible(spot !== undefined);
      if (spot !== undefined) text.setPosition(spot.x, spot.y).setOrigin(spot.originX, spot.originY);
    });
  }

  /**
   * How a label is placed now. In presentation mode the words are larger and the map is narrower beside the panel:
   * the names of the states outside the model come after the routes and give way where they have no room, and so do
   * the air reach's label (the key names its arc) and the name of a state Germany has taken (the colour of its gains
   * still marks it: "Austria ⊘" had covered the crisis's "Germany moves"). In any mode, a state whose label point is
   * out of view (`covered`: beyond the canvas's left edge, under the side panel or the map's key) is not there to be
   * named: Iceland, Syria and Lebanon, Greece under the key. Its name gives way too.
   */
  private placingNow(
    text: Phaser.GameObjects.Text,
    placing: LabelPlacing,
    presenting: boolean,
    covered: (point: { x: number; y: number }) => boolean,
  ): LabelPlacing {
    const { within } = placing;
    const offView = within !== undefined && covered(within.label);
    const taken =
      presenting && within !== undefined && this.world !== null && stanceClass(this.world, within.id) === 'taken';
    // What lets a label give way, for the tests' check of the map (`mapLabelClashes`).
    text.setData('offView', offView).setData('taken', taken);
    if (presenting && placing.rank === 0 && text.getData('minor') === true)
      return { ...placing, rank: 1.5, optional: true };
    const givesWay = offView || taken || (presenting && text.getData('givesWay') === true);
    return givesWay ? { ...placing, optional: true } : placing;
  }

  private bakedOnce = false;

  /** Draw every state's fill and border, and the capitals, into the baked texture. */
  private bake(): void {
    this.baked.clear();
    for (const drawn of this.drawn.values()) this.baked.draw(drawn.fill, 0, 0);
    this.baked.draw(this.capitals, 0, 0);
    this.baked.render();
    this.bakedOnce = true;
  }

  private drawMarker(world: WorldState): void {
    const moveId = world.crisis?.move ?? null;
    if (this.marker !== null && this.marker.getData('move') === moveId) return;
    this.marker?.destroy();
    this.marker = null;
    if (moveId === null) return;
    const at = this.place(MOVE_MARKERS[moveId] ?? 'berlin');
    if (at === null) return;
    const ring = this.add
      .circle(0, 0, MOVE_MARKER_RADIUS, 0xcc79a7, 0.35)
      .setStrokeStyle(4, 0x000000)
      .setName('marker:ring');
    const bang = this.add
      .text(0, 0, '!', { ...LABEL_STYLE, fontSize: '30px', fontStyle: 'bold' })
      .setOrigin(0.5)
      .setResolution(2);
    const caption = this.add
      .text(0, 32, 'Germany moves', { ...LABEL_STYLE, fontSize: '15px', fontStyle: 'bold' })
      .setOrigin(0.5, 0)
      .setResolution(2)
      .setName('marker:caption');
    const halo = this.add.circle(0, 0, MOVE_MARKER_RADIUS + 14, 0xcc79a7, 0).setStrokeStyle(3, 0xcc79a7);
    this.marker = this.add.container(at.x, at.y, [halo, ring, bang, caption]).setData('move', moveId);
  }

  private setUpControls(): void {
    const cam = this.cameras.main;
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      const before = cam.getWorldPoint(pointer.x, pointer.y);
      this.zoomBy(dy > 0 ? 0.9 : 1.1);
      const after = cam.getWorldPoint(pointer.x, pointer.y);
      cam.scrollX += before.x - after.x;
      cam.scrollY += before.y - after.y;
      // The panel now covers another part of the map.
      this.declutter();
    });
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      if (!this.onCanvas(pointer)) return;
      this.dragFrom = { x: pointer.x, y: pointer.y, scrollX: cam.scrollX, scrollY: cam.scrollY };
    });
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (this.dragFrom === null || !pointer.isDown) return;
      cam.scrollX = this.dragFrom.scrollX - (pointer.x - this.dragFrom.x) / cam.zoom;
      cam.scrollY = this.dragFrom.scrollY - (pointer.y - this.dragFrom.y) / cam.zoom;
      this.placeOutline();
      this.requestRender();
    });
    this.input.on('pointerup', () => {
      if (this.dragFrom !== null) {
        this.declutter();
        this.requestRender();
      }
      setTimeout(() => {
        this.dragFrom = null;
      }, 0);
    });
    const keyboard = this.input.keyboard;
    if (keyboard === null) return;
    const step = () => 60 / cam.zoom;
    keyboard.on('keydown', (event: KeyboardEvent) => {
      const moves: Record<string, () => void> = {
        ArrowLeft: () => (cam.scrollX -= step()),
        ArrowRight: () => (cam.scrollX += step()),
        ArrowUp: () => (cam.scrollY -= step()),
        ArrowDown: () => (cam.scrollY += step()),
        '+': () => this.zoomBy(1.15),
        '=': () => this.zoomBy(1.15),
        '-': () => this.zoomBy(1 / 1.15),
        '0': () => this.fitCamera(),
      };
      const move = moves[event.key];
      if (move === undefined) return;
      event.preventDefault();
      move();
      this.declutter();
      this.placeOutline();
      this.requestRender();
    });
  }

  /** Is the pointer on the map itself, not on an overlay (the title, the panel, the cards) above it? */
  private onCanvas(pointer: Phaser.Input.Pointer): boolean {
    const event = pointer.event;
    let point: { clientX: number; clientY: number } | undefined;
    if (event instanceof MouseEvent) point = event;
    else if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) point = event.changedTouches[0];
    if (point === undefined) return true;
    return document.elementFromPoint(point.clientX, point.clientY) === this.game.canvas;
  }

  private dragged(pointer: Phaser.Input.Pointer): boolean {
    const from = this.dragFrom;
    return from !== null && Math.hypot(pointer.x - from.x, pointer.y - from.y) > 6;
  }

  private zoomBy(factor: number): void {
    const cam = this.cameras.main;
    const fit = Math.min(cam.width / this.map.width, cam.height / this.map.height);
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * factor, fit * 0.8, fit * 6));
    this.scaleTexts();
    this.placeOutline();
  }

  /** Page coordinates of a pointer. */
  private clientOf(pointer: Phaser.Input.Pointer): { x: number; y: number } {
    const event = pointer.event;
    if (event instanceof MouseEvent) return { x: event.clientX, y: event.clientY };
    const rect = this.game.canvas.getBoundingClientRect();
    return {
      x: rect.left + (pointer.x * rect.width) / this.scale.width,
      y: rect.top + (pointer.y * rect.height) / this.scale.height,
    };
  }

  // ------------------------------------------------------------ MapPort

  show(world: WorldState | null): void {
    // No game (the title screen): the next game, or a replay, opens on the whole stage, however the last one left it.
    if (world === null && this.world !== null) {
      this.framedFrom = null;
      this.fitCamera();
    }
    this.world = world;
    this.redraw();
    this.requestRender();
  }

  preview(preview: MapPreview): void {
    this.previewing = preview;
    this.redraw();
    this.frameLit(preview);
    this.requestRender();
  }

  /** Where the camera stood before a preview moved it (restored when the preview ends), or null. */
  private framedFrom: { readonly scrollX: number; readonly scrollY: number } | null = null;

  /** Bring what a preview lights into the upper part of the map, above the convention's cards; back once it ends. */
  private frameLit(preview: MapPreview): void {
    const ids: string[] = preview.routes.flatMap((via) => [...ROUTES[via]]);
    if (preview.air) ids.push(...AIR_REACH);
    if (preview.rhineFront || preview.mobilisation) ids.push('paris', ...RHINE_FRONT);
    const points = this.line(ids);
    const cam = this.cameras.main;
    if (points.length === 0) {
      // The preview is over: the map goes back to where the player had it.
      if (this.framedFrom !== null) cam.setScroll(this.framedFrom.scrollX, this.framedFrom.scrollY);
      this.framedFrom = null;
      this.placeOutline();
      return;
    }
    this.framedFrom ??= { scrollX: cam.scrollX, scrollY: cam.scrollY };
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    // The point goes to 35% of the canvas's width and 27% of its height.
    cam.centerOn(cx + (0.15 * cam.width) / cam.zoom, cy + (0.23 * cam.height) / cam.zoom);
    this.placeOutline();
  }

  /**
   * The hovered or focused state's outline, drawn in an SVG over the canvas:
   * hovering then repaints one outline, not the whole map (a WebGL frame is
   * costly where WebGL runs on the CPU, as on many school computers).
   */
  highlight(id: string | null): void {
    if (this.highlighted === id) return;
    this.highlighted = id;
    this.placeOutline();
  }

  private outline: SVGSVGElement | null = null;

  private placeOutline(): void {
    const svgNs = 'http://www.w3.org/2000/svg';
    if (this.outline === null) {
      this.outline = document.createElementNS(svgNs, 'svg');
      this.outline.setAttribute('class', 'map-outline');
      this.outline.setAttribute('aria-hidden', 'true');
      this.outline.append(document.createElementNS(svgNs, 'path'));
      document.body.append(this.outline);
    }
    const state = this.highlighted === null ? undefined : this.drawn.get(this.highlighted)?.state;
    const path = this.outline.firstElementChild;
    if (state === undefined || path === null) {
      this.outline.style.display = 'none';
      return;
    }
    const rect = this.game.canvas.getBoundingClientRect();
    const view = this.cameras.main.worldView;
    Object.assign(this.outline.style, {
      display: 'block',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    this.outline.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
    const d = state.polygons
      .map((polygon) => polygon[0] ?? [])
      .filter((ring) => ring.length >= 6)
      .map((ring) => {
        const points: string[] = [];
        for (let i = 0; i + 1 < ring.length; i += 2) points.push(`${ring[i]},${ring[i + 1]}`);
        return `M${points.join('L')}Z`;
      })
      .join('');
    path.setAttribute('d', d);
  }

  clientPointOf(id: string): { x: number; y: number } | null {
    const state = this.map.states.find((s) => s.id === id);
    if (state === undefined) return null;
    const cam = this.cameras.main;
    const view = cam.worldView;
    const sx = (state.label.x - view.x) * cam.zoom;
    const sy = (state.label.y - view.y) * cam.zoom;
    if (sx < 0 || sy < 0 || sx > cam.width || sy > cam.height) return null;
    const rect = this.game.canvas.getBoundingClientRect();
    return {
      x: rect.left + (sx * rect.width) / this.scale.width,
      y: rect.top + (sy * rect.height) / this.scale.height,
    };
  }
}

/** Draw the map in a game started by `bootMap`, once the map file and the game's code are there. */
export function addMapScene(
  game: Phaser.Game,
  map: MapFile,
  listener: MapListener,
  attach: (port: MapPort) => void,
): void {
  game.scene.add('map', new MapScene(listener, attach), true, { map });
}
