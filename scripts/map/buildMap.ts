// Builds the map of Europe in 1936 from Natural Earth's country shapes (world-atlas, 50m)
// and the border patches in assets/map/src/. Pure: reads the sources it is given and
// returns the files' contents as strings, so a test can rebuild them in memory.
//
// Steps: today's countries -> clip to the frame -> today's country to its 1936 state ->
// patches in order (each takes the land inside its polygon from the states it names) ->
// GeoJSON (lon/lat) -> project (conic conformal) -> topology -> simplify -> map file and SVG.

import { geoConicConformal } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  MultiPolygon as GeoMultiPolygon,
  Geometry,
  Polygon as GeoPolygon,
} from 'geojson';
import polygonClipping, { type MultiPolygon, type Pair, type Polygon, type Ring } from 'polygon-clipping';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapState } from '../../src/ui/mapFile';

export type { MapFile, MapState } from '../../src/ui/mapFile';

/** The frame every border must be right in: 26° W to 46° E, 33° N to 72° N. */
export const FRAME = { west: -26, east: 46, south: 33, north: 72 } as const;
/** Width of the projected frame in map units (about pixels at zoom 1). */
export const MAP_WIDTH = 1600;
/** Minimum triangle area (map units squared) a vertex must span to survive simplification. */
export const SIMPLIFY_AREA = 3;
/** Islands smaller than this (map units squared, about 12 km²) are left out of the map file. */
export const MIN_ISLAND_AREA = 1;
export const PROJECTION_TEXT = 'conic conformal, standard parallels 40°N and 60°N, central meridian 10°E';

export interface StateSource {
  id: string;
  name: string;
  inLegalEngine?: boolean;
  capital: { name: string; lon: number; lat: number };
}
export interface StatesFile {
  states: StateSource[];
  base: Record<string, string>;
}
export interface PatchProperties {
  id: string;
  assign: string;
  from: string[];
  does: string;
  source: string;
}
export interface PlaceSource {
  id: string;
  name: string;
  lon: number;
  lat: number;
}
export interface MapSources {
  /** world-atlas countries-50m.json */
  world: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  states: StatesFile;
  patches: FeatureCollection<GeoPolygon, PatchProperties>;
  places: { places: PlaceSource[] };
  /** The ids scenarios/law/countries.json knows. */
  legalIds: string[];
}

export interface BuiltMap {
  geojson: string;
  map: string;
  svg: string;
}

const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** The frame as a polygon, with a vertex every degree so that clipped edges follow the parallels when projected. */
function frameRing(): Ring {
  const { west, east, south, north } = FRAME;
  const ring: Ring = [];
  for (let x = west; x < east; x++) ring.push([x, south]);
  for (let y = south; y < north; y++) ring.push([east, y]);
  for (let x = east; x > west; x--) ring.push([x, north]);
  for (let y = north; y > south; y--) ring.push([west, y]);
  ring.push([west, south]);
  return ring;
}

function toClip(geometry: GeoPolygon | GeoMultiPolygon): MultiPolygon {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) => {
    // A polygon that crosses the antimeridian (Chukotka) would span the whole plane: move its
    // western longitudes east by 360°, out of the frame.
    const xs = poly.flatMap((ring) => ring.map((p) => p[0] ?? 0));
    const wraps = Math.max(...xs) - Math.min(...xs) > 180;
    return poly.map((ring) =>
      ring.map((p): Pair => {
        const x = p[0] ?? 0;
        return [wraps && x < 0 ? x + 360 : x, p[1] ?? 0];
      }),
    );
  });
}

function ringArea(ring: Pair[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pair;
    const [xj, yj] = ring[j] as Pair;
    a += (xj - xi) * (yj + yi);
  }
  return a / 2; // positive for counter-clockwise rings (x right, y up)
}

/** Rounds a lon/lat multipolygon, drops repeated points and degenerate rings, and winds it the RFC 7946 way (outer rings counter-clockwise). */
function cleanLonLat(mp: MultiPolygon): Pair[][][] {
  const out: Pair[][][] = [];
  for (const poly of mp) {
    const rings: Pair[][] = [];
    let outerOk = true;
    poly.forEach((ring, k) => {
      if (!outerOk) return;
      const pts: Pair[] = [];
      for (const [x, y] of ring) {
        const p: Pair = [round(x, 4), round(y, 4)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
      }
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) pts.push([first[0], first[1]]);
      if (pts.length < 4 || ringArea(pts) === 0) {
        if (k === 0) outerOk = false;
        return;
      }
      const ccw = ringArea(pts) > 0;
      if ((k === 0) !== ccw) pts.reverse();
      rings.push(pts);
    });
    if (outerOk && rings.length > 0) out.push(rings);
  }
  return out;
}

