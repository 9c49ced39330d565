/** The map's pure parts: the hit test (holes excluded), stance classes and their second cue, previews. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, parseScenario, type WorldState } from '../engine';
import { FALLBACK_MAP } from '../scenes/fallbackMap';
import {
  airReachShown,
  checkMapFile,
  germanGain,
  type MapState,
  MOVE_MARKER_RADIUS,
  MOVE_MARKERS,
  placeLabels,
  previewFor,
  STANCES,
  stanceClass,
  stateContains,
  stateLabel,
  stateTooltip,
} from './mapModel';

const square = (x: number, y: number, size: number) => [x, y, x + size, y, x + size, y + size, x, y + size];
const withHole: MapState = {
  id: 'ring',
  name: 'Ring',
  capital: null,
  label: { x: 5, y: 5 },
  polygons: [[square(0, 0, 100), square(40, 40, 20)], [square(200, 0, 10)]],
};

function world(scenario: string, role: 'france' | 'ussr') {
  const text = readFileSync(join(import.meta.dirname, `../../scenarios/${scenario}.json`), 'utf8');
  const parsed = parseScenario(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${scenario} does not load`);
  return createGame(parsed.value, { seed: 'map', role }).getSnapshot().world;
}

describe('the hit test', () => {
  it('is inside a polygon, outside its holes, and inside a second polygon', () => {
    expect(stateContains(withHole, 10, 10)).toBe(true);
    expect(stateContains(withHole, 50, 50)).toBe(false);
    expect(stateContains(withHole, 205, 5)).toBe(true);
    expect(stateContains(withHole, 150, 50)).toBe(false);
  });

  it('tells a concave state from its bounding box', () => {
    const ell: MapState = { ...withHole, polygons: [[[0, 0, 100, 0, 100, 20, 20, 20, 20, 100, 0, 100]]] };
    expect(stateContains(ell, 10, 90)).toBe(true);
    expect(stateContains(ell, 90, 90)).toBe(false);
  });

  it('checks the shape of a map file', () => {
    expect(checkMapFile(FALLBACK_MAP).ok).toBe(true);
    expect(checkMapFile({ format: 'hollow-pact-map', version: 2, states: [], places: [] })).toEqual({
      ok: false,
      problem: 'unknown map version',
    });
    const real = JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/map/europe-1936.map.json'), 'utf8'));
    const checked = checkMapFile(real);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      const poland = checked.map.states.find((s) => s.id === 'poland');
      expect(poland && stateContains(poland, poland.label.x, poland.label.y)).toBe(true);
      for (const place of ['moscow', 'kiev', 'warsaw', 'prague', 'rhine-front', 'uzhhorod']) {
        expect(checked.map.places.some((p) => p.id === place)).toBe(true);
      }
    }
  });
});

describe('stances on the map', () => {
  it('colours the player, the partner, the aggressor and the others, each with a glyph as a second cue', () => {
    const france = world('munich-1938', 'france');
    expect(stanceClass(france, 'france')).toBe('player');
    expect(stanceClass(france, 'ussr')).toBe('partner');
    expect(stanceClass(france, 'germany')).toBe('aggressor');
    expect(stanceClass(france, 'poland')).toBe('opposed');
    expect(stanceClass(france, 'sweden')).toBe('none');
    expect(stanceClass(world('munich-1938', 'ussr'), 'ussr')).toBe('player');
    const glyphs = Object.values(STANCES).map((s) => s.glyph);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    const colours = Object.values(STANCES).map((s) => s.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('names the governments as they stood in the month: in May 1935 Flandin’s, Laval at Foreign Affairs, not Laval’s', () => {
    const may = world('pact-1935', 'ussr');
    expect(may.month).toBe('1935-05');
    expect(stateTooltip(may, { id: 'france', name: 'France' })).toContain(
      'Government: Flandin (Laval at Foreign Affairs; Laval Prime Minister from 7 June 1935)',
    );
    expect(stateTooltip(may, { id: 'uk', name: 'United Kingdom' })).toContain(
      "Government: the government before Baldwin's (he becomes Prime Minister on 7 June 1935)",
    );
    const june = { ...may, month: '1935-06' };
    expect(stateTooltip(june, { id: 'france', name: 'France' })).toContain(
      'Government: Laval (Prime Minister and Foreign Minister)',
    );
    expect(stateTooltip(june, { id: 'uk', name: 'United Kingdom' })).toContain('Government: Baldwin');
  });

  it('shows what Germany took that the borders of 1936 do not draw: Austria annexed, the Sudetenland, Bohemia and Moravia', () => {
    const before = world('pact-1935', 'france');
    expect(germanGain(before, 'austria')).toBeNull();
    expect(stateLabel(before, { id: 'austria', name: 'Austria' })).toBe('Austria');
    // Munich's scenario starts after the Anschluss (March 1938).
    const munich = world('munich-1938', 'france');
    expect(stanceClass(munich, 'austria')).toBe('taken');
    expect(stateLabel(munich, { id: 'austria', name: 'Austria' })).toBe('Austria (annexed) ⊘');
    // On the map its colour and ⊘ say it; the Sudetenland, which no colour shows, keeps its words there.
    expect(stateLabel(munich, { id: 'austria', name: 'Austria' }, true)).toBe('Austria ⊘');
    expect(stateTooltip(munich, { id: 'austria', name: 'Austria' })[1]).toBe(
      'Annexed by Germany in March 1938: the map keeps the borders of 1936.',
    );
    expect(germanGain(munich, 'czechoslovakia')).toBeNull();
    const moved = (w: WorldState, move: string, month: string): WorldState => ({
      ...w,
      moves: { ...w.moves, [move]: { status: 'done', month, postponed: 0 } },
    });
    const afterMunich = moved(munich, 'sudetenland', '1938-09');
    expect(stanceClass(afterMunich, 'czechoslovakia')).toBe(stanceClass(munich, 'czechoslovakia'));
    expect(stateLabel(afterMunich, { id: 'czechoslovakia', name: 'Czechoslovakia' })).toMatch(
      /^Czechoslovakia \(Sudetenland lost\)/,
    );
    expect(stateLabel(afterMunich, { id: 'czechoslovakia', name: 'Czechoslovakia' }, true)).toMatch(
      /^Czechoslovakia \(Sudetenland lost\)/,
    );
    const afterPrague = moved(afterMunich, 'prague', '1939-03');
    expect(stanceClass(afterPrague, 'czechoslovakia')).toBe('taken');
    // Soviet air reach to Czechoslovakia is drawn until Germany holds Prague, then not.
    expect(airReachShown(munich)).toBe(true);
    expect(airReachShown(afterMunich)).toBe(true);
    expect(airReachShown(afterPrague)).toBe(false);
    expect(stateTooltip(afterPrague, { id: 'czechoslovakia', name: 'Czechoslovakia' })[1]).toBe(
      'Bohemia and Moravia occupied by Germany in March 1939: the map keeps the borders of 1936.',
    );
    // A move met by force takes nothing.
    const met = {
      ...munich,
      moves: { ...munich.moves, sudetenland: { status: 'met', month: '1938-09', postponed: 0 } },
    } as const;
    expect(germanGain(met, 'czechoslovakia')).toBeNull();
  });

  it('says no route west leaves no way to Czechoslovakia, by land or air (air help needs passage too: feasibility.json)', () => {
    expect(previewFor('transit', 0).caption).toMatch(/neither the Red Army nor its aircraft reach Czechoslovakia/);
    expect(previewFor('transit', 0).caption).not.toMatch(/but the air/);
  });

  it('writes a tooltip with the government, the stance, transit and League membership', () => {
    const w = world('pact-1935', 'france');
    const lines = stateTooltip(w, { id: 'romania', name: 'Romania' });
    expect(lines[0]).toBe('Romania');
    expect(lines[1]).toBe('Government: Titulescu at the Foreign Ministry');
    expect(lines.some((l) => l.startsWith('Stance toward the pact and the convention: '))).toBe(true);
    expect(
      lines.some((l) => /^Passage for the Red Army: (refused|wavering|granted) \(\d+% in a crisis\)$/.test(l)),
    ).toBe(true);
    expect(lines.at(-1)).toBe('League of Nations member');
    // Germany's withdrawal took effect in October 1935.
    expect(stateTooltip(world('munich-1938', 'france'), { id: 'germany', name: 'Germany' }).at(-1)).toBe(
      'Not a League member',
    );
    // Italy stopped taking part on 11 December 1937, but stays a Member until its notice runs out.
    expect(stateTooltip(world('munich-1938', 'france'), { id: 'italy', name: 'Italy' }).at(-1)).toBe(
      'League of Nations member, no longer taking part (from 11 December 1937)',
    );
    expect(stateTooltip(world('pact-1935', 'france'), { id: 'italy', name: 'Italy' }).at(-1)).toBe(
      'League of Nations member',
    );
    // A state the legal engine does not follow: its membership is not modelled, so the tooltip says nothing of it.
    expect(stateTooltip(world('pact-1935', 'france'), { id: 'sweden', name: 'Sweden' }).join(' ')).not.toMatch(
      /League/,
    );
  });
});

describe('what an option shows on the map', () => {
  it('lights the route a transit démarche opens, Soviet forces, and the Rhine front', () => {
    expect(previewFor('transit', 1).routes).toEqual(['romania']);
    expect(previewFor('transit', 2).routes).toEqual(['poland']);
    expect(previewFor('transit', 3).routes).toEqual(['poland', 'romania']);
    expect(previewFor('sovietContribution', 1).air).toBe(true);
    expect(previewFor('sovietContribution', 2).ground).toBe(true);
    expect(previewFor('frenchContribution', 2).rhineFront).toBe(true);
    expect(previewFor('publicity', 1).caption).toBe('');
  });
});

describe("the German moves' markers", () => {
  const real = checkMapFile(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/map/europe-1936.map.json'), 'utf8')),
  );
  if (!real.ok) throw new Error('the shipped map does not load');
  const map = real.map;
  const stateOf = (id: string) => {
    const state = map.states.find((s) => s.id === id);
    if (state === undefined) throw new Error(`no state ${id}`);
    return state;
  };
  const markerAt = (move: string) => {
    const id = MOVE_MARKERS[move] ?? 'berlin';
    const at = map.places.find((p) => p.id === id) ?? map.states.find((s) => s.id === id)?.capital;
    if (at === undefined || at === null) throw new Error(`no place ${id}`);
    return at;
  };
  /** Points on the ring's edge, every 22.5°. */
  const edge = (at: { x: number; y: number }) =>
    Array.from({ length: 16 }, (_, i) => ({
      x: at.x + MOVE_MARKER_RADIUS * Math.cos((i * Math.PI) / 8),
      y: at.y + MOVE_MARKER_RADIUS * Math.sin((i * Math.PI) / 8),
    }));

  it('marks each move inside the state it happened in, on the 1936 map', () => {
    const where: Record<string, string> = {
      rhineland: 'germany',
      anschluss: 'austria',
      sudetenland: 'czechoslovakia',
      prague: 'czechoslovakia',
      poland: 'poland',
    };
    for (const [move, state] of Object.entries(where)) {
      const at = markerAt(move);
      expect(stateContains(stateOf(state), at.x, at.y), move).toBe(true);
    }
  });

  it("rings the Rhineland without covering France, and the Sudetenland away from Prague's own move", () => {
    const france = stateOf('france');
    const rhineland = markerAt('rhineland');
    for (const point of edge(rhineland)) expect(stateContains(france, point.x, point.y)).toBe(false);
    const germany = stateOf('germany');
    expect(stateContains(germany, rhineland.x, rhineland.y)).toBe(true);
    const sudeten = markerAt('sudetenland');
    const prague = markerAt('prague');
    expect(Math.hypot(sudeten.x - prague.x, sudeten.y - prague.y)).toBeGreaterThan(MOVE_MARKER_RADIUS);
  });
});

