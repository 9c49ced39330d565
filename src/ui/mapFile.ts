/**
 * The shape of assets/map/europe-1936.map.json (the map's contract), and its
 * check when it loads. No engine import: the boot scene uses it before the
 * game's code has loaded.
 */
export interface MapState {
  readonly id: string;
  readonly name: string;
  readonly capital: { readonly name: string; readonly x: number; readonly y: number } | null;
  readonly label: { readonly x: number; readonly y: number };
  /** polygons → rings (outer first, then holes) → flat [x0, y0, x1, y1, …] */
  readonly polygons: readonly (readonly (readonly number[])[])[];
}

export interface MapFile {
  readonly format: 'hollow-pact-map';
  readonly version: 1;
  readonly width: number;
  readonly height: number;
  readonly projection: string;
  readonly states: readonly MapState[];
  readonly places: readonly { readonly id: string; readonly name: string; readonly x: number; readonly y: number }[];
}

/** Check the shape of a loaded map file; say what is wrong. */
export function checkMapFile(data: unknown): { ok: true; map: MapFile } | { ok: false; problem: string } {
  if (data === null || typeof data !== 'object') return { ok: false, problem: 'not an object' };
  if (Reflect.get(data, 'format') !== 'hollow-pact-map') return { ok: false, problem: 'format is not hollow-pact-map' };
  if (Reflect.get(data, 'version') !== 1) return { ok: false, problem: 'unknown map version' };
  const states = Reflect.get(data, 'states');
  const places = Reflect.get(data, 'places');
  if (!Array.isArray(states) || !Array.isArray(places)) return { ok: false, problem: 'states or places missing' };
  for (const state of states) {
    if (typeof state?.id !== 'string' || !Array.isArray(state?.polygons)) {
      return { ok: false, problem: 'a state without an id or polygons' };
    }
  }
  return { ok: true, map: data as MapFile };
}