/** The states of 1936 as lon/lat multipolygons, keyed by id. */
export function buildStates(src: MapSources): Map<string, MultiPolygon> {
  const known = new Set(src.states.states.map((s) => s.id));
  const frame: Polygon = [frameRing()];
  const parts = new Map<string, MultiPolygon[]>();
  const countries = feature(src.world, src.world.objects.countries);
  for (const f of countries.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    // Only the polygons whose box meets the frame are clipped (the rest of the world is skipped).
    const near = toClip(g).filter((poly) => {
      const pts = poly[0] ?? [];
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      return (
        Math.max(...xs) >= FRAME.west &&
        Math.min(...xs) <= FRAME.east &&
        Math.max(...ys) >= FRAME.south &&
        Math.min(...ys) <= FRAME.north
      );
    });
    if (near.length === 0) continue;
    const clipped = polygonClipping.intersection(near, frame);
    if (clipped.length === 0) continue;
    const name = f.properties.name;
    const id = src.states.base[name];
    if (!id) throw new Error(`No 1936 state for today's country ${name} (assets/map/src/states.json "base")`);
    if (!known.has(id)) throw new Error(`Base maps ${name} to unknown state ${id}`);
    const list = parts.get(id) ?? [];
    list.push(clipped);
    parts.set(id, list);
  }
  const states = new Map<string, MultiPolygon>();
  for (const [id, list] of [...parts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [first, ...rest] = list;
    if (first) states.set(id, polygonClipping.union(first, ...rest));
  }
  for (const patch of src.patches.features) {
    const { id, assign, from } = patch.properties;
    if (!known.has(assign)) throw new Error(`Patch ${id} assigns to unknown state ${assign}`);
    if (!patch.properties.source) throw new Error(`Patch ${id} names no source`);
    const area = toClip(patch.geometry);
    const gained: MultiPolygon[] = [];
    for (const donor of from) {
      const land = states.get(donor);
      if (!land) throw new Error(`Patch ${id} takes from ${donor}, which has no land in the frame`);
      const piece = polygonClipping.intersection(land, area);
      if (piece.length === 0) continue;
      gained.push(piece);
      states.set(donor, polygonClipping.difference(land, area));
    }
    if (gained.length === 0) throw new Error(`Patch ${id} takes no land from ${from.join(', ')}`);
    const target = states.get(assign) ?? [];
    states.set(assign, polygonClipping.union(target, ...gained));
  }
  for (const [id, mp] of states) if (mp.length === 0) states.delete(id);
  return states;
}

type Projected = Pair[][][];

function pointInRing(x: number, y: number, ring: readonly Pair[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pair;
    const [xj, yj] = ring[j] as Pair;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygon(x: number, y: number, poly: readonly (readonly Pair[])[]): boolean {
  const [outer, ...holes] = poly;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((h) => pointInRing(x, y, h));
}

function distanceToSegments(x: number, y: number, poly: readonly (readonly Pair[])[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j] as Pair;
      const [bx, by] = ring[i] as Pair;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return Math.sqrt(best);
}

/** A point well inside a polygon for its label: the grid point farthest from the polygon's edges. */
function labelPoint(poly: Pair[][]): Pair {
  const outer = poly[0] ?? [];
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let best: Pair = outer[0] ?? [0, 0];
  let bestD = -1;
  const steps = 40;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = minX + ((maxX - minX) * (i + 0.5)) / (steps + 1);
      const y = minY + ((maxY - minY) * (j + 0.5)) / (steps + 1);
      if (!pointInPolygon(x, y, poly)) continue;
      const d = distanceToSegments(x, y, poly);
      if (d > bestD) {
        bestD = d;
        best = [x, y];
      }
    }
  }
  return best;
}

function polygonArea(poly: Pair[][]): number {
  const [outer, ...holes] = poly;
  if (!outer) return 0;
  return Math.abs(ringArea(outer)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0);
}

const PALETTE = ['#d9c89e', '#a9c7a0', '#e3b3a6', '#b7b3d6', '#9fc5cf', '#e6d27a', '#c9a9c4', '#b9d08b'];

/** Preview colours: each state takes the first palette colour none of its neighbours (states sharing a border point) has. */
function colourStates(states: readonly MapState[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const s of states) {
    for (const poly of s.polygons) {
      for (const ring of poly) {
        for (let i = 0; i + 1 < ring.length; i += 2) {
          const key = `${ring[i]},${ring[i + 1]}`;
          const set = owners.get(key) ?? new Set<string>();
          set.add(s.id);
          owners.set(key, set);
        }
      }
    }
  }
  const neighbours = new Map<string, Set<string>>(states.map((s) => [s.id, new Set<string>()]));
  for (const set of owners.values()) {
    if (set.size < 2) continue;
    for (const a of set) for (const b of set) if (a !== b) neighbours.get(a)?.add(b);
  }
  const colours = new Map<string, string>();
  for (const s of states) {
    const taken = new Set([...(neighbours.get(s.id) ?? [])].map((n) => colours.get(n)));
    colours.set(s.id, PALETTE.find((c) => !taken.has(c)) ?? '#cccccc');
  }
  return colours;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildMap(src: MapSources): BuiltMap {
  const legal = new Set(src.legalIds);
  for (const s of src.states.states) {
    if (Boolean(s.inLegalEngine) !== legal.has(s.id)) {
      throw new Error(`State ${s.id}: inLegalEngine must be ${legal.has(s.id)} (scenarios/law/countries.json)`);
    }
  }
  const byId = new Map(src.states.states.map((s) => [s.id, s]));
  const states = buildStates(src);
  const ids = [...states.keys()].sort();

  // 1. The GeoJSON, in lon/lat.
  const lonLat = new Map<string, Pair[][][]>();
  for (const id of ids) lonLat.set(id, cleanLonLat(states.get(id) ?? []));
  const features = ids.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`unknown state ${id}`);
    return {
      type: 'Feature',
      properties: {
        id,
        name: s.name,
        capital: { name: s.capital.name, lon: s.capital.lon, lat: s.capital.lat },
      },
      geometry: { type: 'MultiPolygon', coordinates: lonLat.get(id) ?? [] },
    };
  });
  const geojson = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

  // 2. Projection: points are projected one by one (the polygons are already clipped to the frame,
  // so d3's spherical clipping and its winding convention, opposite to RFC 7946, never come in).
  const outline: Pair[] = frameRing();
  const projection = geoConicConformal()
    .parallels([40, 60])
    .rotate([-10, 0])
    .fitWidth(MAP_WIDTH, { type: 'MultiPoint', coordinates: outline });
  const project = ([lon, lat]: Pair): Pair => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project ${lon},${lat}`);
    return [p[0], p[1]];
  };
  let maxY = 0;
  for (const p of outline) maxY = Math.max(maxY, project(p)[1]);
  const height = Math.ceil(maxY);

  // 3. Topology of the projected states, so that shared borders are simplified once and stay shared.
  const projectedFeatures: Feature<GeoMultiPolygon, { id: string }>[] = ids.map((id) => ({
    type: 'Feature',
    properties: { id },
    geometry: {
      type: 'MultiPolygon',
      coordinates: (lonLat.get(id) ?? []).map((poly) => poly.map((ring) => ring.map(project))),
    },
  }));
  const collection: FeatureCollection<GeoMultiPolygon, { id: string }> = {
    type: 'FeatureCollection',
    features: projectedFeatures,
  };
  const topo = topology({ states: collection }, 1e6) as Topology<{ states: GeometryCollection<{ id: string }> }>;
  const simplified = simplify(presimplify(topo), SIMPLIFY_AREA);
  const back = feature(simplified, simplified.objects.states);

  const toRings = (geometry: Geometry | null): Projected => {
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const out: Projected = [];
    for (const poly of polys) {
      const rings: Pair[][] = [];
      let outerOk = true;
      poly.forEach((ring, k) => {
        if (!outerOk) return;
        const pts: Pair[] = [];
        for (const p of ring) {
          const q: Pair = [round(p[0] ?? 0, 1), round(p[1] ?? 0, 1)];
          const last = pts[pts.length - 1];
          if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
        }
        const first = pts[0];
        const last = pts[pts.length - 1];
        if (first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
        if (pts.length < 3 || ringArea(pts) === 0) {
          if (k === 0) outerOk = false;
          return;
        }
        rings.push(pts);
      });
      if (outerOk && rings.length > 0) out.push(rings);
    }
    return out;
  };

  const mapStates: Array<MapState & { area: number }> = ids.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`unknown state ${id}`);
    const f = back.features.find((g) => g.properties.id === id);
    let polys = toRings(f?.geometry ?? null);
    if (polys.length === 0) {
      // A microstate simplified away: keep its unsimplified outline.
      const pf = projectedFeatures.find((g) => g.properties.id === id);
      polys = toRings(pf?.geometry ?? null);
    }
    // Islands smaller than MIN_ISLAND_AREA disappear at this scale (a state keeps at least its largest polygon).
    const biggest = Math.max(...polys.map(polygonArea));
    polys = polys.filter((poly) => {
      const a = polygonArea(poly);
      return a >= MIN_ISLAND_AREA || a === biggest;
    });
    const areas = polys.map(polygonArea);
    let largest = 0;
    areas.forEach((a, i) => {
      if (a > (areas[largest] ?? 0)) largest = i;
    });
    const [lx, ly] = labelPoint(polys[largest] ?? []);
    const inFrame =
      s.capital.lon >= FRAME.west &&
      s.capital.lon <= FRAME.east &&
      s.capital.lat >= FRAME.south &&
      s.capital.lat <= FRAME.north;
    const [cx, cy] = project([s.capital.lon, s.capital.lat]);
    return {
      id,
      name: s.name,
      // Capitals outside the frame (Jerusalem, Amman, Tehran) are not drawn.
      capital: inFrame ? { name: s.capital.name, x: round(cx, 1), y: round(cy, 1) } : null,
      label: { x: round(lx, 1), y: round(ly, 1) },
      polygons: polys.map((poly) => poly.map((ring) => ring.flat())),
      area: areas.reduce((a, b) => a + b, 0),
    };
  });
  // Largest first: a renderer that ignores holes (Phaser's fillPoints) then paints enclaves
  // (San Marino, the Vatican, Danzig's neighbours' gaps) over their surroundings.
  mapStates.sort((a, b) => b.area - a.area || (a.id < b.id ? -1 : 1));

  const places = src.places.places.map((p) => {
    const [x, y] = project([p.lon, p.lat]);
    return { id: p.id, name: p.name, x: round(x, 1), y: round(y, 1) };
  });
  const header = {
    format: 'hollow-pact-map',
    version: 1,
    width: MAP_WIDTH,
    height,
    projection: PROJECTION_TEXT,
  };
  const stateLines = mapStates.map(({ area: _area, ...s }) =>
    JSON.stringify({ id: s.id, name: s.name, capital: s.capital, label: s.label, polygons: s.polygons }),
  );
  const headerJson = JSON.stringify(header);
  const map = `${headerJson.slice(0, -1)},"states":[\n${stateLines.join(',\n')}\n],"places":[\n${places
    .map((p) => JSON.stringify(p))
    .join(',\n')}\n]}\n`;

  // 4. The preview picture.
  const colours = colourStates(mapStates);
  const svgPaths = mapStates
    .map((s) => {
      const d = s.polygons
        .flatMap((poly) =>
          poly.map((ring) => {
            const pts: string[] = [];
            for (let i = 0; i + 1 < ring.length; i += 2) pts.push(`${ring[i]},${ring[i + 1]}`);
            return `M${pts.join('L')}Z`;
          }),
        )
        .join('');
      return `<path fill="${colours.get(s.id)}" d="${d}"><title>${escapeXml(s.name)}</title></path>`;
    })
    .join('\n');
  const svgLabels = mapStates
    .filter((s) => s.area > 600)
    .map(
      (s) =>
        `<text x="${s.label.x}" y="${s.label.y}" text-anchor="middle" font-size="${s.area > 20000 ? 16 : 10}">${escapeXml(s.name)}</text>`,
    )
    .join('\n');
  const svgCapitals = mapStates
    .flatMap((s) => (s.capital ? [`<circle cx="${s.capital.x}" cy="${s.capital.y}" r="2.5"/>`] : []))
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}" width="${MAP_WIDTH}" height="${height}">
<title>Europe in 1936: the states and their capitals (${PROJECTION_TEXT})</title>
<rect width="${MAP_WIDTH}" height="${height}" fill="#dfe9f0"/>
<g stroke="#fff" stroke-width="0.8" stroke-linejoin="round" fill-rule="evenodd">
${svgPaths}
</g>
<g fill="#333">
${svgCapitals}
</g>
<g font-family="sans-serif" fill="#222">
${svgLabels}
</g>
</svg>
`;
  return { geojson, map, svg };
}