describe('placing the labels', () => {
  const box = (x: number, y: number, width = 10, height = 4) => ({ x, y, width, height });

  it('keeps each label at its first box when nothing is there', () => {
    expect(
      placeLabels([
        { boxes: [box(0, 0)], optional: false },
        { boxes: [box(20, 0), box(40, 0)], optional: true },
      ]),
    ).toEqual([0, 0]);
  });

  it('moves a label to its next free box, and hides an optional one with none', () => {
    const state = { boxes: [box(0, 0)], optional: false };
    const route = { boxes: [box(5, 1), box(5, 20)], optional: false };
    const capital = { boxes: [box(2, 2), box(3, 21)], optional: true };
    expect(placeLabels([state, route, capital])).toEqual([0, 1, -1]);
  });

  it('never hides a label that is not optional: it takes the box it covers least', () => {
    const first = { boxes: [box(0, 0, 20, 10)], optional: false };
    const second = { boxes: [box(1, 1), box(15, 5)], optional: false };
    expect(placeLabels([first, second])).toEqual([0, 1]);
  });

  it("keeps labels off the obstacles (the crisis's ring), with a gap", () => {
    const ring = box(0, 0, 10, 10);
    expect(placeLabels([{ boxes: [box(11, 0), box(30, 0)], optional: true }], [ring])).toEqual([1]);
    expect(placeLabels([{ boxes: [box(11, 0), box(30, 0)], optional: true }], [ring], 0)).toEqual([0]);
    expect(placeLabels([{ boxes: [box(5, 5)], optional: true }], [ring])).toEqual([-1]);
  });

  it('weighs what covering an obstacle costs: a word half under the side panel is worse than one over another word', () => {
    const word = box(0, 0, 10, 4);
    // Its first box covers half the other word (20 units), its second a tenth of the panel's edge (4 units).
    const spots = { boxes: [box(5, 0, 10, 4), box(36, 0, 10, 4)], optional: false };
    const panel = { x: 45, y: -100, width: 200, height: 200 };
    expect(placeLabels([{ boxes: [word], optional: false }, spots], [panel], 0)).toEqual([0, 1]);
    expect(placeLabels([{ boxes: [word], optional: false }, spots], [{ ...panel, weight: 8 }], 0)).toEqual([0, 0]);
  });

  it('weighs a placed label by its own weight: a word after a stage state’s name covers another word rather than it', () => {
    const name = box(0, 0, 10, 4);
    const other = box(30, 0, 10, 4);
    // Its first box covers half the name (20 units), its second three quarters of the other word (30 units).
    const route = { boxes: [box(5, 0, 10, 4), box(32.5, 0, 10, 4)], optional: false };
    const word = { boxes: [other], optional: false };
    expect(placeLabels([{ boxes: [name], optional: false }, word, route], [], 0)).toEqual([0, 0, 0]);
    expect(placeLabels([{ boxes: [name], optional: false, weight: 4 }, word, route], [], 0)).toEqual([0, 0, 1]);
  });
});
