/** The map's key: only the stances the map shows, each in its map colour, the routes as drawn, the ring at a crisis. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, parseScenario, type WorldState } from '../engine';
import { keyOpensOn, mapKeyRows } from './mapKey';
import { AIR_REACH_CSS, airReachShown, type MapFile, ROUTE_STYLES, STANCES, stanceClass } from './mapModel';

const MAP = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../assets/map/europe-1936.map.json'), 'utf8'),
) as MapFile;
const IDS = MAP.states.map((state) => state.id);

function start(scenario: string, role: 'france' | 'ussr'): WorldState {
  const text = readFileSync(join(import.meta.dirname, `../../scenarios/${scenario}.json`), 'utf8');
  const parsed = parseScenario(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${scenario} does not load`);
  return createGame(parsed.value, { seed: 'key', role }).getSnapshot().world;
}

describe('the map key', () => {
  it('lists each stance some state on the map shows, and no other, in the map’s own colour and glyph', () => {
    for (const role of ['france', 'ussr'] as const) {
      const world = start('pact-1935', role);
      const rows = mapKeyRows(world, IDS).filter((row) => row.kind === 'stance');
      const shown = new Set(IDS.map((id) => stanceClass(world, id)));
      expect(new Set(rows.map((row) => row.stance))).toEqual(shown);
      for (const row of rows) {
        const stance = STANCES[row.stance ?? 'none'];
        expect(row.css).toBe(stance.css);
        expect(row.text).toContain(stance.word);
        expect(row.text.startsWith(stance.glyph)).toBe(true);
      }
      // Nothing is taken by Germany in May 1935.
      expect(rows.map((row) => row.stance)).not.toContain('taken');
    }
  });

  it('adds Germany’s gains once a state is taken, and the crisis ring only while a crisis is open', () => {
    const munich = start('munich-1938', 'france');
    const taken = (w: WorldState) => mapKeyRows(w, IDS).some((row) => row.stance === 'taken');
    expect(stanceClass(munich, 'austria')).toBe('taken');
    expect(taken(munich)).toBe(true);
    const ring = (w: WorldState) => mapKeyRows(w, IDS).filter((row) => row.kind === 'crisis');
    expect(ring(munich)).toEqual([]);
    const crisis = { ...munich, crisis: { move: 'sudetenland' } } as unknown as WorldState;
    expect(ring(crisis)).toHaveLength(1);
    expect(ring(crisis)[0]?.text).toMatch(/where Germany moves/);
  });

  it('draws each route answer as the map does, and says the borders are those of 1936', () => {
    const rows = mapKeyRows(start('pact-1935', 'france'), IDS);
    const routes = rows.filter((row) => row.kind === 'route');
    expect(routes.map((row) => row.css)).toEqual([
      ROUTE_STYLES.granted.css,
      ROUTE_STYLES.wavering.css,
      ROUTE_STYLES.refused.css,
    ]);
    // A solid line where the map's dash is 0, long dashes for the longer dash, dots for the shorter.
    expect(routes.map((row) => row.line)).toEqual(['solid', 'dashed', 'dotted']);
    expect(ROUTE_STYLES.granted.dash).toBe(0);
    expect(ROUTE_STYLES.wavering.dash).toBeGreaterThan(ROUTE_STYLES.refused.dash);
    for (const [answer, style] of Object.entries(ROUTE_STYLES)) {
      expect(routes.some((row) => row.text.endsWith(answer))).toBe(true);
      expect(style.css).toBe(`#${style.colour.toString(16).padStart(6, '0')}`);
    }
    expect(rows.at(-1)?.kind).toBe('borders');
    expect(rows.at(-1)?.text).toMatch(/^Borders of 1936/);
  });

  it('names Soviet air reach, the arc the map draws, while there is a Czechoslovakia to reach', () => {
    const world = start('pact-1935', 'france');
    const air = (w: WorldState) => mapKeyRows(w, IDS).filter((row) => row.kind === 'air');
    expect(airReachShown(world)).toBe(true);
    expect(air(world)).toEqual([
      { kind: 'air', css: AIR_REACH_CSS, line: 'dashed', text: 'Soviet air reach to Czechoslovakia' },
    ]);
    // The 1939 talks begin after Germany has taken Prague.
    const prague = start('talks-1939', 'france');
    expect(airReachShown(prague)).toBe(false);
    expect(air(prague)).toEqual([]);
  });

  it('opens by itself only on a map with room for it, and never in presentation mode', () => {
    expect(keyOpensOn(594, 768, false)).toBe(true); // 1024×768 beside the panel
    expect(keyOpensOn(640, 400, false)).toBe(false); // 1280×800 at 200%
    expect(keyOpensOn(580, 700, false)).toBe(true);
    expect(keyOpensOn(579, 700, false)).toBe(false);
    expect(keyOpensOn(580, 699, false)).toBe(false);
    expect(keyOpensOn(960, 1080, true)).toBe(false);
  });
});
