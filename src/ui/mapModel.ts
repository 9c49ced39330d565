/**
 * What the map shows, worked out without Phaser (so it can be tested in Node):
 * the map file's shape (assets/map/europe-1936.map.json), each state's stance
 * colour and its second cue, the hit test (polygons minus holes), the Soviet
 * routes west with their status, crisis markers, and what a convention option
 * would change on the map.
 */
import {
  type ClauseId,
  type CountryId,
  countryName,
  delegationTransitAnswer,
  governmentName,
  leagueStanding,
  monthName,
  renderEntry,
  type StanceChange,
  transitView,
  type WorldState,
} from '../engine';
import { mainReason } from '../why/factors';

export { checkMapFile, type MapFile, type MapState } from './mapFile';

import type { MapFile, MapState } from './mapFile';

/** Is (x, y) inside the ring (flat coordinates)? Even-odd rule. */
export function ringContains(ring: readonly number[], x: number, y: number): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] ?? 0;
    const yi = ring[2 * i + 1] ?? 0;
    const xj = ring[2 * j] ?? 0;
    const yj = ring[2 * j + 1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is (x, y) inside one of the state's polygons, and not in one of its holes? */
export function stateContains(state: MapState, x: number, y: number): boolean {
  for (const polygon of state.polygons) {
    const [outer, ...holes] = polygon;
    if (outer === undefined || !ringContains(outer, x, y)) continue;
    if (!holes.some((hole) => ringContains(hole, x, y))) return true;
  }
  return false;
}

/** A label's box on the map: its top-left corner and its size, in map units. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /**
   * How much covering this box costs, per unit of area (default 1): more for
   * what hides a word outright (the side panel) than for another word, which
   * leaves both half legible.
   */
  readonly weight?: number;
}

/** A label to place: the boxes it may take, best first; an optional label is hidden rather than drawn over another. */
export interface LabelSpots {
  readonly boxes: readonly LabelBox[];
  readonly optional: boolean;
  /** What covering this label, once placed, costs the labels placed after it, per unit of area (default 1). */
  readonly weight?: number;
}

/** The area two boxes share, with `gap` map units kept clear around each. */
function sharedArea(a: LabelBox, b: LabelBox, gap: number): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + gap;
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + gap;
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Place the map's labels so that none covers another, the most important
 * first (the order given): each takes the first of its boxes that touches
 * neither the obstacles (the crisis's ring) nor a label placed before it.
 * Where every box would, an optional label (a capital's name) is hidden, and
 * any other (a state's name and glyph, a route's answer) takes the box it
 * covers least of the others: it is never lost. Returns, per label, the index
 * of its box, or -1 where it is hidden. Zooming in makes room, and the hidden
 * names come back.
 *
 * @example
 * placeLabels([{ boxes: [a], optional: false }, { boxes: [a, b], optional: true }]) // [0, 1]
 */
export function placeLabels(labels: readonly LabelSpots[], obstacles: readonly LabelBox[] = [], gap = 2): number[] {
  const taken: LabelBox[] = [...obstacles];
  return labels.map(({ boxes, optional, weight }) => {
    let best = -1;
    let least = Number.POSITIVE_INFINITY;
    for (const [i, box] of boxes.entries()) {
      const covered = taken.reduce((sum, other) => sum + sharedArea(box, other, gap) * (other.weight ?? 1), 0);
      if (covered < least) {
        best = i;
        least = covered;
      }
      if (covered === 0) break;
    }
    const chosen = boxes[best];
    if (chosen === undefined || (least > 0 && optional)) return -1;
    taken.push(weight === undefined ? chosen : { ...chosen, weight });
    return best;
  });
}

/** The bounding box of a state: x, y, width, height. */
export function stateBounds(state: MapState): { x: number; y: number; width: number; height: number } {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const polygon of state.polygons) {
    const outer = polygon[0] ?? [];
    for (let i = 0; i + 1 < outer.length; i += 2) {
      const x = outer[i] ?? 0;
      const y = outer[i + 1] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return { x: minX, y: minY, width: Math.max(1, maxX - minX), height: Math.max(1, maxY - minY) };
}

/** The stance classes, each with an Okabe–Ito colour and a second cue (a glyph and a word). */
export const STANCES = {
  player: { colour: 0x009e73, css: '#009e73', glyph: '★', word: 'your side' },
  partner: { colour: 0x56b4e9, css: '#56b4e9', glyph: '◆', word: 'treaty partner' },
  supports: { colour: 0x0072b2, css: '#0072b2', glyph: '+', word: 'leans to the pact' },
  wavering: { colour: 0xf0e442, css: '#f0e442', glyph: '~', word: 'wavering' },
  opposed: { colour: 0xd55e00, css: '#d55e00', glyph: '−', word: 'opposed' },
  aggressor: { colour: 0xcc79a7, css: '#cc79a7', glyph: '✕', word: 'the threat' },
  taken: { colour: 0xe8c3d8, css: '#e8c3d8', glyph: '⊘', word: 'taken by Germany' },
  none: { colour: 0xd9d4c7, css: '#d9d4c7', glyph: '', word: 'not an actor in the model' },
} as const;
export type StanceClass = keyof typeof STANCES;

/**
 * How the map draws a Soviet route west, by its answer: the colour, and the dash (0: a solid line), in map
 * units. Granted is the player's green; wavering and refused also differ in their dash, for colour-blind eyes.
 */
export const ROUTE_STYLES = {
  granted: { colour: 0x009e73, css: '#009e73', dash: 0, word: 'granted' },
  wavering: { colour: 0xe69f00, css: '#e69f00', dash: 14, word: 'wavering' },
  refused: { colour: 0xd55e00, css: '#d55e00', dash: 5, word: 'refused' },
} as const;

/** How much larger the map's words are in presentation mode (body.presenting), for a projector. */
export const PRESENTATION_TEXT = 1.2;

/**
 * The states of the game's stage, west to east: their names are placed first
 * on the map, so that no other name pushes them aside.
 */
export const STAGE_STATES: readonly string[] = ['france', 'germany', 'czechoslovakia', 'poland', 'romania', 'ussr'];

/** The smallest the map's words are on screen in presentation mode (px): the overlays' own floor for a projector. */
export const PRESENTATION_MIN_PX = 18;

/** Stance (-100..100) from which a state leans to the pact, or is opposed (a display threshold, not a model number). */
const LEANS_AT = 25;

/** The stance class of a stance value, for an actor that is neither a side nor the aggressor. */
export function stanceOfValue(stance: number): 'supports' | 'opposed' | 'wavering' {
  if (stance >= LEANS_AT) return 'supports';
  if (stance <= -LEANS_AT) return 'opposed';
  return 'wavering';
}

/**
 * What changed in a state's stance since last month, and its main reason: the
 * entry whose data moved it most (its sentence), and, where a decision or a
 * roll stood behind it, that decision's main factor (`mainReason`).
 */
export function stanceChangeLines(change: StanceChange): string[] {
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  const word = (n: number) => STANCES[stanceOfValue(n)].word;
  const lines = [
    `Stance changed since last month: ${word(change.from)} (${sign(change.from)}) → ${word(change.to)} (${sign(change.to)})`,
  ];
  const main = change.causes[0];
  if (main === undefined) return lines;
  lines.push(`Why: ${renderEntry(main.entry).text} (${sign(main.delta)})`);
  const explanation = main.entry.reasons?.find((r) => r.explanation !== undefined)?.explanation;
  if (explanation !== undefined) lines.push(mainReason(explanation).text);
  return lines;
}

/**
 * What a German move that went through has done to a state, which the map's
 * borders of 1936 do not draw, or null: its words on the map, a line for the
 * tooltip, and whether the state is taken (coloured as held by Germany).
 * Austria annexed (timeline.md 12-13 Mar 1938); Czechoslovakia's Sudetenland
 * ceded at Munich (29-30 Sept 1938), then Bohemia and Moravia occupied (15 Mar 1939).
 */
export function germanGain(world: WorldState, id: string): { short: string; line: string; taken: boolean } | null {
  const when = (move: string) => {
    const state = world.moves[move];
    return state?.status === 'done' ? monthName(state.month ?? world.month) : null;
  };
  const borders = 'the map keeps the borders of 1936';
  const anschluss = when('anschluss');
  if (id === 'austria' && anschluss !== null)
    return { short: 'annexed', line: `Annexed by Germany in ${anschluss}: ${borders}.`, taken: true };
  if (id !== 'czechoslovakia') return null;
  const prague = when('prague');
  if (prague !== null)
    return {
      short: 'occupied',
      line: `Bohemia and Moravia occupied by Germany in ${prague}: ${borders}.`,
      taken: true,
    };
  const munich = when('sudetenland');
  if (munich !== null)
    return {
      short: 'Sudetenland lost',
      line: `The Sudetenland ceded to Germany in ${munich}: ${borders}.`,
      taken: false,
    };
  return null;
}

/**
 * A state's name in the list of states: with what Germany took from it, and its stance's glyph.
 * On the map (`onMap`), where words crowd, a state coloured as taken keeps its name and glyph
 * alone (the colour and ⊘ say it); the words stay where the colour cannot say it (the Sudetenland).
 */
export function stateLabel(world: WorldState, state: Pick<MapState, 'id' | 'name'>, onMap = false): string {
  const gain = germanGain(world, state.id);
  const glyph = STANCES[stanceClass(world, state.id)].glyph;
  const named = gain === null || (onMap && gain.taken) ? state.name : `${state.name} (${gain.short})`;
  return [named, glyph].filter((part) => part !== '').join(' ');
}

/** A state's stance class this month. */
export function stanceClass(world: WorldState, id: string): StanceClass {
  if (id === world.role) return 'player';
  if (id === 'france' || id === 'ussr') return 'partner';
  if (id === 'germany') return 'aggressor';
  if (germanGain(world, id)?.taken === true) return 'taken';
  const actor = (world.actors as Readonly<Record<string, { stance: number }>>)[id];
  if (actor === undefined) return 'none';
  return stanceOfValue(actor.stance);
}

/** The tooltip's lines for a state: name, government this month, stance (and its change since last month, with its main reason), League membership. */
export function stateTooltip(
  world: WorldState,
  state: Pick<MapState, 'id' | 'name'>,
  changes: readonly StanceChange[] = [],
): string[] {
  const lines = [state.name];
  const gain = germanGain(world, state.id);
  if (gain !== null) lines.push(gain.line);
  const government = Object.entries(world.governments).find(([id]) => id === state.id)?.[1];
  if (government !== undefined) lines.push(`Government: ${governmentName(government, world.month)}`);
  const actor = (world.actors as Readonly<Record<string, { stance: number; trust: number }>>)[state.id];
  const stance = STANCES[stanceClass(world, state.id)];
  if (actor !== undefined) {
    const sign = actor.stance > 0 ? '+' : '';
    lines.push(
      `Stance toward the pact and the convention: ${stance.word} (${sign}${actor.stance}); trust ${actor.trust}`,
    );
  } else lines.push(`Stance: ${stance.word}`);
  const change = changes.find((c) => c.state === state.id);
  if (change !== undefined) lines.push(...stanceChangeLines(change));
  if (state.id === 'poland' || state.id === 'romania') {
    const transit = transitView(world)[state.id];
    const answered = delegationTransitAnswer(world, state.id);
    lines.push(
      answered === null
        ? `Passage for the Red Army: ${transit.status} (${transit.chance}% in a crisis)`
        : `Passage for the Red Army: ${answered.answer} by the ${state.id === 'poland' ? 'Polish' : 'Romanian'} delegation at the crisis of ${monthName(answered.month)}`,
    );
  }
  // The League line for the states the legal engine follows; the map's others (Sweden …) have none.
  const league = leagueStanding(world.leagueMembers, state.id, world.month);
  if (league !== null) lines.push(league);
  return lines;
}

/** A state's name: the map's, else the legal engine's. */
export function stateName(map: MapFile | null, id: string): string {
  return map?.states.find((s) => s.id === id)?.name ?? countryName(id as CountryId);
}

/** The Soviet routes west to Czechoslovakia, as places on the map. */
export const ROUTES = {
  poland: ['moscow', 'smolensk', 'minsk', 'warsaw', 'lwow', 'kosice', 'prague'],
  romania: ['moscow', 'kiev', 'cernauti', 'uzhhorod', 'kosice', 'prague'],
} as const;

/** The towns of each route inside the transit state itself, where its answer is written (Cernăuți: Romanian, 1918-40). */
export const ROUTE_TOWNS_IN = {
  poland: ['warsaw', 'lwow'],
  romania: ['cernauti'],
} as const;

/** The colour of Soviet air reach's arc on the map and in its key: the pact's blue. */
export const AIR_REACH_CSS = '#0072b2';

/** Soviet air reach to Czechoslovakia: from Kiev's airfields to Prague. */
export const AIR_REACH = ['kiev', 'prague'] as const;

/** Is Soviet air reach to Czechoslovakia still drawn? Not once Germany holds Prague (March 1939): nothing is left to reach. */
export const airReachShown = (world: WorldState): boolean => germanGain(world, 'czechoslovakia')?.taken !== true;
export const RHINE_FRONT = ['strasbourg', 'rhine-front'] as const;

/**
 * Where a German move is marked on the map: a place id, or a state's capital.
 * The Rhineland at Mainz, in the demilitarised zone (not at the Rhine front
 * by Strasbourg, where the ring covered Lorraine); the Sudetenland at Karlsbad,
 * in the Sudeten German districts (not at Prague, the move of March 1939).
 */
export const MOVE_MARKERS: Readonly<Record<string, string>> = {
  rhineland: 'mainz',
  anschluss: 'austria',
  sudetenland: 'karlsbad',
  prague: 'prague',
  poland: 'warsaw',
};

/** The radius of a German move's ring on the map, in map units (its halo is 14 wider). */
export const MOVE_MARKER_RADIUS = 26;

/** What the map highlights for a convention option under consideration. */
export interface MapPreview {
  readonly routes: readonly ('poland' | 'romania')[];
  readonly air: boolean;
  readonly ground: boolean;
  readonly rhineFront: boolean;
  readonly mobilisation: boolean;
  /** A sentence saying what the map now shows. */
  readonly caption: string;
}

export const NO_PREVIEW: MapPreview = {
  routes: [],
  air: false,
  ground: false,
  rhineFront: false,
  mobilisation: false,
  caption: '',
};

/** What choosing `option` of `clause` would change on the map. */
export function previewFor(clause: ClauseId, option: number): MapPreview {
  if (clause === 'transit') {
    if (option === 1)
      return { ...NO_PREVIEW, routes: ['romania'], caption: 'The map shows the route through Romania.' };
    if (option === 2) return { ...NO_PREVIEW, routes: ['poland'], caption: 'The map shows the route through Poland.' };
    if (option === 3)
      return {
        ...NO_PREVIEW,
        routes: ['poland', 'romania'],
        caption: 'The map shows both corridors, through Poland and Romania.',
      };
    return {
      ...NO_PREVIEW,
      caption:
        'No route west: without passage through Poland or Romania, neither the Red Army nor its aircraft reach Czechoslovakia.',
    };
  }
  if (clause === 'sovietContribution') {
    if (option === 1) return { ...NO_PREVIEW, air: true, caption: 'The map shows Soviet air reach to Czechoslovakia.' };
    if (option === 2)
      return {
        ...NO_PREVIEW,
        ground: true,
        routes: ['poland', 'romania'],
        caption: 'The map shows where Soviet ground forces could go, if given transit.',
      };
    return { ...NO_PREVIEW, caption: 'Materiel only: nothing moves on the map.' };
  }
  if (clause === 'frenchContribution') {
    if (option === 2) return { ...NO_PREVIEW, rhineFront: true, caption: 'The map shows the front on the Rhine.' };
    if (option === 1) return { ...NO_PREVIEW, mobilisation: true, caption: 'The map shows France mobilising early.' };
    return { ...NO_PREVIEW, caption: 'A defensive posture: France stays behind the Maginot Line.' };
  }
  return NO_PREVIEW;
}
